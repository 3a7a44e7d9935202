"""Bytes from a file to JSON or text, with a message a person can act on for each way
they can be unreadable: a byte-order mark (as Windows Notepad writes) is dropped,
UTF-16 and other non-UTF-8 text is named as such, a JSON error gives its line and
column. Library packs, the store's files, the policy file, `--values` and `scan`
input all decode through here.

Files people write and review (packs, the policy file, `--values`) are decoded with
`unique_keys=True`: a key given twice in one object is refused with its line, column
and path, because the last one silently winning would install other content than a
reviewer read. The store's own files do not need the second pass.
"""

from __future__ import annotations

import codecs
import json
import re
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


def decode_json(raw: bytes, *, unique_keys: bool = False) -> Any:
    """The JSON value in *raw* (orjson: UTF-8 only, no NaN, at most 1,024 levels deep).

    With *unique_keys*, an object that names a key twice is an error (UnreadableBytes
    with the line, and the column and path of the second one).
    """
    raw = _without_bom(raw)
    try:
        with collector_paused():
            value = orjson.loads(raw)  # checks UTF-8 itself; the reasons are worked out on failure
            if unique_keys and isinstance(value, (dict, list)):
                _refuse_duplicate_keys(raw)
            return value
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


class _DuplicateKey(Exception):
    pass


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKey
    return result


def _refuse_duplicate_keys(raw: bytes) -> None:
    """A second pass over JSON orjson has accepted (orjson keeps the last of two equal
    keys and cannot tell): the standard library's parser, which can. ~40% of orjson's
    time; only when a duplicate is found is the text walked again to say where."""
    text = raw.decode("utf-8")
    try:
        json.loads(text, object_pairs_hook=_unique_pairs)
        return
    except _DuplicateKey:
        pass
    except RecursionError:
        pass  # deeper than this parser goes (orjson allows 1,024 levels): the walk below decides
    found = _first_duplicate(text)
    if found is not None:
        line, column, key, path = found
        from .errors import shorten

        raise _unreadable(f"line {line}", "duplicate-key", key=shorten(key, 60), column=column,
                          path=shorten(path, 120))


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]')


def _first_duplicate(text: str) -> tuple[int, int, str, str] | None:
    """(line, column, key, path) of the first repeated key in valid JSON *text*."""
    # Each open container: ("{", keys seen, key being read) or ("[", index, "").
    stack: list[list[Any]] = []
    expecting_key = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "{":
            stack.append(["{", set(), None])
            expecting_key = True
        elif token == "[":
            stack.append(["[", 0, None])
            expecting_key = False
        elif token in "}]":
            stack.pop()
            expecting_key = False
        elif token == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
            expecting_key = bool(stack) and stack[-1][0] == "{"
        elif token == ":":
            expecting_key = False
        elif expecting_key:  # a string in key position
            key = json.loads(token)
            frame = stack[-1]
            if key in frame[1]:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - text.rfind("\n", 0, match.start())
                path = [*_path_of(stack[:-1]), key]
                return line, column, key, _dotted(path)
            frame[1].add(key)
            frame[2] = key
            expecting_key = False
    return None


def _path_of(frames: list[list[Any]]) -> list[str | int]:
    return [frame[2] if frame[0] == "{" else frame[1] for frame in frames]


def _dotted(path: list[str | int]) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text
