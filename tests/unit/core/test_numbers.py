"""Numbers as users type them, grouped or not, beyond 32 bits, held to a field's limits."""

from __future__ import annotations

import pytest

from promptlib.core.numbers import (
    ABOVE_MAXIMUM,
    BELOW_MINIMUM,
    NOT_A_NUMBER,
    TOO_LARGE,
    could_be_typed,
    format_number,
    plain,
    read_number,
)


@pytest.mark.parametrize("text, expected", [
    ("40", 40), ("10 000 000 000", 10_000_000_000), ("10\u00a0000\u00a0000\u00a0000", 10_000_000_000),
    ("10\u202f000", 10_000), ("10.000.000", 10_000_000), ("2,5", 2.5), ("2.5", 2.5), ("-3", -3), ("−3", -3),
    ("1 234,50", 1234.5), ("3,0", 3), ("1000000000000000", 10**15),
])
def test_finnish_numbers(text: str, expected: float) -> None:
    value, problem = read_number(text, "fi")
    assert problem == "" and value == expected and type(value) is type(expected)


@pytest.mark.parametrize("text, expected", [("10,000,000,000", 10_000_000_000), ("2.5", 2.5), ("2,5", 2.5),
                                            ("1,234.5", 1234.5), ("10 000", 10_000)])
def test_english_numbers(text: str, expected: float) -> None:
    assert read_number(text, "en") == (expected, "")


@pytest.mark.parametrize("text, problem", [("kolme", NOT_A_NUMBER), ("1,2,3", NOT_A_NUMBER), ("1e5", NOT_A_NUMBER),
                                           ("-", NOT_A_NUMBER), ("2 000 000 000 000 000", TOO_LARGE)])
def test_what_is_not_a_usable_number(text: str, problem: str) -> None:
    assert read_number(text, "fi") == (None, problem)


def test_limits_are_a_problem_with_the_number_still_read() -> None:
    assert read_number("0", "fi", 1, 50) == (0, BELOW_MINIMUM)
    assert read_number("51", "fi", 1, 50) == (51, ABOVE_MAXIMUM)
    assert read_number("50", "fi", 1, 50) == (50, "")
    assert read_number("", "fi", 1, 50) == (None, "")


def test_numbers_are_shown_grouped_in_the_users_language() -> None:
    assert format_number(10_000_000_000, "fi") == "10\u00a0000\u00a0000\u00a0000"
    assert format_number(1234.5, "sv") == "1\u00a0234,5"
    assert format_number(10_000_000_000, "en") == "10,000,000,000"
    assert format_number(7, "fi") == "7"


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
@pytest.mark.parametrize("number", [0, 7, -12, 10_000_000_000, 1234.5, 10**15])
def test_what_is_shown_reads_back_as_the_same_number(language: str, number: float) -> None:
    assert read_number(format_number(number, language), language) == (number, "")


def test_only_number_characters_can_be_typed_and_plain_has_no_grouping() -> None:
    assert could_be_typed("10 000,5") and could_be_typed("-") and not could_be_typed("10 €")
    assert plain(10_000_000_000) == "10000000000" and plain(2.5) == "2.5"
