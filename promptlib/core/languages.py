"""The three languages promptlib speaks, and the one way to read a language code.

Finnish comes first: it is the users' language, and the fallback wherever a language
is unknown.
"""

from __future__ import annotations

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"


def normalise_language(code: object) -> str | None:
    """"fi", "sv" or "en" for a language code or locale name ("sv_FI", "en-GB",
    "fi_FI.UTF-8"); None when it names none of them (or is not text at all, as a
    hand-edited setting may be)."""
    if not code or not isinstance(code, str):
        return None
    base = code.split(".")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def language_or_default(code: str | None) -> str:
    """The language *code* names, or Finnish."""
    return normalise_language(code) or DEFAULT_LANGUAGE
