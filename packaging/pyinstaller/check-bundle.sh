#!/bin/sh
# Checks the frozen bundle (dist/promptlib by default): it starts, finds its data, is as
# lean as the spec says, and its child processes do not inherit the bundle's library path.
#   check-bundle.sh [BUNDLE_DIR]
set -eu
cd "$(dirname "$0")/../.."
BUNDLE=${1:-dist/promptlib}
APP=$BUNDLE/promptlib
INTERNAL=$BUNDLE/_internal
[ -x "$APP" ] || { echo "check-bundle: no $APP (run make bundle)" >&2; exit 1; }

SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
# A user of its own and no machine policy: the checks must not depend on this machine.
export PROMPTLIB_HOME="$SCRATCH/home" PROMPTLIB_POLICY="$SCRATCH/no-policy.json" QT_QPA_PLATFORM=offscreen
unset LD_LIBRARY_PATH QT_PLUGIN_PATH QML2_IMPORT_PATH WAYLAND_DISPLAY || true
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

echo "== frozen app"
out=$("$APP" --self-test 2>"$SCRATCH/err") || { cat "$SCRATCH/err" >&2; fail "--self-test exited $?"; }
[ "$out" = ok ] && pass "--self-test printed ok" || fail "--self-test printed '$out'"

"$APP" list --lang sv >"$SCRATCH/list-sv" || fail "list --lang sv exited $?"
grep -q "Begäran om komplettering" "$SCRATCH/list-sv" \
    && pass "list --lang sv: $(wc -l <"$SCRATCH/list-sv") Swedish templates from the built-in library" \
    || fail "list --lang sv has no Swedish titles"
version=$("$APP" --version)
[ "$version" = "promptlib $(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)" ] \
    && pass "--version: $version" || fail "--version printed '$version'"

echo "== data (one resolver: promptlib/_data in the bundle, as in the wheel)"
DATA=$INTERNAL/promptlib/_data
for path in library/hr.json resources/icons/promptlib.svg resources/guide/good-prompts.fi.md \
        resources/translations/promptlib_fi.qm resources/translations/promptlib_sv.qm; do
    [ -f "$DATA/$path" ] && pass "$path" || fail "missing $DATA/$path"
done

echo "== child processes (a fake xclip records the environment it was started with)"
mkdir -p "$SCRATCH/bin"
cat >"$SCRATCH/bin/xclip" <<EOF
#!/bin/sh
{ echo "LD_LIBRARY_PATH=\${LD_LIBRARY_PATH-<unset>}"
  echo "LD_LIBRARY_PATH_ORIG=\${LD_LIBRARY_PATH_ORIG-<unset>}"
  echo "QT_PLUGIN_PATH=\${QT_PLUGIN_PATH-<unset>}"
  echo "QML2_IMPORT_PATH=\${QML2_IMPORT_PATH-<unset>}"; } >"$SCRATCH/child-env"
cat >"$SCRATCH/clipboard"
EOF
chmod +x "$SCRATCH/bin/xclip"
copy() {  # copy a prompt through the frozen app's real clipboard code (pyperclip → xclip)
    rm -f "$SCRATCH/child-env"
    env PATH="$SCRATCH/bin:$PATH" DISPLAY=:99 "$@" "$APP" fill customer-service.supplement-request \
        --lang fi --set application_type=Toimeentulotuki --set missing_items=tiliote \
        --set deadline=2025-01-31 --copy 2>"$SCRATCH/err" || { cat "$SCRATCH/err" >&2; fail "fill --copy exited $?"; }
    [ -f "$SCRATCH/child-env" ] || fail "fill --copy did not start xclip"
    grep -q Toimeentulotuki "$SCRATCH/clipboard" || fail "xclip did not get the prompt"
}
copy
if grep -qx "LD_LIBRARY_PATH=<unset>" "$SCRATCH/child-env" && grep -qx "LD_LIBRARY_PATH_ORIG=<unset>" "$SCRATCH/child-env"; then
    pass "started without LD_LIBRARY_PATH: the child has none"
else
    fail "child environment: $(tr '\n' ' ' <"$SCRATCH/child-env")"
fi
grep -qx "QT_PLUGIN_PATH=<unset>" "$SCRATCH/child-env" && grep -qx "QML2_IMPORT_PATH=<unset>" "$SCRATCH/child-env" \
    && pass "the child has no QT_PLUGIN_PATH/QML2_IMPORT_PATH into the bundle" \
    || fail "child environment: $(tr '\n' ' ' <"$SCRATCH/child-env")"
