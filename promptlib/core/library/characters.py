"""Characters a pack may not hide in its text: invisible, direction-changing and control
characters (library/README.md, "Refused characters").

A title with a zero-width space looks exactly like a built-in one, and a right-to-left
override makes `Kiitosviesti \u202eliam-e\u202c` read as "e-mail". So names people
recognise things by (titles, labels, names, tags, choices, the publisher) may hold
none of them: no control characters (not even a line break, which could forge a line
of the import plan), no format characters (Unicode category Cf: zero-width spaces and
joiners, bidi marks, overrides and isolates, the soft hyphen, the byte-order mark...),
no line or paragraph separators and no characters that draw nothing (Hangul fillers,
the combining grapheme joiner). The one exception is the zero-width joiner inside an
emoji sequence, where it draws a visible combined picture.

Longer text (bodies, guidance, summaries, help) may need line breaks and tabs, and
zero-width characters pasted from real documents are harmless there (they are pasted
as they are), so it is refused only the direction overrides and isolates, which make
text display in another order than it is pasted, and NUL. Other control characters
occur in real prompts (the ASCII separators of multi-file prompts): they are allowed,
shown visibly in the app (core/invisible.py) and escaped on a terminal.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import Problem
from ..problems import problem

# Category Cf as of Unicode 15 (tests/unit/core/library/test_characters.py checks it
# covers every Cf character this Python knows), plus Cc, Zl, Zp and the blank fillers.
_INVISIBLE_RANGES = (
    "\x00-\x1f\x7f-\x9f"                         # controls (Cc)
    "\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f"
    "\u3164\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_ONE_LINE_REFUSED = re.compile(f"[{_INVISIBLE_RANGES}]")
# NUL, and the direction overrides and isolates. Other control characters occur in real
# prompts (the ASCII file and unit separators of multi-file "skill" prompts); they are
# pasted as written, shown as ◌ in the preview and escaped on a terminal.
_TEXT_REFUSED = re.compile("[\x00\u202a-\u202e\u2066-\u2069]")
_ZERO_WIDTH_JOINER = "\u200d"


def _in_emoji(text: str, index: int) -> bool:
    """True for a zero-width joiner between two pictures (👩‍💻: woman, ZWJ, laptop)."""
    if index == 0 or index + 1 >= len(text):
        return False
    before, after = unicodedata.category(text[index - 1]), unicodedata.category(text[index + 1])
    # Before it: a picture, or a variation selector / skin tone that ends one.
    return before in ("So", "Sk", "Mn") and after == "So"


def _character(text: str, index: int) -> dict[str, object]:
    """The parameters of a refused-character problem: which character, and where."""
    character = text[index]
    name = unicodedata.name(character, "")
    shown = f"U+{ord(character):04X} {name}" if name else f"U+{ord(character):04X}, a control character"
    return {"character": shown, "position": index + 1}


def one_line_problem(text: str) -> Problem | None:
    """Why *text* cannot be a title, label, name, tag or choice, or None when it can."""
    if _ONE_LINE_REFUSED.search(text) is None:  # nearly always: one C-speed scan
        return None
    for match in _ONE_LINE_REFUSED.finditer(text):
        if match.group() == _ZERO_WIDTH_JOINER and _in_emoji(text, match.start()):
            continue
        return problem("", "invisible-character", **_character(text, match.start()))
    return None


def text_problem(text: str) -> Problem | None:
    """Why *text* cannot be a body, guidance, summary or help text, or None when it can."""
    match = _TEXT_REFUSED.search(text)
    if match is None:
        return None
    return problem("", "direction-override", **_character(text, match.start()))
