"""Sensitive-data detector: Finnish identity codes, phone numbers, e-mail, IBANs.

Pure Python (stdlib only, no Qt). `scan` first builds the normalised view of the text
(`normalise`: NFKC, format characters dropped, dash and letter look-alikes mapped), then
finds candidates in the view with compiled regular expressions and one `str.find` loop,
each starting at a cheap anchor (the century sign of an identity code, ``+``/``(``/``0``
of a phone number, an upper-case letter of an IBAN, the ``@`` of an e-mail address),
validates every candidate in Python (calendar date and check character for identity
codes, mod-97 and country length for IBANs, digit counts for phone numbers), settles
overlaps, and maps each finding back to the original text.  Every repetition is bounded
or unambiguous and every step is linear, so there is no catastrophic backtracking and no
quadratic chain (tests/unit/core/guard/test_detection_corpus.py); 1 MB of number-heavy
text scans in about 35 ms (tests/benchmarks/bench_guard.py).

Decisions (documented here and tested in tests/unit/core/guard/test_detection*.py):

* Henkilötunnus: DDMMYYCZZZQ with century signs ``+`` (1800s), ``-YXWVU``
  (1900s) and ``ABCDEF`` (2000s, the 2023 reform).  The date must exist (leap years
  follow the Gregorian rules, so 29.02.1900 is invalid and 29.02.2000 valid) and the
  check character must match.  The individual number must be 002–999: 000 and 001 are
  never issued; 900–999 are the temporary codes hospitals and authorities give (and
  DVV's test codes), which identify a person just as well.  The one constant to change
  is `_INDIVIDUAL_NUMBERS`.  Lower-case century signs and check characters are accepted
  (``131052a308t``): people type codes in lower case, and the check character keeps
  false alarms as rare as for upper case.  Future birth dates are not rejected.
  Disguises are seen through: any dash look-alike as the sign, fullwidth or Cyrillic
  characters, soft hyphens and zero-width characters (all by `normalise`); a line wrap
  between any two characters, one space between the date's pairs (``13 10 52-308T``)
  and up to two spaces around a ``-`` or ``+`` sign.  A code may be glued to a letter
  or ``_`` (``hetu_131052-308T``) but not to other digits (a longer number is not a
  code), nor be part of a run of 16 or more hex digits (a hash or an id).
* IBAN: only countries in `IBAN_LENGTHS` (so ISO 11649 ``RF`` creditor
  references, which use the same mod-97 check, are not reported), the length
  must match the country and the mod-97 check must give 1.  Written with or
  without single spaces (any grouping).  Upper case only, as IBANs are printed;
  `is_valid_iban` follows the same rule.
* Phone numbers: see `_PHONE_RE` below.  A national number
  needs a real Finnish prefix (mobile 04x/050, area codes 02 03 05 06 08 09
  013–019, service numbers 010 020 029 030 0600 0700 0800) and 5–8 subscriber
  digits; an international one needs ``+`` or ``00`` and 8–15 digits in total.
  Groups may be separated by single spaces, no-break spaces or hyphens (not
  dots, so dates and times never match); in the view any dash look-alike is a hyphen
  and zero-width characters are gone.  Numbers glued to other digits or
  followed by a currency/percent sign are not reported, nor are dd-mm-yyyy
  dates or text shaped like an identity code (040651-2421): a code with a wrong
  check character must not resurface as a phone number.  Too many digits: one
  trailing group may be dropped ("040 123 4567 2026" gives the number); longer
  digit structures are not phone numbers.
* Overlaps: e-mail > IBAN > henkilötunnus > phone.  A lower-ranked candidate
  overlapping an accepted one is dropped, so nothing is reported twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from .normalise import normalise

__all__ = [
    "IBAN_LENGTHS",
    "KINDS",
    "Finding",
    "is_valid_hetu",
    "is_valid_iban",
    "line_and_column",
    "scan",
    "scan_values",
]

KINDS = ("hetu", "phone", "email", "iban")


class Finding(NamedTuple):
    """One finding: its kind, and where it is in the scanned text (as the user wrote it)."""

    kind: str
    start: int    # offset of its first character
    end: int      # just after its last character
    text: str     # text[start:end]


# Which kind wins when two candidates overlap (lower wins).
_PRIORITY = {"email": 0, "iban": 1, "hetu": 2, "phone": 3}

# --------------------------------------------------------------------------
# Henkilötunnus
# --------------------------------------------------------------------------

_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {
    "+": 1800,
    "-": 1900, "Y": 1900, "X": 1900, "W": 1900, "V": 1900, "U": 1900,
    "A": 2000, "B": 2000, "C": 2000, "D": 2000, "E": 2000, "F": 2000,
}
_INDIVIDUAL_NUMBERS = range(2, 1000)  # 002–999; see the module docstring
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_HETU_SHAPE = re.compile(r"\d{6}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]")

# In the normalised view (`normalise`): a line wrap may fall between any two
# characters of a code (systems wrap at a fixed width), one space may part the date's
# pairs (13 10 52), and up to two spaces may stand around a - or + sign.  Every gap is
# bounded, so an attempt costs O(1) and the scan stays linear.
_WRAP = r"[ \t]{0,4}(?:\r\n?|[\n\x0b\x0c\x85\u2028\u2029])[ \t]{0,8}"
_G0 = rf"(?:{_WRAP})?"
_G1 = rf"(?:{_WRAP}|[ \t]?)"
_G2 = rf"(?:{_WRAP}|[ \t]{{0,2}})"
# Starts at a digit that does not continue another number (glued to a letter or _ is
# fine: "hetu_131052-308T"); ends at a check character not followed by a digit.
_HETU_RE = re.compile(
    rf"\d(?<!\d\d){_G0}\d{_G1}\d{_G0}\d{_G1}\d{_G0}\d"
    rf"(?:{_G2}[-+]{_G2}|{_G0}[A-FU-Ya-fu-y]{_G0})"
    rf"\d{_G0}\d{_G0}\d{_G0}[\dA-Ya-y](?!\d)"
)
_WHITE = re.compile(r"\s+")
_HEX = frozenset("0123456789abcdefABCDEF")


def _inside_a_hex_string(view: str, start: int, end: int) -> bool:
    """A code-shaped piece of a hash or an id ("…deadbeef131052a308f…"): all hex
    digits, glued to more of them, 16 or more in a row.  Looks 16 characters either side
    at most, so this costs O(1)."""
    if not all(character in _HEX for character in view[start:end]):
        return False
    left = start
    while left > max(0, start - 16) and view[left - 1] in _HEX:
        left -= 1
    right = end
    while right < min(len(view), end + 16) and view[right] in _HEX:
        right += 1
    return right - left >= 16 and (left < start or right > end)


# A century sign after six digits or gaps and before a digit or a gap: the engine jumps
# from sign to sign (rarer than digits), and `_date_start` walks back over the date.
_SIGN_SPOT = re.compile(r"[-+A-FU-Ya-fu-y](?<=[\d\s]{6}.)(?=[\d\s])")
_GAP_CHARACTERS = frozenset(" \t\r\n\x0b\x0c\x85\u2028\u2029")
_LONGEST_DATE = 6 + 6 * 14  # six digits and their gaps (see _WRAP): a bound, not a rule


def _date_start(view: str, sign: int, floor: int) -> int | None:
    """Where the six date digits before *sign* begin (gaps skipped; not before *floor*)."""
    digits = 0
    index = sign
    limit = max(floor, sign - _LONGEST_DATE)
    while index > limit:
        character = view[index - 1]
        if character.isdecimal():
            digits += 1
            index -= 1
            if digits == 6:
                return index
        elif character in _GAP_CHARACTERS:
            index -= 1
        else:
            return None
    return None


def _hetu_spans(view: str) -> list[tuple[int, int]]:
    found = []
    done = 0  # end of the last code found
    for spot in _SIGN_SPOT.finditer(view):
        start = _date_start(view, spot.start(), done)
        if start is None:
            continue
        match = _HETU_RE.match(view, start)
        if match is None:
            continue
        code = _WHITE.sub("", match.group())
        if _hetu_ok(code) and (code != match.group() or not _inside_a_hex_string(view, *match.span())):
            found.append(match.span())
            done = match.end()
    return found


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _hetu_ok(code: str) -> bool:
    """Validate an 11-character string already known to have the hetu shape."""
    century = _CENTURY.get(code[6].upper())
    if century is None:
        return False
    day, month = int(code[0:2]), int(code[2:4])
    year = century + int(code[4:6])
    if not 1 <= month <= 12 or day < 1:
        return False
    days = 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]
    if day > days:
        return False
    if int(code[7:10]) not in _INDIVIDUAL_NUMBERS:
        return False
    return _HETU_CHECK[int(code[0:6] + code[7:10]) % 31] == code[10].upper()


def is_valid_hetu(code: str) -> bool:
    """True if *code* is exactly one valid personal identity code (see module doc)."""
    return _HETU_SHAPE.fullmatch(code) is not None and _hetu_ok(code)


# --------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------

IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}

_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")
# Country code, check digits, then up to 30 more characters with optional
# single spaces.  `[ \xa0]?` and `[A-Z0-9]` never overlap, so matching is linear.
_IBAN_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]\d\d(?:[ \xa0]?[A-Z0-9]){11,30}")


_LETTER_VALUES = {ord(letter): str(value) for value, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10)}


def _mod97_ok(compact: str) -> bool:
    return int((compact[4:] + compact[:4]).translate(_LETTER_VALUES)) % 97 == 1


def is_valid_iban(code: str) -> bool:
    """True if *code* (upper case, spaces allowed) is a valid IBAN of a known country."""
    compact = code.replace(" ", "")
    if _IBAN_SHAPE.fullmatch(compact) is None:
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    return _mod97_ok(compact)


def _iban_candidate(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    start = match.start()
    length = IBAN_LENGTHS.get(text[start:start + 2])
    if length is None:
        return None
    # End just after the `length`-th character that is not a space.
    stop = match.end()
    characters = [i for i in range(start, stop) if text[i] not in " \xa0"]
    if len(characters) < length:
        return None
    end = characters[length - 1] + 1
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return None
    compact = text[start:end].replace(" ", "").replace("\xa0", "")
    return (start, end) if _mod97_ok(compact) else None


# --------------------------------------------------------------------------
# Phone numbers
# --------------------------------------------------------------------------

_SEP = r"[ \xa0\-]"
# Checked right after the first character (+, ( or 0) has been consumed, which
# lets the engine jump between those characters instead of trying every
# position: not glued to a word or a plus sign, and not continuing a number
# such as 12.040 or 2026-04-05.
_LEFT = r"(?<![\w+].)(?<!\d[.,/:\-].)"
# Not followed by a word character or by a separator and a digit (dates,
# decimals, Y-tunnus 0201256-6 ...).
_RIGHT = r"(?![\w]|[.,/:\-]\d)"
# Prefixes without their leading 0 (which the pattern has already consumed).
_MOBILE = r"4\d|50"  # 040-049, 050
_LANDLINE = r"[678]00|[123]0|29|1[3-9]|[235689]"  # 0600/0700/0800, 010/020/030, 029, 013-019, 02...09

# Finnish national numbers: 040 123 4567, 0401234567, 044-123 45 67,
# 0400 123 456, 09 123 4567, (09) 1234 567, 02 234 5678, 013 123 456,
# 029 497 000, 0800 123 456.  A landline subscriber number never starts with 0.
# Later groups have at least two digits, so a Y-tunnus (0201256-6) never matches.
_NATIONAL_TAIL = r"\d{0,9}(?:" + _SEP + r"\d{2,9}){0,5}"
# International: +358 40 123 4567, +358401234567, +358 (0)40 123 4567,
# 00358 40 123 4567, +46 8 123 456 78, +44 20 7946 0958, +1 (212) 555-1234,
# 0046 8 123 456 78 (other than 00358, a 00 number needs a separator after the
# country code so that long order numbers starting with 00 are left alone).
_INTERNATIONAL_TAIL = (
    r"\d{0,14}(?:" + _SEP + r"?\(\d{1,4}\)" + _SEP + r"?\d{1,14})?(?:" + _SEP + r"\d{1,14}){0,7}"
)
# Every repetition is bounded and separated by a mandatory separator, so a
# failed attempt costs O(1) and long runs such as "040 040 040 ..." stay linear.
_PHONE_RE = re.compile(
    r"(?:\+" + _LEFT + r"(?P<plus>[1-9]" + _INTERNATIONAL_TAIL + r")"
    r"|\(" + _LEFT + r"0(?:(?P<pm>" + _MOBILE + r")\)" + _SEP + r"?\d"
    r"|(?P<pl>" + _LANDLINE + r")\)" + _SEP + r"?[1-9])" + _NATIONAL_TAIL +
    r"|0" + _LEFT + r"(?:0(?P<zz>358|[1-9]\d{0,2}(?=" + _SEP + r"))" + _INTERNATIONAL_TAIL +
    r"|(?:(?P<m>" + _MOBILE + r")" + _SEP + r"?\d|(?P<l>" + _LANDLINE + r")" + _SEP + r"?[1-9])"
    + _NATIONAL_TAIL + r"))" + _RIGHT
)
# Amounts and shares: "+12 500 000 €", "+12 345 678 euroa", "040 123 4567 %".
_AMOUNT_AFTER = re.compile(
    r"[ \xa0]?(?:[€%‰$£]|eur(?:o\w*)?\b|mk\b|kpl\b|snt\b)", re.IGNORECASE
)
# dd-mm-yyyy / dd/mm/yyyy dates that happen to begin with an area code.
_DATE_LIKE = re.compile(r"(?:0[1-9]|[12]\d|3[01])[-/](?:0?[1-9]|1[0-2])[-/](?:19|20)\d\d")
# Shaped like a henkilötunnus (DDMMYY-NNNC with a digit check character): such
# text is judged by the identity-code rules only, never reported as a phone.
_HETU_LIKE = re.compile(r"\d{6}-\d{4}")
_DIGIT_RUN = re.compile(r"\d+")


def _group_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(end offset, digits counted so far) at the end of every digit group."""
    result = []
    digits = 0
    for run in _DIGIT_RUN.finditer(text, start, end):
        digits += run.end() - run.start()
        result.append((run.end(), digits))
    return result


