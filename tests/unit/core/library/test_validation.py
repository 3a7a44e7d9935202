"""Library format v1 validation: every problem is found, and each says where."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from promptlib.core.library.validation import MAX_DEPTH, validate_pack


def messages(pack: dict) -> list[str]:
    return [str(problem) for problem in validate_pack(pack)]


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
    ("names", {"fi": "Testit", "sv": "Tester", "en": "Tests"}, None),
    ("names", {"fi": "Testit"}, None),  # a language may be left out: the app falls back to "name"
    ("names", {"de": "Prüfungen"}, "names.de: language must be one of fi, sv, en"),
    ("names", {"sv": "  "}, "names.sv: must not be empty"),
    ("names", {"en": 5}, "names.en: must be a string, not a number"),
    ("names", ["Testit"], "names: must be an object of names by language"),
    ("names", {}, "names: must be an object of names by language"),
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


def test_deeply_nested_json_is_refused(tmp_path: Path, sample_pack: dict) -> None:
    deep: object = "x"
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    pack = _with(sample_pack, "templates.0.variables.0.example", deep)
    assert any("nested more than" in m for m in messages(pack))


def test_text_length_limits_are_enforced(sample_pack: dict) -> None:
    pack = _with(sample_pack, "templates.0.title", "x" * 5000)
    assert any(m.startswith("templates[0].title: is 5000 characters long; the limit is") for m in messages(pack))


@pytest.mark.parametrize("change, location, words", [
    (lambda p: p["templates"][0].update(title="Otsikko \ud800"), "templates[0].title", "lone surrogate"),
    (lambda p: p["templates"][0].update(tags={1: "x"}), "templates[0].tags", "has a key 1 that is not a string"),
    (lambda p: p["templates"][0].update(summary=2 ** 70), "templates[0].summary", "number too large to store"),
])
def test_data_built_in_python_that_the_store_cannot_save_is_refused(sample_pack, change, location, words) -> None:
    """orjson never decodes these from a file, but a pack built in code can hold them;
    validation used to accept a lone surrogate, and the install then failed in the store."""
    change(sample_pack)
    problems = [str(problem) for problem in validate_pack(sample_pack)]
    assert any(p.startswith(f"{location}: ") and words in p for p in problems), problems


@pytest.mark.parametrize("lint, expected", [
    ({"waive": ["no-role"], "why": "Rooli valitaan lomakkeella."}, None),
    ({"waive": ["no-rol"], "why": "x"}, "templates[0].lint.waive[0]: unknown lint rule 'no-rol'"),
    ({"waive": [3], "why": "x"}, "templates[0].lint.waive[0]: unknown lint rule 'a number'"),
    ({"waive": [], "why": "x"}, "templates[0].lint.waive: must be a non-empty list of lint rule ids"),
    ({"waive": ["no-role"]}, "templates[0].lint.why: missing (required)"),
    ({"waive": ["no-role"], "why": ""}, "templates[0].lint.why: must not be empty"),
    ({"waive": ["no-role"], "why": "x", "because": "y"}, "templates[0].lint.because: unknown field"),
    (["no-role"], "templates[0].lint: must be an object"),
])
def test_lint_waivers_name_known_rules_and_say_why(sample_pack: dict, lint, expected) -> None:
    found = messages(_with(sample_pack, "templates.0.lint", lint))
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(expected), found


@pytest.mark.parametrize("copied_from, expected", [
    ({"library": "fi.promptlib.hr", "template": "hr.job-ad", "language": "fi", "version": "2026.11.0"}, []),
    ("hr.job-ad", ["templates[0].copied_from: must be an object, not a string"]),
    ({"library": "fi.promptlib.hr", "template": "Bad Id", "language": "de", "version": "1", "by": "x"},
     ["templates[0].copied_from.by: unknown field",
      "templates[0].copied_from.template: 'Bad Id' is not a safe id (lowercase a-z, 0-9, '.', '_', '-'; "
      "starts with a letter or digit, does not end with '.'; at most 100 characters)",
      "templates[0].copied_from.language: 'de' is not one of fi, sv, en"]),
    ({"library": "x", "template": "y", "language": "sv"}, ["templates[0].copied_from.version: missing (required)"]),
    ({"library": "x", "template": "y", "language": "sv", "version": "1 (before the version rule)"}, []),
])
def test_a_copy_may_say_where_it_came_from(sample_pack: dict, copied_from, expected) -> None:
    assert messages(_with(sample_pack, "templates.0.copied_from", copied_from)) == expected


def test_where_a_copy_came_from_is_one_line_of_visible_text(sample_pack: dict) -> None:
    copied_from = {"library": "x", "template": "y", "language": "sv", "version": "1\n0"}
    found = validate_pack(_with(sample_pack, "templates.0.copied_from", copied_from))
    assert [(p.location, p.code) for p in found] == [("templates[0].copied_from.version", "invisible-character")]



def test_a_pack_too_deep_for_the_checks_is_refused_with_a_problem_not_an_error(monkeypatch) -> None:
    from promptlib.core.library import validation

    def too_deep(self, data):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(validation._Checker, "pack", too_deep)
    (found,) = validation.validate_pack({"format": "promptlib-library"})
    assert found.code == "too-deep-to-check" and found.message == "the file is nested too deeply to check"
