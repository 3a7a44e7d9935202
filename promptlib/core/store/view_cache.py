"""The first window's view of the catalog, saved so a start with 100,000 installed
templates reads none of them before the window is shown.

The catalog's language view (every template the user can pick, one per id, sorted by
title) costs ~250 ms at 100,000 templates even from the start-up caches: reading
100,000 summaries, making a `Template` of each and sorting them. The first window needs
only the titles, ids, counts and role counts, so those are saved here, in view order,
with where each row comes from (pack and row), and `firstview.DeferredCatalog` shows
the window from them and builds the real catalog in idle time (~15 ms for the titles
and ids of 100,000 templates).

Like the start-up caches it is derived data, in the user's data folder only, written
by promptlib: the key records the exact built-in pack files and installed library files
(name, inode, mtime, size) it was made from and the language, so any change to any
library makes it unused; it is written whenever a full catalog is built for a set of
libraries it does not match (after an import, at the end of a start that could not use
it). With the start-up cache trick switched off (`tricks.py`) it is neither read nor
written.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from ..gcpause import collector_paused
from . import startup_cache
from .atomic import atomic_write_bytes

FILE = "catalog-view.cache"
FORMAT = 1
_MAGIC = b"promptlib-view\n"
_HEADER = (FORMAT, sys.version_info[:2], marshal.version)
ROW_BITS = 32  # a source is pack index << ROW_BITS | row index in that pack's templates

Key = tuple[Any, ...]


class CachedView(NamedTuple):
    """One language view as the first window shows it; every list is in view order."""

    language: str
    ids: list[str]
    titles: list[str]
    fallbacks: dict[int, str]         # position → the language it is shown in, if not `language`
    sources: list[int]                # pack index << ROW_BITS | row, packs in catalog order
    pack_sizes: list[int]             # templates in each pack the view was made from
    role_counts: dict[str, int]
    role_names: list[tuple[str, dict[str, str]]]   # every pack's roles, in pack order
    own_ids: list[str]                # the user's own templates (`Catalog.own_ids`)


def key(language: str, builtin: list[tuple[str, Any]], installed: list[tuple[str, Any]]) -> Key:
    """What a view depends on: its language and each pack file's (name, signature)."""
    return (language, tuple((name, tuple(sig) if sig else None) for name, sig in builtin),
            tuple((name, tuple(sig) if sig else None) for name, sig in installed))


def write(path: Path, view_key: Key, view: CachedView) -> None:
    """Save *view*; a failure only costs speed at the next start, so it is ignored."""
    if not startup_cache.ENABLED or any(sig is None for part in view_key[1:] for _name, sig in part):
        return
    with suppress(OSError, ValueError, TypeError):
        payload = marshal.dumps((_HEADER, view_key, tuple(view)))
        atomic_write_bytes(path, _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)


def read(path: Path, view_key: Key) -> CachedView | None:
    """The saved view if it was made from exactly these files in this language, else None."""
    if not startup_cache.ENABLED:
        return None
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(_MAGIC):
        return None
    payload = raw[len(_MAGIC) + 4:]
    if raw[len(_MAGIC):len(_MAGIC) + 4] != zlib.crc32(payload).to_bytes(4, "big"):
        return None
    try:
        with collector_paused():
            header, saved_key, fields = marshal.loads(payload)
        if header != _HEADER or saved_key != view_key:
            return None
        view = CachedView(*fields)
    except (ValueError, EOFError, TypeError):
        return None
    if not (len(view.ids) == len(view.titles) == len(view.sources)):
        return None
    return view