def _phone_candidate(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    start, end = match.start(), match.end()
    if end - start < 7:  # fewer than 7 digits: postal codes, "0800" ...
        return None
    if text[start] == "+" or match.group("zz") is not None:
        body_start = start + (1 if text[start] == "+" else 2)
        ends = _group_ends(text, body_start, end)
        trunk = text.find("(0)", body_start, end)
        if trunk != -1:  # the "(0)" of +358 (0)40 ... is not part of the number
            ends = [(e, d - 1 if e > trunk else d) for e, d in ends if e != trunk + 2]
        low, high = 8, 15
        if text[start] == "0":  # 00 is a weaker sign than +: no trimming below
            ends = ends[-1:]
    else:
        prefix = match.group("m") or match.group("l") or match.group("pm") or match.group("pl")
        skip = len(prefix) + 1  # the leading 0 is outside the group
        ends = [(e, d - skip) for e, d in _group_ends(text, start, end)]
        low, high = 5, 8
    # Too many digits: drop one trailing group (a year or a count written
    # after the number).  Longer digit structures (reference numbers, grouped
    # account numbers) are not phone numbers.
    for group_end, digits in reversed(ends[-2:]):
        if digits <= high:
            if digits < low:
                return None
            end = group_end
            break
    else:
        return None
    if _AMOUNT_AFTER.match(text, end):
        return None
    if _DATE_LIKE.fullmatch(text, start, end) or _HETU_LIKE.fullmatch(text, start, end):
        return None
    return start, end


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------

_EMAIL_DOMAIN = re.compile(
    r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}(?![\w-])"
)
# A character that cannot be in the local part (letters, digits and ._%+- can).
_NOT_LOCAL = re.compile(r"[^\w.%+-]")


