#!/bin/sh
# make deb: dist/promptlib_VERSION_ARCH.deb from the bundle in dist/promptlib (make bundle).
#
#   /opt/promptlib/                 the bundle
#   /usr/bin/promptlib              -> /opt/promptlib/promptlib
#   /usr/share/applications/promptlib.desktop, the icon in hicolor/scalable/apps
#   /etc/promptlib/                 an empty folder for the policy IT places (no conffile)
#   /usr/share/doc/promptlib/       copyright, changelog; /usr/share/man/man1/promptlib.1
#   DEBIAN/postrm                   puts back /opt when dpkg removed it as left empty
#
# Depends are computed by dpkg-shlibdeps from every ELF file in the bundle, then lintian
# checks the package (overrides only for the /opt bundle: packaging/linux/lintian-overrides).
#   DEB_MAINTAINER  the Maintainer field (default below; an organisation sets its own)
set -eu
cd "$(dirname "$0")/../.."
HERE=packaging/linux

# dpkg-shlibdeps finds a library's package through dpkg: the libraries the bundle links
# must be installed from Debian here. These are Qt 6's xcb and Wayland runtime
# dependencies that a minimal build machine lacks; the check below fails loudly when the
# list falls behind the bundle.
RUNTIME_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libxkbcommon0 libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libgl1 libopengl0
    libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libx11-xcb1"
# shellcheck disable=SC2086
$HERE/need-debs.sh dpkg-dev fakeroot lintian desktop-file-utils binutils file $RUNTIME_LIBS

