"""Bytes from a file to JSON or text, with a message a person can act on for each way
they can be unreadable: a byte-order mark (as Windows Notepad writes) is dropped,
UTF-16 and other non-UTF-8 text is named as such, a JSON error gives its line and
column. Library packs, the store's files, the policy file, `--values` and `scan`
input all decode through here.
"""

from __future__ import annotations

import codecs
from typing import Any

import orjson

from .gcpause import collector_paused

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class UnreadableBytes(ValueError):
    """The bytes are not UTF-8 text (*encoding* true) or not JSON. *location* is "" or
    e.g. "line 3"."""

    def __init__(self, location: str, reason: str, *, encoding: bool = False, code: str = "",
                 params: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(f"{location}: {reason}" if location else reason)
        self.location = location
        self.reason = reason
        self.encoding = encoding
        self.code = code      # the problem code in core/problems.py, for a UI's own words
        self.params = params


def _unreadable(location: str, code: str, *, encoding: bool = False, **params: object) -> UnreadableBytes:
    from .problems import problem  # only when a file is unreadable: the store decodes here at start-up

    found = problem(location, code, **params)
    return UnreadableBytes(location, found.message, encoding=encoding, code=code, params=found.params)


def _without_bom(raw: bytes) -> bytes:
    if raw.startswith(_UTF16_BOMS):
        raise _unreadable("byte 0", "utf16", encoding=True)
    return raw[len(codecs.BOM_UTF8):] if raw.startswith(codecs.BOM_UTF8) else raw


def _not_utf8(raw: bytes, error: UnicodeDecodeError) -> UnreadableBytes:
    line = raw[: error.start].count(b"\n") + 1
    return _unreadable(f"line {line}", "not-utf8", encoding=True, byte=error.start, hex=f"{raw[error.start]:02x}")


def decode_text(raw: bytes) -> str:
    """UTF-8 text without its byte-order mark."""
    raw = _without_bom(raw)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(raw, error) from None


def decode_json(raw: bytes) -> Any:
    """The JSON value in *raw* (orjson: UTF-8 only, no NaN, at most 1,024 levels deep)."""
    raw = _without_bom(raw)
    try:
        with collector_paused():
            return orjson.loads(raw)  # checks UTF-8 itself; the reasons are worked out on failure
    except orjson.JSONDecodeError as error:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as bad:
            raise _not_utf8(raw, bad) from None
        if not raw.strip():
            raise _unreadable("", "empty-file") from None
        # lineno/colno count characters; error.pos is a character index, not a byte one.
        raise _unreadable(f"line {error.lineno}", _json_problem(error.msg), column=error.colno,
                          detail=error.msg) from None


def _json_problem(message: str) -> str:
    """The code for orjson's reason, in words a library curator can act on."""
    if "depth limit" in message or "recursion" in message:
        return "json-too-deep"
    if "surrogate" in message:
        return "json-lone-surrogate"
    return "invalid-json"
