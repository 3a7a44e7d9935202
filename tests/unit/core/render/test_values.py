"""From what the user typed to typed values, and from typed values to prompt text."""

from __future__ import annotations

from datetime import date

import pytest

from promptlib.core.errors import InvalidValueError
from promptlib.core.model import Template, Variable
from promptlib.core.render.values import (
    default_values,
    example_values,
    format_value,
    parse_value,
    parse_values,
    text_value,
)

TEXT = Variable("name", "Nimi")
NOTES = Variable("notes", "Lisätiedot", type="multiline")
TONE = Variable("tone", "Sävy", type="choice", choices=("lämmin", "asiallinen"))
SEATS = Variable("seats", "Paikkoja", type="number", min=1, max=500)
AMOUNT = Variable("amount", "Summa", type="number")
DAY = Variable("day", "Päivä", type="date")


@pytest.mark.parametrize("variable", [TEXT, NOTES, TONE, SEATS, DAY])
@pytest.mark.parametrize("empty", [None, "", "   ", "\n\t"])
def test_an_empty_value_is_none_for_every_type(variable: Variable, empty) -> None:
    assert parse_value(variable, empty) is None


def test_text_is_trimmed_and_multiline_keeps_its_inner_layout() -> None:
    assert parse_value(TEXT, "  Matti  ") == "Matti"
    assert parse_value(NOTES, "\n  eka rivi\n\n  toka\n") == "  eka rivi\n\n  toka"
    assert parse_value(TEXT, 42) == "42"


@pytest.mark.parametrize("variable, raw, words", [
    (TEXT, ["a"], "name: expects text, not a list"),
    (NOTES, {"a": 1}, "notes: expects text, not an object"),
    (TEXT, True, "name: expects text, not true/false"),
    (TONE, ["lämmin"], "tone: expects one of: lämmin, asiallinen; not a list"),
    (TONE, False, "tone: expects one of: lämmin, asiallinen; not true/false"),
    (AMOUNT, [1], "amount: expects a number, not a list"),
    (AMOUNT, {"n": 1}, "amount: expects a number, not an object"),
    (DAY, 20261203, "day: expects a date (2026-12-31 or 31.12.2026), not a number"),
    (DAY, {"d": 3}, "day: expects a date (2026-12-31 or 31.12.2026), not an object"),
])
def test_a_json_value_of_the_wrong_type_is_refused_with_what_the_field_expects(variable, raw, words) -> None:
    with pytest.raises(InvalidValueError) as raised:
        parse_value(variable, raw)
    assert str(raised.value) == words


def test_text_value_is_the_text_before_trimming() -> None:
    assert text_value(TEXT, "  Matti ") == "  Matti "
    assert text_value(NOTES, 2.5) == "2.5"
    with pytest.raises(InvalidValueError, match="expects text, not a list"):
        text_value(NOTES, ["131052-308T"])


@pytest.mark.parametrize("raw", [float("inf"), float("-inf"), float("nan"), 1e16, -10**16])
def test_json_numbers_that_are_not_usable_are_refused(raw) -> None:
    with pytest.raises(InvalidValueError, match="not a usable number"):
        parse_value(AMOUNT, raw)


def test_a_choice_must_be_one_of_the_choices() -> None:
    assert parse_value(TONE, " lämmin ") == "lämmin"
    with pytest.raises(InvalidValueError, match="'kylmä' is not one of: lämmin, asiallinen") as raised:
        parse_value(TONE, "kylmä")
    assert raised.value.name == "tone"


@pytest.mark.parametrize("raw, expected", [
    ("40", 40), ("1 234", 1234), ("1\u00a0234", 1234), ("2,5", 2.5), ("2.5", 2.5), (" 7 ", 7), ("3,0", 3),
    (12, 12), (2.5, 2.5),
])
def test_numbers_are_read_as_finns_and_swedes_write_them(raw, expected) -> None:
    value = parse_value(AMOUNT, raw)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("raw, words", [
    ("kolme", "'kolme' is not a number"), ("nan", "not a usable number"), ("1e16", "not a usable number"),
    (True, "expects a number"),
])
def test_what_is_not_a_usable_number_is_refused(raw, words: str) -> None:
    with pytest.raises(InvalidValueError, match=words):
        parse_value(AMOUNT, raw)


def test_numbers_outside_min_and_max_are_refused_with_the_limit() -> None:
    assert parse_value(SEATS, "500") == 500
    with pytest.raises(InvalidValueError, match="must be at least 1"):
        parse_value(SEATS, "0")
    with pytest.raises(InvalidValueError, match="must be at most 500"):
        parse_value(SEATS, 501)


@pytest.mark.parametrize("raw", ["2026-12-03", "3.12.2026", "03.12.2026", " 3.12.2026 ", date(2026, 12, 3)])
def test_dates_in_iso_or_finnish_form(raw) -> None:
    assert parse_value(DAY, raw) == date(2026, 12, 3)


@pytest.mark.parametrize("raw", ["31.2.2026", "2026-13-01", "3/12/2026", "huomenna"])
def test_impossible_or_unknown_dates_are_refused_with_the_forms_to_use(raw: str) -> None:
    with pytest.raises(InvalidValueError, match=r"not a date \(use 2026-12-31 or 31.12.2026\)"):
        parse_value(DAY, raw)


@pytest.mark.parametrize("language, day, number", [("fi", "3.12.2026", "2,5"), ("sv", "3.12.2026", "2,5"),
                                                   ("en", "2026-12-03", "2.5")])
def test_values_read_naturally_in_the_prompts_language(language: str, day: str, number: str) -> None:
    assert format_value(DAY, date(2026, 12, 3), language) == day
    assert format_value(AMOUNT, 2.5, language) == number
    assert format_value(AMOUNT, 40.0, language) == "40"
    assert format_value(TEXT, "Matti", language) == "Matti"
    assert format_value(TEXT, None, language) == ""


def test_parse_values_covers_every_declared_variable_and_ignores_the_rest() -> None:
    template = Template(id="t", language="fi", title="T", body="", variables=(TEXT, SEATS, DAY))
    assert parse_values(template, {"name": " Matti ", "seats": "40", "other": "x"}) == {
        "name": "Matti", "seats": 40, "day": None}


def test_defaults_and_examples_for_the_form(sample_pack: dict) -> None:
    event = Template.from_dict(sample_pack["templates"][0])
    assert default_values(event) == {"tone": "lämmin", "seats": 40}
    examples = example_values(event)
    assert examples == {"event": "Tekoälyaamupäivä", "tone": "lämmin", "day": "2026-12-03", "seats": 40,
                        "details": None}
