"""Reading a file that must be a regular file of bounded size.

Packs, `fill --values`, `scan` input, the policy file and the store's own files are
read whole. A path that names something else would be read without end (`/dev/zero`,
`/dev/urandom`) or would hang (a FIFO nobody writes to blocks already when it is
opened), so the file is opened without waiting (O_NONBLOCK, which a regular file
ignores), checked to be a regular file, and read up to its limit.

Every refusal is an `OSError` whose `strerror` says why in words fit for a message,
so callers that already report `OSError`s need nothing new.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = ["FileTooLarge", "NotARegularFile", "read_regular_file", "read_with_status"]

_KINDS = ((stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"), (stat.S_ISFIFO, "a pipe"),
          (stat.S_ISSOCK, "a socket"))


class NotARegularFile(OSError):
    """The path is a device, a pipe or a socket, not a file."""


class FileTooLarge(OSError):
    """The file is larger than the limit; `size` is what it holds (at least limit + 1)."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"it is larger than {limit:,} bytes", str(path))
        self.size = size
        self.limit = limit


def read_regular_file(path: Path | str, limit: int | None) -> bytes:
    """The bytes of *path*, a regular file of at most *limit* bytes (None: no limit).

    Raises FileNotFoundError, IsADirectoryError, NotARegularFile, FileTooLarge or
    another OSError.
    """
    return read_with_status(path, limit)[0]


def read_with_status(path: Path | str, limit: int | None) -> tuple[bytes, os.stat_result]:
    """`read_regular_file`, and the status of the very file that was read (not of one
    that replaced it since)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        if os.path.isdir(path):  # Windows cannot open a folder at all
            raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path)) from None
        raise
    with os.fdopen(fd, "rb") as handle:
        status = os.fstat(fd)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
        if not stat.S_ISREG(status.st_mode):
            kind = next((name for test, name in _KINDS if test(status.st_mode)), "not a file")
            raise NotARegularFile(errno.EINVAL, f"it is {kind}, not a regular file", str(path))
        if limit is not None and status.st_size > limit:
            raise FileTooLarge(Path(path), status.st_size, limit)
        raw = handle.read() if limit is None else handle.read(limit + 1)
    if limit is not None and len(raw) > limit:  # it grew while being read
        raise FileTooLarge(Path(path), len(raw), limit)
    return raw, status
