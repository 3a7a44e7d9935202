"""Which of two library versions is newer: what decides "updated" and "a downgrade"."""

from __future__ import annotations

import pytest

from promptlib.core.library.versions import compare_versions


@pytest.mark.parametrize("newer, older", [
    ("1.1", "1.0"), ("2026.10.0", "2026.9.3"), ("1.0", "1.0rc2"), ("1.0.1", "1.0"), ("2", "1.99"),
    ("1.0-beta", "1.0-alpha"),
])
def test_versions_compare_as_people_expect(newer: str, older: str) -> None:
    assert compare_versions(newer, older) == 1
    assert compare_versions(older, newer) == -1
    assert compare_versions(newer, newer) == 0


def test_1_0_and_1_0_0_are_the_same_version() -> None:
    assert compare_versions("1.0", "1.0.0") == 0


@pytest.mark.parametrize("newer, older", [
    ("2026.10.0", "2026.9.1"),      # numbers compare as numbers, not as text
    ("1.10", "1.9"),
    ("1.0", "1.0-beta"),            # a word after the common part is a pre-release
    ("1.0.0", "1.0rc1"),
    ("1.0.1", "1.0.0rc5"),
    ("1.1", "1.beta"),              # a number beats a word
    ("1.0-rc2", "1.0-rc1"),
    ("1.0-beta", "1.0-Alpha"),      # words ignore case
])
def test_more_versions_compare_as_people_expect(newer: str, older: str) -> None:
    assert (compare_versions(newer, older), compare_versions(older, newer)) == (1, -1)


@pytest.mark.parametrize("a, b", [("1.0", "1"), ("1", "1.0.0.0"), ("v1.2", "V1.2"), ("2026.03.01", "2026.3.1"),
                                  ("1.0-RC1", "1.0rc1")])
def test_spellings_of_the_same_version_are_equal(a: str, b: str) -> None:
    assert compare_versions(a, b) == 0 == compare_versions(b, a)


def test_the_order_is_consistent_across_a_release_history() -> None:
    history = ["0.9", "1.0a1", "1.0b2", "1.0rc1", "1.0", "1.0.1", "1.2", "1.10", "2", "2026.1", "2026.10"]
    for i, older in enumerate(history):
        for newer in history[i + 1:]:
            assert compare_versions(newer, older) == 1, (newer, older)


def test_digits_other_than_ascii_are_words_not_numbers() -> None:
    # '²' and '\u0661' are digits to str.isdigit but not to int(): they must never crash a comparison.
    assert compare_versions("1.²", "1.0") == -1
    assert compare_versions("\u0661.\u0660", "1") == -1
    assert compare_versions("2.²", "2.²") == 0
