"""Library format v1 files: reading a pack file (size, encoding, JSON, top-level shape)
and building a valid one. The rules for its content are tested in test_validation.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.library.format import load_pack, read_pack_file


def test_sample_pack_is_valid_and_builds(sample_pack_path: Path) -> None:
    pack = load_pack(sample_pack_path)
    assert pack.id == "test.sample"
    assert [t.key for t in pack.templates][:2] == [("sample.event", "fi"), ("sample.event", "sv")]
    event = pack.templates[0]
    assert [v.type for v in event.variables] == ["text", "choice", "date", "number", "multiline"]
    assert event.origin.pack_name == "Testikirjasto"


def test_non_utf8_file_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes('{"name": "Pörssi"}'.encode("latin-1"))
    with pytest.raises(LibraryError) as raised:
        read_pack_file(path)
    assert "not UTF-8" in str(raised.value)


def test_malformed_json_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "promptlib-library",\n  "id": oops\n}', encoding="utf-8")
    with pytest.raises(LibraryError) as raised:
        read_pack_file(path)
    assert raised.value.lines()[0].startswith(f"{path}:line 3: not valid JSON")


def test_utf8_bom_is_accepted(tmp_path: Path, sample_pack: dict) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(sample_pack).encode("utf-8"))
    assert load_pack(path).id == "test.sample"


def test_wrong_top_level_shape(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(LibraryError) as raised:
        read_pack_file(path)
    assert "must be a JSON object" in str(raised.value)
