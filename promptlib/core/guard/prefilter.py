"""Whether a text needs the guard's scan at all: the one pre-filter for the app and the CLI.

Every kind the guard finds has a digit (identity codes, phone numbers, IBANs) or an
``@`` (e-mail) in the text the detector reads (`normalise`), so a text without any
character that is or becomes one cannot hold a finding and is not scanned; the guard's
patterns are then not even compiled, which keeps them out of start-up.

"Is or becomes" is every decimal digit of any script (``\\d``: also Arabic-Indic,
fullwidth, mathematical digits) and the characters NFKC turns into digits or ``@``
(superscripts, subscripts, fractions, circled and parenthesised numbers, fullwidth and
small commercial at ...).  The normaliser turns a character into a digit only if this
class knows it, so ``might_hold_data(text) is False`` implies ``scan(text) == []`` by
construction; tests/unit/core/guard/test_prefilter.py checks the class against every
code point of the running Python's Unicode data.
"""

from __future__ import annotations

import re

__all__ = ["might_hold_data"]

# Characters that are not decimal digits but whose NFKC form holds a digit or "@"
# (Unicode 14; the test lists what a newer Unicode adds).
_BECOME_DIGITS_OR_AT = (
    "\u00b2\u00b3\u00b9\u00bc-\u00be\u2070\u2074-\u2079\u2080-\u2089\u2150-\u215f\u2189"
    "\u2460-\u249b\u24ea\u3251-\u325f\u32b1-\u32cb\u3358-\u3370\u3378\u3379\u339f-\u33a6"
    "\u33a8\u33af\u33e0-\u33fe\ufe6b\uff20\U0001f100-\U0001f10a"
)
_MIGHT_HOLD_DATA = re.compile(r"[\d@" + _BECOME_DIGITS_OR_AT + "]")


def might_hold_data(text: str) -> bool:
    """False only if the guard's scan cannot find anything in *text*."""
    return _MIGHT_HOLD_DATA.search(text) is not None