copy LD_LIBRARY_PATH=/opt/site/lib:/usr/local/lib
grep -qx "LD_LIBRARY_PATH=/opt/site/lib:/usr/local/lib" "$SCRATCH/child-env" \
    && pass "started with LD_LIBRARY_PATH=/opt/site/lib:/usr/local/lib: the child has exactly that" \
    || fail "child environment: $(tr '\n' ' ' <"$SCRATCH/child-env")"
# The frozen process itself did run with the bundle first on its library path (so the
# check above is not vacuous): the bootloader sets it before Python starts.
"$APP" >/dev/null 2>&1 &
pid=$!
sleep 2
if tr '\0' '\n' <"/proc/$pid/environ" | grep -q "^LD_LIBRARY_PATH=.*_internal"; then
    pass "the frozen process started with the bundle on LD_LIBRARY_PATH (what the hook undoes)"
else
    echo "note: the bootloader did not set LD_LIBRARY_PATH for this process"
fi
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true

echo "== lean"
modules=$(cd "$INTERNAL/PySide6" && ls Qt*.abi3.so | sort | tr '\n' ' ')
[ "$modules" = "QtCore.abi3.so QtGui.abi3.so QtWidgets.abi3.so " ] \
    && pass "PySide6 modules: $modules" || fail "PySide6 modules: $modules"
platforms=$(cd "$INTERNAL/PySide6/Qt/plugins/platforms" && ls | sort | tr '\n' ' ')
[ "$platforms" = "libqoffscreen.so libqwayland.so libqxcb.so " ] \
    && pass "platform plugins: $platforms" || fail "platform plugins: $platforms"
[ ! -e "$INTERNAL/PySide6/Qt/plugins/platformthemes" ] && pass "no platform themes (no GTK)" \
    || fail "platform themes bundled: $(ls "$INTERNAL/PySide6/Qt/plugins/platformthemes")"
unwanted=$(find "$BUNDLE" -name 'libstdc++*' -o -name 'libgcc_s*' -o -name 'libgtk*' -o -name 'libgdk*' \
    -o -name 'libglib*' -o -name 'libX11*' -o -name 'libxcb*' -o -name 'libssl*' -o -name 'libcrypto*')
[ -z "$unwanted" ] && pass "no libstdc++, libgcc_s, GTK, GLib, X11/xcb, OpenSSL bundled" \
    || fail "system libraries bundled: $unwanted"
dangling=$(find "$BUNDLE" -xtype l)
[ -z "$dangling" ] && pass "no broken symbolic links" || fail "broken links: $dangling"
translations=$(cd "$INTERNAL/PySide6/Qt/translations" && ls | sort | tr '\n' ' ')
[ "$translations" = "qtbase_en.qm qtbase_fi.qm qtbase_sv.qm " ] \
    && pass "Qt translations: $translations" || fail "Qt translations: $translations"
elves=$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -exec file {} + | grep ELF)
unstripped=$(echo "$elves" | grep -c "not stripped" || true)
[ "$unstripped" = 0 ] && pass "$(echo "$elves" | wc -l) ELF files, all stripped" || fail "$unstripped ELF files not stripped"
# A RUNPATH naming a build machine's folder (as pyenv's Python leaves) would make the
# loader look there on every workstation.
absolute=$(echo "$elves" | cut -d: -f1 | while read -r elf; do
    readelf -d "$elf" | grep -E 'R(UN)?PATH' | grep -v '\[\$ORIGIN[^]]*\]' | sed "s|^|$elf: |"
done)
[ -z "$absolute" ] && pass "no RUNPATH/RPATH outside \$ORIGIN" || fail "absolute RUNPATH: $absolute"
# Every library the bundle links is either in the bundle or a system library the
# package depends on; report those the build machine lacks (harmless for offscreen).
missing=$(echo "$elves" | cut -d: -f1 | xargs -n 20 ldd 2>/dev/null | grep "not found" | sort -u | tr -d '\t')
[ -z "$missing" ] || echo "note: not on this machine (the .deb depends on them): $missing"

SIZE=$(du -sb "$BUNDLE" | cut -f1)
echo "size: $(awk "BEGIN { printf \"%.1f\", $SIZE / 1000000 }") MB in $(find "$BUNDLE" -type f | wc -l) files"
if [ "$failures" != 0 ]; then
    echo "check-bundle: $failures check(s) failed" >&2
    exit 1
fi
echo "check-bundle: all checks passed"
