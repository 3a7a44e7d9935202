"""Replacing what the guard found with placeholders in the template's language."""

from __future__ import annotations

import pytest

from promptlib.core.guard.detection import KINDS, Finding, scan
from promptlib.core.guard.redaction import PLACEHOLDERS, redact

MIXED = (
    "Hakija: Matti Meikäläinen, hetu 131052-308T\n"
    "Puh. 040 123 4567, sähköposti matti.meikalainen@example.fi\n"
    "Tili FI21 1234 5600 0007 85. Kokous 23.11.2026 klo 12:30."
)


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", "Hakija: Matti Meikäläinen, hetu [HENKILÖTUNNUS]\n"
           "Puh. [PUHELINNUMERO], sähköposti [SÄHKÖPOSTI]\n"
           "Tili [TILINUMERO]. Kokous 23.11.2026 klo 12:30."),
    ("sv", "Hakija: Matti Meikäläinen, hetu [PERSONBETECKNING]\n"
           "Puh. [TELEFONNUMMER], sähköposti [E-POST]\n"
           "Tili [KONTONUMMER]. Kokous 23.11.2026 klo 12:30."),
    ("en", "Hakija: Matti Meikäläinen, hetu [PERSONAL ID]\n"
           "Puh. [PHONE NUMBER], sähköposti [EMAIL]\n"
           "Tili [ACCOUNT NUMBER]. Kokous 23.11.2026 klo 12:30."),
])
def test_redact_replaces_every_finding(language, expected):
    assert redact(MIXED, scan(MIXED), language) == expected
    assert scan(expected) == []


def test_redact_language_variants_and_fallback():
    text = "hetu 131052-308T"
    findings = scan(text)
    assert redact(text, findings, "sv_FI") == "hetu [PERSONBETECKNING]"
    assert redact(text, findings, "EN") == "hetu [PERSONAL ID]"
    assert redact(text, findings, "de") == "hetu [HENKILÖTUNNUS]"


def test_redact_without_findings_and_in_any_order():
    text = "040 123 4567 ja 131052-308T"
    assert redact(text, [], "fi") == text
    assert redact(text, list(reversed(scan(text))), "en") == "[PHONE NUMBER] ja [PERSONAL ID]"


def test_redact_rejects_findings_of_another_text():
    with pytest.raises(ValueError):
        redact("hetu 131052-308T", [Finding("hetu", 0, 11, "131052-308T")], "fi")


def test_placeholders_cover_every_kind_and_language():
    assert set(PLACEHOLDERS) == set(KINDS)
    for texts in PLACEHOLDERS.values():
        assert set(texts) == {"fi", "sv", "en"}
    assert PLACEHOLDERS["hetu"]["fi"] == "[HENKILÖTUNNUS]"
    assert PLACEHOLDERS["iban"]["en"] == "[ACCOUNT NUMBER]"
