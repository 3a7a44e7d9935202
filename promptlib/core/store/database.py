"""The local database: favourites, history, settings and installed library packs.

In the data folder:

- `state.json`: small and often written (favourites, history, settings), a TinyDB file
  with its own lock file;
- the installed library packs, one TinyDB file each under `libraries/`, listed by the
  index `libraries.json` (see `library_files.py`; a `library.json` of an earlier
  version, holding every pack, is migrated when the store opens).

Keeping them apart means a favourite toggle rewrites a few kilobytes, never the
installed templates, and importing one library writes that library's file, never the
others.

Every change is one read-modify-write done while holding that file's lock:
take the lock, read the file again from disk, apply the change, write it
atomically (see `atomic.py`), release. So two app instances on one folder
never lose each other's changes, and a change is on disk when the call
returns.

Why changes go through the TinyDB storage rather than TinyDB's `Table` API:
a `Table` caches its next document id and its query results per instance,
both of which go stale when another process writes the same file (an insert
could then overwrite the other process's document), and a change such as
"record a use" (drop the old entry, add the new one, trim to 200) would cost
one fsynced write per step. The files stay ordinary TinyDB databases
(`{table: {doc_id: document}}`), readable with `TinyDB(path,
storage=AtomicJSONStorage)`.

Reads of favourites, history and settings are served from memory, refreshed
on open, on every change this Store makes and on `reload()`. Reading takes the lock
when it can and goes on without it when the lock file cannot be created (a
read-only data folder): only changes need it.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, TypeVar

import orjson
from tinydb import TinyDB

from ..errors import StoreError
from ..settings import value_problem
from . import shapes, startup_cache
from .atomic import AtomicJSONStorage, ContentCheck, RecoveryNotice
from .filelock import FileLock
from .library_files import InstalledPack, LibraryFiles

__all__ = ["HISTORY_LIMIT", "InstalledPack", "RecentUse", "RecoveryNotice", "Store", "StoreError"]

HISTORY_LIMIT = 200
STATE_FILE = "state.json"

_T = TypeVar("_T")
_Data = dict[str, dict[str, dict[str, Any]]]


class RecentUse(NamedTuple):
    """One use of a template. Never holds the values the user filled in."""

    template_id: str
    language: str
    used_at: str  # ISO 8601, UTC, e.g. "2026-03-01T09:30:00+00:00"


def _documents(data: _Data, table: str) -> list[dict[str, Any]]:
    """The documents of *table* in TinyDB id order."""
    rows = data.get(table, {})
    return [rows[doc_id] for doc_id in sorted(rows, key=int)]


def _put_documents(data: _Data, table: str, documents: Iterable[dict[str, Any]]) -> None:
    data[table] = {str(doc_id): document for doc_id, document in enumerate(documents, start=1)}


def _require_text(what: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} must be a non-empty string, not {value!r}")
    return value


def _is_use(document: dict[str, Any]) -> bool:
    return isinstance(document.get("template_id"), str) and isinstance(document.get("language"), str)


class _Database:
    """One TinyDB file plus the lock that guards its read-modify-writes."""

    def __init__(self, path: Path, lock_timeout: float, check: ContentCheck) -> None:
        self.db = TinyDB(path, storage=AtomicJSONStorage, check=check)
        self.storage: AtomicJSONStorage = self.db.storage  # type: ignore[assignment]
        self.lock = FileLock(path.with_name(path.name + ".lock"), lock_timeout, what=path.name)

    def close(self) -> None:
        self.lock.close()
        self.db.close()


class Store:
    """promptlib's local database in *data_dir* (created if missing).

    Raises `StoreError` when a file cannot be read or written or the lock
    cannot be taken in *lock_timeout* seconds. *clock* (returning an aware
    datetime) is for tests. Usable as a context manager; call `close()` when
    done. Safe to call from several threads.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        lock_timeout: float = 10.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data folder {self.data_dir}: {exc.strerror or exc}") from exc
        self._clock = clock or (lambda: datetime.now(UTC))
        self._mutex = threading.RLock()
        self._closed = False
        self._favourites: frozenset[str] = frozenset()
        self._history: list[RecentUse] = []  # newest first
        self._settings: dict[str, Any] = {}
        self._state = _Database(self.data_dir / STATE_FILE, lock_timeout, shapes.state_problem)
        try:
            self._libraries = LibraryFiles(self.data_dir, lock_timeout)
            with self._state.lock.for_reading() as locked:
                if locked:  # a read-only folder has none to remove, and none can be removed
                    self._state.storage.remove_stale_temp_files()
                self._load_state(self._state.storage.read())
            self._libraries.open()  # migrates a library.json of an earlier version, under its lock
        except BaseException:
            self.close()
            raise

    # -- life cycle -------------------------------------------------------

    @property
    def recovery_notices(self) -> list[RecoveryNotice]:
        """Every damaged file this Store moved aside (and whether a backup was restored)."""
        return [*self._state.storage.recoveries, *self._libraries.index.recoveries, *self._libraries.recoveries]

    def reload(self) -> None:
        """Re-read state.json, picking up changes made by another instance."""
        with self._mutex, self._state.lock.for_reading():
            self._check_open()
            self._load_state(self._state.storage.read())

    def close(self) -> None:
        """Release the lock files. Further calls raise `StoreError`."""
        with self._mutex:
            self._closed = True
            for part in (getattr(self, "_state", None), getattr(self, "_libraries", None)):
                if part is not None:
                    part.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- favourites -------------------------------------------------------

    def favourites(self) -> set[str]:
        return set(self._favourites)

    def is_favourite(self, template_id: str) -> bool:
        return template_id in self._favourites

    def set_favourite(self, template_id: str, favourite: bool) -> None:
        _require_text("template_id", template_id)

        def change(data: _Data) -> tuple[None, bool]:
            ids = [d["template_id"] for d in _documents(data, "favourites") if isinstance(d.get("template_id"), str)]
            if (template_id in ids) == favourite:
                return None, False
            ids = [*ids, template_id] if favourite else [i for i in ids if i != template_id]
            _put_documents(data, "favourites", ({"template_id": i} for i in ids))
            return None, True

        self._change_state(change)

    def toggle_favourite(self, template_id: str) -> bool:
        """Flip the favourite state as it is on disk now; return the new state."""
        _require_text("template_id", template_id)

        def change(data: _Data) -> tuple[bool, bool]:
            ids = [d["template_id"] for d in _documents(data, "favourites") if isinstance(d.get("template_id"), str)]
            now_favourite = template_id not in ids
            ids = [*ids, template_id] if now_favourite else [i for i in ids if i != template_id]
            _put_documents(data, "favourites", ({"template_id": i} for i in ids))
            return now_favourite, True

        return self._change_state(change)

    # -- history ----------------------------------------------------------

    def record_use(self, template_id: str, language: str) -> None:
        """Remember that a template was used: which one and when, nothing more.

        Keeps the newest `HISTORY_LIMIT` uses, one per (template_id, language).
        """
        _require_text("template_id", template_id)
        _require_text("language", language)
        used_at = self._clock().astimezone(UTC).isoformat(timespec="seconds")

        def change(data: _Data) -> tuple[None, bool]:
            uses = [
                {"template_id": d["template_id"], "language": d["language"], "used_at": d.get("used_at", "")}
                for d in _documents(data, "history")
                if _is_use(d) and (d["template_id"], d["language"]) != (template_id, language)
            ]
            uses.append({"template_id": template_id, "language": language, "used_at": used_at})
            _put_documents(data, "history", uses[-HISTORY_LIMIT:])  # oldest first on disk
            return None, True

        self._change_state(change)

    def recent(self, limit: int = 20) -> list[RecentUse]:
        """The most recent uses, newest first."""
        return self._history[: max(0, limit)]

    # -- settings ---------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        if key not in self._settings:
            return default
        return copy.deepcopy(self._settings[key])

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON value (str, number, bool, None, lists and str-keyed dicts)."""
        _require_text("setting key", key)
        try:
            value = orjson.loads(orjson.dumps(value))  # exactly what a reload will see
        except TypeError as exc:
            raise StoreError(f"setting {key!r} cannot be stored as JSON ({exc})") from exc
        problem = value_problem(key, value)
        if problem:  # saved, it would make state.json itself unloadable (store/shapes.py)
            raise ValueError(problem)

        def change(data: _Data) -> tuple[None, bool]:
            rows = [d for d in _documents(data, "settings") if isinstance(d.get("key"), str)]
            for row in rows:
                if row["key"] == key:
                    if row.get("value") == value:
                        return None, False
                    row["value"] = value
                    break
            else:
                rows.append({"key": key, "value": value})
            _put_documents(data, "settings", rows)
            return None, True

        self._change_state(change)

    # -- installed library packs ------------------------------------------

    def library_signature(self) -> tuple[int, int, int] | None:
        """Changes whenever the installed packs change, by this or another instance.

        A stat, not a read: lets a caller that read `installed_packs()` a while
        ago (an import preview) tell cheaply whether that is still what is installed.
        """
        return self._libraries.signature()

    def installed_packs(self) -> list[InstalledPack]:
        """The installed packs, in install order (fresh objects). Each pack's templates are
        read from its file when `InstalledPack.pack` is first asked for."""
        with self._mutex:
            self._check_open()
            return self._libraries.installed()

    def installed_packs_for_startup(self) -> list[startup_cache.CachedLibrary]:
        """The installed packs as the first window needs them (see `startup_cache`), from
        each library's cache, else from its file (and the cache is written)."""
        with self._mutex:
            self._check_open()
            return self._libraries.for_startup()

    def startup_listing(self) -> list[tuple[str, startup_cache.Signature | None]] | None:
        """(file name, signature) of each installed library, reading none of them; None
        when the libraries are not in their own files (see `LibraryFiles.startup_listing`)."""
        with self._mutex:
            self._check_open()
            return self._libraries.startup_listing()

    def release_details(self) -> None:
        """Before a new catalog is built (see `LibraryFiles.release_details`)."""
        with self._mutex:
            self._check_open()
            self._libraries.release_details()

    def installed_pack_for_startup(self, name: str) -> startup_cache.CachedLibrary | None:
        """One library of `startup_listing` as `installed_packs_for_startup` gives it."""
        with self._mutex:
            self._check_open()
            return self._libraries.for_startup_one(name)

    def install_packs(self, packs: list[tuple[dict[str, Any], dict[str, Any]]], *,
                      remove: Iterable[str] = ()) -> None:
        """Install (pack, provenance) pairs, all or nothing.

        A pack whose `id` is already installed is replaced in place. Pack ids
        in *remove* are uninstalled in the same change (removing a library
        gives templates it had won back to other libraries; see
        `library.installed.remove_library`). Either every change is made or, on any
        error or a kill at any moment, none is. Only the given packs' files and the
        index are written.
        """
        new: dict[str, dict[str, Any]] = {}
        for pack, provenance in packs:
            if not isinstance(pack, dict) or not isinstance(provenance, dict):
                raise ValueError("each item must be a (pack dict, provenance dict) pair")
            pack_id = _require_text("pack id", pack.get("id"))
            if pack_id in new:
                raise ValueError(f"pack {pack_id!r} is given twice")
            new[pack_id] = {"pack": pack, "provenance": provenance}
        removed = set(remove)
        if removed & set(new):
            raise ValueError(f"packs {sorted(removed & set(new))} are both installed and removed")
        if not new and not removed:
            return
        with self._mutex:
            self._check_open()
            self._libraries.change(new, removed)

    def remove_pack(self, pack_id: str) -> bool:
        """Uninstall a pack; False if it was not installed."""
        with self._mutex:
            self._check_open()
            return self._libraries.change({}, {pack_id})

    # -- internals --------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed")

    def _modify(self, database: _Database, change: Callable[[_Data], tuple[_T, bool]]) -> tuple[_T, _Data]:
        """Under the lock: re-read the file, apply *change*, write if it changed."""
        with self._mutex, database.lock:
            self._check_open()
            data: _Data = database.storage.read() or {}
            result, changed = change(data)
            if changed:
                database.storage.write(data)
            return result, data

    def _change_state(self, change: Callable[[_Data], tuple[_T, bool]]) -> _T:
        with self._mutex:
            result, data = self._modify(self._state, change)
            self._load_state(data)  # also picks up other instances' changes
            return result

    def _load_state(self, data: _Data | None) -> None:
        data = data or {}
        self._favourites = frozenset(
            d["template_id"] for d in _documents(data, "favourites") if isinstance(d.get("template_id"), str)
        )
        self._history = [
            RecentUse(d["template_id"], d["language"], str(d.get("used_at", "")))
            for d in reversed(_documents(data, "history"))
            if _is_use(d)
        ]
        self._settings = {d["key"]: d.get("value") for d in _documents(data, "settings") if isinstance(d.get("key"), str)}

