"""Restoring an old version: forward-only, and for an own template also saved again.

A restore never rewrites history: it adds a version "restored from N" whose template
is version N's. An own template (library `user.own`) is also saved as that version
through `OwnTemplates.save`, so it is checked and installed like any edit; the save's
history hook records the new version. An installed library's template stays as its
library has it (the next import decides it); the restore is kept in its history.
"""

from __future__ import annotations

from typing import Any

from ..errors import StoreError
from ..history.hooks import history_of
from ..history.snapshots import Version
from ..library.exporting import OWN_LIBRARY_ID
from .library import OwnTemplates


def restore_version(store: Any, template_id: str, language: str, number: int) -> Version:
    """The new version that restores version *number*; NoSuchVersion if there is none,
    LibraryError or OwnTemplateError if an own template can no longer be saved as it was."""
    history = history_of(store)
    old = history.version(template_id, language, number)
    if old.library != OWN_LIBRARY_ID:
        return history.restore(template_id, language, number)
    own = OwnTemplates(store)
    replaces = (template_id, language) if own.get(template_id, language) is not None else None
    own.save(old.template, replaces=replaces, source=f"restore:{number}", note=f"restored from {number}")
    latest = history.latest(template_id, language)
    if latest is None or latest.source != f"restore:{number}":
        raise StoreError(f"the template was restored from version {number}, but its history could not be kept")
    return latest