BUNDLE=dist/promptlib
[ -x "$BUNDLE/promptlib" ] || { echo "build-deb: no $BUNDLE (run make bundle)" >&2; exit 1; }
VERSION=$(/usr/bin/python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(dpkg --print-architecture)
MAINTAINER=${DEB_MAINTAINER:-promptlib maintainers <promptlib-maintainers@users.noreply.github.com>}
# Reproducible: file times and the changelog date come from the last commit.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
export SOURCE_DATE_EPOCH
DEB=dist/promptlib_${VERSION}_${ARCH}.deb

STAGE=build/deb/root
rm -rf build/deb
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/etc/promptlib" \
    "$STAGE/usr/share/applications" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/doc/promptlib" "$STAGE/usr/share/man/man1" "$STAGE/usr/share/lintian/overrides"

echo "== files"
cp -a "$BUNDLE" "$STAGE/opt/promptlib"
# Absolute: /usr/bin and /opt are different top-level folders (Debian policy 10.5).
ln -s /opt/promptlib/promptlib "$STAGE/usr/bin/promptlib"
install -m 644 $HERE/promptlib.desktop "$STAGE/usr/share/applications/promptlib.desktop"
desktop-file-validate "$STAGE/usr/share/applications/promptlib.desktop"
install -m 644 resources/icons/promptlib.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/promptlib.svg"
install -m 644 $HERE/copyright "$STAGE/usr/share/doc/promptlib/copyright"
gzip -9n <$HERE/promptlib.1 >"$STAGE/usr/share/man/man1/promptlib.1.gz"
{
    printf 'promptlib (%s) stable; urgency=medium\n\n' "$VERSION"
    printf '  * promptlib %s, frozen with PyInstaller and packaged for Debian 12.\n\n' "$VERSION"
    printf ' -- %s  %s\n' "$MAINTAINER" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n >"$STAGE/usr/share/doc/promptlib/changelog.gz"
install -m 644 $HERE/lintian-overrides "$STAGE/usr/share/lintian/overrides/promptlib"
install -m 755 $HERE/postrm "$STAGE/DEBIAN/postrm"
# dpkg-deb takes modes as they are: plain files 644, executables and folders 755.
chmod -R u+rwX,go+rX,go-w "$STAGE"
find "$STAGE" -type f -name '*.so*' -exec chmod 644 {} +

echo "== Depends (dpkg-shlibdeps over the bundle's ELF files)"
ELVES=$(find "$STAGE/opt/promptlib" -type f -exec file {} + | grep ': *ELF' | cut -d: -f1)
unresolved=$(echo "$ELVES" | xargs ldd 2>/dev/null | grep 'not found' | sort -u | tr -d '\t' || true)
if [ -n "$unresolved" ]; then
    echo "build-deb: libraries the bundle links are not installed here; add their Debian" >&2
    echo "packages to RUNTIME_LIBS in $0:" >&2
    echo "$unresolved" >&2
    exit 1
fi
# dpkg-shlibdeps wants a debian/control; it also must know the bundle's own folders,
# so that the libraries found there count as part of this package.
mkdir -p build/deb/src/debian
printf 'Source: promptlib\n\nPackage: promptlib\nArchitecture: any\n' >build/deb/src/debian/control
PRIVATE=$(echo "$ELVES" | grep '\.so' | xargs -n1 dirname | sort -u | sed "s|^|-l$PWD/|" | tr '\n' ' ')
# shellcheck disable=SC2086
(cd build/deb/src && dpkg-shlibdeps -O --warnings=1 $PRIVATE $(echo "$ELVES" | sed "s|^|$OLDPWD/|")) \
    >build/deb/shlibs.txt
DEPENDS=$(sed -n 's/^shlibs:Depends=//p' build/deb/shlibs.txt)
[ -n "$DEPENDS" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
echo "Depends: $DEPENDS"

INSTALLED_SIZE=$(du -sk --apparent-size "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: promptlib
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Recommends: xclip | wl-clipboard | xsel, xdg-utils
Section: misc
Priority: optional
Description: prompt library for Finnish municipalities and wellbeing counties
 promptlib is a desktop library of prompt templates for AI services, in
 Finnish, Swedish and English. It fills a template from a form, checks the
 values for personal data (identity codes, phone numbers, e-mail addresses,
 account numbers) before the prompt is copied, and follows the organisation's
 policy in /etc/promptlib/policy.json.
 .
 This package installs a self-contained build in /opt/promptlib.
EOF

(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum) >"$STAGE/DEBIAN/md5sums"
chmod 644 "$STAGE/DEBIAN/md5sums"

echo "== package"
mkdir -p dist
rm -f dist/promptlib_*.deb
fakeroot dpkg-deb --build -Zxz --root-owner-group "$STAGE" "$DEB" >/dev/null
echo "$DEB: $(du -b "$DEB" | cut -f1) bytes ($(awk "BEGIN { printf \"%.1f\", $(du -b "$DEB" | cut -f1) / 1000000 }") MB), installed $INSTALLED_SIZE KiB"

echo "== lintian"
# Info tags count too: the package is meant to be silent with its overrides. The verdict
# is read from the output: with --show-overrides, lintian's own --fail-on also fails on
# the overridden tags (lintian 2.116).
if ! lintian --fail-on none --display-info --show-overrides "$DEB" >build/deb/lintian.txt 2>&1; then
    cat build/deb/lintian.txt >&2
    echo "build-deb: lintian did not run to the end" >&2
    exit 1
fi
if grep -q '^[EWI]: ' build/deb/lintian.txt || ! grep -q '^O: ' build/deb/lintian.txt; then
    grep -v '^[ONM]: \|^running with root privileges' build/deb/lintian.txt >&2 || true
    echo "build-deb: lintian found problems (above; all of it in build/deb/lintian.txt)" >&2
    exit 1
fi
outside=$(grep '^O: ' build/deb/lintian.txt | grep -v '\[opt/promptlib/' || true)
[ -z "$outside" ] || { echo "build-deb: overrides used outside /opt/promptlib: $outside" >&2; exit 1; }
echo "lintian: clean; $(grep -c '^O: ' build/deb/lintian.txt) overridden hints, all in /opt/promptlib:"
grep '^O: ' build/deb/lintian.txt | awk '{print $3}' | sort | uniq -c
