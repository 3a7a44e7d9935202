"""Library format v1 validation: every problem is found, and each says where."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.library.format import load_pack, read_pack_file
from promptlib.core.library.validation import MAX_DEPTH, validate_pack


def messages(pack: dict) -> list[str]:
    return [str(problem) for problem in validate_pack(pack)]


def test_sample_pack_is_valid_and_builds(sample_pack_path: Path) -> None:
    pack = load_pack(sample_pack_path)
    assert pack.id == "test.sample"
    assert [t.key for t in pack.templates][:2] == [("sample.event", "fi"), ("sample.event", "sv")]
    event = pack.templates[0]
    assert [v.type for v in event.variables] == ["text", "choice", "date", "number", "multiline"]
    assert event.origin.pack_name == "Testikirjasto"


def test_round_trip_to_dict_gives_back_the_same_templates(sample_pack_path: Path) -> None:
    from promptlib.core.model import Pack

    pack = load_pack(sample_pack_path)
    exported = pack.to_dict()
    assert validate_pack(exported) == []
    again = Pack.from_dict(exported)
    assert again.templates == pack.templates
    assert again.to_dict() == exported


def _with(pack: dict, path: str, value) -> dict:
    """Copy of *pack* with the field at a dotted path (e.g. templates.0.variables.1.type) set."""
    changed = copy.deepcopy(pack)
    target = changed
    parts = path.split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if value is _DELETE:
        del target[int(last) if last.isdigit() else last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return changed


_DELETE = object()


@pytest.mark.parametrize("path, value, expected", [
    ("format", "something-else", "format: must be \"promptlib-library\""),
    ("format_version", 2, "format_version: unsupported version 2"),
    ("id", "Not Safe", "id: 'Not Safe' is not a safe id"),
    ("id", "../../etc", "id: '../../etc' is not a safe id"),
    ("name", _DELETE, "name: missing (required)"),
    ("templates", {}, "templates: must be a list, not an object"),
    ("templates.0.variables.0.type", "foo", "templates[0].variables[0].type: unknown type 'foo'"),
    ("templates.0.variables.0.name", "Job Title", "templates[0].variables[0].name: 'Job Title' is not a valid variable name"),
    ("templates.0.variables.1.default", "kylmä", "templates[0].variables[1].default: 'kylmä' is not one of the choices"),
    ("templates.0.variables.1.choices", [], "templates[0].variables[1].choices: a choice variable needs a non-empty list"),
    ("templates.0.variables.2.example", "3.12.2026", "templates[0].variables[2].example: '3.12.2026' is not a date"),
    ("templates.0.variables.3.default", 900, "templates[0].variables[3].default: 900 is outside min..max"),
    ("templates.0.variables.3.min", "one", "templates[0].variables[3].min: must be a number, not a string"),
    ("templates.0.variables.0.required", "yes", "templates[0].variables[0].required: must be true or false"),
    ("templates.0.language", "de", "templates[0].language: 'de' is not one of fi, sv, en"),
    ("templates.0.roles", ["astrology"], "templates[0].roles[0]: unknown role 'astrology'"),
    ("templates.0.roles", [], "templates[0].roles: needs at least one role"),
    ("templates.0.title", 42, "templates[0].title: must be a string, not a number"),
    ("templates.0.data_policy", "anything-goes", "templates[0].data_policy: must be one of"),
    ("templates.0.colour", "red", "templates[0].colour: unknown field"),
    ("templates.0.body", "{{ event }} {{ tone }} {{ day }} {{ seats }} {{ details }} {{ ghost }}",
     "templates[0].body: uses variable 'ghost' that is not declared"),
    ("templates.0.body", "{{ event }} {{ tone }} {{ day }} {{ seats }}",
     "templates[0].body: declared variable 'details' is never used"),
    ("templates.0.body", "{{ event }\n", "templates[0].body line 1: template syntax error"),
    ("templates.1.id", "sample.event", None),  # a translation: same id, other language is fine
    ("templates.1.language", "fi", "templates[1].id: duplicate template 'sample.event' in language 'fi' (first at templates[0])"),
])
def test_each_problem_is_reported_with_its_location(sample_pack: dict, path: str, value, expected) -> None:
    found = messages(_with(sample_pack, path, value))
    if expected is None:
        assert found == []
    else:
        assert any(message.startswith(expected) for message in found), found


def test_all_problems_are_collected_not_only_the_first(sample_pack: dict) -> None:
    pack = _with(sample_pack, "templates.0.variables.0.type", "foo")
    pack = _with(pack, "templates.2.language", "xx")
    pack = _with(pack, "templates.3.title", "")
    found = messages(pack)
    assert any(m.startswith("templates[0].variables[0].type") for m in found)
    assert any(m.startswith("templates[2].language") for m in found)
    assert any(m.startswith("templates[3].title") for m in found)


@pytest.mark.parametrize("body, construct", [
    ("{% for i in range(10**9) %}x{% endfor %}", "for-loop"),
    ("{{ 'x' * 100000000 }}", "multiplication"),
    ("{{ 9 ** 9 ** 9 }}", "power"),
    ("{% include 'secret.txt' %}", "include"),
    ("{% import 'x' as y %}", "import"),
    ("{% extends 'base' %}", "extends"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "macro"),
    ("{{ ''.__class__.__mro__ }}", "attribute access"),
    ("{{ cycler.__init__.__globals__ }}", "attribute access"),
    ("{{ lipsum() }}", "function call"),
    ("{% set x = 'a' %}{{ x }}", "set"),
    ("{{ 'a' ~ 'b' }}", "concatenation"),
    ("{{ 'x'|center(999999999) }}", "filter 'center' is not allowed"),
    ("{{ '%s'|format(1) }}", "filter 'format' is not allowed"),
])
def test_unsafe_or_unbounded_bodies_are_refused_by_name(sample_pack: dict, body: str, construct: str) -> None:
    pack = _with(sample_pack, "templates.3.body", body)
    found = messages(pack)
    assert any(m.startswith("templates[3].body line 1:") and construct in m for m in found), found


def test_declared_pack_roles_are_accepted(sample_pack: dict) -> None:
    pack = _with(sample_pack, "templates.3.roles", ["procurement"])
    assert any("unknown role 'procurement'" in m for m in messages(pack))
    pack["roles"] = [{"id": "procurement", "names": {"fi": "Hankinnat", "sv": "Upphandling", "en": "Procurement"}}]
    assert messages(pack) == []


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


def test_deeply_nested_json_is_refused(tmp_path: Path, sample_pack: dict) -> None:
    deep: object = "x"
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    pack = _with(sample_pack, "templates.0.variables.0.example", deep)
    assert any("nested more than" in m for m in messages(pack))


def test_text_length_limits_are_enforced(sample_pack: dict) -> None:
    pack = _with(sample_pack, "templates.0.title", "x" * 5000)
    assert any(m.startswith("templates[0].title: is 5000 characters long; the limit is") for m in messages(pack))


def test_wrong_top_level_shape(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(LibraryError) as raised:
        read_pack_file(path)
    assert "must be a JSON object" in str(raised.value)
