"""The text the guard's patterns read: disguises undone, with a way back to the user's text.

People and systems write identity codes, phone numbers and account numbers with
characters that look right but are not the ASCII ones the patterns expect: an en dash or
a minus sign for the century sign, fullwidth digits, a Cyrillic Te as the check
character, a soft hyphen or a zero-width space inside the code (copied from a web page
or a word processor, or put there on purpose). `normalise` builds the view the
detector matches against, character by character:

* NFKC (fullwidth and mathematical digits and letters become ASCII, no-break and other
  spaces become a space, superscripts become digits), and the digits of every script
  (Arabic-Indic, Devanagari ...) become ASCII digits,
* format characters (Unicode category Cf: soft hyphen, zero-width space/joiners, word
  joiner, byte-order mark, bidi controls) are dropped,
* every dash and minus look-alike (category Pd, U+2212 and friends) becomes ``-``,
* Cyrillic and Greek letters that look like Latin ones become the Latin letter.

A character that NFKC would turn into a digit or ``@`` is normalised only if the
guard's pre-filter (`prefilter.might_hold_data`) knows it, so the pre-filter and the
scanner agree by construction, whatever Unicode version Python brings.

Finding offsets in the view are mapped back with `OffsetMap.span`, so a finding covers
the user's original characters (the dropped ones inside it included) and highlights and
redaction work on the text as typed.  Text that needs no change (most text) costs one
regular-expression pass and keeps its offsets.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from .prefilter import might_hold_data

__all__ = ["OffsetMap", "normalise"]

# Dashes that are not in category Pd (which is handled as a whole).
_OTHER_DASHES = "\u2212\u02d7\u2043\u2796\u2e3a\u2e3b\ufe58\ufe63"

# Letters of other scripts that look like the Latin letters of identity codes and IBANs.
_LOOKALIKES = {
    **dict(zip(  # Cyrillic capitals, then small letters
        "\u0410\u0412\u0421\u0415\u041d\u0406\u0408\u041a\u041c\u041e\u0420\u0405\u0422\u0425"
        "\u0423\u04ae\u0500\u051a\u051c"
        "\u0430\u0441\u0435\u04bb\u0456\u0458\u043e\u0440\u0455\u0445\u0443\u04af\u0501\u051b"
        "\u051d",
        "ABCEHIJKMOPSTXYYDQW" "acehijopsxyydqw", strict=True)),
    **dict(zip(  # Greek capitals, then small letters
        "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4\u03a5\u03a7"
        "\u03bf\u03ba\u03bd",
        "ABEZHIKMNOPTYX" "okv", strict=True)),
}

# Printable ASCII, the usual white space and the Latin letters of Finnish, Swedish and
# their neighbours need no look: only the other characters go through `_view_of`.
# (U+0132/0133, U+013F/0140, U+0149 and U+017F are left out: NFKC changes them.)
_NEEDS_A_LOOK = re.compile(
    "[^\t\n\r\x20-\x7e\u00c0-\u00ff\u00a7\u00b0\u00ab\u00bb\u20ac\u2018-\u201d"
    "\u0100-\u0131\u0134-\u013e\u0141-\u0148\u014a-\u017e]")

_VIEWS: dict[str, str] = {}


def _view_of(character: str) -> str:
    """What *character* reads as in the view: "" (dropped), itself, or its look-alike."""
    view = _VIEWS.get(character)
    if view is not None:
        return view
    if unicodedata.category(character) == "Cf":
        view = ""
    elif character.isdecimal():  # a digit of any script: the ASCII digit it is
        view = str(unicodedata.decimal(character))
    else:
        view = unicodedata.normalize("NFKC", character)
        if view != character and might_hold_data(view) and not might_hold_data(character):
            view = character  # a digit the pre-filter does not know: see the module doc
        view = "".join("-" if c in _OTHER_DASHES or unicodedata.category(c) == "Pd"
                       else " " if unicodedata.category(c) == "Zs"
                       else _LOOKALIKES.get(c, c) for c in view)
    if len(_VIEWS) < 100_000:  # a cache of the characters seen; bounded
        _VIEWS[character] = view
    return view


class OffsetMap(NamedTuple):
    """From offsets in the view back to offsets in the original text.

    The view is made of segments: runs copied one to one, and expansions (one original
    character that became several, such as a fraction: one half is three characters in NFKC).  `views[i]` is where segment
    i starts in the view, `originals[i]` where it starts in the original, and
    `expanded[i]` whether it is an expansion.  No segments: offsets are the same.
    """

    views: list[int]
    originals: list[int]
    expanded: list[bool]

    def _original_of(self, index: int) -> int:
        """The original character that view character *index* came from."""
        segment = bisect_right(self.views, index) - 1
        if segment < 0:
            return index
        if self.expanded[segment]:
            return self.originals[segment]
        return self.originals[segment] + index - self.views[segment]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view's [start, end) (end > start): from the first
        character's original to just after the last one's."""
        if not self.views:
            return start, end
        return self._original_of(start), self._original_of(end - 1) + 1


_IDENTITY = OffsetMap([], [], [])


def normalise(text: str) -> tuple[str, OffsetMap]:
    """The view of *text* the detector reads, and the map back (see the module doc)."""
    seen = set(_NEEDS_A_LOOK.findall(text))
    if not seen:
        return text, _IDENTITY
    # One-for-one replacements (dashes, look-alike letters, fullwidth digits ...) keep
    # every offset and are done with str.replace; only characters that are dropped or
    # expand need the walk below, which records where offsets shift.
    view = text
    resizing = []
    for character in seen:
        replacement = _view_of(character)
        if replacement == character:
            continue
        if len(replacement) == 1:
            view = view.replace(character, replacement)
        else:
            resizing.append(character)
    if not resizing:
        return view, _IDENTITY
    pieces: list[str] = []
    views: list[int] = []
    originals: list[int] = []
    expanded: list[bool] = []
    copied = 0        # text before this offset is in `pieces`
    view_length = 0   # length of the view built so far
    for match in re.finditer("[" + "".join(map(re.escape, sorted(resizing))) + "]", view):
        index = match.start()
        replacement = _view_of(text[index])
        pieces.append(view[copied:index])
        view_length += index - copied
        pieces.append(replacement)
        if replacement:
            views.append(view_length)
            originals.append(index)
            expanded.append(True)
        view_length += len(replacement)
        # The run after it starts one original character later.
        views.append(view_length)
        originals.append(index + 1)
        expanded.append(False)
        copied = index + 1
    pieces.append(view[copied:])
    return "".join(pieces), OffsetMap(views, originals, expanded)
