"""Dates as a user types and reads them: Finnish and Swedish `15.12.2026`, ISO everywhere.

One rule for the form's date field (what it accepts, how it shows a date) and for
reading dates from values files. English reads ISO only: `5.12.2026` is the 5th of
December to a Finn and May the 12th to many English readers, so the English UI asks
for the form nobody misreads.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# What can appear while a date is being typed: digits and the two separators.
_DATE_CHARACTERS = re.compile(r"[0-9.\- ]*")
MAX_TYPED_LENGTH = 12  # "15.12.2026" or "2026-12-15", with room for stray spaces


class DateReading(NamedTuple):
    """What a typed date text means: *value* when it is a date; else None, and *problem*
    says why ("" for an empty text, "not-a-date" for anything else)."""

    value: date | None
    problem: str


EMPTY = DateReading(None, "")


def accepts_day_month_year(language: str) -> bool:
    return language in ("fi", "sv")


def read_date(text: str, language: str) -> DateReading:
    """The date in *text* as a user of *language* writes it (see the module's doc)."""
    text = text.strip()
    if not text:
        return EMPTY
    match = _ISO.fullmatch(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    else:
        match = _DAY_MONTH_YEAR.fullmatch(text) if accepts_day_month_year(language) else None
        if match is None:
            return DateReading(None, "not-a-date")
        day, month, year = (int(part) for part in match.groups())
    try:
        return DateReading(date(year, month, day), "")
    except ValueError:  # 31.2.2026, 0.1.2026, month 13
        return DateReading(None, "not-a-date")


def read_any_date(text: str) -> date | None:
    """A date in either form (values files and the command line), or None."""
    return read_date(text, "fi").value


def could_be_typed(text: str) -> bool:
    """Whether *text* only holds what a date is typed with (so a keystroke is kept)."""
    return len(text) <= MAX_TYPED_LENGTH and _DATE_CHARACTERS.fullmatch(text) is not None


def format_date(value: date, language: str) -> str:
    """*value* as the date field shows it to a user of *language*."""
    return f"{value.day}.{value.month}.{value.year}" if accepts_day_month_year(language) else value.isoformat()
