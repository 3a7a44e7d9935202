"""What the user typed into each template, kept while the app runs.

Switching to another template and back must not lose a half-filled form, but what
the guard flags as personal data is never kept: a personal identity code typed by
mistake is gone once the user leaves the template, not waiting in memory for the next
person at the desk. Nothing here is written to disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .guard.screening import scan_filled
from .model import Template

# Templates whose values are kept; the oldest is forgotten first. A clerk works with a
# handful at a time; the cap only keeps a long session's memory bounded.
MAX_TEMPLATES = 50


def values_to_keep(template: Template, values: Mapping[str, Any]) -> dict[str, Any]:
    """*values* of *template*'s fields, without those the guard flags."""
    flagged = {item.name for item in scan_filled(template, values)}
    return {variable.name: values.get(variable.name) for variable in template.variables
            if variable.name not in flagged}


class FormMemory:
    """Typed values per template (id and language), in memory only."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], dict[str, Any]] = {}

    def keep(self, template: Template, values: Mapping[str, Any]) -> None:
        """Remember *values* for *template* (see `values_to_keep`)."""
        self._kept.pop(template.key, None)  # re-inserted: now the most recent
        self._kept[template.key] = values_to_keep(template, values)
        while len(self._kept) > MAX_TEMPLATES:
            del self._kept[next(iter(self._kept))]

    def recall(self, template: Template) -> dict[str, Any] | None:
        """What was kept for *template*, or None if nothing was."""
        kept = self._kept.get(template.key)
        return dict(kept) if kept is not None else None

    def forget(self, template: Template) -> None:
        self._kept.pop(template.key, None)
