#!/bin/sh
# make msi-linux: the Windows installer's source built on Linux with msitools' wixl, from
# the Linux bundle (dist/promptlib) as a stand-in tree, then its tables and contents
# checked (check-msi.py). The result, dist/promptlib-VERSION-linux-standin.msi, is for
# checking only: it holds Linux binaries and no ACL on %ProgramData%\promptlib
# (policy-folder.wxs; the Windows build uses policy-folder-acl.wxs). The real MSI is built
# on Windows by build-msi.ps1.
set -eu
cd "$(dirname "$0")/../.."
HERE=packaging/windows
packaging/linux/need-debs.sh wixl msitools

BUNDLE=dist/promptlib
[ -x "$BUNDLE/promptlib" ] || { echo "build-msi-linux: no $BUNDLE (run make bundle)" >&2; exit 1; }
PY=/usr/bin/python3
VERSION=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
eval "$($PY $HERE/msi_ids.py "$VERSION")"   # UpgradeCode, ProductCode, ProductVersion
WORK=build/msi
MSI=dist/promptlib-$VERSION-linux-standin.msi
rm -rf "$WORK"
mkdir -p "$WORK"

echo "== harvest $BUNDLE"
$PY $HERE/harvest.py "$BUNDLE" --main-exe promptlib -o "$WORK/files.wxs"
build/bundle-venv/bin/python $HERE/make_icon.py "$WORK/promptlib.ico"

build() {
    # wixl says "unimplemented" for Advertise="no" and still writes the shortcut
    # non-advertised (its Target is set); any other message is shown.
    wixl --arch x64 -o "$1" \
        -D Version="$ProductVersion" -D ProductCode="$ProductCode" -D BundleDir="$BUNDLE" \
        -D MainExe=promptlib -D IconFile="$WORK/promptlib.ico" \
        $HERE/promptlib.wxs $HERE/policy-folder.wxs "$WORK/files.wxs" 2>"$WORK/wixl.log" \
        || { cat "$WORK/wixl.log" >&2; echo "build-msi-linux: wixl failed" >&2; exit 1; }
    grep -v 'builder.vala:[0-9]*: unimplemented$' "$WORK/wixl.log" >&2 || true
}
echo "== wixl $(wixl --version): $MSI (ProductCode $ProductCode, version $ProductVersion)"
build "$MSI"
build "$WORK/again.msi"   # a second build, to show that the tables come out the same

echo "== check (msidump, msiextract)"
$PY $HERE/check-msi.py "$MSI" "$BUNDLE" --version "$VERSION" --main-exe promptlib --same-as "$WORK/again.msi"
