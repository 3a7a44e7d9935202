#!/bin/sh
# make bundle: promptlib's wheel, installed (not editable) into a venv of the system
# Python, frozen by PyInstaller into the one-folder bundle dist/promptlib/.
#
#   BUNDLE_PYTHON  the Python to build with (default /usr/bin/python3, the system one:
#                  a pyenv-built Python leaves a build-machine RUNPATH in extension modules)
#
#   build-bundle.sh --naive   the same app frozen without any trimming (PyInstaller's
#                  defaults) into dist/promptlib-naive, only to measure what trimming saves
set -eu
cd "$(dirname "$0")/../.."
NAME=promptlib
if [ "${1-}" = --naive ]; then
    NAME=promptlib-naive
    export PROMPTLIB_BUNDLE_NAIVE=1
fi

PYTHON=${BUNDLE_PYTHON:-/usr/bin/python3}
VENV=build/bundle-venv
WORK=build/pyinstaller
DIST=dist

# The system Python's venv module, and binutils' strip for stripping the bundle.
if [ "$PYTHON" = /usr/bin/python3 ]; then
    packaging/linux/need-debs.sh python3-venv python3-pip binutils
fi

# A venv left from another Python is made again.
if [ -x "$VENV/bin/python" ] && ! "$VENV/bin/python" -c \
        "import sys; sys.exit(sys.base_prefix != '$("$PYTHON" -c 'import sys; print(sys.base_prefix)')')"; then
    rm -rf "$VENV"
fi
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi

echo "== wheel"
rm -f "$DIST"/promptlib-*.whl
"$VENV/bin/python" -m pip wheel --quiet --no-deps --wheel-dir "$DIST" .
WHEEL=$(ls "$DIST"/promptlib-*.whl)
echo "$WHEEL"

echo "== venv: $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0], sys.base_prefix)')"
"$VENV/bin/python" -m pip install --quiet -r packaging/requirements.txt
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$WHEEL"
"$VENV/bin/python" -m pip install --quiet "$WHEEL"   # its dependencies, when missing
"$VENV/bin/python" -m pip check
# The bundle must take promptlib from the wheel, not from this checkout (run from /,
# so that the checkout is not on the import path).
(cd / && "$OLDPWD/$VENV/bin/python" -c '
import pathlib, sys, promptlib
from promptlib.core.resources import data_dir
here = pathlib.Path(promptlib.__file__).resolve()
assert "site-packages" in here.parts, f"promptlib imported from {here}, not from the wheel"
assert data_dir("library").parent.name == "_data", data_dir("library")
print("promptlib from", here.parent)')

echo "== PyInstaller ($NAME)"
rm -rf "${DIST:?}/$NAME"
# From the build folder, so that nothing in the checkout is on the import path.
mkdir -p "$WORK/$NAME"
(cd "$WORK/$NAME" && ../../../"$VENV"/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath . --distpath ../../../"$DIST" ../../../packaging/pyinstaller/promptlib.spec)

SIZE=$(du -sb "$DIST/$NAME" | cut -f1)
FILES=$(find "$DIST/$NAME" -type f | wc -l)
printf '%s: %s: %s files, %s bytes (%s MB)\n' "$NAME" "$DIST/$NAME" "$FILES" "$SIZE" \
    "$(awk "BEGIN { printf \"%.1f\", $SIZE / 1000000 }")" | tee "build/$NAME-size.txt"
