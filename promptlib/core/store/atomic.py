"""A TinyDB storage that never leaves a torn file behind.

TinyDB's own `JSONStorage` rewrites its file in place, so a crash or a full
disk in the middle of a write leaves invalid JSON and the user's data is gone.
`AtomicJSONStorage` writes the whole database to a temporary file next to the
real one, makes it durable (flush + fsync), and swaps it in with `os.replace`,
which is atomic on POSIX and Windows: a reader sees either the old file or the
new one, never a mix.

It also keeps `<name>.bak`, a copy of the last file it loaded successfully, and
when the file on disk cannot be loaded it moves the bad file aside (never
deletes it), restores the backup if that loads, and leaves a `RecoveryNotice`
for the caller to show the user.

The storage does no locking of its own: `promptlib.core.store.database.Store` calls it
only while holding the file lock (see `filelock.py`).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from tinydb.storages import Storage

from ..errors import StoreError
from ..jsonbytes import UnreadableBytes, decode_json
from ..regularfile import read_with_status

__all__ = ["AtomicJSONStorage", "RecoveryNotice", "StoreError", "atomic_write_bytes"]


class RecoveryNotice(NamedTuple):
    """What happened when a database file could not be loaded.

    `path` is the database file, `moved_to` where the bad copy now lives,
    `restored_from_backup` whether `<name>.bak` was put back (otherwise the
    database started empty) and `reason` what was wrong, in plain words.
    """

    path: Path
    moved_to: Path
    restored_from_backup: bool
    reason: str

    def describe(self) -> str:
        """The notice in one line, as the command line shows it (the app says the same
        in the user's language, `gui/dialogs.py`)."""
        outcome = ("the last good copy was restored" if self.restored_from_backup
                   else "no backup was available, so it starts empty")
        return (f"the file {self.path} was damaged ({self.reason}) and has been moved aside to "
                f"{self.moved_to} (nothing was deleted); {outcome}")


class _Unloadable(Exception):
    """Internal: the bytes are not a TinyDB database; the message is the reason."""


def _fsync_directory(directory: Path) -> None:
    # The rename itself lives in the directory entry; without this a power cut
    # right after `os.replace` can bring back the old file. Windows cannot open
    # a directory and commits renames on its own.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, payload: bytes, *, mode: int | None = None) -> None:
    """Replace *path* with *payload*: all of it or, on any failure, none of it.

    A symlink is written through: its target is replaced, the link stays. Only a
    regular file (or nothing) is ever replaced: a device or a pipe (`--output
    /dev/stdout`, or `/dev/full`) is written to as it is, and an error writing it is
    raised like any other; a folder is an `IsADirectoryError`. *mode* (POSIX
    permission bits) is given to a new or replaced file; by default it is private.
    """
    target = Path(os.path.realpath(path))
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        if stat.S_ISDIR(existing.st_mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
        _write_in_place(target, payload, pipe=stat.S_ISFIFO(existing.st_mode))
        return
    fd, temp_name = tempfile.mkstemp(prefix=f"{target.name}.tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
            if mode is not None and os.name == "posix":
                os.fchmod(handle.fileno(), mode)
        os.replace(temp_name, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(target.parent)


def _write_in_place(target: Path, payload: bytes, *, pipe: bool) -> None:
    """Write *payload* into a device or pipe, never creating, truncating or replacing it."""
    # A pipe nobody reads would block the open for ever; without O_NONBLOCK it fails at once.
    flags = os.O_WRONLY | (getattr(os, "O_NONBLOCK", 0) if pipe else 0)
    fd = os.open(target, flags)
    try:
        if pipe and hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        view = memoryview(payload)
        while view:
            written = os.write(fd, view)
            view = view[written:]
    finally:
        os.close(fd)


ContentCheck = Callable[[dict[str, Any]], "str | None"]


def _parse(raw: bytes, check: ContentCheck | None = None) -> dict[str, Any]:
    """Decode a database file, or raise `_Unloadable` saying what is wrong."""
    try:
        data = decode_json(raw)
    except UnreadableBytes as error:
        raise _Unloadable(str(error)) from None
    _check_shape(data)
    problem = check(data) if check is not None else None
    if problem:
        raise _Unloadable(problem)
    return data  # type: ignore[no-any-return]  # _check_shape has just checked it is a dict of tables


def _check_shape(data: Any) -> None:
    # TinyDB trusts its file completely; a wrong shape would crash it later,
    # far from the cause. The check is cheap: tables and documents, not values.
    if not isinstance(data, dict):
        raise _Unloadable(f"the file holds a JSON {type(data).__name__}, not an object of tables")
    for table_name, table in data.items():
        if not isinstance(table, dict):
            raise _Unloadable(f"table {table_name!r} is not an object")
        for doc_id, document in table.items():
            if not (doc_id.isascii() and doc_id.isdigit()) or not isinstance(document, dict):
                raise _Unloadable(f"table {table_name!r} has a malformed document {doc_id!r}")


class AtomicJSONStorage(Storage):
    """TinyDB storage: atomic, durable writes; a backup; recovery from corruption.

    `read()` returns None for a missing file (TinyDB then starts empty).
    After the first successful load the loaded bytes are written to
    `<name>.bak`, so the backup is always a copy that is known to load.
    `recoveries` lists every recovery this instance made; `recovery` is the
    latest one or None. *check* looks at the content of a file that is shaped like a
    TinyDB database (see `shapes.py`) and returns why it is unusable, or None; a file
    it refuses is damaged like one that is not JSON.
    """

    def __init__(self, path: str | os.PathLike[str], create_dirs: bool = True,
                 check: ContentCheck | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.check = check
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        if create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.recoveries: list[RecoveryNotice] = []
        self._backup_refreshed = False
        #: (inode, mtime_ns, size) of the file the last `read()` parsed, or None.
        self.last_read_signature: tuple[int, int, int] | None = None
        self._checked_signature: tuple[int, int, int] | None = None

    @property
    def recovery(self) -> RecoveryNotice | None:
        return self.recoveries[-1] if self.recoveries else None

    def read(self) -> dict[str, Any] | None:
        try:
            raw, status = read_with_status(self.path, None)  # a FIFO in its place must not hang the app
        except FileNotFoundError:
            self.last_read_signature = None
            return None
        except OSError as exc:
            raise StoreError(f"cannot read {self.path}: {exc.strerror or exc}") from exc
        signature = (status.st_ino, status.st_mtime_ns, status.st_size)
        try:
            # Writes replace the file, so the file checked last time (or written, after its
            # check) is not checked again.
            data = _parse(raw, None if signature == self._checked_signature else self.check)
        except _Unloadable as problem:
            return self._recover(str(problem))
        self.last_read_signature = self._checked_signature = signature
        if not self._backup_refreshed:
            self._refresh_backup(raw, status)
        return data

    def current_signature(self) -> tuple[int, int, int] | None:
        """The (inode, mtime_ns, size) of the file on disk now, or None if missing.

        Writes always replace the file, so an unchanged signature means the
        content is the one the last `read()` saw.
        """
        try:
            stat = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def write(self, data: dict[str, Any]) -> None:
        # Serialise first: if the data cannot be written as valid JSON (a lone
        # surrogate, a non-string key) the file on disk is not touched at all. Nor is
        # it when the content would not pass the check at the next load.
        problem = self.check(data) if self.check is not None else None
        if problem:
            raise StoreError(f"cannot save {self.path.name}: {problem}")
        try:
            payload = orjson.dumps(data)
        except TypeError as exc:
            raise StoreError(f"cannot save {self.path.name}: the data cannot be stored as JSON ({exc})") from exc
        try:
            atomic_write_bytes(self.path, payload)
        except OSError as exc:
            raise StoreError(f"could not save {self.path}: {exc.strerror or exc}") from exc
        # Our own write is what we now have; no need to parse or check it again.
        self.last_read_signature = self._checked_signature = self.current_signature()

    def remove_stale_temp_files(self) -> None:
        """Delete temporary files left by a writer that was killed mid-write.

        Only call this while holding the write lock, or a live writer's
        temporary file could vanish under it.
        """
        for leftover in self.path.parent.glob(f"{self.path.name}.tmp-*"):
            with suppress(OSError):
                leftover.unlink()
        for leftover in self.path.parent.glob(f"{self.backup_path.name}.tmp-*"):
            with suppress(OSError):
                leftover.unlink()

    def _refresh_backup(self, raw: bytes, loaded: os.stat_result) -> None:
        # The backup carries the loaded file's mtime, so an unchanged file is not
        # copied again at every start (the library file can be tens of MB).
        # A backup that cannot be refreshed (read-only folder, full disk) must
        # not stop the app from opening: the old backup stays as it is.
        self._backup_refreshed = True
        with suppress(OSError):
            backup = os.stat(self.backup_path)
            if backup.st_size == loaded.st_size and backup.st_mtime_ns == loaded.st_mtime_ns:
                return
        with suppress(OSError):
            atomic_write_bytes(self.backup_path, raw)
            os.utime(self.backup_path, ns=(loaded.st_atime_ns, loaded.st_mtime_ns))

    def _recover(self, reason: str) -> dict[str, Any] | None:
        moved_to = self._move_aside()
        data = None
        try:
            raw_backup = self.backup_path.read_bytes()
            data = _parse(raw_backup, self.check)
        except (OSError, _Unloadable):
            data = None
        try:
            if data is not None:
                atomic_write_bytes(self.path, raw_backup)
            else:
                with suppress(FileNotFoundError):
                    os.unlink(self.path)
                _fsync_directory(self.path.parent)
        except OSError as exc:
            raise StoreError(f"could not repair {self.path}: {exc.strerror or exc}") from exc
        self.last_read_signature = self._checked_signature = self.current_signature()
        self._backup_refreshed = True  # the backup is what we now hold (or nothing better exists)
        self.recoveries.append(RecoveryNotice(self.path, moved_to, data is not None, reason))
        return data

    def _move_aside(self) -> Path:
        """Keep the bad file as `<name>.corrupt-<UTC time>`; return where it went."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        counter = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{counter}")
            counter += 1
        try:
            # A hard link keeps the bad file at its old name until the repair
            # replaces it, so a crash during recovery never loses either copy.
            os.link(self.path, target)
        except OSError:
            try:
                os.replace(self.path, target)
            except OSError as exc:
                raise StoreError(f"could not move the damaged {self.path} aside: {exc.strerror or exc}") from exc
        return target
