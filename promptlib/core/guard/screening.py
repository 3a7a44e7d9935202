"""The guard applied to a filled form: which typed values hold personal data.

Only `text` and `multiline` values are scanned: they are what the user typed.
Choices come from the template itself and cannot be edited into placeholders;
numbers and dates cannot hold the kinds the guard looks for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import Template

if TYPE_CHECKING:
    from .detection import Finding

# Every kind the guard finds has a digit (codes, numbers, IBANs) or an @ (e-mail), so
# values without either need no scan; the guard's patterns are then not even compiled,
# which keeps them out of start-up.
_MIGHT_HOLD_DATA = re.compile(r"[0-9@\uff10-\uff19\uff20]")

__all__ = ["KIND_NAMES", "SCANNED_TYPES", "ValueFinding", "scan_filled",
           "typed_values"]

SCANNED_TYPES = ("text", "multiline")

# Plain words for the command line (the GUI has its own, translated).
KIND_NAMES = {
    "hetu": "personal identity code",
    "phone": "phone number",
    "email": "e-mail address",
    "iban": "bank account number (IBAN)",
}


class ValueFinding(NamedTuple):
    """One finding in one form field."""

    name: str      # the variable's name
    label: str     # the variable's label, as the user sees it
    finding: Finding


def typed_values(template: Template, values: Mapping[str, Any]) -> dict[str, str]:
    """The values of *template*'s text fields (only declared variables, only strings)."""
    return {variable.name: values[variable.name] for variable in template.variables
            if variable.type in SCANNED_TYPES and isinstance(values.get(variable.name), str)}


def _scan(texts: dict[str, str]) -> dict[str, list[Finding]]:
    texts = {name: text for name, text in texts.items() if _MIGHT_HOLD_DATA.search(text)}
    if not texts:
        return {}
    from . import detection as guard

    return guard.scan_values(texts)


def scan_filled(template: Template, values: Mapping[str, Any]) -> list[ValueFinding]:
    """Findings in the typed values, in the order of the form's fields."""
    found = _scan(typed_values(template, values))
    return [ValueFinding(variable.name, variable.label, finding)
            for variable in template.variables
            for finding in found.get(variable.name, ())]
