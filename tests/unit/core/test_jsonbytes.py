"""Bytes to JSON or text, with a message a person can act on for each way they can be
unreadable: a byte-order mark, UTF-16, other non-UTF-8 text, broken or empty JSON."""

from __future__ import annotations

import codecs

import pytest

from promptlib.core.jsonbytes import UnreadableBytes, decode_json, decode_text


def unreadable(call, raw: bytes) -> UnreadableBytes:
    with pytest.raises(UnreadableBytes) as raised:
        call(raw)
    return raised.value


def test_plain_utf8_json_and_text_decode() -> None:
    assert decode_json('{"nimi": "Pörssi", "n": [1, 2.5, null]}'.encode()) == {"nimi": "Pörssi", "n": [1, 2.5, None]}
    assert decode_text("Hyvää päivää\n".encode()) == "Hyvää päivää\n"


def test_the_byte_order_mark_notepad_writes_is_dropped() -> None:
    assert decode_json(codecs.BOM_UTF8 + b'{"a": 1}') == {"a": 1}
    assert decode_text(codecs.BOM_UTF8 + "hyvä".encode()) == "hyvä"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("call", [decode_json, decode_text])
def test_utf16_text_is_named_as_such(call, encoding: str) -> None:
    raw = '{"a": 1}'.encode(encoding)
    if not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raw = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + raw
    error = unreadable(call, raw)
    assert error.encoding
    assert "UTF-16" in error.reason and "save it as UTF-8" in error.reason


@pytest.mark.parametrize("call", [decode_json, decode_text])
def test_text_that_is_not_utf8_gives_the_line_and_the_byte(call) -> None:
    raw = '{\n  "a": 1,\n  "b": "Pörssi"\n}'.encode("latin-1")
    error = unreadable(call, raw)
    assert error.encoding
    assert error.location == "line 3"
    offset = raw.index(b"\xf6")
    assert f"not UTF-8 text (byte {offset}, 0xf6)" in error.reason
    assert str(error) == f"line 3: {error.reason}"


def test_invalid_json_gives_the_line_and_the_column() -> None:
    error = unreadable(decode_json, b'{\n  "a": 1,\n  "b": oops\n}')
    assert not error.encoding
    assert error.location == "line 3"
    assert error.reason.startswith("not valid JSON at column 8:")   # the o of oops


def test_the_column_counts_characters_not_bytes() -> None:
    error = unreadable(decode_json, '{"äää": x}'.encode())
    assert (error.location, error.reason.split(":")[0]) == ("line 1", "not valid JSON at column 9")


@pytest.mark.parametrize("raw", [b"", b"   \n\t", codecs.BOM_UTF8])
def test_an_empty_file_is_called_empty(raw: bytes) -> None:
    error = unreadable(decode_json, raw)
    assert (error.location, error.reason) == ("", "the file is empty")


def test_nesting_past_the_limit_is_named() -> None:
    error = unreadable(decode_json, b"[" * 2000 + b"]" * 2000)
    assert error.reason.endswith("nested too deeply")


def test_half_a_surrogate_pair_is_explained() -> None:
    error = unreadable(decode_json, b'{"a": "\\ud800"}')
    assert "lone surrogate" in error.reason


def test_unreadable_bytes_is_a_value_error() -> None:
    """Callers that catch ValueError around a JSON parse keep working."""
    assert issubclass(UnreadableBytes, ValueError)


def test_duplicate_keys_are_refused_with_line_column_and_path_when_asked() -> None:
    raw = b'{\n  "templates": [\n    {"id": "a"},\n    {"id": "b", "title": "x",\n     "title": "y"}\n  ]\n}'
    assert decode_json(raw)["templates"][1]["title"] == "y"  # the store's own files: no second pass
    error = unreadable(lambda data: decode_json(data, unique_keys=True), raw)
    assert error.location == "line 5"
    assert error.reason.startswith('duplicate key "title" at column 6 (at templates[1].title)')


def test_keys_equal_only_after_escapes_are_duplicates_and_different_objects_may_share_keys() -> None:
    error = unreadable(lambda data: decode_json(data, unique_keys=True), b'{"a": 1, "\\u0061": 2}')
    assert (error.location, error.reason.split(" (")[0]) == ("line 1", 'duplicate key "a" at column 10')
    assert decode_json(b'[{"a": 1}, {"a": 2, "b": {"a": 3}}]', unique_keys=True) == [{"a": 1}, {"a": 2, "b": {"a": 3}}]
    assert decode_json(b'"a"', unique_keys=True) == "a"


def test_duplicates_are_found_deeper_than_the_standard_parser_goes() -> None:
    raw = b'{"a": ' * 1000 + b'{"k": 1, "k": 2}' + b"}" * 1000
    error = unreadable(lambda data: decode_json(data, unique_keys=True), raw)
    assert 'duplicate key "k"' in error.reason and error.reason.count("a.") > 10
