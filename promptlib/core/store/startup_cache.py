"""A disposable fast-loading copy of one installed library, for start-up and planning.

Parsing a 12 MB library file (10,000 templates) takes ~150 ms with orjson and building
the objects as much again; Python's `marshal` of flat tuples loads the same in ~30 ms.
Each library file (`library_files.py`) has its cache beside it, `<file>.cache`, written
when the library is installed, so the first start after an import costs what any
other does. The cache is in two parts, each with its own CRC:

- the *summary*: the pack's fields, its provenance and one row per template of what
  the first window needs (`SUMMARY_FIELDS`: id, language, title, roles, tags,
  summary), read at start-up;
- the *details*: the rest of each template (`DETAIL_FIELDS`: body, guidance, variables
  as JSON bytes...), read only when a template's body is first wanted (a form, a
  preview, search folding in idle time).

The cache is derived data: it records the exact (inode, mtime, size) of the library
file it was made from, and is ignored the moment that or a CRC does not match, so the
library file stays the one source of truth. marshal is only ever read from the user's
own data folder, written by promptlib. With the trick switched off for a benchmark
(`tricks.py`) no cache is read or written, and the libraries are parsed from their files.
"""

from __future__ import annotations

import marshal
import sys
import threading
import zlib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, cast

import orjson

from .. import tricks
from ..gcpause import collector_paused
from .atomic import atomic_write_bytes

CACHE_FORMAT = 5  # 3: made only from a library.json that passed store/shapes.py; 4: rows end with
#                  `copied_from`; 5: one per library, in two parts (details end with `copied_from`)
_MAGIC = b"promptlib-cache\n"
_HEADER = (CACHE_FORMAT, sys.version_info[:2], marshal.version)
_LENGTH = 8  # bytes of the summary's length
ENABLED = tricks.enabled(tricks.STARTUP_CACHE)  # off only for a benchmark run

# One template as two tuples, in these field orders; variables stay JSON until a form needs them.
SUMMARY_FIELDS = ("id", "language", "title", "roles", "tags", "summary")
DETAIL_FIELDS = ("body", "guidance", "data_policy", "variables", "lint_waive", "lint_why", "copied_from")

Signature = tuple[int, int, int]


def summary_rows(pack: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(t["id"], t["language"], t["title"], tuple(t.get("roles", ())), tuple(t.get("tags", ())),
             t.get("summary", "")) for t in pack.get("templates", ())]


def detail_rows(pack: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(t["body"], t.get("guidance", ""), t.get("data_policy", ""), orjson.dumps(t.get("variables", [])),
             tuple(t.get("lint", {}).get("waive", ())), t.get("lint", {}).get("why", ""),
             tuple(t.get("copied_from", {}).items())) for t in pack.get("templates", ())]


def pack_fields(pack: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in pack.items() if key != "templates"}


class CachedLibrary(NamedTuple):
    """One library as start-up and import planning need it; `details()` gives the rest of
    each template, in the same order as `templates`."""

    fields: dict[str, Any]
    provenance: dict[str, Any]
    templates: list[tuple[Any, ...]]  # summary rows
    details: Callable[[], list[tuple[Any, ...]]]


def write(path: Path, signature: Signature | None, pack: dict[str, Any], provenance: dict[str, Any]) -> None:
    """Save the cache of one library; failure only costs speed later, so it is ignored."""
    if signature is None or not ENABLED:
        return
    with suppress(OSError, ValueError, TypeError):
        summary = marshal.dumps((_HEADER, tuple(signature), pack_fields(pack), provenance, summary_rows(pack)))
        details = marshal.dumps(detail_rows(pack))
        atomic_write_bytes(path, b"".join((
            _MAGIC, len(summary).to_bytes(_LENGTH, "big"), _crc(summary), summary, _crc(details), details)))


def _crc(payload: bytes) -> bytes:
    return zlib.crc32(payload).to_bytes(4, "big")


class DetailsReader:
    """Reads the details part of a cache, from the file opened at start-up.

    The file stays open until `close` (a catalog built again, or the store closed), so
    another instance that installs a new edition of this library and deletes this one's
    files cannot take the details away from templates already shown (POSIX keeps an
    open file; Windows refuses the deletion, which is retried at a later open). It can
    be read more than once: the search index streams each pack's bodies through it and
    drops them, and a form later reads them again. *fallback* parses the library file.
    """

    def __init__(self, handle: BinaryIO, offset: int, fallback: Callable[[], list[tuple[Any, ...]]]) -> None:
        self._handle: BinaryIO | None = handle
        self._offset = offset
        self._fallback = fallback
        self._lock = threading.Lock()

    def __call__(self) -> list[tuple[Any, ...]]:
        with self._lock:
            rows = None
            if self._handle is not None:
                with suppress(OSError, ValueError, EOFError, TypeError):
                    self._handle.seek(self._offset)
                    raw = self._handle.read()
                    if raw[:4] == _crc(raw[4:]):
                        with collector_paused():
                            rows = marshal.loads(raw[4:])
            return cast(list[tuple[Any, ...]], rows) if isinstance(rows, list) else self._fallback()

    def close(self) -> None:
        with self._lock:
            handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()


def read(path: Path, signature: Signature | None,
         fallback: Callable[[], list[tuple[Any, ...]]]) -> tuple[CachedLibrary, DetailsReader] | None:
    """The cached summary of one library if the cache belongs to exactly that library file,
    else None. The details are read when `CachedLibrary.details()` is first called (then
    *fallback*, which parses the library file, if the cache part cannot be used)."""
    if signature is None or not ENABLED:
        return None
    try:
        handle = open(path, "rb")  # noqa: SIM115 - kept open for the details, see DetailsReader
    except OSError:
        return None
    try:
        head = handle.read(len(_MAGIC) + _LENGTH + 4)
        if len(head) < len(_MAGIC) + _LENGTH + 4 or not head.startswith(_MAGIC):
            raise ValueError("not a cache")
        length = int.from_bytes(head[len(_MAGIC):len(_MAGIC) + _LENGTH], "big")
        summary = handle.read(length)
        if len(summary) != length or head[-4:] != _crc(summary):
            raise ValueError("damaged")
        with collector_paused():
            header, cached_signature, fields, provenance, rows = marshal.loads(summary)
        if header != _HEADER or tuple(cached_signature) != tuple(signature):
            raise ValueError("stale")
    except (OSError, ValueError, EOFError, TypeError):
        handle.close()
        return None
    details = DetailsReader(handle, len(head) + length, fallback)
    return CachedLibrary(fields, provenance, rows, details), details
