"""What a check of the library sources found, in the UI language.

Core's `SourceStatus.message` is the command line's English; the app words each
status from its state, its plan and its coded problem instead (`problemtexts`), so no
English reaches the Finnish or Swedish report. Counts use the same translated plural
forms as the import summary (context "LibraryActions").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.library import subscriptions as states
from .problemtexts import problem_text
from .translations import ui_language

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")


def plan_counts(plan: Any) -> str:
    """`2 new, 1 updated, 5 unchanged, 1 conflict`, in the UI language."""
    from ..core.library.importing import CONFLICT, NEW, REMOVED, UNCHANGED, UPDATED

    words = {NEW: "%n new", UPDATED: "%n updated", UNCHANGED: "%n unchanged", CONFLICT: "%n conflict(s)",
             REMOVED: "%n removed"}
    parts = []
    for status in (NEW, UPDATED, UNCHANGED, CONFLICT, REMOVED):
        count = plan.count(status)
        if count or status in (NEW, UPDATED):
            parts.append(translate("LibraryActions", words[status], "", count))
    return ", ".join(parts)


def _last_good(status: Any) -> str:
    name, version, when = status.last_good
    if not name:
        return translate("updatetexts", "nothing from it is installed yet")
    if when:
        return (translate("updatetexts", "the last good copy, %1 %2 (installed %3), stays in use")
                .replace("%1", name).replace("%2", version).replace("%3", when))
    return translate("updatetexts", "the last good copy, %1 %2, stays in use").replace("%1", name).replace("%2", version)


def status_text(status: Any) -> str:
    """One source's line: `LOCATION: what happened`."""
    plan = status.plan
    name = f"{plan.name_in(ui_language())} {plan.version}" if plan is not None else ""
    problem = problem_text(status.problem) if status.problem is not None else ""
    if status.more_problems:
        problem += " " + translate("problemtexts", "(and %n more)", "", status.more_problems)
    state = status.state
    if state == states.INSTALLED and plan is not None:
        text = translate("updatetexts", "installed %1: %2").replace("%1", name).replace("%2", plan_counts(plan))
    elif state == states.UPDATED_STATE and plan is not None:
        text = (translate("updatetexts", "updated %1 %2 → %3: %4").replace("%1", plan.name_in(ui_language()))
                .replace("%2", plan.previous_version).replace("%3", plan.version).replace("%4", plan_counts(plan)))
    elif state == states.AVAILABLE and plan is not None:
        text = (translate("updatetexts", "%1 is available (%2); not installed")
                .replace("%1", name).replace("%2", plan_counts(plan)))
    elif state == states.CURRENT:
        text = translate("updatetexts", "%1 is up to date").replace("%1", name)
    elif state == states.NOT_NEWER and plan is not None and plan.previous_version != plan.version:
        text = (translate("updatetexts", "has %1, older than the installed %2; the installed one stays")
                .replace("%1", name).replace("%2", plan.previous_version))
    elif state == states.NOT_NEWER:
        text = translate("updatetexts", "%1 differs from the installed copy but has the same version; not "
                                        "applied (ask its publisher to raise the version)").replace("%1", name)
    elif state == states.UNREACHABLE:
        text = (translate("updatetexts", "cannot be read: %1; %2").replace("%1", problem)
                .replace("%2", _last_good(status)))
    elif state == states.INVALID:
        text = (translate("updatetexts", "not a valid library: %1; %2").replace("%1", problem)
                .replace("%2", _last_good(status)))
    elif state == states.IGNORED:
        text = problem
    else:  # FAILED
        text = translate("updatetexts", "could not be checked or installed: %1").replace("%1", problem)
    return f"{status.location}: {text}"


def report_text(statuses: list[Any]) -> str:
    """The whole report, one paragraph a source."""
    if not statuses:
        return translate("libraryactions", "No library sources are set. Add one in File → Libraries…")
    return "\n\n".join(status_text(status) for status in statuses)
