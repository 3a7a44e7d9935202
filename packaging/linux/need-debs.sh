#!/bin/sh
# need-debs.sh PACKAGE...: install the Debian packages that are missing (a clean CI
# machine has none of the packaging tools). Needs root, as `make package-test` runs in CI.
set -eu
missing=""
for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
echo "need-debs: installing$missing" >&2
if [ "$(id -u)" != 0 ]; then
    echo "need-debs: not root; install them first: apt-get install$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086  # the list is meant to split
apt-get install -y -q --no-install-recommends $missing \
    || { apt-get update -q && apt-get install -y -q --no-install-recommends $missing; }
