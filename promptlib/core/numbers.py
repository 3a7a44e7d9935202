"""Numbers as a user types and reads them: `10 000 000 000` and `2,5` in Finnish and
Swedish, `10,000,000,000` and `2.5` in English; up to 10^15 either way.

The form's number field reads and shows numbers with these rules; what the prompt
says is `render.values.format_value`'s.
"""

from __future__ import annotations

import re
from typing import NamedTuple

LIMIT = 1e15  # beyond this a float no longer holds every whole number exactly
# Spaces a number may be grouped with: ordinary, no-break and narrow no-break (Qt's fi locale).
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f]")
_NUMBER_CHARACTERS = re.compile(r"[0-9 \u00a0\u202f.,+\-−]*")
_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DOT_GROUPS = re.compile(r"[+-]?\d{1,3}(\.\d{3}){2,}(,\d+)?")    # 10.000.000 (fi, sv)
_COMMA_GROUPS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")     # 10,000,000 (en)
MAX_TYPED_LENGTH = 32

# Problems, as codes the UI words in its own language.
NOT_A_NUMBER = "not-a-number"
TOO_LARGE = "too-large"
BELOW_MINIMUM = "below-minimum"
ABOVE_MAXIMUM = "above-maximum"


class NumberReading(NamedTuple):
    """What a typed number means: *value* (int when whole) or None, and the *problem*
    ("" for a number or an empty text, else one of the codes above)."""

    value: int | float | None
    problem: str


def read_number(text: str, language: str, minimum: float | None = None,
                maximum: float | None = None) -> NumberReading:
    """The number in *text* as a user of *language* writes it, held to *minimum*..*maximum*."""
    cleaned = _GROUP_SPACES.sub("", text.strip()).replace("−", "-")
    if not cleaned:
        return NumberReading(None, "")
    if language == "en":
        plain = cleaned.replace(",", "") if _COMMA_GROUPS.fullmatch(cleaned) else cleaned.replace(",", ".")
    else:
        plain = cleaned.replace(".", "") if _DOT_GROUPS.fullmatch(cleaned) else cleaned
        plain = plain.replace(",", ".")
    if not _PLAIN.fullmatch(plain):
        return NumberReading(None, NOT_A_NUMBER)
    number: int | float = float(plain)
    if abs(number) > LIMIT:
        return NumberReading(None, TOO_LARGE)
    if float(number).is_integer():
        number = int(number)
    if minimum is not None and number < minimum:
        return NumberReading(number, BELOW_MINIMUM)
    if maximum is not None and number > maximum:
        return NumberReading(number, ABOVE_MAXIMUM)
    return NumberReading(number, "")


def could_be_typed(text: str) -> bool:
    """Whether *text* only holds what a number is typed with (so a keystroke is kept)."""
    return len(text) <= MAX_TYPED_LENGTH and _NUMBER_CHARACTERS.fullmatch(text) is not None


def format_number(number: float, language: str) -> str:
    """*number* grouped in thousands as a user of *language* reads it."""
    whole = float(number).is_integer()
    text = f"{int(number):,}" if whole else f"{number:,}"
    if language == "en":
        return text
    # Python groups with "," and marks decimals with "."; Finnish and Swedish use a
    # no-break space (a number never breaks across lines) and a comma.
    return text.replace(",", "\u00a0").replace(".", ",")


def plain(number: float) -> str:
    """*number* with no grouping, as the command line and error messages write it."""
    return str(int(number)) if float(number).is_integer() else str(number)
