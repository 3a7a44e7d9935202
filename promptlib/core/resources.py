"""Finding shipped data (built-in library packs, translations, the guide, icons).

One resolver for every way promptlib runs: an installed wheel carries the data in
`promptlib/_data/` (the build maps `library/` and `resources/` there); a source
checkout or editable install finds them beside the package; a frozen bundle keeps
the wheel's layout. No `sys._MEIPASS` special case is needed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
TOP_LEVEL_DATA = ("library", "resources")


@cache
def data_dir(name: str) -> Path:
    """The folder holding the top-level data folder *name* (`library` or `resources`)."""
    if name not in TOP_LEVEL_DATA:
        raise ValueError(f"unknown data folder {name!r}")
    for candidate in (PACKAGE_ROOT / "_data" / name, PACKAGE_ROOT.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"promptlib's {name} folder is missing from the installation "
                            f"(looked in {PACKAGE_ROOT / '_data'} and {PACKAGE_ROOT.parent})")


def resource_path(relative: str) -> Path:
    """Path of a file under `resources/`. Only plain relative names are accepted."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or "\\" in relative or not pure.parts:
        raise ValueError(f"resource name must be relative and inside resources/: {relative!r}")
    return data_dir("resources").joinpath(*pure.parts)


def builtin_library_dir() -> Path:
    return data_dir("library")
