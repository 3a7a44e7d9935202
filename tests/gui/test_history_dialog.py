"""Edit → History…: the versions of the selected template, the diff from the version
before (marks and colour), a forward-only restore, Open as draft for an own template,
and a damaged history file told to the user."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from promptlib.core.history.hooks import history_of
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.gui import dialogs
from promptlib.gui.historyactions import HistoryActions


def _own(store, body: str, note: str = "") -> None:
    own = OwnTemplates(store)
    replaces = ("own.kirje", "fi") if own.get("own.kirje", "fi") is not None else None
    own.save({"id": "own.kirje", "language": "fi", "title": "Kirje", "roles": ["hr"], "body": body,
              "variables": []}, replaces=replaces, note=note)


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
    return dialog


def test_history_lists_versions_and_diffs_the_selected_one(window, qtbot) -> None:
    store = window.browser.workspace.store
    _own(store, "Hei.\nVanha rivi.")
    _own(store, "Hei.\nUusi rivi.", note="selvempi")
    dialog = _open(window, qtbot)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (0, 3, 4)] == ["2", "selvempi", "edited"]
    lines = dialog.diff.toPlainText().splitlines()
    assert "- Vanha rivi." in lines and "+ Uusi rivi." in lines and "  Hei." in lines
    assert "#fbdada" in dialog.diff.toHtml().lower()
    assert dialog.diff_heading.text() == "Version 1 (-) and version 2 (+):"


def test_restore_is_a_new_version_and_saves_the_own_template(window, qtbot) -> None:
    store = window.browser.workspace.store
    _own(store, "Ensimmäinen.")
    _own(store, "Toinen.")
    dialog = _open(window, qtbot)
    dialog.table.selectRow(1)
    made = dialog.restore_selected()
    assert made.number == 3 and made.source == "restore:1"
    assert [dialog.table.item(0, c).text() for c in (0, 4)] == ["3", "restored from 1"]
    assert OwnTemplates(store).get("own.kirje", "fi")["body"] == "Ensimmäinen."
    assert "version 3 is a copy of version 1" in dialog.message.text()


def test_open_as_draft_starts_the_editor_from_that_version(window, qtbot) -> None:
    store = window.browser.workspace.store
    _own(store, "Ensimmäinen.")
    _own(store, "Toinen.")
    dialog = _open(window, qtbot)
    assert dialog.draft_button.isVisible()
    dialog.table.selectRow(1)
    dialog.draft_button.click()
    editor = _history_actions(window).editor_actions.editors["own:own.kirje:fi"] \
        if "own:own.kirje:fi" in _history_actions(window).editor_actions.editors else \
        next(iter(_history_actions(window).editor_actions.editors.values()))
    qtbot.add_widget(editor)
    assert editor.template_data()["body"] == "Ensimmäinen."


def test_a_damaged_history_is_told_when_first_opened(window, qtbot, monkeypatch) -> None:
    store = window.browser.workspace.store
    _own(store, "Hei.")
    history_of(store).path.write_text("{not json", encoding="utf-8")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: told.append(text)))
    dialog = _open(window, qtbot)
    assert told and "was damaged and has been moved aside" in told[0]
    assert dialog.table.rowCount() in (0, 1)   # its backup, if that loads
    assert dialogs.show_notices  # the same notice the store's recovery shows
