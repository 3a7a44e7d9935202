"""The decision before a prompt leaves for the clipboard, for the app and the CLI alike.

The guard screens what the user typed (`screening`); this module turns that into the
one decision both front ends show: what was found, whether the organisation lets the
user copy anyway, and the values with placeholders that would make the prompt safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ..languages import language_or_default
from ..model import Template
from ..policy import Policy
from .screening import ValueFinding, scan_filled, typed_values

if TYPE_CHECKING:  # detection compiles the guard's patterns: not at start-up
    from .detection import Finding


class CopyCheck(NamedTuple):
    findings: list[ValueFinding]     # in the order of the form's fields
    copy_anyway_allowed: bool        # may the user copy despite the findings? (policy)
    redacted: dict[str, str]         # field name -> its value with placeholders
    language: str                    # the placeholders' language (the template's)

    def placeholder(self, item: ValueFinding) -> str:
        """What replaces *item* in `redacted`, e.g. [HENKILÖTUNNUS]."""
        from .redaction import PLACEHOLDERS

        return PLACEHOLDERS[item.finding.kind][self.language]

    @property
    def clean(self) -> bool:
        """Nothing was found: the prompt may be copied."""
        return not self.findings


def check_before_copy(template: Template, values: Mapping[str, Any], policy: Policy) -> CopyCheck:
    """Screen the filled *values* of *template* under the organisation's *policy*."""
    language = language_or_default(template.language)
    findings = scan_filled(template, values)
    if not findings:
        return CopyCheck([], policy.allow_copy_anyway, {}, language)
    from .redaction import redact

    by_field: dict[str, list[Finding]] = {}
    for item in findings:
        by_field.setdefault(item.name, []).append(item.finding)
    texts = typed_values(template, values)  # what was scanned: the findings' offsets are in it
    redacted = {name: redact(texts[name], found, language) for name, found in by_field.items()}
    return CopyCheck(findings, policy.allow_copy_anyway, redacted, language)
