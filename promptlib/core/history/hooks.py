"""Recording history from the places that change templates, without ever failing them.

An own-template save, a library import and a publish have already committed their
change when they call in here; a history that cannot be written (a full disk, a lock
held too long, a damaged file) is said on stderr and the change stands. Each write is
one atomic replace of `history.json`, so a process killed mid-way leaves the history
as it was before or after, never half of it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from typing import Any

from .. import settings
from ..errors import StoreError
from .author import author_name
from .snapshots import EDIT, TemplateHistory, Version

# The statuses and resolution of `library.importing` (not imported: library imports this module).
_INSTALLED_STATUSES = ("new", "updated")
_CONFLICT, _REPLACE = "conflict", "replace"


def history_of(store: Any) -> TemplateHistory:
    """The history beside *store*'s files, writing as the store's user."""
    return TemplateHistory(store.data_dir, author=author_name(store))


def _report(what: str, error: Exception, history: TemplateHistory | None) -> None:
    for notice in history.recoveries if history is not None else ():
        print(f"promptlib: {notice.describe()}", file=sys.stderr)
    print(f"promptlib: {what} was done, but its history could not be kept: {error}", file=sys.stderr)


def record_edit(store: Any, template: Mapping[str, Any], *, library: str, source: str = EDIT,
                note: str = "") -> Version | None:
    """A version for an own template just saved; None when the history could not be written.
    The template's older unpublished versions beyond the user's "keep the last N"
    (`settings.history_keep`) go in the same write."""
    history = None
    try:
        history = history_of(store)
        return history.record(template, source=source, library=library, note=note,
                              keep=settings.history_keep(store))
    except (StoreError, OSError) as error:
        _report("the save", error, history)
        return None


def import_templates(plan: Any) -> list[dict[str, Any]]:
    """The templates of an import plan that the import installed new or changed."""
    chosen = {item.key for item in plan.items if item.status in _INSTALLED_STATUSES
              or (item.status == _CONFLICT and plan.resolutions.get(item.key) == _REPLACE)}
    return [t for t in plan.pack.get("templates", ())
            if (str(t.get("id", "")), str(t.get("language", ""))) in chosen]


def record_import(store: Any, plan: Any) -> list[Version]:
    """Versions `import:<library>@<version>` for what *plan* (applied) brought."""
    templates = import_templates(plan)
    if not templates:
        return []
    history = None
    try:
        history = history_of(store)
        return history.record_many(templates, source=f"import:{plan.pack_id}@{plan.version}",
                                   library=plan.pack_id, skip_unchanged=True)
    except (StoreError, OSError) as error:
        _report("the import", error, history)
        return []


def mark_published(store: Any, library: str, version: str, templates: Iterable[Mapping[str, Any]]) -> list[Version]:
    """Mark the versions a publish sent out ("published in <version>")."""
    history = None
    try:
        history = history_of(store)
        return history.mark_published(library, version, templates)
    except (StoreError, OSError) as error:
        _report("the publish", error, history)
        return []
