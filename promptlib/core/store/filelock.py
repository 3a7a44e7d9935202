"""A cross-process exclusive lock on a lock file.

Two promptlib windows (or the app and the command line) may share one data
folder. Each read-modify-write of a database file happens while holding this
lock, so neither can overwrite a change the other has just made.

POSIX uses `fcntl.flock`, Windows `msvcrt.locking` on the first byte. Both
locks belong to an open file, so the operating system drops them when the
process dies: a killed instance never leaves a stale lock behind. The lock
file itself is never deleted (deleting it would let two processes lock two
different files of the same name).

The lock file is opened when the lock is first wanted. Only writing needs it:
files are replaced atomically, so a reader always sees a whole file. In a folder
where the lock file cannot be created (read-only, or another user's),
`for_reading()` goes on without the lock, and writing fails with `LockUnavailable`,
a `StoreError` that says so.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from ..errors import StoreError

__all__ = ["FileLock", "LockUnavailable"]


class LockUnavailable(StoreError):
    """The lock file cannot be created or opened (e.g. the data folder is read-only)."""

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """Exclusive lock on *path*, used as `with lock: ...`.

    Waits up to *timeout* seconds, then raises `StoreError`. Not re-entrant:
    entering it twice from the same object is a programming error and raises
    `RuntimeError` instead of silently releasing the lock early. Two
    `FileLock` objects on the same path exclude each other even inside one
    process. The lock file stays open until `close()`.
    """

    def __init__(self, path: Path, timeout: float = 10.0, what: str | None = None) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self.what = what or self.path.name
        self._fd: int | None = None
        self._held = False

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> None:
        if self._held:
            raise RuntimeError(f"{self.path} is already locked by this object")
        if self._fd is None:
            self._fd = self._open()
        deadline = time.monotonic() + self.timeout
        pause = 0.001
        while not _try_lock(self._fd):
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"another promptlib is busy writing {self.what}; "
                    f"gave up after waiting {self.timeout:g} s. Try again in a moment."
                )
            time.sleep(pause)
            pause = min(pause * 2, 0.05)
        self._held = True

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            try:  # a lock file that is there, in a folder this user may not write: lockable still
                return os.open(self.path, os.O_RDONLY)
            except OSError:
                pass
            raise LockUnavailable(f"cannot write in {self.path.parent}: the lock file {self.path.name} "
                                  f"cannot be created ({exc.strerror or exc})") from exc

    @contextmanager
    def for_reading(self) -> Iterator[bool]:
        """Hold the lock while reading if it can be had (yields True), else go on without
        it (yields False): a reader needs no lock to see a whole file."""
        try:
            self.acquire()
        except LockUnavailable:
            yield False
            return
        try:
            yield True
        finally:
            self.release()

    def release(self) -> None:
        if not self._held or self._fd is None:
            return
        _unlock(self._fd)
        self._held = False

    def close(self) -> None:
        """Release the lock if held and close the lock file."""
        self.release()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()
