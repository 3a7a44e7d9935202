"""A disposable fast-loading copy of the installed packs, for start-up.

Parsing a 12 MB `library.json` (10,000 templates) takes ~150 ms with orjson and
building the objects as much again; Python's `marshal` of flat tuples loads the same
in ~30 ms. The cache is derived data: it records the exact (inode, mtime, size) of
the library.json it was made from, plus a CRC of its own bytes, and is ignored the
moment either does not match, so library.json stays the one source of truth.
marshal is only ever read from the user's own data folder, written by promptlib.
With the trick switched off for a benchmark (`tricks.py`) the cache is never read or
written, and `workspace.installed_packs` builds the packs from library.json instead.
"""

from __future__ import annotations

import marshal
import sys
import zlib
from contextlib import suppress
from pathlib import Path
from typing import Any, cast

import orjson

from .. import tricks
from ..gcpause import collector_paused
from .atomic import atomic_write_bytes

CACHE_FORMAT = 3  # 2: rows end with the lint waivers; 3: made only from a library.json that passed store/shapes.py
_MAGIC = b"promptlib-cache\n"
_HEADER = (CACHE_FORMAT, sys.version_info[:2], marshal.version)
ENABLED = tricks.enabled(tricks.STARTUP_CACHE)  # off only for a benchmark run

# One template as a tuple, in this field order; variables stay JSON until a form needs them.
TEMPLATE_FIELDS = ("id", "language", "title", "body", "roles", "tags", "summary", "guidance", "data_policy",
                   "variables", "lint_waive", "lint_why")

CachedPack = tuple[dict[str, Any], dict[str, Any], list[tuple[Any, ...]]]  # (pack fields, provenance, templates)


def template_rows(pack: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (t["id"], t["language"], t["title"], t["body"], tuple(t.get("roles", ())), tuple(t.get("tags", ())),
         t.get("summary", ""), t.get("guidance", ""), t.get("data_policy", ""),
         orjson.dumps(t.get("variables", [])), tuple(t.get("lint", {}).get("waive", ())),
         t.get("lint", {}).get("why", ""))
        for t in pack.get("templates", ())
    ]


def to_cached(pack: dict[str, Any], provenance: dict[str, Any]) -> CachedPack:
    fields = {key: value for key, value in pack.items() if key != "templates"}
    return (fields, provenance, template_rows(pack))


def write(path: Path, signature: tuple[int, int, int] | None, packs: list[CachedPack]) -> None:
    """Save the cache; failure only costs speed at the next start, so it is ignored."""
    if signature is None or not ENABLED:
        return
    with suppress(OSError, ValueError, TypeError):
        payload = marshal.dumps((_HEADER, tuple(signature), packs))
        atomic_write_bytes(path, _MAGIC + zlib.crc32(payload).to_bytes(4, "big") + payload)


def read(path: Path, signature: tuple[int, int, int] | None) -> list[CachedPack] | None:
    """The cached packs if the cache belongs to exactly this library.json, else None."""
    if signature is None or not ENABLED:
        return None
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(_MAGIC) or len(raw) < len(_MAGIC) + 4:
        return None
    crc, payload = raw[len(_MAGIC):len(_MAGIC) + 4], raw[len(_MAGIC) + 4:]
    if zlib.crc32(payload).to_bytes(4, "big") != crc:
        return None
    try:
        with collector_paused():
            header, cached_signature, packs = marshal.loads(payload)
    except (ValueError, EOFError, TypeError):
        return None
    if header != _HEADER or tuple(cached_signature) != tuple(signature):
        return None
    return cast(list[CachedPack], packs)  # marshal gives back what `write` stored
