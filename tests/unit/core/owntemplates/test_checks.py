"""The editor's live checks: validation errors with their places, lint hints, and the
editor's own warnings."""

from __future__ import annotations

from typing import Any

from promptlib.core.owntemplates.checks import check_template


def template(**changes: Any) -> dict[str, Any]:
    data = {"id": "own.kutsu", "language": "fi", "title": "Kutsu", "roles": ["communications"],
            "body": "Toimi viestinnän asiantuntijana. Kirjoita enintään 100 sanan kutsu tapahtumaan {{ event }}.",
            "variables": [{"name": "event", "label": "Tapahtuma", "type": "text", "required": True,
                           "help": "Tapahtuman nimi.", "example": "Kevätjuhla"}]}
    data.update(changes)
    return data


def codes(checks) -> list[tuple[str, str]]:
    return [(check.severity, check.code) for check in checks]


def test_a_good_template_has_no_checks() -> None:
    assert check_template(template()) == []


def test_an_undeclared_name_points_at_its_first_use_in_the_body() -> None:
    body = "Toimi asiantuntijana. Kirjoita enintään 100 sanaa. {{ event }} {{ place }}"
    (check,) = check_template(template(body=body))
    assert (check.severity, check.code, check.values["name"]) == ("error", "undeclared-variable", "place")
    assert body[check.offset:check.offset + check.length] == "place" and check.blocks_save


def test_variable_problems_point_at_their_row_and_column() -> None:
    variables = [{"name": "event", "label": "Tapahtuma", "type": "choice", "choices": ["a", "b"],
                  "default": "c", "help": "h"},
                 {"name": "unused", "label": "Turha", "help": "h"}]
    checks = check_template(template(variables=variables))
    found = {(c.code, c.variable, c.column) for c in checks}
    assert ("not-a-choice", 0, "default") in found
    assert ("unused-variable", 1, "name") in found


def test_missing_title_and_role_and_bad_syntax_block_saving() -> None:
    checks = check_template(template(title="", roles=[], body="Kirjoita {{ event "))
    assert {c.code for c in checks if c.blocks_save} >= {"empty", "no-roles", "body-syntax"}
    assert next(c for c in checks if c.code == "empty").field == "title"
    assert next(c for c in checks if c.code == "body-syntax").line == 1


def test_editor_warnings_raw_name_no_help_required_only_in_a_condition() -> None:
    body = "Toimi asiantuntijana. Kirjoita enintään 100 sanaa.{% if event %} {{ event }}{% endif %}"
    variables = [{"name": "event", "label": "event", "type": "text", "required": True}]
    assert codes(check_template(template(body=body, variables=variables))) == [
        ("warning", "label-is-name"), ("warning", "required-only-conditional"), ("hint", "no-help")]


def test_an_example_the_guard_flags_is_a_warning_but_does_not_block() -> None:
    variables = [{"name": "event", "label": "Tapahtuma", "type": "text", "example": "Soita 040 123 4567",
                  "help": "h"}]
    (check,) = check_template(template(variables=variables))
    assert (check.code, check.column, check.values["kind"]) == ("personal-data-value", "example", "phone")
    assert not check.blocks_save


def test_quality_hints_come_from_the_lint_with_their_place() -> None:
    body = "Kirjoita kutsu tapahtumaan {{ event }} jne."
    checks = check_template(template(body=body))
    rules = {c.code: c for c in checks}
    assert {"no-role", "no-output-format", "vague-wording"} <= set(rules)
    vague = rules["vague-wording"]
    assert body[vague.offset:vague.offset + vague.length] == "jne."
