"""Library exchange in the window: import (menu and drag and drop) with its preview,
export, the Libraries dialog, and the background check for library updates."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox

from promptlib.core.library.exporting import Selection
from promptlib.core.library.importing import CONFLICT, KEEP, KEEP_BOTH, REPLACE
from promptlib.core.library.validation import validate_pack
from promptlib.gui import exportdialog, librariesdialog, libraryactions
from promptlib.gui.exportdialog import ExportDialog
from promptlib.gui.importdialog import CHOICE_COLUMN, ImportPreviewDialog


def visible_ids(window) -> set[str]:
    return {entry.template.id for entry in window.browser.catalog.entries(window.browser.language)}


def newer_sample(sample_pack: dict, tmp_path: Path, version: str = "1.1.0") -> Path:
    data = json.loads(json.dumps(sample_pack))
    data["version"] = version
    data["templates"][0]["title"] = "Tapahtumakutsu, uusi"
    extra = dict(data["templates"][3], id="sample.extra", title="Lisäpohja")
    data["templates"].append(extra)
    path = tmp_path / f"sample-{version}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def conflicting_pack(tmp_path: Path) -> Path:
    """Another library with its own sample.plain (installed by the fixture) and a new template."""
    data = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "sample_pack.json").read_text("utf-8"))
    plain = dict(data["templates"][2], title="Meidän selkokieli")
    new = dict(data["templates"][3], id="team.report", title="Tiimin raportti")
    pack = {"format": "promptlib-library", "format_version": 1, "id": "team.lib", "name": "Tiimi",
            "version": "2.0", "publisher": "Tiimi", "templates": [plain, new]}
    path = tmp_path / "team.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def answers(monkeypatch):
    """Records every preview shown and answers Install, with optional per-conflict choices."""
    shown = []
    choices: dict[tuple[str, str], str] = {}
    reply = {"install": True}

    def ask(plan, parent=None):
        dialog = ImportPreviewDialog(plan, parent)
        shown.append(dialog)
        for (template_id, language), resolution in choices.items():
            dialog.choose(template_id, language, resolution)
        return reply["install"]

    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(ask))
    return shown, choices, reply


def test_file_menu_has_the_library_actions(window) -> None:
    names = [action.objectName() for action in window.file_menu.actions()]
    start = names.index("importLibrary")  # after the editor's New template, ... (tests/gui/test_editor.py)
    assert names[start:start + 5] == ["importLibrary", "exportTemplates", "publishLibrary", "libraries", "checkUpdates"]
    assert window.file_menu.actions()[-1] is window.quit_action


def test_import_from_the_menu_previews_then_installs(parts, window, monkeypatch, answers, sample_pack, tmp_path) -> None:
    shown, _choices, _reply = answers
    path = newer_sample(sample_pack, tmp_path)
    monkeypatch.setattr(libraryactions, "choose_import_file", lambda parent: path)
    parts.library_actions.import_action.trigger()
    [dialog] = shown
    assert dialog.counts.text().startswith("1 new, 1 updated, 3 unchanged, 0 conflicts, 0 removed")
    assert "1.0.0 → 1.1.0" in dialog.counts.text()
    rows = {(dialog.model.index(r, 2).data(), dialog.model.index(r, 0).data()) for r in range(dialog.model.rowCount())}
    assert ("sample.extra", "New") in rows and ("sample.event", "Updated") in rows
    assert "sample.extra" in visible_ids(window)
    assert window.browser.catalog.get("sample.event", "fi").title == "Tapahtumakutsu, uusi"
    assert "Imported Testikirjasto 1.1.0" in window.statusBar().currentMessage()


def test_cancelling_the_preview_installs_nothing(parts, window, monkeypatch, answers, sample_pack, tmp_path) -> None:
    _shown, _choices, reply = answers
    reply["install"] = False
    assert not parts.library_actions.import_file(newer_sample(sample_pack, tmp_path))
    assert "sample.extra" not in visible_ids(window)
    assert window.browser.workspace.store.installed_packs()[0].pack["version"] == "1.0.0"
    assert "nothing was installed" in window.statusBar().currentMessage()


@pytest.mark.parametrize("resolution, title, copy_id", [
    (KEEP, "Selkokielinen versio", None),
    (REPLACE, "Meidän selkokieli", None),
    (KEEP_BOTH, "Selkokielinen versio", "sample.plain.2"),
])
def test_each_conflict_gets_its_own_choice(parts, window, answers, tmp_path, resolution, title, copy_id) -> None:
    shown, choices, _reply = answers
    choices[("sample.plain", "fi")] = resolution
    assert parts.library_actions.import_file(conflicting_pack(tmp_path))
    [dialog] = shown
    assert dialog.model.items[0].status == CONFLICT  # conflicts are listed first
    assert "Also in Testikirjasto" in dialog.model.index(0, CHOICE_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert window.browser.catalog.get("sample.plain", "fi").title == title
    assert "team.report" in visible_ids(window)
    if copy_id:
        assert window.browser.catalog.get(copy_id, "fi").title == "Meidän selkokieli"


def test_the_choice_column_edits_with_a_combo_box(parts, qtbot, window, tmp_path) -> None:
    plan = parts.library_actions.libraries.plan_source(str(conflicting_pack(tmp_path)))
    dialog = ImportPreviewDialog(plan, window)
    qtbot.add_widget(dialog)
    dialog.show()
    index = dialog.model.index(0, CHOICE_COLUMN)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    combo = dialog.table.indexWidget(index) or dialog.table.findChild(QComboBox)
    assert combo is not None and [combo.itemText(i) for i in range(combo.count())] == [
        "Keep the existing one", "Replace with the imported one", "Keep both"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert plan.resolutions[("sample.plain", "fi")] == REPLACE
    qtbot.mouseClick(dialog.findChild(type(dialog.install_button), "all_keep-both"), Qt.MouseButton.LeftButton)
    assert plan.resolutions[("sample.plain", "fi")] == KEEP_BOTH


def test_an_invalid_file_shows_its_problems_and_installs_nothing(parts, window, monkeypatch, tmp_path) -> None:
    reported = []
    monkeypatch.setattr(libraryactions, "show_import_problems", lambda parent, error: reported.append(error))
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "promptlib-library", "format_version": 1, "id": "Bad Id"}', encoding="utf-8")
    before = window.browser.workspace.store.installed_packs()
    assert not parts.library_actions.import_file(bad)
    [error] = reported
    assert f"{bad}:id: 'Bad Id' is not a safe id" in error.lines()[0]
    assert window.browser.workspace.store.installed_packs() == before
    assert window.statusBar().currentMessage().startswith("Not imported:")


def test_dropping_a_library_file_on_the_window_imports_it(window, answers, sample_pack, tmp_path) -> None:
    shown, _choices, _reply = answers
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(newer_sample(sample_pack, tmp_path)))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert len(shown) == 1 and "sample.extra" in visible_ids(window)


def test_dragging_something_else_is_not_accepted(window) -> None:
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_export_writes_a_valid_pack_of_the_chosen_library(parts, window, monkeypatch, tmp_path) -> None:
    target = tmp_path / "exported.json"
    monkeypatch.setattr(ExportDialog, "ask", staticmethod(lambda *args, **kwargs: Selection(library="test.sample")))
    monkeypatch.setattr(exportdialog, "choose_export_path", lambda parent, suggested: target)
    assert parts.library_actions.export_dialog()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert validate_pack(data) == [] and data["id"] == "test.sample" and len(data["templates"]) == 4
    message = window.statusBar().currentMessage()
    assert message.startswith("Exported 4 template") and str(target) in message


def test_export_dialog_offers_the_selected_template_and_current_role(qtbot, window) -> None:
    catalog = window.browser.catalog
    dialog = ExportDialog(catalog, "fi", "sample.event", "communications", window)
    qtbot.add_widget(dialog)
    assert dialog.template_choice.isChecked()
    assert dialog.selection() == Selection(template_ids=("sample.event",))
    dialog.role_choice.setChecked(True)
    assert dialog.selection() == Selection(role="communications")
    assert "Viestintä" in dialog.role_choice.text() or "Communications" in dialog.role_choice.text()
    assert not dialog.own_choice.isEnabled()  # no own templates yet
    without = ExportDialog(catalog, "fi", None, None, window)
    qtbot.add_widget(without)
    assert not without.template_choice.isEnabled() and without.library_choice.isChecked()


def test_libraries_dialog_lists_provenance_and_removes(parts, qtbot, window, monkeypatch, sample_pack_path) -> None:
    assert window.select_template("sample.event")
    dialog = parts.library_actions.libraries_dialog()
    qtbot.add_widget(dialog)
    rows = {dialog.table.item(r, 1).text(): r for r in range(dialog.table.rowCount())}
    assert "fi.promptlib.hr" in rows and "test.sample" in rows
    dialog.table.selectRow(rows["fi.promptlib.hr"])
    assert not dialog.remove_button.isEnabled()  # built in
    row = rows["test.sample"]
    assert dialog.table.item(row, 6).text() == str(sample_pack_path)
    dialog.table.selectRow(row)
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(librariesdialog, "confirm_remove", lambda parent, info: info.id == "test.sample")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "test.sample" not in {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "sample.event" not in visible_ids(window)
    assert window.pane.template is None or window.pane.template.id != "sample.event"
    assert "Removed the library test.sample" in window.statusBar().currentMessage()


def test_libraries_dialog_adds_a_user_source(parts, qtbot, window, monkeypatch) -> None:
    dialog = parts.library_actions.libraries_dialog()
    qtbot.add_widget(dialog)
    monkeypatch.setattr(librariesdialog, "ask_source", lambda parent: "/srv/share/libraries")
    assert dialog.add_source()
    assert window.browser.workspace.store.setting("library_sources") == ["/srv/share/libraries"]
    assert dialog.sources.item(0).text().startswith("/srv/share/libraries")
    monkeypatch.setattr(librariesdialog, "ask_source", lambda parent: "http://example.com/x.json")
    monkeypatch.setattr(librariesdialog, "warn", lambda parent, title, text: None)
    assert not dialog.add_source()


def test_guidance_shows_where_an_imported_library_came_from(window, qtbot, sample_pack_path) -> None:
    assert window.select_template("sample.event")
    text = window.guidance.provenance.text()
    assert "Library: Testikirjasto, version 1.0.0 (promptlib tests)" in text
    assert f"Source: {sample_pack_path}" in text


def test_update_check_runs_in_the_background_and_applies_a_newer_version(parts,
        qtbot, window, monkeypatch, sample_pack, tmp_path) -> None:
    from promptlib.core.library import subscriptions

    source = newer_sample(sample_pack, tmp_path)
    window.browser.workspace.store.set_setting("library_sources", [str(source)])
    real_check = subscriptions.check_sources
    threads = []
    share_answers = threading.Event()  # a slow network share: silent until the test lets it answer
    answered_after_the_window_went_on = []

    def slow_check(*args, **kwargs):
        threads.append(threading.current_thread())
        answered_after_the_window_went_on.append(share_answers.wait(timeout=10))
        return real_check(*args, **kwargs)

    monkeypatch.setattr(subscriptions, "check_sources", slow_check)
    reports = []
    monkeypatch.setattr(libraryactions, "show_update_report", lambda parent, statuses: reports.append(statuses))
    with qtbot.waitSignal(parts.library_actions.checker.finished, timeout=10_000):
        assert parts.library_actions.check_for_updates(interactive=True)
        # The window is not blocked: the call has returned while the share is still silent.
        assert parts.library_actions.checker.running
        assert "Checking library sources" in window.statusBar().currentMessage()
        share_answers.set()
    assert answered_after_the_window_went_on == [True]
    assert threads and threads[0] is not threading.main_thread()
    [[status]] = reports
    assert status.state == "updated" and "1.0.0 -> 1.1.0" in status.message
    assert "sample.extra" in visible_ids(window)
    assert "1 updated" in window.statusBar().currentMessage()


def test_the_start_up_check_does_nothing_without_sources(parts, window) -> None:
    assert parts.library_actions.check_for_updates() is False