def _email_candidates(text: str) -> list[tuple[int, int]]:
    found = []
    at = text.find("@")
    while at != -1:
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if domain is not None:
            # The local part: back from the @ to the last character that cannot be in it,
            # 64 characters at most (searched in the reversed piece, in C).
            limit = max(0, at - 64)
            stop = _NOT_LOCAL.search(text[limit:at][::-1])
            start = limit if stop is None else at - stop.start()
            while start < at and text[start] == ".":
                start += 1
            if start < at:
                found.append((start, domain.end()))
                at = text.find("@", domain.end())
                continue
        at = text.find("@", at + 1)
    return found


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def _resolve(candidates: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """Drop candidates overlapping a better one; keep the rest sorted by start.

    Candidates are (start, end, priority, kind).  The better of two overlapping
    candidates has the higher priority (lower number), then the earlier start, then the
    greater length.  One pass per priority against what the better ones kept (sorted
    and disjoint, so one pointer walks it), which keeps long chains of overlapping
    candidates (e-mail addresses sharing their local parts ...) linear.
    """
    kept: list[tuple[int, int, int, str]] = []
    for priority in sorted({candidate[2] for candidate in candidates}):
        ranked = sorted((c for c in candidates if c[2] == priority), key=lambda c: (c[0], -c[1]))
        chosen = []
        better = 0          # kept[better] is the first kept candidate that may overlap
        chosen_end = -1     # end of the last chosen candidate of this priority
        for candidate in ranked:
            start, end = candidate[0], candidate[1]
            if start < chosen_end:
                continue
            while better < len(kept) and kept[better][1] <= start:
                better += 1
            if better < len(kept) and kept[better][0] < end:
                continue
            chosen.append(candidate)
            chosen_end = end
        kept = sorted(kept + chosen)  # two sorted runs: merged in linear time
    return kept


def scan(text: str) -> list[Finding]:
    """All sensitive items in *text*, sorted by start, never overlapping.

    The patterns read the normalised view of *text* (`normalise`); each finding's
    offsets and text are those of *text* itself, so it covers the characters as typed.
    """
    view, offsets = normalise(text)
    candidates: list[tuple[int, int, int, str]] = [
        (start, end, _PRIORITY["email"], "email") for start, end in _email_candidates(view)
    ]
    for match in _IBAN_RE.finditer(view):
        span = _iban_candidate(view, match)
        if span is not None:
            candidates.append((span[0], span[1], _PRIORITY["iban"], "iban"))
    for start, end in _hetu_spans(view):
        candidates.append((start, end, _PRIORITY["hetu"], "hetu"))
    for match in _PHONE_RE.finditer(view):
        span = _phone_candidate(view, match)
        if span is not None:
            candidates.append((span[0], span[1], _PRIORITY["phone"], "phone"))
    findings: list[Finding] = []
    for view_start, view_end, _, kind in _resolve(candidates):
        start, end = offsets.span(view_start, view_end)
        if findings and start < findings[-1].end:
            # Two findings from one original character (a fraction expands to three): one
            # finding, so that redaction never sees an overlap.
            previous = findings.pop()
            start = previous.start
            kind = previous.kind
        findings.append(Finding(kind, start, end, text[start:end]))
    return findings


def scan_values(values: Mapping[str, str]) -> dict[str, list[Finding]]:
    """Scan every form field; only fields with findings appear in the result."""
    result = {}
    for name, value in values.items():
        findings = scan(value)
        if findings:
            result[name] = findings
    return result


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and 0-based column of *offset* in *text* (lines end at "\\n")."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside 0..{len(text)}")
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1)
    return line, column
