"""A line diff as rich text: every line with its mark (+ added, − removed, two spaces
unchanged) *and* a background colour, so the change never rests on colour alone."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.history.diff import ADDED, REMOVED

# Light backgrounds under the normal dark text: contrast stays above 4.5:1.
_BACKGROUND = {ADDED: "#d7f5dd", REMOVED: "#fbdada"}
_MARK = {ADDED: "+ ", REMOVED: "- "}


def diff_html(lines: Iterable[tuple[str, str]]) -> str:
    """*lines* (`line_diff` output) as HTML for a QTextBrowser."""
    rows = []
    for tag, line in lines:
        text = _html(_MARK.get(tag, "  ") + line) or "&nbsp;"
        background = _BACKGROUND.get(tag)
        style = f' style="background-color:{background}"' if background else ""
        rows.append(f"<div{style}>{text}</div>")
    return '<div style="font-family:monospace; white-space:pre-wrap">' + "".join(rows) + "</div>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
