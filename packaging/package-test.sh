#!/bin/sh
# make package-test: every packaging check that can run on Linux, in order, stopping at
# the first failure. Installs the Debian tools it needs (as root, as CI runs it).
#   1. the bundle (make bundle), its checks (check-bundle.sh), the size against a naive
#      build, the frozen start-up against the venv's
#   2. the .deb (make deb, lintian inside) and test-deb.sh (a fresh Debian chroot)
#   3. the MSI from the Linux bundle (make msi-linux: wixl, then the table checks)
# Writes the figures to build/package-test-report.txt.
set -eu
cd "$(dirname "$0")/.."
packaging/linux/need-debs.sh wixl msitools mmdebstrap lintian desktop-file-utils dpkg-dev fakeroot \
    python3-venv python3-pip binutils file

REPORT=build/package-test-report.txt
mkdir -p build
: >"$REPORT.tmp"
START=$(date +%s)
step() {  # step NAME COMMAND...: run it, time it, stop everything if it fails
    name=$1
    shift
    echo
    echo "######## $name"
    begin=$(date +%s)
    if ! "$@"; then
        echo "package-test: FAILED at '$name' ($*)" >&2
        exit 1
    fi
    printf '%-34s %4d s\n' "$name" $(($(date +%s) - begin)) >>"$REPORT.tmp"
}

step "bundle" packaging/pyinstaller/build-bundle.sh
step "check-bundle" packaging/pyinstaller/check-bundle.sh
step "naive bundle (size comparison)" packaging/pyinstaller/build-bundle.sh --naive
step "start-up: frozen vs venv" sh -c '/usr/bin/python3 packaging/startup.py --runs 5 \
    frozen=dist/promptlib/promptlib venv=build/bundle-venv/bin/promptlib | tee build/startup.txt'
step "deb (with lintian)" packaging/linux/build-deb.sh
step "test-deb (fresh chroot)" packaging/linux/test-deb.sh
step "msi-linux (wixl, table checks)" packaging/windows/build-msi-linux.sh

WALL=$(($(date +%s) - START))
mb() { awk "BEGIN { printf \"%.1f MB\", $1 / 1000000 }"; }
TRIMMED=$(du -sb dist/promptlib | cut -f1)
NAIVE=$(du -sb dist/promptlib-naive | cut -f1)
DEB=$(ls dist/promptlib_*.deb)
MSI=$(ls dist/promptlib-*-linux-standin.msi)
{
    echo "package-test: all checks passed in $WALL s ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores)"
    echo
    cat "$REPORT.tmp"
    echo
    echo "bundle, trimmed: $(mb "$TRIMMED") in $(find dist/promptlib -type f | wc -l) files (dist/promptlib)"
    echo "bundle, naive:   $(mb "$NAIVE") in $(find dist/promptlib-naive -type f | wc -l) files (PyInstaller's defaults)"
    echo "$DEB: $(mb "$(du -b "$DEB" | cut -f1)")"
    echo "$MSI: $(mb "$(du -b "$MSI" | cut -f1)")"
    echo "lintian: $(grep -c '^O: ' build/deb/lintian.txt) overridden hints in /opt/promptlib, nothing else"
    echo
    cat build/startup.txt
} >"$REPORT"
rm -f "$REPORT.tmp"
echo
cat "$REPORT"
