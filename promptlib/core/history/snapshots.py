"""Every version of every template, kept as an immutable snapshot in `history.json`.

Own templates get a version at each save (`edit`), installed ones at each import or
update that brought a new or changed template (`import:<library>@<version>`); a
restore is a new version too (`restore:N`), so history only ever moves forward.

The file is a TinyDB database of its own (`{"versions": {doc_id: snapshot}}`) beside
`state.json` and `library.json`, written like them: the whole file atomically
(`store/atomic.py`) while holding its lock file (`store/filelock.py`). It is kept apart
because it only grows; a favourite toggle must not rewrite it, nor a history write the
installed libraries. A file that cannot be loaded is moved aside as
`history.json.corrupt-*` (its backup restored if that loads) and a `RecoveryNotice` is
left in `recoveries`: a broken history never stops the app.

Snapshots are not edited, with one exception that adds and never changes: `published`,
the library releases a version went out in.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import orjson

from ..errors import StoreError
from ..gcpause import collector_paused
from ..store.atomic import AtomicJSONStorage, RecoveryNotice
from ..store.filelock import FileLock

__all__ = ["HISTORY_FILE", "NoSuchVersion", "TemplateHistory", "Version", "template_digest"]

HISTORY_FILE = "history.json"
_TABLE = "versions"
EDIT = "edit"

_Data = dict[str, dict[str, dict[str, Any]]]
_T = TypeVar("_T")


class NoSuchVersion(StoreError):
    """The template has no version of that number (or no history at all)."""


@dataclass(frozen=True)
class Version:
    """One kept version of a template in one language."""

    template_id: str
    language: str
    number: int
    time: str            # ISO 8601, UTC
    author: str
    note: str
    source: str          # "edit", "restore:N", "import:<library>@<version>", "publish:<library>@<version>"
    library: str         # the library the version belonged to ("user.own" for own templates)
    template: dict[str, Any] = field(compare=False, repr=False)
    published: tuple[str, ...] = ()   # "<library>@<version>" releases it went out in

    def to_json(self) -> dict[str, Any]:
        """What `promptlib history --json` lists for the version."""
        return {"version": self.number, "time": self.time, "author": self.author, "note": self.note,
                "source": self.source}

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> Version | None:
        try:
            template = document["template"]
            if not isinstance(template, dict):
                return None
            return cls(str(document["template_id"]), str(document["language"]), int(document["version"]),
                       str(document.get("time", "")), str(document.get("author", "")),
                       str(document.get("note", "")), str(document.get("source", "")),
                       str(document.get("library", "")), template,
                       tuple(str(p) for p in document.get("published", ()) if isinstance(p, str)))
        except (KeyError, TypeError, ValueError):
            return None   # one damaged entry hides itself, not the rest of the history


def template_digest(template: Mapping[str, Any]) -> str:
    """SHA-256 of a template's JSON with sorted keys (the same as `publishing.template_digest`)."""
    return hashlib.sha256(orjson.dumps(template, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _history_problem(data: dict[str, Any]) -> str | None:
    for doc_id, document in data.get(_TABLE, {}).items():
        if not isinstance(document.get("template"), dict):
            return f"version entry {doc_id} holds no template"
    return None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class TemplateHistory:
    """The history file in *data_dir*. *author* names who makes the changes (see
    `author.author_name`); *clock* gives the UTC time as ISO text (for tests)."""

    def __init__(self, data_dir: Path, *, author: str = "", clock: Callable[[], str] = _now,
                 lock_timeout: float = 10.0) -> None:
        self.path = Path(data_dir) / HISTORY_FILE
        self.author = author
        self.clock = clock
        self._storage = AtomicJSONStorage(self.path, check=_history_problem)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._lock_timeout = lock_timeout
        # The last parse, by file signature: listing 1,000 versions must not parse the file each time.
        self._cache: tuple[tuple[int, int, int] | None, _Data] | None = None
        # The (id, language) keys of that parse, made on first ask: the window asks on every
        # template switch whether the shown template has a history.
        self._keys: frozenset[tuple[str, str]] | None = None

    @property
    def recoveries(self) -> list[RecoveryNotice]:
        """Each damaged history file set aside (tell the user; nothing was deleted)."""
        return list(self._storage.recoveries)

    recovery_notices = recoveries   # the name `Store` gives them, so both are reported alike

    # -- reading -------------------------------------------------------------------

    def versions(self, template_id: str, language: str) -> list[Version]:
        """Every kept version of the template, oldest first."""
        found = [Version.from_document(d) for d in self._documents()
                 if d.get("template_id") == template_id and d.get("language") == language]
        return sorted((v for v in found if v is not None), key=lambda v: v.number)

    def library_versions(self, library: str) -> dict[tuple[str, str], list[Version]]:
        """Every kept version of *library*'s templates by (id, language), oldest first:
        one pass over the file for a whole library (a publish of 10,000 templates)."""
        found: dict[tuple[str, str], list[Version]] = {}
        for document in self._documents():
            if document.get("library") == library:
                made = Version.from_document(document)
                if made is not None:
                    found.setdefault((made.template_id, made.language), []).append(made)
        for versions in found.values():
            versions.sort(key=lambda v: v.number)
        return found

    def version(self, template_id: str, language: str, number: int) -> Version:
        for candidate in self.versions(template_id, language):
            if candidate.number == number:   # a copy: the listing shares its templates with the cache
                return Version(**{**candidate.__dict__, "template": copy.deepcopy(candidate.template)})
        raise NoSuchVersion(f"template '{template_id}' ({language}) has no version {number}")

    def has_versions(self, template_id: str, language: str) -> bool:
        """Whether any version of the template is kept (a set lookup once the file is read)."""
        lock = FileLock(self._lock_path, self._lock_timeout, what=HISTORY_FILE)
        try:
            with lock.for_reading():
                data = self._read()
                if self._keys is None:
                    self._keys = frozenset(_key(document) for document in data.get(_TABLE, {}).values())
                return (template_id, language) in self._keys
        finally:
            lock.close()

    def latest(self, template_id: str, language: str) -> Version | None:
        kept = self.versions(template_id, language)
        return kept[-1] if kept else None

    # -- writing -------------------------------------------------------------------

    def record(self, template: Mapping[str, Any], *, source: str, library: str, note: str = "",
               author: str | None = None, keep: int | None = None) -> Version:
        """Keep *template* as the next version of its id and language (one atomic write).
        With *keep*, the template's history is pruned to its last *keep* unpublished
        versions in the same write (see `prune`)."""
        return self.record_many([template], source=source, library=library, note=note, author=author,
                                keep=keep)[0]

    def record_many(self, templates: Iterable[Mapping[str, Any]], *, source: str, library: str,
                    note: str = "", author: str | None = None, skip_unchanged: bool = False,
                    keep: int | None = None) -> list[Version]:
        """`record` for many templates in one write (an import of 10,000). With
        *skip_unchanged*, a template equal to its latest version gets no new one; with
        *keep*, the recorded templates are pruned as `prune` does, in the same write."""
        if keep is not None and keep < 1:
            raise ValueError("keep at least one version")
        # No copies: the write serialises them at once and nothing keeps them after it.
        with collector_paused():
            snapshots = [dict(t) for t in templates]
        time, who = self.clock(), self.author if author is None else author

        def change(data: _Data) -> list[Version]:
            table = data.setdefault(_TABLE, {})
            # Only the templates being recorded need their latest version: one pass over the
            # table with plain dict lookups (an import of 10,000 over 10,000 kept: ~20 ms).
            wanted = {(str(t.get("id", "")), str(t.get("language", ""))) for t in snapshots}
            latest: dict[tuple[str, str], dict[str, Any]] = {}
            next_id = 0
            for doc_id, document in table.items():
                next_id = max(next_id, int(doc_id))
                key = (document.get("template_id", ""), document.get("language", ""))
                if key in wanted:
                    before = latest.get(key)
                    if before is None or _number(document) > _number(before):
                        latest[key] = document
            next_id += 1
            made = []
            for template in snapshots:
                key = (str(template.get("id", "")), str(template.get("language", "")))
                before = latest.get(key)
                if skip_unchanged and before is not None and before.get("template") == template:
                    continue
                document = {"template_id": key[0], "language": key[1],
                            "version": _number(before) + 1 if before else 1, "time": time, "author": who,
                            "note": note, "source": source, "library": library, "template": template}
                table[str(next_id)] = document
                latest[key] = document
                next_id += 1
                made.append(Version.from_document(document))
            if keep is not None:
                _prune_table(table, library, keep, wanted)
            return [v for v in made if v is not None]

        return self._change(change)

    def restore(self, template_id: str, language: str, number: int, *, note: str = "") -> Version:
        """A new version whose template is version *number*'s ("restored from N")."""
        old = self.version(template_id, language, number)
        return self.record(old.template, source=f"restore:{number}", library=old.library,
                           note=note or f"restored from {number}")

    def prune(self, library: str, keep: int) -> int:
        """Keep the last *keep* unpublished versions of each template of *library* (and
        every published one); returns how many were removed."""
        if keep < 1:
            raise ValueError("keep at least one version")
        return self._change(lambda data: _prune_table(data.get(_TABLE, {}), library, keep))

    def mark_published(self, library: str, version: str, templates: Iterable[Mapping[str, Any]]) -> list[Version]:
        """Mark the versions that went out in *library* *version*. A template whose
        latest kept version is not what was published gets a new version for it
        (source `publish:<library>@<version>`), marked; returns the versions marked."""
        release = f"{library}@{version}"
        published = [copy.deepcopy(dict(t)) for t in templates]
        time, who = self.clock(), self.author

        def change(data: _Data) -> list[Version]:
            table = data.setdefault(_TABLE, {})
            by_digest: dict[tuple[str, str, str], str] = {}
            for doc_id in sorted(table, key=int):
                document = table[doc_id]
                if isinstance(document.get("template"), dict):
                    by_digest[(*_key(document), template_digest(document["template"]))] = doc_id
            numbers: dict[tuple[str, str], int] = {}
            for document in table.values():
                key = _key(document)
                numbers[key] = max(numbers.get(key, 0), _number(document))
            next_id = max((int(i) for i in table), default=0) + 1
            marked = []
            for template in published:
                key = (str(template.get("id", "")), str(template.get("language", "")))
                found = by_digest.get((*key, template_digest(template)))
                if found is None:
                    found, next_id = str(next_id), next_id + 1
                    numbers[key] = numbers.get(key, 0) + 1
                    table[found] = {"template_id": key[0], "language": key[1], "version": numbers[key],
                                     "time": time, "author": who, "note": "", "source": f"publish:{release}",
                                     "library": library, "template": template}
                document = table[found]
                releases = [p for p in document.get("published", ()) if p != release]
                document["published"] = [*releases, release]
                made = Version.from_document(document)
                if made is not None:
                    marked.append(made)
            return marked

        return self._change(change)

    # -- internals -----------------------------------------------------------------

    def _read(self) -> _Data:
        signature = self._storage.current_signature()
        if self._cache is not None and signature is not None and self._cache[0] == signature:
            return self._cache[1]
        data: _Data = self._storage.read() or {}
        self._cache = (self._storage.last_read_signature, data)
        self._keys = None
        return data

    def _documents(self) -> list[dict[str, Any]]:
        lock = FileLock(self._lock_path, self._lock_timeout, what=HISTORY_FILE)
        try:
            with lock.for_reading():
                table = self._read().get(_TABLE, {})
                return [table[doc_id] for doc_id in sorted(table, key=int)]
        finally:
            lock.close()

    def _change(self, change: Callable[[_Data], _T]) -> _T:
        lock = FileLock(self._lock_path, self._lock_timeout, what=HISTORY_FILE)
        try:
            # The read, the change and the write make hundreds of thousands of acyclic
            # objects beside an import's millions: a full collection among them cost ~80 ms.
            with lock, collector_paused():
                self._storage.remove_stale_temp_files()
                self._cache, self._keys = None, None
                data: _Data = self._storage.read() or {}
                result = change(data)
                self._storage.write(data)
                return result
        finally:
            lock.close()


def _prune_table(table: dict[str, dict[str, Any]], library: str, keep: int,
                 only: set[tuple[str, str]] | None = None) -> int:
    """Drop all but the last *keep* unpublished versions of each template of *library*
    (of the keys in *only*, when given) from *table*; how many were dropped."""
    unpublished: dict[tuple[Any, Any], list[tuple[int, str]]] = {}
    for doc_id, document in table.items():
        if document.get("library") == library and not document.get("published"):
            key = (document.get("template_id"), document.get("language"))
            if only is None or key in only:
                unpublished.setdefault(key, []).append((_number(document), doc_id))
    # Only unpublished versions older than the *keep* newest go, so the newest version is
    # always kept and a number is never given out twice.
    doomed = [doc_id for entries in unpublished.values() for _n, doc_id in sorted(entries)[:-keep]]
    for doc_id in doomed:
        del table[doc_id]
    return len(doomed)


def _key(document: Mapping[str, Any]) -> tuple[str, str]:
    return (str(document.get("template_id", "")), str(document.get("language", "")))


def _number(document: Mapping[str, Any] | None) -> int:
    try:
        return int(str(document["version"])) if document is not None else 0
    except (KeyError, TypeError, ValueError):
        return 0
