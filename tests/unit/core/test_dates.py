"""Dates as users type them: d.m.yyyy and dd.mm.yyyy in Finnish and Swedish, ISO everywhere."""

from __future__ import annotations

from datetime import date

import pytest

from promptlib.core.dates import could_be_typed, format_date, read_any_date, read_date


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("text", ["15.12.2026", "15.12.2026 ", " 15.12.2026", "2026-12-15"])
def test_finnish_and_swedish_read_day_month_year_and_iso(language: str, text: str) -> None:
    assert read_date(text, language) == (date(2026, 12, 15), "")


@pytest.mark.parametrize("text, expected", [("5.1.2027", date(2027, 1, 5)), ("05.01.2027", date(2027, 1, 5)),
                                            ("29.2.2028", date(2028, 2, 29))])
def test_leading_zeros_are_optional(text: str, expected: date) -> None:
    assert read_date(text, "fi").value == expected


def test_english_reads_iso_only_as_day_and_month_would_be_ambiguous() -> None:
    assert read_date("2026-12-15", "en") == (date(2026, 12, 15), "")
    assert read_date("5.12.2026", "en") == (None, "not-a-date")


@pytest.mark.parametrize("text", ["15.12", "15.12.", "15.12.26", "1512026", "–5122026", "31.2.2026", "0.1.2026",
                                  "15.13.2026", "2026-12-5", "2026-02-30", "huomenna", "15/12/2026"])
def test_half_typed_and_impossible_dates_are_problems_not_dates(text: str) -> None:
    assert read_date(text, "fi") == (None, "not-a-date")


@pytest.mark.parametrize("text", ["", "   "])
def test_an_empty_text_is_no_date_and_no_problem(text: str) -> None:
    assert read_date(text, "fi") == (None, "")


def test_values_files_may_use_either_form() -> None:
    assert read_any_date("2026-12-15") == read_any_date("15.12.2026") == date(2026, 12, 15)
    assert read_any_date("15.12.") is None


def test_the_field_shows_dates_in_the_users_form() -> None:
    assert format_date(date(2026, 1, 5), "fi") == "5.1.2026"
    assert format_date(date(2026, 1, 5), "sv") == "5.1.2026"
    assert format_date(date(2026, 1, 5), "en") == "2026-01-05"


def test_only_date_characters_can_be_typed() -> None:
    assert could_be_typed("15.12.2026") and could_be_typed("2026-12-") and could_be_typed("")
    assert not could_be_typed("15.12.2026x") and not could_be_typed("joulukuu")
    assert not could_be_typed("1" * 13)
