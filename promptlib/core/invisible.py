"""Characters that are pasted but not seen, and how to show them.

A body or a guidance note can carry characters that take no room on screen but travel
with the text: bidi overrides and isolates (`Kiitosviesti \\u202eliam-e\\u202c` shows as
"e-mail"), zero-width spaces and joiners, soft hyphens, the byte-order mark, control
characters, variation selectors and the invisible "tag" characters an AI service reads
as instructions. The preview must show the prompt as it will be pasted, so these are
made visible there and in the guidance; what is copied is never changed.

`reveal()` writes each one as a named marker (`⟨U+202E⟩`), for text nobody counts
offsets in. `reveal_in_place()` puts one visible symbol in place of each UTF-16 unit,
so every offset an editor counts (the guard's findings, the `[Label]` marks) stays
where it was. `hidden_characters()` names them, for a tooltip or a message.

Not hidden: tab and line breaks, ordinary and no-break spaces (they show as space);
a zero-width joiner between two emoji and one emoji/text presentation selector after
a character (they shape what is seen, as in 👩‍💻 and ❤️).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["IN_PLACE_SYMBOL", "hidden_characters", "is_hidden", "name_of", "reveal", "reveal_in_place"]

# Every format character (category Cf, as of Unicode 15.1: tests/unit/core/test_invisible.py
# checks this list against the running Python's Unicode data), the control characters
# but tab and line breaks, and the characters that render as nothing or as a blank
# although they are letters or marks: the combining grapheme joiner, Hangul fillers,
# Mongolian variation selectors, the braille blank and every variation selector.
_CANDIDATE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u115f\u1160\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2800"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]")
# Shown as breaks on screen, so hidden only where a text must stay on one line.
_LINE_BREAKS = re.compile("[\t\n\r\x85\u2028\u2029]")

_ZWJ = "\u200d"
_PRESENTATION = "\ufe0e\ufe0f"
_SKIN_TONES = range(0x1F3FB, 0x1F400)
IN_PLACE_SYMBOL = "\u25cc"  # ◌ DOTTED CIRCLE: where Unicode itself shows "a mark with nothing to hold it"


def _pictographic(char: str) -> bool:
    return unicodedata.category(char) == "So" or ord(char) in _SKIN_TONES


def is_hidden(text: str, index: int, line_breaks: bool = False) -> bool:
    """Whether `text[index]` is pasted but not seen; with *line_breaks*, tabs and line
    breaks count too (for text shown on one line)."""
    char = text[index]
    if line_breaks and _LINE_BREAKS.match(char):
        return True
    if not _CANDIDATE.match(char):
        return False
    if char == _ZWJ:
        before = index - 1
        while before >= 0 and (text[before] in _PRESENTATION or ord(text[before]) in _SKIN_TONES):
            before -= 1
        return not (before >= 0 and index + 1 < len(text)
                    and _pictographic(text[before]) and _pictographic(text[index + 1]))
    if char in _PRESENTATION:
        # One selector after a visible character chooses how it looks; any other is data.
        return index == 0 or bool(_CANDIDATE.match(text[index - 1])) or text[index - 1].isspace()
    return True


_CANDIDATE_OR_BREAK = re.compile(f"{_CANDIDATE.pattern}|{_LINE_BREAKS.pattern}")


def _positions(text: str, line_breaks: bool) -> list[int]:
    pattern = _CANDIDATE_OR_BREAK if line_breaks else _CANDIDATE
    return [m.start() for m in pattern.finditer(text) if is_hidden(text, m.start(), line_breaks)]


def name_of(char: str) -> str:
    """`U+202E RIGHT-TO-LEFT OVERRIDE`; control characters have no name, only the number."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


def hidden_characters(text: str, line_breaks: bool = False) -> list[tuple[int, str]]:
    """(index, character) of every hidden character in *text*, in order."""
    if not _CANDIDATE.search(text) and not (line_breaks and _LINE_BREAKS.search(text)):
        return []
    return [(index, text[index]) for index in _positions(text, line_breaks)]


def _replace(text: str, line_breaks: bool, marker: Callable[[str], str]) -> str:
    found = hidden_characters(text, line_breaks)
    if not found:
        return text
    parts: list[str] = []
    last = 0
    for index, char in found:
        parts.append(text[last:index])
        parts.append(marker(char))
        last = index + 1
    parts.append(text[last:])
    return "".join(parts)


def reveal(text: str, line_breaks: bool = False) -> str:
    """*text* with each hidden character written as `⟨U+XXXX⟩`."""
    return _replace(text, line_breaks, lambda char: f"\u27e8U+{ord(char):04X}\u27e9")


def reveal_in_place(text: str) -> str:
    """*text* with each hidden character shown as IN_PLACE_SYMBOL, once per UTF-16 unit
    it takes (twice for a tag character): the text on screen is as long as the original
    in UTF-16 units, so every position Qt counts in the original (a guard finding, a
    `[Label]` found) is the same position on screen."""
    return _replace(text, False, lambda char: IN_PLACE_SYMBOL * (2 if ord(char) > 0xFFFF else 1))
