"""Edit → History… and the template pane's History button: the versions of the shown
template, the diff from the version before (marks and colour, the body, the variables
and the details), a forward-only restore, Open as draft for an own template, and a
damaged history file told to the user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from promptlib.core.history.hooks import history_of
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.gui import dialogs
from promptlib.gui.editor import window as editor_window
from promptlib.gui.historyactions import HistoryActions
from promptlib.gui.historyview import HistoryView


def _own(store, body: str, note: str = "", title: str = "Kirje", variables: list | None = None) -> None:
    own = OwnTemplates(store)
    replaces = ("own.kirje", "fi") if own.get("own.kirje", "fi") is not None else None
    own.save({"id": "own.kirje", "language": "fi", "title": title, "roles": ["hr"], "body": body,
              "variables": variables or []}, replaces=replaces, note=note)


def _history_actions(window) -> HistoryActions:
    return window.findChild(HistoryActions)


def _open(window, qtbot):
    window.reload_library()
    window.select_category("all")
    assert window.select_template("own.kirje")
    action = next(a for a in window.edit_menu.actions() if a.objectName() == "templateHistory")
    assert action.shortcuts()[0].toString() == "Ctrl+H"
    action.trigger()
    dialog = next(w for w in window.children() if w.objectName() == "historyDialog")
    qtbot.add_widget(dialog)
    return dialog.view


def test_history_lists_versions_and_diffs_the_selected_one(window, qtbot) -> None:
    store = window.browser.workspace.store
    _own(store, "Hei.\nVanha rivi.")
    _own(store, "Hei.\nUusi rivi.", note="selvempi")
    view = _open(window, qtbot)
    table = view.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (0, 3, 4)] == ["2", "selvempi", "edited"]
    lines = view.diff.toPlainText().splitlines()
    assert "- Vanha rivi." in lines and "+ Uusi rivi." in lines and "  Hei." in lines
    assert "#fbdada" in view.diff.toHtml().lower()
    assert view.diff_heading.text() == "Version 1 (-) and version 2 (+):"


def test_restore_is_a_new_version_and_saves_the_own_template(window, qtbot) -> None:
    store = window.browser.workspace.store
    _own(store, "Ensimmäinen.")
    _own(store, "Toinen.")
    view = _open(window, qtbot)
    view.table.selectRow(1)
    made = view.restore_selected()
    assert made.number == 3 and made.source == "restore:1"
    assert [view.table.item(0, c).text() for c in (0, 4)] == ["3", "restored from 1"]
    assert OwnTemplates(store).get("own.kirje", "fi")["body"] == "Ensimmäinen."
    assert "version 3 is a copy of version 1" in view.message.text()


def test_open_as_draft_starts_the_editor_from_that_version(window, qtbot) -> None:
    store = window.browser.workspace.store
    _own(store, "Ensimmäinen.")
    _own(store, "Toinen.")
    view = _open(window, qtbot)
    assert view.draft_button.isVisible()
    view.table.selectRow(1)
    view.draft_button.click()
    editor = next(iter(_history_actions(window).editor_actions.editors.values()))
    qtbot.add_widget(editor)
    assert editor.template_data()["body"] == "Ensimmäinen."


def test_a_damaged_history_is_told_when_first_opened(window, qtbot, monkeypatch) -> None:
    store = window.browser.workspace.store
    _own(store, "Hei.")
    history_of(store).path.write_text("{not json", encoding="utf-8")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: told.append(text)))
    view = _open(window, qtbot)
    assert told and "was damaged and has been moved aside" in told[0]
    assert view.table.rowCount() in (0, 1)   # its backup, if that loads
    assert dialogs.show_notices  # the same notice the store's recovery shows


def _button(window) -> QPushButton:
    return window.pane.findChild(QPushButton, "historyButton")


def test_a_variable_label_and_a_title_change_are_text_with_marks_in_the_diff(window, qtbot) -> None:
    store = window.browser.workspace.store
    variable = {"name": "aihe", "label": "Aihe", "type": "text", "required": True}
    _own(store, "Kirjoita {{ aihe }}.", variables=[variable])
    _own(store, "Kirjoita {{ aihe }}.", title="Kirje asiakkaalle", variables=[dict(variable, label="Asia")])
    lines = _open(window, qtbot).diff.toPlainText().splitlines()
    assert "~ Title: “Kirje” → “Kirje asiakkaalle”" in lines
    assert "~ aihe: label: “Aihe” → “Asia”" in lines
    assert lines[lines.index("Prompt") + 1] == "  No changes."


def test_the_history_button_opens_the_dialog_for_the_shown_template(window, qtbot) -> None:
    _own(window.browser.workspace.store, "Hei.")
    window.reload_library()
    window.select_category("all")
    button = _button(window)
    assert button.accessibleName() == "History of this template"
    assert window.select_template("sample.event")   # installed without history
    qtbot.waitUntil(lambda: button.toolTip().startswith("No history yet"))
    assert not button.isEnabled() and button.accessibleDescription() == button.toolTip()
    assert window.select_template("own.kirje")
    qtbot.waitUntil(button.isEnabled)
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert window.pane.star.nextInFocusChain() is button   # Tab goes from the star to it
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = next(w for w in window.children() if w.objectName() == "historyDialog")
    qtbot.add_widget(dialog)
    assert dialog.windowTitle() == "History of “Kirje”"
    assert dialog.view.shows("own.kirje", "fi") and dialog.view.table.rowCount() == 1


def test_the_editor_tab_lists_versions_after_a_save_and_restore_makes_a_new_one(window, parts, qtbot,
                                                                                 monkeypatch) -> None:
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "discard")
    editor = parts.editor_actions.new_template()
    qtbot.add_widget(editor)
    tab = editor.findChild(HistoryView)
    assert editor.tabs.tabText(editor.tabs.indexOf(tab)) == "History"
    assert tab.table.rowCount() == 0 and "No versions" in tab.diff_heading.text()
    editor.title.setText("Muistio")
    editor.body.setPlainText("Ensimmäinen versio.")
    assert editor.save_version()
    assert tab.table.rowCount() == 1
    editor.body.setPlainText("Toinen versio.")
    assert editor.save_version()
    assert [tab.table.item(row, 0).text() for row in range(tab.table.rowCount())] == ["2", "1"]
    assert "+ Toinen versio." in tab.diff.toPlainText().splitlines()
    editor.tabs.setCurrentWidget(tab)
    tab.table.selectRow(1)
    tab.restore_button.click()
    assert [tab.table.item(row, 0).text() for row in range(3)] == ["3", "2", "1"]
    assert tab.table.item(0, 4).text() == "restored from 1"
    assert editor.body.toPlainText() == "Ensimmäinen versio." and not editor.is_dirty()
    assert OwnTemplates(window.browser.workspace.store).get(editor.saved_as[0], "fi")["body"] == "Ensimmäinen versio."


def test_restore_refuses_to_overwrite_what_is_typed_in_an_open_editor(window, parts, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "discard")
    store = window.browser.workspace.store
    _own(store, "Ensimmäinen.")
    _own(store, "Toinen.")
    window.reload_library()
    window.select_category("all")
    assert window.select_template("own.kirje")
    editor = parts.editor_actions.edit_own()
    qtbot.add_widget(editor)
    editor.body.setPlainText("Kesken.")
    tab = editor.findChild(HistoryView)
    tab.table.selectRow(1)
    assert tab.restore_selected() is None
    assert "not saved" in tab.message.text()
    assert editor.body.toPlainText() == "Kesken." and tab.table.rowCount() == 2
