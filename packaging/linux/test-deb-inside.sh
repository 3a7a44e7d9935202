#!/bin/sh
# Run by test-deb.sh inside a fresh minimal Debian 12 chroot, as root, with the package at
# /tmp/promptlib.deb: what IT does on a workstation, and what the package must do there.
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY LD_LIBRARY_PATH QT_PLUGIN_PATH PROMPTLIB_POLICY PROMPTLIB_HOME || true
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# Every path on the system but the ones that change whatever is installed (package
# manager state, caches, logs, scratch folders).
snapshot() {
    find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp \
        -o -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/cache -o -path /var/log \
        -o -path /etc/ld.so.cache \) -prune -o -print | LC_ALL=C sort
}
# The app as an ordinary user (uid 1000, no passwd entry needed), without a display.
as_user() {
    setpriv --reuid=1000 --regid=1000 --clear-groups \
        env HOME=/tmp/user QT_QPA_PLATFORM=offscreen PATH=/usr/bin:/bin "$@"
}
mkdir -p /tmp/user && chown 1000:1000 /tmp/user

echo "== a minimal Debian $(cat /etc/debian_version): $(dpkg-query -W -f='.\n' | wc -l) packages"
snapshot >/tmp/before
[ ! -e /etc/promptlib ] || fail "/etc/promptlib exists before the install"

echo "== apt-get install /tmp/promptlib.deb (Depends only, no Recommends)"
apt-get install -y -q --no-install-recommends /tmp/promptlib.deb >/tmp/install.log 2>&1 \
    || { cat /tmp/install.log >&2; echo "test-deb: the install failed" >&2; exit 1; }
tail -n 3 /tmp/install.log
pass "installed $(dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' promptlib)," \
    "$(grep -c '^Setting up' /tmp/install.log) packages set up"

[ "$(readlink /usr/bin/promptlib)" = /opt/promptlib/promptlib ] && pass "/usr/bin/promptlib -> /opt/promptlib/promptlib" \
    || fail "/usr/bin/promptlib: $(ls -l /usr/bin/promptlib 2>&1)"
[ -d /etc/promptlib ] && [ -z "$(ls -A /etc/promptlib)" ] && pass "/etc/promptlib/ is there and empty" \
    || fail "/etc/promptlib: $(ls -la /etc/promptlib 2>&1)"
conffiles=$(dpkg-query -W -f='${Conffiles}' promptlib)
[ -z "$conffiles" ] && pass "no conffiles (the policy file is IT's, not the package's)" || fail "conffiles: $conffiles"
for path in /usr/share/applications/promptlib.desktop /usr/share/icons/hicolor/scalable/apps/promptlib.svg \
        /usr/share/doc/promptlib/copyright /usr/share/man/man1/promptlib.1.gz; do
    [ -f "$path" ] && pass "$path" || fail "missing $path"
done

echo "== the app, as an ordinary user"
out=$(as_user promptlib --self-test 2>/tmp/err) || { cat /tmp/err >&2; fail "--self-test exited non-zero"; }
[ "$out" = ok ] && pass "promptlib --self-test printed ok" || fail "--self-test printed '$out'"
pass "$(as_user promptlib --version)"
count=$(as_user promptlib list --lang fi | wc -l)
[ "$count" -gt 10 ] && pass "promptlib list --lang fi: $count templates" || fail "promptlib list: $count lines"

# A value holding a Finnish personal identity code; --copy --allow-sensitive asks to copy
# it anyway. There is no clipboard here: what is allowed is printed instead.
fill() {
    as_user promptlib fill customer-service.supplement-request --lang fi \
        --set application_type=Toimeentulotuki --set missing_items=tiliote --set deadline=2025-01-31 \
        --set submit_channel=131052-308T --copy --allow-sensitive >/tmp/out 2>/tmp/err
}
echo "== policy: none (the defaults: a warning, then the prompt)"
if fill; then
    grep -q "copying personal data anyway" /tmp/err && grep -q "131052-308T" /tmp/out \
        && pass "no policy file: warned and let through (exit 0)" \
        || fail "no policy file: $(cat /tmp/err)"
else
    fail "no policy file: exit $? ($(cat /tmp/err))"
fi

echo "== policy: /etc/promptlib/policy.json {\"allow_copy_anyway\": false}, placed by IT"
printf '{"allow_copy_anyway": false}\n' >/etc/promptlib/policy.json
chmod 644 /etc/promptlib/policy.json
sha=$(sha256sum /etc/promptlib/policy.json)
if fill; then
    fail "the policy was not obeyed: exit 0, $(wc -c </tmp/out) bytes printed"
else
    code=$?
    if [ "$code" = 1 ] && grep -q "Your organisation's policy does not allow copying personal data anyway" /tmp/err \
            && ! grep -q "131052-308T" /tmp/out; then
        pass "refused (exit 1): $(grep "organisation's policy" /tmp/err)"
    else
        fail "policy: exit $code, stderr: $(cat /tmp/err), stdout: $(head -c 200 /tmp/out)"
    fi
fi
# What IT runs to check a workstation: the effective policy and where each field came from.
if as_user promptlib policy --json >/tmp/policy.json 2>/tmp/err; then
    if tr -d ' \n' </tmp/policy.json | grep -q '"allow_copy_anyway":false,' \
            && tr -d ' \n' </tmp/policy.json | grep -q '"sources":{[^}]*"allow_copy_anyway":"file"' \
            && tr -d ' \n' </tmp/policy.json | grep -q '"problems":\[\]'; then
        pass "promptlib policy --json: allow_copy_anyway false, from the file, no problems"
    else
        fail "promptlib policy --json: $(cat /tmp/policy.json)"
    fi
else
    fail "promptlib policy --json exited non-zero: $(cat /tmp/err /tmp/policy.json)"
fi

echo "== apt-get purge promptlib, apt-get autoremove --purge"
apt-get purge -y -q promptlib >/tmp/purge.log 2>&1 || { cat /tmp/purge.log >&2; fail "purge failed"; }
apt-get autoremove -y -q --purge >>/tmp/purge.log 2>&1 || { cat /tmp/purge.log >&2; fail "autoremove failed"; }
grep -E "^(Removing|Purging)" /tmp/purge.log | tail -n 2
dpkg-query -W promptlib >/dev/null 2>&1 && fail "promptlib is still known to dpkg" || pass "promptlib is gone from dpkg"
snapshot >/tmp/after
left=$(LC_ALL=C comm -13 /tmp/before /tmp/after | tr '\n' ' ')
lost=$(LC_ALL=C comm -23 /tmp/before /tmp/after | tr '\n' ' ')
[ "$left" = "/etc/promptlib /etc/promptlib/policy.json " ] \
    && pass "purge left only what IT placed: $left" || fail "left after purge: '$left'"
[ -z "$lost" ] && pass "nothing of the base system went missing" || fail "missing after purge: $lost"
[ "$(sha256sum /etc/promptlib/policy.json 2>/dev/null)" = "$sha" ] && pass "the policy file is unchanged" \
    || fail "the policy file changed or went"

if [ "$failures" != 0 ]; then
    echo "test-deb: $failures check(s) failed" >&2
    exit 1
fi
echo "test-deb: all checks passed"
