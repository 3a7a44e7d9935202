"""Diffs as rich text: every line with its mark (+ added, - removed, ~ changed, two
spaces unchanged) *and* a background colour, so the change never rests on colour alone.

`template_diff_html` shows a whole `TemplateDiff` in three sections: Details (title,
roles, summary, tags, guidance), Variables (by name), then the Prompt. The short
sections come first, so a change to the title or a label is not below a long body.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..core.history.diff import ADDED, METADATA_FIELDS, REMOVED, SAME, VARIABLE_FIELDS, TemplateDiff, line_diff

CHANGED = "~"
# Light backgrounds under the normal dark text: contrast stays above 4.5:1.
_BACKGROUND = {ADDED: "#d7f5dd", REMOVED: "#fbdada", CHANGED: "#fbf0c9"}
_MARK = {ADDED: "+ ", REMOVED: "- ", CHANGED: "~ "}
_LONG = 120   # a longer (or multi-line) value is shown as a line diff under its field, not old → new
_NESTED = "    "
# Details in the order a reader meets them in the app; the long guidance last.
_DETAILS_ORDER = ("title", "summary", "roles", "tags", "guidance")
translate = QCoreApplication.translate   # the name pyside6-lupdate looks for


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _line(tag: str, text: str, indent: str = "") -> str:
    shown = _html(indent + _MARK.get(tag, "  ") + text) or "&nbsp;"
    background = _BACKGROUND.get(tag)
    style = f' style="background-color:{background}"' if background else ""
    return f"<div{style}>{shown}</div>"


def _block(rows: Iterable[str]) -> str:
    return '<div style="font-family:monospace; white-space:pre-wrap">' + "".join(rows) + "</div>"


def diff_html(lines: Iterable[tuple[str, str]]) -> str:
    """*lines* (`line_diff` output) as HTML for a QTextBrowser."""
    return _block(_line(tag, line) for tag, line in lines)


def _field_names() -> dict[str, str]:
    return {
        "title": translate("difftext", "Title"),
        "roles": translate("difftext", "Roles"),
        "guidance": translate("difftext", "Guidance"),
        "summary": translate("difftext", "Summary"),
        "tags": translate("difftext", "Tags"),
        "type": translate("difftext", "type"),
        "label": translate("difftext", "label"),
        "required": translate("difftext", "required"),
        "choices": translate("difftext", "choices"),
        "default": translate("difftext", "default value"),
        "min": translate("difftext", "minimum"),
        "max": translate("difftext", "maximum"),
        "help": translate("difftext", "help text"),
        "example": translate("difftext", "example"),
    }


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _value_text(field: str, value: Any) -> str:
    if _empty(value):
        return translate("difftext", "(none)")
    if isinstance(value, bool):
        return translate("difftext", "yes") if value else translate("difftext", "no")
    if field == "type":
        from .editor.variables import type_names

        return type_names().get(str(value), str(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, str):   # quoted as the language quotes (Finnish and Swedish: ”…”)
        return translate("difftext", "“%1”").replace("%1", value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _is_long(value: Any) -> bool:
    return isinstance(value, str) and (len(value) > _LONG or "\n" in value)


def _field_rows(prefix: str, field: str, old: Any, new: Any, *, in_variable: bool = False) -> list[str]:
    """"~ prefix field: old → new" (a detail that was empty: "+ field: new", one emptied:
    "- field: old removed"; a variable's field is always ~ old → new); a long text as
    "~ prefix field changed:" with its own line diff under it."""
    name = _field_names().get(field, field)
    tag = CHANGED if in_variable else ADDED if _empty(old) else REMOVED if _empty(new) else CHANGED
    if _is_long(old) or _is_long(new):
        head = _line(tag, translate("difftext", "%1%2:").replace("%1", prefix).replace("%2", name))
        lines = line_diff("" if _empty(old) else str(old), "" if _empty(new) else str(new))
        return [head, *(_line(line_tag, text, _NESTED) for line_tag, text in lines)]
    if tag == ADDED:
        text = translate("difftext", "%1%2: %3").replace("%3", _value_text(field, new))
    elif tag == REMOVED:
        text = translate("difftext", "%1%2: %3 removed").replace("%3", _value_text(field, old))
    else:
        text = translate("difftext", "%1%2: %3 → %4").replace("%3", _value_text(field, old)) \
            .replace("%4", _value_text(field, new))
    return [_line(tag, text.replace("%1", prefix).replace("%2", name))]


def _heading(text: str) -> str:
    return f"<p style=\"margin-top:8px; margin-bottom:2px\"><b>{_html(text)}</b></p>"


def _details(diff: TemplateDiff) -> list[str]:
    rows = []
    for field in (*_DETAILS_ORDER, *(f for f in METADATA_FIELDS if f not in _DETAILS_ORDER)):
        if field in diff.metadata:
            rows += _field_rows("", field, *diff.metadata[field])
    return rows


def _variables(diff: TemplateDiff) -> list[str]:
    rows = [_line(ADDED, translate("difftext", "%1 added").replace("%1", name)) for name in diff.variables_added]
    rows += [_line(REMOVED, translate("difftext", "%1 removed").replace("%1", name)) for name in diff.variables_removed]
    for change in diff.variables_changed:
        for field in VARIABLE_FIELDS:
            if field in change.fields:
                rows += _field_rows(f"{change.name}: ", field, *change.fields[field], in_variable=True)
    return rows


def template_diff_html(diff: TemplateDiff) -> str:
    """The whole of *diff* as HTML for a QTextBrowser: Details, Variables and Prompt,
    each under its heading, "No changes." where nothing changed."""
    body_changed = any(tag != SAME for tag, _line_text in diff.body)
    sections = [(translate("difftext", "Details"), _details(diff)),
                (translate("difftext", "Variables"), _variables(diff)),
                (translate("difftext", "Prompt"),
                 [_line(tag, text) for tag, text in diff.body] if body_changed else [])]
    html = []
    for heading, rows in sections:
        html.append(_heading(heading))
        html.append(_block(rows or [_line(SAME, translate("difftext", "No changes."))]))
    return "".join(html)
