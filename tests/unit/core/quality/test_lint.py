"""lint_template and lint_pack: validation errors from the validator, quality findings with
their place in the body, and waivers."""

from __future__ import annotations

import copy

import pytest

from promptlib.core.model import Template
from promptlib.core.quality.lint import LintFinding, lint_pack, lint_template

GOOD_BODY = ("Toimi kunnan viestinnän asiantuntijana. Kirjoita tiedote aiheesta {{ topic }}, "
             "enintään 150 sanaa.\n\nTaustatiedot:\n{{ notes }}\n")


def template(body: str = GOOD_BODY, **extra) -> dict:
    return {"id": "comms.notice", "language": "fi", "title": "Tiedote", "roles": ["communications"],
            "tags": [], "summary": "", "body": body, "guidance": "",
            "variables": [{"name": "topic", "label": "Aihe", "type": "text", "required": True},
                          {"name": "notes", "label": "Taustatiedot", "type": "multiline"}], **extra}


def pack(*templates: dict) -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": "test.lint", "name": "Testi",
            "version": "1", "publisher": "Testi", "templates": list(templates)}


def rules(findings: list[LintFinding]) -> list[str]:
    return [finding.rule for finding in findings]


def test_a_good_template_has_no_findings() -> None:
    assert lint_template(template()) == []


def test_a_bad_template_gets_each_finding_with_its_place() -> None:
    body = "Kirjoita jotain aiheesta {{ topic }} ja {{ notes }} jne. lisäksi."
    findings = lint_template(template(body))
    assert rules(findings) == ["no-role", "no-output-format", "undelimited-input", "vague-wording"]
    by_rule = {finding.rule: finding for finding in findings}
    assert by_rule["no-role"].severity == "hint" and by_rule["no-role"].offset == 0
    assert by_rule["undelimited-input"].severity == "warning"
    pasted = by_rule["undelimited-input"]
    assert body[pasted.offset:pasted.offset + pasted.length] == "{{ notes }}"
    vague = by_rule["vague-wording"]
    assert body[vague.offset:vague.offset + vague.length] == "jne." and vague.line == 1
    assert "'jne.'" in vague.message and "'notes'" in pasted.message


def test_validation_errors_come_from_the_validator_as_errors() -> None:
    broken = template("Toimi viestijänä. Kirjoita {{ topic }} ja {{ missing }}, enintään 100 sanaa.")
    findings = lint_template(broken)
    errors = [finding for finding in findings if finding.severity == "error"]
    assert [finding.rule for finding in errors] == ["invalid", "invalid"]
    assert "uses variable 'missing' that is not declared" in errors[0].message
    assert errors[0].message.startswith("body: ")


def test_a_syntax_error_in_the_body_names_its_line() -> None:
    findings = lint_template(template(GOOD_BODY + "{% if notes %}\nauki"))
    (error,) = [finding for finding in findings if finding.severity == "error"]
    assert error.line == 6


def test_a_template_object_is_linted_like_its_dict() -> None:
    data = template("Kirjoita {{ topic }} {{ notes }}")
    assert lint_template(Template.from_dict(data)) == lint_template(data)


def test_pack_roles_are_known_to_a_lone_template() -> None:
    data = template(roles=["own-role"])
    assert rules(lint_template(data)) == ["invalid"]
    roles = [{"id": "own-role", "names": {"fi": "Oma rooli"}}]
    assert lint_template(data, pack_roles=roles) == []


def test_a_waiver_hides_its_rules_and_only_them() -> None:
    body = "Kirjoita aiheesta {{ topic }} jne.\n\nTaustatiedot:\n{{ notes }}"
    waived = template(body, lint={"waive": ["no-role", "vague-wording"], "why": "Testi."})
    assert rules(lint_template(waived)) == ["no-output-format"]
    shown = lint_template(waived, include_waived=True)
    assert [(finding.rule, finding.waived) for finding in shown] == [
        ("no-role", True), ("no-output-format", False), ("vague-wording", True)]


@pytest.mark.parametrize(("lint", "message"), [
    ({"waive": ["no-such-rule"], "why": "x"}, "lint.waive[0]: unknown lint rule 'no-such-rule'"),
    ({"waive": ["no-role"], "why": " "}, "lint.why: must not be empty"),
    ({"waive": ["no-role"]}, "lint.why: missing (required)"),
    ({"waive": [], "why": "x"}, "lint.waive: must be a non-empty list"),
    ("no-role", "lint: must be an object"),
])
def test_a_bad_waiver_is_an_error(lint, message: str) -> None:
    findings = lint_template(template(lint=lint))
    assert any(finding.rule == "invalid" and finding.message.startswith(message) for finding in findings), findings


def test_lint_pack_sorts_findings_by_template_and_names_the_path() -> None:
    bad = template("Kirjoita {{ topic }} {{ notes }}") | {"id": "comms.bad"}
    second = copy.deepcopy(bad) | {"language": "sv", "body": "Skriv {{ topic }}.\n\nAnteckningar:\n{{ notes }}"}
    findings = lint_pack(pack(template(), bad, second), path="x.json")
    assert {finding.path for finding in findings} == {"x.json"}
    assert [(finding.language, finding.rule) for finding in findings] == [
        ("fi", "no-role"), ("fi", "no-output-format"), ("fi", "undelimited-input"),
        ("sv", "no-role"), ("sv", "no-output-format")]


def test_lint_pack_reports_a_broken_pack_without_crashing() -> None:
    assert rules(lint_pack([])) == ["invalid"]
    assert rules(lint_pack({"format": "other"})) == ["invalid"]
    broken = pack(template(), "not a template")
    findings = lint_pack(broken)
    assert rules(findings) == ["invalid"] and findings[0].message.startswith("must be an object")


def test_the_json_form_has_exactly_the_contract_fields() -> None:
    (finding,) = lint_template(template("Toimi viestijänä. Kirjoita {{ topic }}.\n\nTausta:\n{{ notes }}"))
    assert finding.to_json() == {"path": "", "template": "comms.notice", "language": "fi",
                                 "rule": "no-output-format", "severity": "hint", "message": finding.message}
