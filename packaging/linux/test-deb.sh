#!/bin/sh
# test-deb.sh [DEB]: install the package (default: the one in dist/) into a fresh minimal
# Debian 12 made by mmdebstrap, as IT would, and check it there (test-deb-inside.sh):
# --self-test as an ordinary user, an /etc/promptlib/policy.json with
# "allow_copy_anyway": false obeyed, and purge leaving nothing but that policy file.
#
# Each run starts from nothing (mmdebstrap --variant=apt: the Essential packages and apt,
# into a throw-away folder). Only the downloaded .deb files are kept between runs, in
# build/test-deb/archives, so that a second run needs only the package indices.
#   DEBIAN_MIRROR, DEBIAN_SECURITY_MIRROR   where to take Debian from (defaults below)
set -eu
cd "$(dirname "$0")/../.."
packaging/linux/need-debs.sh mmdebstrap

if [ $# -gt 0 ]; then
    DEB=$1
else
    set -- dist/promptlib_*.deb
    [ $# = 1 ] && [ -f "$1" ] || { echo "test-deb: want exactly one dist/promptlib_*.deb (make deb): $*" >&2; exit 1; }
    DEB=$1
fi
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
CACHE=$PWD/build/test-deb/archives
mkdir -p "$CACHE"
echo "test-deb: $DEB ($(du -b "$DEB" | cut -f1) bytes) into a fresh bookworm; .deb cache $CACHE ($(find "$CACHE" -name '*.deb' | wc -l) files)"

# force-unsafe-io: no fsync for each unpacked file (a throw-away system; halves the time).
# The hooks run on the host with the new system's root in $1; mmdebstrap mounts /proc,
# /sys and /dev for `chroot` and unmounts them. A failing hook fails mmdebstrap.
mmdebstrap --variant=apt --quiet --skip=essential/unlink --dpkgopt=force-unsafe-io \
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives' \
    --setup-hook="sync-in '$CACHE' /var/cache/apt/archives" \
    --customize-hook="copy-in '$DEB' /tmp" \
    --customize-hook="chroot \"\$1\" mv /tmp/$(basename "$DEB") /tmp/promptlib.deb" \
    --customize-hook="copy-in packaging/linux/test-deb-inside.sh /tmp" \
    --customize-hook='chroot "$1" sh /tmp/test-deb-inside.sh' \
    --customize-hook="sync-out /var/cache/apt/archives '$CACHE'" \
    bookworm /dev/null \
    "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" \
    "deb $SECURITY bookworm-security main"
