"""The guard applied to a filled form: only typed text is scanned, in the form's order."""

from __future__ import annotations

from promptlib.core.guard.screening import KIND_NAMES, SCANNED_TYPES, scan_filled, typed_values
from promptlib.core.model import Template, Variable

HETU = "131052-308T"

TEMPLATE = Template(
    id="t", language="fi", title="T", body="",
    variables=(Variable("first", "Ensimmäinen"), Variable("day", "Päivä", type="date"),
               Variable("notes", "Lisätiedot", type="multiline"), Variable("tone", "Sävy", type="choice"),
               Variable("count", "Määrä", type="number")))


def test_typed_values_are_the_text_fields_that_hold_text() -> None:
    values = {"first": "a", "day": "2026-12-03", "notes": "b", "tone": "c", "count": "5", "extra": "d"}
    assert typed_values(TEMPLATE, values) == {"first": "a", "notes": "b"}
    assert typed_values(TEMPLATE, {"first": None}) == {}
    assert SCANNED_TYPES == ("text", "multiline")


def test_what_a_value_renders_as_is_what_is_scanned_whatever_its_json_type() -> None:
    # A number reads as itself; a list or an object is refused when rendered, and the
    # guard scans its text all the same: nothing reaches a prompt unscanned.
    values = {"first": 42, "notes": [f"Asiakas {HETU}"], "tone": {"x": HETU}}
    assert typed_values(TEMPLATE, values) == {"first": "42", "notes": f"['Asiakas {HETU}']"}
    found = scan_filled(TEMPLATE, values)
    assert [(item.name, item.finding.kind, item.finding.text) for item in found] == [("notes", "hetu", HETU)]


def test_the_prefilter_lets_every_digit_through() -> None:
    # Arabic-Indic digits were found by `scan` but skipped by the old pre-filter.
    found = scan_filled(TEMPLATE, {"notes": "hetu \u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T"})
    assert [item.finding.text for item in found] == ["\u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T"]


def test_findings_follow_the_fields_order_with_their_labels() -> None:
    found = scan_filled(TEMPLATE, {"notes": f"hetu {HETU}", "first": "kirjaamo@espoo.fi"})
    assert [(item.name, item.label, item.finding.kind) for item in found] == [
        ("first", "Ensimmäinen", "email"), ("notes", "Lisätiedot", "hetu")]
    assert found[1].finding.text == HETU


def test_nothing_in_the_values_means_no_findings() -> None:
    assert scan_filled(TEMPLATE, {}) == []
    assert scan_filled(TEMPLATE, {"first": "Hei maailma", "notes": "kaikki hyvin 23.11.2026"}) == []


def test_values_without_a_digit_or_an_at_sign_are_not_even_scanned(monkeypatch) -> None:
    """Every kind the guard finds needs one; such values skip the scan (and its start-up cost)."""
    from promptlib.core.guard import detection

    scanned = []
    real = detection.scan_values
    monkeypatch.setattr(detection, "scan_values", lambda texts: scanned.append(dict(texts)) or real(texts))
    assert scan_filled(TEMPLATE, {"first": "Hei maailma", "notes": "ei numeroita"}) == []
    assert scanned == []
    assert scan_filled(TEMPLATE, {"first": "Hei maailma", "notes": f"hetu {HETU}"})
    assert scanned == [{"notes": f"hetu {HETU}"}]


def test_every_kind_has_a_plain_name_for_the_command_line() -> None:
    from promptlib.core.guard.detection import KINDS

    assert set(KIND_NAMES) == set(KINDS)
    assert all(KIND_NAMES.values())
