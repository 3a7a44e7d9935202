"""Invisible, direction-changing and control characters are refused where people
recognise things by their text, and only the display-changing ones in longer text."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from promptlib.core.library.characters import one_line_problem, text_problem


def test_every_format_character_this_python_knows_is_refused_in_one_line_text() -> None:
    missed = [f"U+{code:04X}" for code in range(sys.maxunicode + 1)
              if unicodedata.category(chr(code)) in ("Cf", "Cc", "Zl", "Zp")
              and one_line_problem(f"a{chr(code)}b") is None]
    assert missed == []


@pytest.mark.parametrize(("text", "named"), [
    ("Kiitosviesti \u202eliam-e\u202c", "U+202E RIGHT-TO-LEFT OVERRIDE, at character 14"),
    ("Työpaikka\u200bilmoitus", "U+200B ZERO WIDTH SPACE, at character 10"),
    ("Työpaikka\u2060ilmoitus", "U+2060 WORD JOINER"),
    ("Hakemus\u00ad", "U+00AD SOFT HYPHEN"),
    ("\ufeffOtsikko", "U+FEFF ZERO WIDTH NO-BREAK SPACE, at character 1"),
    ("Otsikko\u3164", "U+3164 HANGUL FILLER"),
    ("Rivi\nLibrary: promptlib", "U+000A, a control character, at character 5"),
    ("Väri\x1b[31m", "U+001B, a control character"),
    ("a\u200db", "U+200D ZERO WIDTH JOINER"),
])
def test_one_line_text_names_the_character_and_where_it_is(text: str, named: str) -> None:
    found = one_line_problem(text)
    assert found is not None and named in found.message and found.message.endswith("remove it")


@pytest.mark.parametrize("text", ["Työpaikkailmoitus", "Kommunikation på svenska", "👩\u200d💻 Kehittäjä",
                                  "❤\ufe0f\u200d🔥 Tuli", "Ærø – “quoted” … 10 000 €", "עברית", "العربية"])
def test_ordinary_text_emoji_sequences_and_right_to_left_scripts_pass(text: str) -> None:
    assert one_line_problem(text) is None
    assert text_problem(text) is None


def test_longer_text_refuses_overrides_isolates_and_nul_but_keeps_what_real_prompts_hold() -> None:
    assert text_problem("Rivi 1\nRivi 2\r\n\tSisennys") is None
    assert text_problem("Leikattu\u200bteksti ja tavu\u00adviiva") is None  # pasted as they are
    # The file and unit separators of real multi-file prompts, and other controls: shown, not refused.
    assert text_problem("tiedosto\x1fFILE:ohje.md\x1e\n# Ohje \x1b \x7f \x85") is None
    for character in ("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
                      "\x00"):
        found = text_problem(f"Hei {character}maailma")
        assert found is not None and f"U+{ord(character):04X}" in found.message and "at character 5" in found.message
