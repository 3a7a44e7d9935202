"""Characters that are pasted but not seen are found and shown, and nothing else is."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promptlib.core.invisible import (
    IN_PLACE_SYMBOL,
    hidden_characters,
    is_hidden,
    name_of,
    reveal,
    reveal_in_place,
)

SPOOF = "Kiitosviesti \u202eliam-e\u202c"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_a_bidi_override_is_shown_where_it_is() -> None:
    assert reveal(SPOOF) == "Kiitosviesti ⟨U+202E⟩liam-e⟨U+202C⟩"
    assert [name_of(char) for _index, char in hidden_characters(SPOOF)] == [
        "U+202E RIGHT-TO-LEFT OVERRIDE", "U+202C POP DIRECTIONAL FORMATTING"]


@pytest.mark.parametrize("char", [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c",
    "\u202a", "\u202b", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u2061", "\u180e",
    "\x00", "\x07", "\x1b", "\x7f", "\x9b", "\u034f", "\u3164", "\u115f", "\u2800",
    "\ufe00", "\U000e0041", "\U000e0001", "\U000e0100",
])
def test_every_kind_of_hidden_character_is_found(char: str) -> None:
    text = f"ab{char}cd"
    assert hidden_characters(text) == [(2, char)]
    assert "U+" in reveal(text) and char not in reveal(text)


def test_what_people_see_is_left_alone() -> None:
    text = "Hyvä asiakas,\n\tkiitos! Päätös 15.12.2026 – 1 000 €. \u00a0 Tervetuloa 👩\u200d💻 ❤\ufe0f 👍🏽"
    assert hidden_characters(text) == []
    assert reveal(text) == text and reveal_in_place(text) == text


def test_a_joiner_or_selector_on_its_own_is_data() -> None:
    assert hidden_characters("a\u200db") == [(1, "\u200d")]
    assert hidden_characters("\ufe0f") == [(0, "\ufe0f")]
    assert hidden_characters("❤\ufe0f\ufe0f") == [(2, "\ufe0f")]


def test_line_breaks_count_only_on_one_line() -> None:
    assert hidden_characters("a\nb\tc") == []
    assert reveal("Testikirjasto\nSource: official", line_breaks=True) == "Testikirjasto⟨U+000A⟩Source: official"
    assert is_hidden("a\u2028", 1, line_breaks=True)


def test_in_place_keeps_every_utf16_offset() -> None:
    text = "a\u202eb\U000e0041c😀\u200bd"
    shown = reveal_in_place(text)
    assert shown == f"a{IN_PLACE_SYMBOL}b{IN_PLACE_SYMBOL * 2}c😀{IN_PLACE_SYMBOL}d"
    assert utf16_length(shown) == utf16_length(text)


@given(st.text())
def test_revealed_text_has_nothing_hidden_and_keeps_the_visible_text(text: str) -> None:
    shown = reveal(text)
    assert hidden_characters(shown) == []
    assert utf16_length(reveal_in_place(text)) == utf16_length(text)
    visible = [char for index, char in enumerate(text) if not is_hidden(text, index)]
    assert "".join(visible) == "".join(c for i, c in enumerate(text) if (i, c) not in hidden_characters(text))


def test_every_format_character_of_this_pythons_unicode_is_hidden() -> None:
    missing = [f"U+{code:04X}" for code in range(sys.maxunicode + 1)
               if unicodedata.category(chr(code)) == "Cf" and chr(code) != "\u200d"
               and not is_hidden("a" + chr(code), 1)]
    assert missing == []


def test_names() -> None:
    assert name_of("\u200b") == "U+200B ZERO WIDTH SPACE"
    assert name_of("\x1b") == "U+001B"
