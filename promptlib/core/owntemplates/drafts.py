"""Drafts: what is being written in the editor, on disk as it is typed.

A draft lives apart from saved templates, one small file per template being edited
in `<data folder>/drafts/`, written atomically (`store.atomic`), so a crash loses at
most the last keystrokes and never leaves half a file. Reopening the template finds
its draft ("Draft restored — Discard"); saving a version or discarding removes it.
Drafts never touch the store, and one template's draft never another's.

Keys: `own.<id>.<language>` for an own template being edited, `copy.<id>.<language>`
for an unsaved copy of a library's template, `new-<time>` for a template started
blank or from text. Template ids are safe file names (library/README.md), and a key
is checked before it becomes one.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from ..jsonbytes import UnreadableBytes, decode_json
from ..store.atomic import atomic_write_bytes

DRAFTS_FOLDER = "drafts"
DRAFT_FORMAT = "promptlib-draft"
NEW_PREFIX = "new-"
_SAFE_KEY = re.compile(r"[a-z0-9][a-z0-9._-]{0,220}")


class Draft(NamedTuple):
    """One draft: the template as typed (library format, possibly invalid), the
    template it is an edit of (None for one never saved), whether its id is fixed,
    and when it was written (ISO 8601, UTC)."""

    key: str
    template: dict[str, Any]
    saved_as: tuple[str, str] | None
    id_fixed: bool
    updated_at: str


def own_key(template_id: str, language: str) -> str:
    return f"own.{template_id}.{language}"


def copy_key(template_id: str, language: str) -> str:
    return f"copy.{template_id}.{language}"


def new_key(now: datetime | None = None) -> str:
    moment = now or datetime.now(UTC)
    return NEW_PREFIX + moment.strftime("%Y%m%dt%H%M%S%f")


class Drafts:
    """The drafts folder of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = Path(data_dir) / DRAFTS_FOLDER

    def _path(self, key: str) -> Path:
        if not _SAFE_KEY.fullmatch(key):
            raise ValueError(f"not a draft key: {key!r}")
        return self.folder / f"{key}.json"

    def write(self, draft: Draft) -> None:
        """Replace the draft *draft.key* on disk, all of it or none of it."""
        payload = orjson.dumps({"format": DRAFT_FORMAT, "key": draft.key, "template": draft.template,
                                "saved_as": list(draft.saved_as) if draft.saved_as else None,
                                "id_fixed": draft.id_fixed, "updated_at": draft.updated_at},
                               option=orjson.OPT_INDENT_2)
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self._path(draft.key), payload)

    def read(self, key: str) -> Draft | None:
        """The draft *key*, or None when there is none or it cannot be used (a damaged
        draft is left on disk as it is, never deleted)."""
        try:
            data = decode_json(self._path(key).read_bytes())
        except (OSError, UnreadableBytes, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT \
                or not isinstance(data.get("template"), dict):
            return None
        saved = data.get("saved_as")
        saved_as = (str(saved[0]), str(saved[1])) if isinstance(saved, list) and len(saved) == 2 else None
        return Draft(key, data["template"], saved_as, bool(data.get("id_fixed")), str(data.get("updated_at", "")))

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def draft_keys(self) -> list[str]:
        try:
            names = sorted(path.stem for path in self.folder.glob("*.json"))
        except OSError:
            return []
        return [name for name in names if _SAFE_KEY.fullmatch(name)]

    def newest_new(self) -> Draft | None:
        """The most recent draft of a template never saved (restored by File → New template)."""
        drafts = [draft for key in self.draft_keys() if key.startswith(NEW_PREFIX) and (draft := self.read(key))]
        return max(drafts, key=lambda draft: draft.updated_at, default=None)


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
