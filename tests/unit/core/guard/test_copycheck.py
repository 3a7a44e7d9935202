"""The one decision before a prompt is copied, for the app and the command line alike."""

from __future__ import annotations

import pytest

from promptlib.core.guard.copycheck import check_before_copy
from promptlib.core.guard.detection import scan
from promptlib.core.model import Template, Variable
from promptlib.core.policy import Policy

HETU = "131052-308T"


def form(language: str = "fi") -> Template:
    return Template(id="t", language=language, title="T", body="{{ name }} {{ notes }} {{ tone }} {{ seats }}",
                    variables=(Variable("name", "Nimi"), Variable("notes", "Lisätiedot", type="multiline"),
                               Variable("tone", "Sävy", type="choice", choices=("lämmin", HETU)),
                               Variable("seats", "Paikkoja", type="number")))


@pytest.mark.parametrize("allowed", [True, False])
def test_clean_values_may_be_copied(allowed: bool) -> None:
    check = check_before_copy(form(), {"name": "Matti", "notes": "Kokous 23.11.2026 klo 12:30", "seats": 40},
                              Policy(allow_copy_anyway=allowed))
    assert check.clean
    assert (check.findings, check.redacted) == ([], {})
    assert check.copy_anyway_allowed is allowed


def test_an_identity_code_in_a_text_field_is_one_finding() -> None:
    check = check_before_copy(form(), {"name": f"Matti, hetu {HETU}", "notes": "ei mitään"}, Policy())
    assert not check.clean
    [item] = check.findings
    assert (item.name, item.label, item.finding.kind, item.finding.text) == ("name", "Nimi", "hetu", HETU)


@pytest.mark.parametrize("language, placeholder", [("fi", "[HENKILÖTUNNUS]"), ("sv", "[PERSONBETECKNING]"),
                                                   ("en", "[PERSONAL ID]")])
def test_the_redacted_values_use_the_templates_language(language: str, placeholder: str) -> None:
    check = check_before_copy(form(language), {"name": f"Matti, hetu {HETU}", "notes": "ei mitään"}, Policy())
    assert check.language == language
    assert check.redacted == {"name": f"Matti, hetu {placeholder}"}   # only the field with a finding
    assert check.placeholder(check.findings[0]) == placeholder
    assert scan(check.redacted["name"]) == []


def test_a_template_in_an_unknown_language_gets_finnish_placeholders() -> None:
    check = check_before_copy(form("de"), {"name": HETU}, Policy())
    assert check.language == "fi" and check.redacted == {"name": "[HENKILÖTUNNUS]"}


@pytest.mark.parametrize("allowed", [True, False])
def test_copy_anyway_follows_the_organisations_policy(allowed: bool) -> None:
    check = check_before_copy(form(), {"name": HETU}, Policy(allow_copy_anyway=allowed))
    assert check.findings and check.copy_anyway_allowed is allowed


def test_findings_come_in_the_order_of_the_form_and_each_field_is_redacted_whole() -> None:
    values = {"notes": f"puh. 040 123 4567 ja {HETU}", "name": "matti@example.fi"}
    check = check_before_copy(form("en"), values, Policy())
    assert [(item.name, item.finding.kind) for item in check.findings] == [
        ("name", "email"), ("notes", "phone"), ("notes", "hetu")]
    assert check.redacted == {"name": "[EMAIL]", "notes": "puh. [PHONE NUMBER] ja [PERSONAL ID]"}


def test_only_what_the_user_typed_is_screened() -> None:
    """Choices come from the template, numbers cannot hold personal data, and values of
    names the template does not declare are not part of the prompt."""
    check = check_before_copy(form(), {"tone": HETU, "seats": 131052308, "other": HETU}, Policy())
    assert check.clean
