"""A pack's text is shown as text: a title, label or help that looks like HTML is shown
(and read by a screen reader) as written, never rendered, so a pack cannot make a
label load a local file (`<img src=file:...>`), change its look or hide what it says."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel

from promptlib.core.store.database import Store
from promptlib.core.workspace import Workspace
from promptlib.gui.app import compose_main_window, create_application
from promptlib.gui.checklist import AnswerChecklist
from promptlib.gui.editor import window as editor_window
from promptlib.gui.importdialog import ImportPreviewDialog

HOSTILE = "<img src=file:///etc/hostname><b>x</b>"
EMAIL = "maija.meikalainen@example.fi"


def hostile_pack() -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": "org.hostile", "name": "Hostile",
            "version": "1.0", "publisher": "Testikunta",
            "templates": [{"id": "hostile.one", "language": "fi", "title": HOSTILE, "roles": ["hr"],
                           "summary": HOSTILE, "guidance": "Tarkista vastaus.",
                           "body": "Toimi HR-asiantuntijana. Kirjoita lyhyt viesti: {{ details }}, {{ amount }}.",
                           "variables": [{"name": "details", "label": HOSTILE, "help": HOSTILE, "type": "text"},
                                         {"name": "amount", "label": "Määrä", "type": "number", "max": 10}]}]}


def read_as(label: QLabel) -> str:
    """What a screen reader reads for *label*: Qt turns rich text into its plain words."""
    return QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)


def literal_labels(widget) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if "<img" in label.text() and label.isVisibleTo(widget)]


@pytest.fixture
def window(qtbot, isolated_home, monkeypatch):
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "discard")
    with Store(isolated_home) as store:
        store.install_packs([(hostile_pack(), {"source": "test"})])
        store.set_setting("template_language", "fi")
    workspace = Workspace.open(isolated_home)
    create_application()
    parts = compose_main_window(workspace)
    qtbot.add_widget(parts.window)
    parts.window.show()
    qtbot.wait_exposed(parts.window)
    assert parts.window.select_template("hostile.one")
    yield parts
    workspace.close()


def test_the_template_pane_shows_the_title_summary_label_and_help_as_written(window, qtbot) -> None:
    pane = window.window.pane
    assert pane.template is not None and pane.template.id == "hostile.one"
    assert read_as(pane.title) == HOSTILE
    assert read_as(pane.summary) == HOSTILE
    row = pane.form.row_for("details")
    shown = [read_as(label) for label in literal_labels(row)]
    assert shown == [HOSTILE, HOSTILE]  # the label and the help under the field


def test_a_field_problem_and_the_guard_note_quoting_a_label_are_plain_text(window, qtbot) -> None:
    pane = window.window.pane
    amount = pane.form.widget_for("amount")
    amount.setFocus()
    qtbot.keyClicks(amount, "99")
    amount.editingFinished.emit()
    problem = pane.form.row_for("amount").findChild(QLabel, "fieldProblem")
    assert problem.isVisibleTo(pane) and problem.text().startswith("Too large")
    assert problem.textFormat() == problem.textFormat().PlainText
    details = pane.form.widget_for("details")
    details.setFocus()
    qtbot.keyClicks(details, EMAIL)
    qtbot.waitUntil(lambda: pane.findings_note.isVisible())
    assert HOSTILE in read_as(pane.findings_note)


def test_the_answer_checklist_quotes_the_title_as_written(window, qtbot) -> None:
    template = window.window.pane.template
    checklist = AnswerChecklist(window.window.browser.workspace.store, window.window)
    qtbot.add_widget(checklist)
    checklist.show_for(template)
    assert HOSTILE in read_as(checklist.heading)


def test_the_import_dialog_shows_the_source_as_written(window, qtbot, tmp_path) -> None:
    source = tmp_path / "<b>x.json"
    data = hostile_pack()
    data["id"] = "org.other"
    data["templates"][0]["id"] = "other.one"
    source.write_text(json.dumps(data), encoding="utf-8")
    plan = window.library_actions.libraries.plan_source(str(source))
    dialog = ImportPreviewDialog(plan, window.window)
    qtbot.add_widget(dialog)
    dialog.show()
    [label] = [label for label in dialog.findChildren(QLabel) if "x.json" in label.text()]
    assert read_as(label).endswith("<b>x.json")


def test_the_editor_quotes_a_copied_title_and_label_as_written(window, qtbot) -> None:
    editor = window.editor_actions.edit_copy()
    assert editor is not None
    qtbot.add_widget(editor)
    assert editor.title.text().startswith(HOSTILE)
    preview_row = editor.preview.form.row_for("details")
    assert [read_as(label) for label in literal_labels(preview_row)] == [HOSTILE, HOSTILE]
    assert editor.save_version()
    assert HOSTILE in read_as(editor.state_line)
