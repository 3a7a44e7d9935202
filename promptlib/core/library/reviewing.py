"""What the import review shows for one item of a plan: the template it would change,
the one it brings, their difference (body, variables and details, as the history
shows it), and the id a "keep both" copy would get.

The review must show the effect of a choice before Install, so the copy's id is worked
out exactly as `importing.build_install` will give it, from the current choices.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..history.diff import TemplateDiff, diff_templates
from .importing import CONFLICT, KEEP_BOTH, REMOVED, UPDATED, ImportPlan, Key, PlanItem, free_id, taken_ids, template_key

__all__ = ["copy_id", "incoming_template", "installed_template", "template_diff"]


def incoming_template(plan: ImportPlan, item: PlanItem) -> dict[str, Any] | None:
    """The template the pack brings for *item* (None for a removed one)."""
    if item.status == REMOVED:
        return None
    return next((t for t in plan.pack.get("templates", ()) if template_key(t) == item.key), None)


def installed_template(plan: ImportPlan, item: PlanItem) -> Mapping[str, Any] | None:
    """The template *item* changes: this library's installed one (updated, removed), or
    the other library's (a conflict); None for a new one or when it cannot be found."""
    if item.status in (UPDATED, REMOVED) and plan.previous is not None:
        wanted = (item.renamed_to or item.template_id, item.language)
        return next((t for t in plan.previous.pack.get("templates", ()) if template_key(t) == wanted), None)
    if item.status == CONFLICT and item.existing is not None:
        if item.existing.builtin:
            for pack in plan.builtin:
                if pack.id == item.existing.pack_id:
                    found = next((t for t in pack.templates if t.key == item.key), None)
                    return found.to_dict() if found is not None else None
            return None
        for installed in plan.installed:
            if installed.pack.get("id") == item.existing.pack_id:
                return next((t for t in installed.pack.get("templates", ()) if template_key(t) == item.key), None)
    return None


def template_diff(plan: ImportPlan, item: PlanItem) -> TemplateDiff:
    """The installed template against the incoming one (`history.diff.diff_templates`);
    a side that is not there (new, removed, not found) counts as an empty template."""
    before, after = installed_template(plan, item), incoming_template(plan, item)
    return diff_templates(before or {}, after or {})


def copy_id(plan: ImportPlan, key: Key) -> str:
    """The id the imported copy of conflict *key* gets if it is kept both ways, given the
    other conflicts' current choices (the ids are handed out in the plan's order)."""
    taken = taken_ids(plan, plan.installed, plan.builtin)
    new_ids: dict[str, str] = {}
    for item in plan.items:
        if item.status != CONFLICT or item.renamed_to:
            continue
        if item.key != key and plan.resolutions.get(item.key) != KEEP_BOTH:
            continue
        new_id = new_ids.get(item.template_id) or free_id(item.template_id, taken)
        new_ids[item.template_id] = new_id
        taken.add(new_id)
        if item.key == key:
            return new_id
    raise KeyError(f"{key} is not a conflict in this import")
