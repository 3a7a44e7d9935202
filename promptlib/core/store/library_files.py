"""Installed library packs, one TinyDB file each, and the index that lists them.

In the data folder:

- `libraries.json`: the index, `{"libraries": {doc_id: {"id": pack id, "file": name}}}` in
  install order; small, and replaced atomically on every change;
- `libraries.json.lock`: the lock every change of the index or of a library file takes;
- `libraries/<name>`: one pack, `{"packs": {"1": {"pack": ..., "provenance": ...}}}`, an
  ordinary TinyDB file checked by `shapes.library_problem` like the single
  `library.json` of earlier versions; beside it `<name>.bak` (written with it) and
  `<name>.cache` (the start-up cache, `startup_cache.py`, also written with it).

A library file is never changed once written: installing a new edition writes a new
file under a new name (`<pack id>.<8 hex digits>.json`), then replaces the index (the
commit point); the files the index no longer lists are deleted when a store next opens. So importing one
library writes that library's file and the small index, whatever else is installed,
and an install of several packs, or with removals, is all or nothing: killed before
the index is replaced, the old index still lists the old files; after, the new one.
Files no index lists (replaced editions, or left by a killed install) are deleted when a
store opens, under the lock; `*.corrupt-*` copies never are.

Migration: a data folder of an earlier version has one `library.json` holding every
pack and no index. When a store opens it, under the lock, each pack is written to its
own file, then the index (the commit point), then `library.json` is renamed
`library.json.migrated` (kept, never deleted). A kill before the index is written
leaves `library.json` as it was, and the next open migrates again (the files of the
killed attempt are orphans, deleted); a kill after it leaves the index and the next
open only finishes the rename. An index that is missing or damaged beyond its backup,
beside library files, is rebuilt from the files (the newest file of each pack).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import orjson

from ..errors import StoreError
from ..gcpause import collector_paused
from . import shapes, startup_cache
from .atomic import AtomicJSONStorage, RecoveryNotice, atomic_write_bytes
from .filelock import FileLock

__all__ = ["FOLDER", "INDEX_FILE", "LEGACY_FILE", "MIGRATED_SUFFIX", "InstalledPack", "LibraryFiles"]

INDEX_FILE = "libraries.json"
FOLDER = "libraries"
LEGACY_FILE = "library.json"
MIGRATED_SUFFIX = ".migrated"
CACHE_SUFFIX = ".cache"

Document = dict[str, Any]  # {"pack": ..., "provenance": ...}
_Row = dict[str, str]      # an index entry: {"id": pack id, "file": file name}
_NOT_NAME = re.compile(r"[^a-z0-9._-]+")


class InstalledPack:
    """An installed library pack (library format v1) and where it came from.

    `provenance`, `fields` (the pack without its templates), `keys` ((id, language) of
    each template) and `template_count` are at hand, from the start-up cache; `pack`, the
    whole pack, is read from the library's own file when first asked for, so listing or
    planning an import against 100,000 installed templates parses none of them.
    """

    __slots__ = ("_load", "_pack", "fields", "keys", "provenance")

    def __init__(self, pack: dict[str, Any] | None = None, provenance: dict[str, Any] | None = None, *,
                 fields: dict[str, Any] | None = None, keys: list[tuple[str, str]] | None = None,
                 load: Callable[[], dict[str, Any]] | None = None) -> None:
        if pack is None and (fields is None or keys is None or load is None):
            raise ValueError("an InstalledPack needs its pack, or its fields, keys and a loader")
        self._pack = pack
        self._load = load
        self.provenance: dict[str, Any] = provenance if provenance is not None else {}
        self.fields: dict[str, Any] = fields if fields is not None else startup_cache.pack_fields(pack or {})
        self.keys: list[tuple[str, str]] = keys if keys is not None else [
            (t.get("id"), t.get("language")) for t in (pack or {}).get("templates", ())]

    @property
    def pack(self) -> dict[str, Any]:
        if self._pack is None:
            assert self._load is not None
            self._pack = self._load()
        return self._pack

    @property
    def pack_id(self) -> str:
        return str(self.fields.get("id", ""))

    @property
    def template_count(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[dict[str, Any]]:  # `pack, provenance = installed`, as before
        return iter((self.pack, self.provenance))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, InstalledPack):
            return NotImplemented
        return (self.pack, self.provenance) == (other.pack, other.provenance)

    __hash__ = None  # type: ignore[assignment]  # mutable dicts inside, as a NamedTuple of dicts was

    def __repr__(self) -> str:
        return f"InstalledPack(id={self.pack_id!r}, templates={self.template_count})"


def _signature(path: Path) -> startup_cache.Signature | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_ino, status.st_mtime_ns, status.st_size)


def _rows(data: dict[str, Any] | None) -> list[_Row]:
    table = (data or {}).get("libraries", {})
    return [table[doc_id] for doc_id in sorted(table, key=int)]


def _documents(data: dict[str, Any] | None) -> list[Document]:
    table = (data or {}).get("packs", {})
    return [table[doc_id] for doc_id in sorted(table, key=int)]


def _base_name(entry: str) -> str:
    """The library file a folder entry belongs to: `x.1a2b3c4d.json.cache` -> `x.1a2b3c4d.json`."""
    end = entry.find(".json")
    return entry[:end + 5] if end >= 0 else entry


class LibraryFiles:
    """The installed packs of one data folder (see the module's description)."""

    def __init__(self, data_dir: Path, lock_timeout: float) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / FOLDER
        self.index = AtomicJSONStorage(data_dir / INDEX_FILE, check=shapes.index_problem)
        self.lock = FileLock(data_dir / (INDEX_FILE + ".lock"), lock_timeout, what=INDEX_FILE)
        self.recoveries: list[RecoveryNotice] = []  # of library files and a migrated library.json
        self._mutex = threading.RLock()
        self._details: list[Any] = []  # open start-up caches, closed with the store
        self._legacy: list[Document] | None = None  # a library.json that cannot be migrated here

    # -- opening: migrate, repair, clean -------------------------------------------------

    def open(self) -> None:
        """Bring the folder to the current layout and clean up after a killed writer."""
        with self._reading() as locked:
            data = self.index.read()
            legacy = self.data_dir / LEGACY_FILE
            if not locked:  # read-only: nothing can be moved or written; read what is there
                if data is None and legacy.exists():
                    self._legacy = self._read_legacy(legacy)
                return
            self.index.remove_stale_temp_files()
            if data is None and legacy.exists():
                self._migrate(legacy)
            elif data is None and self._library_files():
                self._adopt()
            elif legacy.exists():  # migrated; the rename was not done yet when it was killed
                self._retire(legacy)
            self._delete_orphans()

    def _read_legacy(self, legacy: Path) -> list[Document]:
        storage = AtomicJSONStorage(legacy, check=shapes.library_problem)
        with collector_paused():
            data = storage.read()
        self.recoveries.extend(storage.recoveries)
        return _documents(data)

    def _migrate(self, legacy: Path) -> None:
        documents = self._read_legacy(legacy)
        written: list[str] = []
        try:
            rows = []
            for document in documents:
                written.append(self._write_library(document["pack"]["id"], document))
                rows.append({"id": document["pack"]["id"], "file": written[-1]})
            self._write_index(rows)
        except StoreError:
            for name in written:  # cannot migrate here (a full disk): serve library.json as it is
                self._delete_library(name)
            self._legacy = documents
            return
        self._retire(legacy)

    def _retire(self, legacy: Path) -> None:
        with suppress(OSError):
            os.replace(legacy, legacy.with_name(legacy.name + MIGRATED_SUFFIX))

    def _library_files(self) -> list[Path]:
        try:
            return sorted(p for p in self.folder.iterdir() if p.name.endswith(".json") and p.is_file())
        except OSError:
            return []

    def _adopt(self) -> None:
        """An index lost beside library files: list the newest file of each pack, oldest first."""
        newest: dict[str, tuple[int, str]] = {}
        for path in self._library_files():
            document = self._read_document(path.name)
            if document is None:
                continue
            pack_id, written = document["pack"]["id"], os.stat(path).st_mtime_ns
            if pack_id not in newest or newest[pack_id][0] < written:
                newest[pack_id] = (written, path.name)
        rows = [{"id": pack_id, "file": name} for pack_id, (_when, name) in
                sorted(newest.items(), key=lambda item: item[1])]
        self._write_index(rows)

    def _delete_orphans(self) -> None:
        listed = {row["file"] for row in _rows(self.index.read())}
        try:
            entries = list(os.scandir(self.folder))
        except OSError:
            return
        for entry in entries:
            if ".corrupt-" in entry.name:
                continue  # a damaged copy set aside is never deleted
            if _base_name(entry.name) not in listed or ".tmp-" in entry.name:
                with suppress(OSError):
                    os.unlink(entry.path)

    # -- reading ---------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[bool]:
        with self._mutex:
            if self.lock.held:  # inside a change of ours, on this thread
                yield True
                return
            with self.lock.for_reading() as locked:
                yield locked

    def signature(self) -> startup_cache.Signature | None:
        """Changes whenever the installed packs change: every change replaces the index."""
        return _signature(self.index.path)

    def _read_document(self, name: str) -> Document | None:
        storage = AtomicJSONStorage(self.folder / name, check=shapes.library_problem)
        with collector_paused():
            data = storage.read()
        self.recoveries.extend(storage.recoveries)
        documents = _documents(data)
        return documents[0] if documents else None

    def _load_pack(self, name: str) -> Callable[[], dict[str, Any]]:
        def load() -> dict[str, Any]:
            with self._reading():
                document = self._read_document(name)
            if document is None:
                raise StoreError(f"the installed library file {self.folder / name} is gone or damaged "
                                 "(another promptlib changed the libraries?); please try again")
            return document["pack"]  # type: ignore[no-any-return]
        return load

    def _cached(self, name: str, *, details: bool = True) -> startup_cache.CachedLibrary | None:
        """The library's cache if it matches its file; with *details*, its file stays open
        for them until they are read or the store closes."""
        path = self.folder / name
        found = startup_cache.read(path.with_name(name + CACHE_SUFFIX), _signature(path),
                                   lambda: startup_cache.detail_rows(self._load_pack(name)()))
        if found is None:
            return None
        cached, reader = found
        if details:
            self._details.append(reader)
        else:
            reader.close()
        return cached

    def installed(self) -> list[InstalledPack]:
        """The installed packs in install order; each pack's templates are read when asked for."""
        with self._mutex, self._reading():
            if self._legacy is not None:
                return [InstalledPack(d["pack"], d["provenance"]) for d in self._legacy]
            result = []
            for row in _rows(self.index.read()):
                cached = self._cached(row["file"], details=False)
                if cached is not None:
                    result.append(InstalledPack(fields=cached.fields, provenance=cached.provenance,
                                                keys=[(t[0], t[1]) for t in cached.templates],
                                                load=self._load_pack(row["file"])))
                    continue
                document = self._read_document(row["file"])
                if document is not None:
                    self._write_cache(row["file"], document)
                    result.append(InstalledPack(document["pack"], document["provenance"]))
            return result

    def for_startup(self) -> list[startup_cache.CachedLibrary]:
        """Each installed pack as the first window needs it, from its cache (written at
        install) or, when that does not match the library file, from the file."""
        with self._mutex, self._reading():
            self.release_details()
            listing = self.startup_listing()
            if listing is None:
                return [self._from_document(d) for d in self._legacy or ()]
            return [cached for name, _signature in listing if (cached := self.for_startup_one(name)) is not None]

    def release_details(self) -> None:
        """A new catalog is being built: the details files kept open for the one before
        are closed (its templates read their details from the library files now)."""
        with self._mutex:
            for details in self._details:
                details.close()
            self._details = []

    def startup_listing(self) -> list[tuple[str, startup_cache.Signature | None]] | None:
        """(file name, signature) of each installed library in install order, reading no
        library; None for a data folder not migrated yet. What `view_cache` is keyed on."""
        with self._mutex, self._reading():
            if self._legacy is not None:
                return None
            return [(row["file"], _signature(self.folder / row["file"])) for row in _rows(self.index.read())]

    def for_startup_one(self, name: str) -> startup_cache.CachedLibrary | None:
        """The library file *name* as the first window needs it (None if it is gone)."""
        with self._mutex, self._reading():
            cached = self._cached(name)
            if cached is None:
                document = self._read_document(name)
                if document is None:
                    return None
                self._write_cache(name, document)
                cached = self._cached(name) or self._from_document(document)
            return cached

    @staticmethod
    def _from_document(document: Document) -> startup_cache.CachedLibrary:
        pack = document["pack"]
        details = startup_cache.detail_rows(pack)
        return startup_cache.CachedLibrary(startup_cache.pack_fields(pack), document["provenance"],
                                           startup_cache.summary_rows(pack), lambda: details)

    # -- changing ----------------------------------------------------------------------

    def change(self, new: dict[str, Document], removed: set[str]) -> bool:
        """Install *new* (by pack id; an installed pack of that id is replaced in place) and
        uninstall *removed*, all or nothing. False when there was nothing to change."""
        with self._mutex, self.lock:
            if self._legacy is not None:
                raise StoreError(f"the libraries in {self.data_dir / LEGACY_FILE} could not be moved to "
                                 f"{self.folder} when the store opened; nothing was changed")
            rows = _rows(self.index.read())
            kept = [row for row in rows if row["id"] not in removed]
            if len(kept) == len(rows) and not new:
                return False
            written: dict[str, str] = {}
            try:
                for pack_id, document in new.items():
                    written[pack_id] = self._write_library(pack_id, document)
                pending = dict(written)
                result = [{"id": row["id"], "file": pending.pop(row["id"])} if row["id"] in pending else row
                          for row in kept]
                result += [{"id": pack_id, "file": name} for pack_id, name in pending.items()]
                self._write_index(result)
            except BaseException:
                for name in written.values():
                    self._delete_library(name)
                raise
            # The files of replaced and removed editions stay until a store next opens (then
            # they are orphans): an `InstalledPack` listed before may still read its pack.
            return True

    def _write_index(self, rows: list[_Row]) -> None:
        self.index.write({"libraries": {str(number): row for number, row in enumerate(rows, start=1)}})

    def _new_name(self, pack_id: str) -> str:
        stem = _NOT_NAME.sub("-", pack_id.lower()).strip(".-")[:60] or "library"
        return f"{stem}.{os.urandom(4).hex()}.json"  # not `secrets`: its imports cost start-up

    def _write_library(self, pack_id: str, document: Document) -> str:
        """Write one library's file, its backup and its cache; return the file's name."""
        data = {"packs": {"1": document}}
        problem = shapes.library_problem(data)
        if problem:  # it would not load again: never written
            raise StoreError(f"cannot save library {pack_id!r}: {problem}")
        try:
            payload = orjson.dumps(data)
        except TypeError as exc:
            raise StoreError(f"cannot save library {pack_id!r}: the data cannot be stored as JSON ({exc})") from exc
        name = self._new_name(pack_id)
        path = self.folder / name
        try:
            self.folder.mkdir(exist_ok=True)
            atomic_write_bytes(path, payload)
        except OSError as exc:
            raise StoreError(f"could not save {path}: {exc.strerror or exc}") from exc
        with suppress(OSError):  # the known-good copy a damaged file is restored from
            written = os.stat(path)
            backup = path.with_name(name + ".bak")
            atomic_write_bytes(backup, payload)
            os.utime(backup, ns=(written.st_atime_ns, written.st_mtime_ns))
        self._write_cache(name, document)
        return name

    def _write_cache(self, name: str, document: Document) -> None:
        path = self.folder / name
        startup_cache.write(path.with_name(name + CACHE_SUFFIX), _signature(path), document["pack"],
                            document["provenance"])

    def _delete_library(self, name: str) -> None:
        for suffix in ("", ".bak", CACHE_SUFFIX):
            with suppress(OSError):  # open elsewhere on Windows: an orphan, deleted at a later open
                os.unlink(self.folder / (name + suffix))

    def close(self) -> None:
        for details in self._details:
            details.close()
        self._details = []
        self.lock.close()
