"""The one pre-filter: a text it lets by holds nothing the scan would find."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.guard.detection import scan
from promptlib.core.guard.normalise import normalise
from promptlib.core.guard.prefilter import might_hold_data

DIGIT_OR_AT = re.compile(r"[\d@]")


@pytest.mark.slow
def test_every_character_that_is_or_becomes_a_digit_or_at_sign_is_let_through() -> None:
    """Against the running Python's Unicode data, every code point: a character that the
    scanner's view reads as a digit or an @ must make the pre-filter say yes, and the
    class must know every character NFKC turns into one (else a newer Unicode added
    one: add it to prefilter._BECOME_DIGITS_OR_AT)."""
    missed_by_view, missed_by_nfkc = [], []
    for code_point in range(sys.maxunicode + 1):
        character = chr(code_point)
        if might_hold_data(character):
            continue
        if DIGIT_OR_AT.search(normalise(character)[0]):
            missed_by_view.append(f"U+{code_point:04X}")
        if DIGIT_OR_AT.search(unicodedata.normalize("NFKC", character)):
            missed_by_nfkc.append(f"U+{code_point:04X}")
    assert missed_by_view == []
    assert missed_by_nfkc == [], f"Unicode {unicodedata.unidata_version}"


@pytest.mark.parametrize("text", [
    "\u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T",  # Arabic-Indic digits: the old pre-filter let these by
    "\u06f1\u06f3\u06f1\u06f0\u06f5\u06f2-\u06f3\u06f0\u06f8T",  # Extended Arabic-Indic
    "\u0967\u0969\u0967\u0966\u096b\u0968-\u0969\u0966\u096eT",  # Devanagari
    "\uff11\uff13\uff11\uff10\uff15\uff12-308T",  # fullwidth
    "\U0001d7cf\U0001d7d1\U0001d7cf\U0001d7ce\U0001d7d3\U0001d7d0-\U0001d7d1\U0001d7ce\U0001d7d6T",  # mathematical bold
    "kirjaamo\uff20espoo.fi", "kirjaamo\ufe6bespoo.fi",  # fullwidth and small @
])
def test_codes_in_any_digits_are_let_through_and_found(text: str) -> None:
    assert might_hold_data(text)
    assert scan(text) != []


@pytest.mark.parametrize("text", ["", "Hei maailma", "ei numeroita – eikä at-merkkiä", "Ä Ö Å ß"])
def test_text_without_digits_or_at_signs_is_not_let_through(text: str) -> None:
    assert not might_hold_data(text)


# Characters around the edge: digits of every kind, their look-alikes, @ and its
# look-alikes, dashes, invisible characters, and letters.
TRICKY = st.sampled_from([
    *"0123456789@-+ \n\u00a0\u00ad\u200b\u2013\u2212ATYaty_.",
    "\u0661", "\u06f3", "\u0967", "\uff11", "\uff20", "\ufe6b", "\u00b9", "\u2081", "\u2460", "\u00bd",
    "\U0001d7cf", "\u0422", "\u2075", "\u3251", "\U0001f101"])


@given(st.one_of(st.text(), st.text(TRICKY, max_size=40)))
@settings(max_examples=500, deadline=None)
def test_what_the_prefilter_lets_by_the_scan_finds_nothing_in(text: str) -> None:
    if not might_hold_data(text):
        assert scan(text) == []
    if scan(text):
        assert might_hold_data(text)
