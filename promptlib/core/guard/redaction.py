"""What the guard's findings are replaced with: placeholders in the template's
language (the app's "Replace with placeholders", the suggestions of `promptlib
scan`).

Kept apart from `detection`, which only detects; this module decides nothing about
what personal data is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..languages import language_or_default
from .detection import Finding

__all__ = ["PLACEHOLDERS", "redact"]

PLACEHOLDERS: dict[str, dict[str, str]] = {
    "hetu": {"fi": "[HENKILÖTUNNUS]", "sv": "[PERSONBETECKNING]", "en": "[PERSONAL ID]"},
    "phone": {"fi": "[PUHELINNUMERO]", "sv": "[TELEFONNUMMER]", "en": "[PHONE NUMBER]"},
    "email": {"fi": "[SÄHKÖPOSTI]", "sv": "[E-POST]", "en": "[EMAIL]"},
    "iban": {"fi": "[TILINUMERO]", "sv": "[KONTONUMMER]", "en": "[ACCOUNT NUMBER]"},
}


def redact(text: str, findings: Sequence[Finding], language: str) -> str:
    """Replace every finding with its placeholder in *language*.

    *language* is "fi", "sv" or "en" (a locale such as "sv_FI" works too);
    anything else falls back to Finnish.  Findings must come from `scan` of the
    same text: a finding whose text no longer matches raises ValueError.
    """
    lang = language_or_default(language)
    parts = []
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if text[finding.start:finding.end] != finding.text:
            raise ValueError(f"finding {finding!r} does not match the text")
        if finding.start < position:
            raise ValueError(f"finding {finding!r} overlaps the previous one")
        parts.append(text[position:finding.start])
        parts.append(PLACEHOLDERS[finding.kind][lang])
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)
