"""Library format v1: reading a pack file, and building a pack once it is valid.

Bytes to JSON with a clear message for every way a file can be unreadable; the
rules for what the JSON must contain are in `validation`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import LibraryError, Problem, describe_kind
from ..jsonbytes import UnreadableBytes, decode_json
from ..model import Pack
from ..problems import problem
from ..regularfile import FileTooLarge, NotARegularFile, read_regular_file
from .validation import FORMAT_NAME, validate_pack

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_pack_file(path: Path) -> dict[str, Any]:
    """Read and decode a pack file; raise LibraryError saying what is wrong with it."""
    return decode_pack_bytes(read_pack_bytes(path), str(path))


def read_pack_bytes(path: Path) -> bytes:
    """A pack file's bytes, as they are (a signature covers exactly these); LibraryError
    when it is too large, a folder or unreadable."""
    source = str(path)
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)  # not /dev/zero, not a FIFO
    except FileTooLarge as error:
        raise LibraryError(source, [problem("", "file-too-large", size=error.size // (1024 * 1024),
                                            limit=MAX_FILE_BYTES // (1024 * 1024))]) from None
    except IsADirectoryError:
        raise LibraryError(source, [problem("", "is-folder")]) from None
    except NotARegularFile:
        raise LibraryError(source, [problem("", "not-regular-file")]) from None
    except OSError as error:
        raise LibraryError(source, [problem("", "cannot-read", reason=error.strerror or error)]) from None
    return raw


def decode_pack_bytes(raw: bytes, source: str) -> dict[str, Any]:
    """Decode JSON bytes into the pack's top-level object, or raise LibraryError."""
    if len(raw) > MAX_FILE_BYTES:
        raise LibraryError(source, [problem("", "larger-than-limit", limit=MAX_FILE_BYTES // (1024 * 1024))])
    try:
        data = decode_json(raw, unique_keys=True)
    except UnreadableBytes as error:
        raise LibraryError(source, [Problem(error.location, error.reason, error.code, error.params)]) from None
    if not isinstance(data, dict):
        raise LibraryError(source, [problem("", "not-json-object", format=FORMAT_NAME, kind=describe_kind(data))])
    return data


def load_pack(path: Path, **origin: Any) -> Pack:
    """Read, validate and build a pack; LibraryError lists every problem."""
    return pack_from_data(read_pack_file(path), str(path), **origin)


def pack_from_data(data: Any, source: str, **origin: Any) -> Pack:
    problems = validate_pack(data)
    if problems:
        raise LibraryError(source, problems)
    return Pack.from_dict(data, **origin)
