"""A template's whole difference as rich text: every line of the details, the variables
and the prompt with its +/-/~ mark as well as its colour, and "No changes." said."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from promptlib.core.history.diff import diff_templates
from promptlib.gui.difftext import template_diff_html

OLD = {"title": "Kirje", "tags": ["hr"], "body": "Hei {{ aihe }}.", "guidance": "## Tarkista\n- Sävy",
       "variables": [{"name": "aihe", "label": "Aihe", "type": "text", "required": True},
                     {"name": "vanha", "label": "Vanha", "type": "text"}]}
NEW = {"title": "Kirje", "summary": "Lyhyt kirje.", "body": "Hei {{ aihe }}.", "guidance": "## Tarkista\n- Nimet",
       "variables": [{"name": "aihe", "label": "Aihe", "type": "multiline"},
                     {"name": "uusi", "label": "Uusi", "type": "choice", "choices": ["a", "b"]}]}


def _lines(qtbot, old, new) -> list[str]:
    browser = QTextBrowser()
    qtbot.add_widget(browser)
    browser.setHtml(template_diff_html(diff_templates(old, new)))
    return browser.toPlainText().splitlines()


def test_every_kind_of_change_has_its_mark(qtbot) -> None:
    lines = _lines(qtbot, OLD, NEW)
    assert lines[:6] == ["Details", "+ Summary: “Lyhyt kirje.”", "- Tags: hr removed", "~ Guidance:",
                         "      ## Tarkista", "    - - Sävy"]
    assert "    + - Nimet" in lines
    variables = lines[lines.index("Variables") + 1:lines.index("Prompt")]
    assert variables == ["+ uusi added", "- vanha removed", "~ aihe: type: Text (one line) → Long text",
                         "~ aihe: required: yes → no"]
    assert lines[lines.index("Prompt") + 1:] == ["  No changes."]


def test_nothing_changed_is_said_in_each_section(qtbot) -> None:
    assert _lines(qtbot, OLD, OLD) == ["Details", "  No changes.", "Variables", "  No changes.",
                                       "Prompt", "  No changes."]
