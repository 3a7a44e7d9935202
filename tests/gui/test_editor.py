"""The template editor driven as a team lead would: new from blank, from a copy and from
pasted text; a variable renamed; an error fixed through its quick fix; saved, found,
filled, copied and exported; a draft restored after a crash."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from promptlib.core.library.exporting import OWN_LIBRARY_ID, Selection
from promptlib.core.owntemplates.drafts import Drafts
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.gui import exportdialog
from promptlib.gui.editor import actions as editor_actions
from promptlib.gui.editor import window as editor_window
from promptlib.gui.exportdialog import ExportDialog


@pytest.fixture(autouse=True)
def no_questions(monkeypatch):
    """Closing an editor left with changes at the end of a test discards them, unasked
    (a test that is about the question sets its own answer)."""
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "discard")


@pytest.fixture
def editors(parts):
    return parts.editor_actions


def visible_ids(window) -> list[str]:
    model = window.templates.model()
    return [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(model.rowCount())]


def check_codes(editor) -> list[str]:
    return [check.code for check in editor.checks]


def type_body(qtbot, editor, text: str) -> None:
    """Type into the body (QTest types ASCII only: other letters are inserted as typed text)."""
    editor.body.setFocus()
    editor.body.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor.body, text)
    else:
        editor.body.insertPlainText(text)


def settle(qtbot, editor) -> None:
    """Wait for the debounced checks to run on what was typed."""
    qtbot.waitUntil(lambda: not editor._check_timer.isActive())


def test_the_file_menu_starts_with_new_template_and_the_editor_actions(window) -> None:
    names = [action.objectName() for action in window.file_menu.actions()]
    assert names[:5] == ["newTemplate", "newFromText", "editCopy", "editOwn", "deleteOwn"]
    assert window.file_menu.actions()[0].shortcut().toString() == "Ctrl+N"


def test_a_blank_template_is_written_checked_and_saved_into_my_templates(window, editors, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(editors.editors) == 1)
    editor = next(iter(editors.editors.values()))
    qtbot.add_widget(editor)
    assert "empty" in check_codes(editor)            # no title yet: saving is blocked
    assert not editor.save_version()
    qtbot.keyClicks(editor.title, "Kokouskutsu")
    assert editor.metadata.template_id.text() == "own.kokouskutsu"
    type_body(qtbot, editor, "Toimi assistenttina. Kirjoita enintään 100 sanan kutsu kokoukseen {{ aihe }}.")
    settle(qtbot, editor)
    undeclared = next(check for check in editor.checks if check.code == "undeclared-variable")
    assert undeclared.blocks_save
    # Clicking the finding puts the cursor on the name in the body.
    editor.checks_panel.list.setCurrentRow(editor.checks.index(undeclared))
    editor.checks_panel.goTo.emit(editor.checks_panel.current())
    assert editor.body.textCursor().selectedText() == "aihe"
    # The quick fix declares it; the cursor goes to its label.
    assert editor.checks_panel.add_button.isVisibleTo(editor.checks_panel)
    editor.checks_panel.add_button.click()
    assert editor.variables.names() == ["aihe"]
    assert editor.variables.label.hasFocus()
    editor.variables.label.selectAll()
    qtbot.keyClicks(editor.variables.label, "Kokouksen aihe")
    qtbot.keyClicks(editor.variables.help, "Kokouksen aihe lyhyesti.")
    settle(qtbot, editor)
    assert not [check for check in editor.checks if check.blocks_save]
    assert editor.save_version()
    saved = OwnTemplates(window.browser.workspace.store).get("own.kokouskutsu", "fi")
    assert saved["variables"][0]["label"] == "Kokouksen aihe"
    assert editor.metadata.template_id.text() == "own.kokouskutsu"
    # In the catalog: under its role, in My templates, found by search, shown in the pane.
    assert window.pane.template.id == "own.kokouskutsu"
    assert window.select_category("own")
    assert visible_ids(window) == ["own.kokouskutsu"]
    window.select_category("all")
    window.search.setText("kokouskutsu")
    assert visible_ids(window) == ["own.kokouskutsu"]
    # The id is fixed now: a new title keeps it.
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Kutsu kokoukseen")
    assert editor.metadata.template_id.text() == "own.kokouskutsu"


def test_a_copy_of_a_built_in_template_renamed_saved_filled_copied_and_exported(
        window, editors, qtbot, monkeypatch, tmp_path: Path) -> None:
    window.select_category("all")
    assert window.select_template("sample.event")
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == "sample.event")
    editors.update_actions()
    assert editors.copy_action.isEnabled() and not editors.edit_action.isEnabled()
    editor = editors.edit_copy()
    qtbot.add_widget(editor)
    assert editor.title.text() == "Tapahtumakutsu (kopio)"
    # Rename "event" to "tapahtuma": every use in the body follows.
    row = editor.variables.names().index("event")
    editor.variables.select(row, "name")
    editor.variables.name.selectAll()
    qtbot.keyClicks(editor.variables.name, "tapahtuma")
    qtbot.keyClick(editor.variables.name, Qt.Key.Key_Return)
    body = editor.body.toPlainText()
    assert "{{ tapahtuma }}" in body and "{{ event }}" not in body
    assert not [check for check in editor.checks if check.blocks_save]
    # The preview is the real form filled with the examples, and the prompt it gives.
    assert editor.preview.form.widget_for("tapahtuma").text() == "Tekoälyaamupäivä"
    assert "Tekoälyaamupäivä" in editor.preview.prompt.plain_text()
    assert "Lisätiedot" not in editor.preview.prompt.plain_text()   # no example for the optional field
    editor.variables.select(editor.variables.names().index("details"), "example")
    qtbot.keyClicks(editor.variables.example, "Oma muki mukaan")
    settle(qtbot, editor)
    assert "Lisätiedot:\nOma muki mukaan" in editor.preview.prompt.plain_text()
    editor.preview.optional_empty.setChecked(True)
    assert "Lisätiedot" not in editor.preview.prompt.plain_text()
    assert editor.save_version()
    new_id = editor.saved_as[0]
    saved = OwnTemplates(window.browser.workspace.store).get(new_id, "fi")
    assert saved["copied_from"] == {"library": "test.sample", "template": "sample.event", "language": "fi",
                                    "version": "1.0.0"}
    # The built-in one is unchanged, and the copy is filled and copied like any other.
    assert "{{ event }}" in window.browser.catalog.get("sample.event", "fi").body
    window.search.setText("kopio")
    assert new_id in visible_ids(window)
    assert window.select_template(new_id)
    qtbot.waitUntil(lambda: window.pane.template.id == new_id)
    window.pane.form.set_value("tapahtuma", "Kevätjuhla")
    window.pane.form.set_value("day", date(2026, 12, 3))
    QGuiApplication.clipboard().clear()
    assert window.pane.copy()
    assert "Kevätjuhla" in QGuiApplication.clipboard().text()
    # Export: "My own templates" is live now, and exports the copy.
    target = tmp_path / "omat.json"
    seen = {}

    def ask(catalog, language, template_id, role_id, parent=None):
        dialog = ExportDialog(catalog, language, template_id, role_id)
        seen["own_enabled"] = dialog.own_choice.isEnabled()
        return Selection(own=True)

    monkeypatch.setattr(ExportDialog, "ask", staticmethod(ask))
    monkeypatch.setattr(exportdialog, "choose_export_path", lambda parent, suggested: target)
    assert window.findChild(type(editors.new_action), "exportTemplates").trigger() is None
    assert seen["own_enabled"]
    exported = json.loads(target.read_text("utf-8"))
    assert [t["id"] for t in exported["templates"]] == [new_id]


def test_new_from_pasted_text_proposes_the_fields(window, editors, qtbot, monkeypatch) -> None:
    pasted = "Tiedote\nToimi viestijänä. Kirjoita tiedote aiheesta [aihe] kohderyhmälle <kohderyhmä>."
    monkeypatch.setattr(editor_actions, "ask_text", lambda parent: pasted)
    editor = editors.new_from_text()
    qtbot.add_widget(editor)
    assert editor.title.text() == "Tiedote"
    assert editor.variables.names() == ["aihe", "kohderyhma"]
    assert "{{ kohderyhma }}" in editor.body.toPlainText()
    assert [editor.variables.table.item(row, 1).text() for row in range(2)] == ["Aihe", "Kohderyhmä"]


def test_an_unused_variable_is_removed_or_inserted_by_its_quick_fix(window, editors, qtbot) -> None:
    editor = editors.new_template()
    qtbot.add_widget(editor)
    qtbot.keyClicks(editor.title, "Testi")
    type_body(qtbot, editor, "Kirjoita jotain.")
    editor.variables.add_variable({"name": "turha", "label": "Turha", "type": "text"})
    editor.variables.add_variable({"name": "tarpeen", "label": "Tarpeen", "type": "text"})
    editor.run_checks()
    unused = [check for check in editor.checks if check.code == "unused-variable"]
    assert [check.values["name"] for check in unused] == ["turha", "tarpeen"]
    editor.checks_panel.list.setCurrentRow(editor.checks.index(unused[0]))
    editor.checks_panel.remove_button.click()
    assert editor.variables.names() == ["tarpeen"]
    row = next(i for i, check in enumerate(editor.checks) if check.code == "unused-variable")
    editor.checks_panel.list.setCurrentRow(row)
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    editor.checks_panel.insert_button.click()
    assert editor.body.toPlainText() == "Kirjoita jotain.{{ tarpeen }}"
    editor.run_checks()
    assert "unused-variable" not in check_codes(editor)


def test_only_the_controls_a_type_needs_are_shown(window, editors, qtbot) -> None:
    editor = editors.new_template()
    qtbot.add_widget(editor)
    editor.tabs.setCurrentIndex(0)
    variables = editor.variables
    variables.add_variable({"name": "maara", "label": "Määrä", "type": "text"})
    assert not variables.minimum.isVisible() and not variables.choices.isVisible()
    variables.type.setCurrentIndex(variables.type.findData("number"))
    assert variables.minimum.isVisible() and not variables.choices.isVisible()
    qtbot.keyClicks(variables.minimum, "10")
    qtbot.keyClicks(variables.default, "5")
    assert variables.variables()[0]["min"] == 10 and variables.variables()[0]["default"] == 5
    editor.run_checks()
    bound = next(check for check in editor.checks if check.code == "outside-bounds")
    assert (bound.variable, bound.column) == (0, "default")
    variables.type.setCurrentIndex(variables.type.findData("choice"))
    assert variables.choices.isVisible() and not variables.minimum.isVisible()
    qtbot.keyClicks(variables.choices.new_choice, "virallinen")
    qtbot.keyClick(variables.choices.new_choice, Qt.Key.Key_Return)
    assert variables.variables()[0]["choices"] == ["virallinen"]


def test_the_completer_offers_declared_names_after_two_braces(window, editors, qtbot) -> None:
    editor = editors.new_template()
    qtbot.add_widget(editor)
    editor.variables.add_variable({"name": "vastaanottaja", "label": "Vastaanottaja", "type": "text"})
    editor.run_checks()
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Hei {{ vas")
    assert editor.body.completer.popup().isVisible()
    assert editor.body.completer.currentCompletion() == "vastaanottaja"
    editor.body.complete_with("vastaanottaja")
    assert editor.body.toPlainText() == "Hei {{ vastaanottaja }}"


def test_a_draft_survives_a_crash_and_can_be_discarded(window, editors, qtbot, isolated_home) -> None:
    editor = editors.new_template()
    qtbot.keyClicks(editor.title, "Keskenerainen")
    type_body(qtbot, editor, "Kirjoita {{ rikki")   # not valid: a draft still saves
    drafts = Drafts(isolated_home)
    qtbot.waitUntil(lambda: any(d.template.get("title") == "Keskenerainen"
                                for k in drafts.draft_keys() if (d := drafts.read(k))), timeout=5000)
    # The crash: the window goes away without closing (no question, nothing saved).
    editors.editors.clear()
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    editor.hide()
    editor.deleteLater()
    qtbot.waitUntil(lambda: not editor.isVisible())
    restored = editors.new_template()
    qtbot.add_widget(restored)
    assert restored is not editor
    assert restored.title.text() == "Keskenerainen"
    assert restored.body.toPlainText() == "Kirjoita {{ rikki"
    assert restored.banner.isVisibleTo(restored)
    restored.discard_button.click()
    assert restored.title.text() == "" and not restored.banner.isVisibleTo(restored)
    assert drafts.draft_keys() == []


def test_closing_with_changes_asks_and_a_kept_draft_comes_back_when_editing(window, editors, qtbot,
                                                                             monkeypatch) -> None:
    OwnTemplates(window.browser.workspace.store).save(
        {"id": "own.muistio", "language": "fi", "title": "Muistio", "roles": ["documentation"],
         "body": "Kirjoita muistio.", "variables": []})
    window.reload_library()
    window.select_category("all")
    assert window.select_template("own.muistio")
    editor = editors.edit_own()
    qtbot.keyClicks(editor.title, " 2")
    asked = []
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: asked.append(title) or "keep")
    editor.close()
    assert asked == ["Muistio 2"]
    again = editors.edit_own()
    qtbot.add_widget(again)
    assert again.title.text() == "Muistio 2" and again.banner.isVisibleTo(again)
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "cancel")
    again.close()
    assert again.isVisible()   # Cancel keeps the window open


def test_deleting_an_own_template_says_what_is_lost_and_keeps_other_favourites(window, editors, qtbot,
                                                                             monkeypatch) -> None:
    store = window.browser.workspace.store
    OwnTemplates(store).save({"id": "own.pois", "language": "fi", "title": "Pois", "roles": ["hr"],
                              "body": "Kirjoita.", "variables": []})
    store.set_favourite("own.pois", True)
    store.set_favourite("sample.event", True)
    window.reload_library()
    window.select_category("all")
    assert window.select_template("own.pois")
    asked = []
    monkeypatch.setattr(editor_actions, "confirm_delete",
                        lambda parent, title, favourite, others: asked.append((title, favourite)) or True)
    assert editors.delete_own()
    assert asked == [("Pois", True)]
    assert window.browser.catalog.get("own.pois", "fi") is None
    assert store.favourites() == {"sample.event"}
    assert not any(pack.id == OWN_LIBRARY_ID for pack in window.browser.catalog.packs)


def test_every_control_of_the_editor_has_a_name_for_screen_readers(window, editors, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    editor = editors.new_template()
    qtbot.add_widget(editor)
    editor.variables.add_variable({"name": "tyyli", "label": "Tyyli", "type": "choice", "choices": ["a"]})
    unnamed = []
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        labelled = {label.buddy() for label in editor.findChildren(QLabel) if label.buddy() is not None}
        for widget in editor.findChildren(QWidget):
            if not widget.isVisibleTo(editor) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if isinstance(widget, QAbstractButton) and widget.text():
                continue
            if widget.accessibleName() or widget in labelled:
                continue
            if widget.parent() is not None and widget.parent().accessibleName() and \
                    type(widget).__name__ in ("QWidget", "QScrollBar"):
                continue
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not unnamed


def test_a_save_the_disk_refuses_is_said_in_words_and_the_draft_stays(window, editors, qtbot, monkeypatch,
                                                                       capsys) -> None:
    from promptlib.core.errors import StoreError
    from promptlib.gui.savefailure import save_failure_text

    window.select_category("all")
    assert window.select_template("sample.event")
    editor = editors.edit_copy()
    qtbot.add_widget(editor)
    shown: list[str] = []
    monkeypatch.setattr(editor_window, "show_save_problem", lambda parent, text: shown.append(text))

    def full_disk(*_args, **_kwargs):
        raise StoreError("cannot save /home/x/library.json: No space left on device")

    monkeypatch.setattr(editor.own, "save", full_disk)
    assert not editor.save_version()
    assert shown == [save_failure_text()]                 # what to do, not the store's words
    assert "No space left on device" in capsys.readouterr().err  # those are for support
    assert editor.saved_as is None and editor.is_dirty()  # nothing is lost: closing still asks
