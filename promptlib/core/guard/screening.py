"""The guard applied to a filled form: which typed values hold personal data.

Only `text` and `multiline` values are scanned: they are what the user typed.
Choices come from the template itself and cannot be edited into placeholders;
numbers and dates cannot hold the kinds the guard looks for.  What is scanned is the
text the value renders as (`render.values.text_value`), whatever its JSON type, so
nothing reaches the prompt unscanned.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import InvalidValueError
from ..model import Template
from ..render.values import text_value
from .prefilter import might_hold_data

if TYPE_CHECKING:
    from .detection import Finding

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
    """The text of *template*'s text fields, as the prompt would show it (only declared
    variables; offsets in it are offsets in the field, as typed)."""
    texts = {}
    for variable in template.variables:
        raw = values.get(variable.name)
        if variable.type not in SCANNED_TYPES or raw is None:
            continue
        try:
            texts[variable.name] = text_value(variable, raw)
        except InvalidValueError:
            texts[variable.name] = str(raw)  # refused when rendered; scanned all the same
    return texts


def _scan(texts: dict[str, str]) -> dict[str, list[Finding]]:
    texts = {name: text for name, text in texts.items() if might_hold_data(text)}
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
