"""Errors that reach the user. Each carries a message fit to show as it is."""

from __future__ import annotations

from typing import NamedTuple

# How much of a name or value a message quotes: enough to recognise it, never a
# five-million-character field name on one line.
SHORTEN_LIMIT = 80


def shorten(text: object, limit: int = SHORTEN_LIMIT) -> str:
    """*text* as it may appear in a message: at most about *limit* characters, the
    rest replaced by "…" and the full length, e.g. `aaaa… (5,000,000 characters)`."""
    text = str(text)
    if len(text) <= limit:
        return text
    return f"{text[:max(limit - 24, 8)]}… ({len(text):,} characters)"


def describe_kind(value: object) -> str:
    """What a JSON value is, in a curator's words ("a list", "a string")."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


class PromptlibError(Exception):
    """Base for every error caused by input or environment, never by a bug.

    `problem`, when set, is the same error as a coded problem (`core/problems.py`), so a
    UI can word it in its own language; the message stays the command line's English."""

    problem: Problem | None = None


# Small immutable records loaded at start-up are NamedTuples rather than frozen
# dataclasses: on Python 3.11 defining a frozen dataclass compiles six methods, about
# 1 ms a class (a NamedTuple: 0.15 ms); the fifteen replaced cost ~13 ms of start-up.
class Problem(NamedTuple):
    """One thing wrong in a library file, with where it is.

    *message* is English (the CLI's words); *code* and *params* say the same for a
    UI that words it in its own language (`core/problems.py` lists the codes)."""

    location: str
    message: str
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()

    @property
    def values(self) -> dict[str, str]:
        """The parameters by name, e.g. {"limit": "2000"}."""
        return dict(self.params)

    def __str__(self) -> str:
        # A location holds names from the file (`templates[0].<key>`): shortened, so a
        # hostile key cannot flood the terminal; a message is capped as a last resort.
        location, message = shorten(self.location, 200), shorten(self.message, 1000)
        return f"{location}: {message}" if self.location else message


class LibraryError(PromptlibError):
    """A library pack that cannot be used; `problems` lists every reason found."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        first = problems[0] if problems else Problem("", "invalid library", "invalid-library")
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{source}:{first}{more}")

    def lines(self) -> list[str]:
        """The problems as `PATH:LOCATION: message` lines (the CLI contract)."""
        return [f"{self.source}:{problem}" if problem.location else f"{self.source}: {problem}"
                for problem in self.problems]


class RenderError(PromptlibError):
    """A template that cannot be rendered (unsafe, too large, too slow)."""


class MissingValuesError(RenderError):
    """Required form fields left empty; `names` are the variable names."""

    def __init__(self, names: list[str], labels: list[str]) -> None:
        self.names = names
        self.labels = labels
        super().__init__("missing required values: " + ", ".join(names))


class InvalidValueError(RenderError):
    """A value that does not fit its variable's type (a number that is not one...)."""

    def __init__(self, name: str, message: str) -> None:
        self.name = name
        super().__init__(f"{name}: {message}")


class StoreError(PromptlibError):
    """The local database cannot be read or written."""
