"""GUI import reads and checks a file off the GUI thread, with progress and Cancel, and
leaves no wait cursor and no traceback behind, whatever happens."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from promptlib.core.library import importing
from promptlib.gui import libraryactions
from promptlib.gui.importdialog import ImportPreviewDialog


def new_pack(tmp_path: Path) -> Path:
    pack = {"format": "promptlib-library", "format_version": 1, "id": "slow.lib", "name": "Hidas",
            "version": "1.0", "publisher": "Testi",
            "templates": [{"id": "slow.one", "language": "fi", "title": "Hidas pohja",
                           "roles": ["communications"], "body": "Kirjoita."}]}
    path = tmp_path / "slow.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def slow_validator(monkeypatch):
    """Validation that waits until the test lets it go, as a huge pack would."""
    release = threading.Event()
    started = threading.Event()
    real = importing.validate_pack

    def slow(pack):
        started.set()
        release.wait(30)
        return real(pack)

    monkeypatch.setattr(importing, "validate_pack", slow)
    monkeypatch.setattr(libraryactions, "PROGRESS_DELAY_MS", 50)
    yield release
    release.set()


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(libraryactions, "show_message", lambda parent, title, text: shown.append((title, text)))
    return shown


def installed_ids(window) -> list[str]:
    return [p.pack["id"] for p in window.browser.workspace.store.installed_packs()]


def when_progress_shows(actions, then) -> None:
    """Call *then(progress)* once the progress dialog is on screen (from the nested loop)."""
    def poll() -> None:
        progress = actions.import_progress
        if progress is not None and progress.isVisible():
            then(progress)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def test_a_slow_check_shows_progress_and_cancel_installs_nothing(parts, window, qtbot, slow_validator,
                                                                  monkeypatch, tmp_path) -> None:
    actions = parts.library_actions
    asked = []
    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(lambda plan, parent=None: asked.append(plan) or True))
    seen = {}

    def cancel(progress) -> None:
        seen["text"] = progress.labelText()
        seen["cursor"] = QApplication.overrideCursor() is not None
        seen["painting"] = window.isVisible()
        button = progress.findChild(QPushButton)
        seen["button"] = button.text()
        qtbot.mouseClick(button, libraryactions.Qt.MouseButton.LeftButton)

    when_progress_shows(actions, cancel)
    assert not actions.import_file(new_pack(tmp_path))
    assert seen == {"text": "Reading and checking the library file slow.json…", "cursor": True,
                    "painting": True, "button": "Cancel"}
    assert QApplication.overrideCursor() is None
    assert "Import cancelled; nothing was installed." in window.statusBar().currentMessage()
    # The check runs on to its end in the background; its answer is dropped.
    worker = next(t for t in threading.enumerate() if t.name == "promptlib-import")
    assert worker.daemon  # it can never keep the app alive after the window closes
    slow_validator.set()
    qtbot.waitUntil(lambda: not worker.is_alive())
    QApplication.processEvents()
    assert asked == [] and "slow.lib" not in installed_ids(window)


def test_after_a_slow_check_the_import_goes_on(parts, window, qtbot, slow_validator, monkeypatch, tmp_path) -> None:
    actions = parts.library_actions
    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(lambda plan, parent=None: True))
    when_progress_shows(actions, lambda progress: slow_validator.set())
    assert actions.import_file(new_pack(tmp_path))
    assert "slow.lib" in installed_ids(window)
    assert QApplication.overrideCursor() is None and actions.import_progress is None


def test_a_second_import_waits_for_the_first(parts, window, slow_validator, monkeypatch, tmp_path) -> None:
    actions = parts.library_actions
    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(lambda plan, parent=None: True))
    second = []

    def try_again(progress) -> None:
        second.append(actions.import_file(new_pack(tmp_path)))
        second.append(window.statusBar().currentMessage())
        slow_validator.set()

    when_progress_shows(actions, try_again)
    assert actions.import_file(new_pack(tmp_path))
    assert second == [False, "An import is already running; wait for it to finish."]


@pytest.mark.parametrize("failure", [RecursionError("maximum recursion depth exceeded"), MemoryError(),
                                     ValueError("a bug")])
def test_a_checker_that_gives_up_gives_one_message_and_no_traceback(parts, window, monkeypatch, messages,
                                                                       capsys, tmp_path, failure) -> None:
    def broken(pack):
        raise failure

    monkeypatch.setattr(importing, "validate_pack", broken)
    assert not parts.library_actions.import_file(new_pack(tmp_path))
    assert messages == [("Import library", "This library file could not be checked: it may be damaged, "
                                           "or too large or too complex. Nothing was installed.")]
    assert QApplication.overrideCursor() is None
    assert "Traceback" not in capsys.readouterr().err
    assert "slow.lib" not in installed_ids(window)
    assert window.statusBar().currentMessage() == "Not imported: the file could not be checked."


def test_a_failing_install_restores_the_cursor(parts, window, monkeypatch, messages, capsys, tmp_path) -> None:
    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(lambda plan, parent=None: True))

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(parts.library_actions.libraries, "apply", broken)
    assert not parts.library_actions.import_file(new_pack(tmp_path))
    assert QApplication.overrideCursor() is None
    assert len(messages) == 1 and "Traceback" not in capsys.readouterr().err


def test_the_worker_thread_is_deep_enough_for_the_checker(parts, window, monkeypatch, messages, tmp_path) -> None:
    """A body nested as deep as the recursion limit allows is checked in the worker as it
    would be on the main thread: an answer, not a crash of the process."""
    depth = []

    def deep(pack, level=0):
        if level < 900:
            return deep(pack, level + 1)
        depth.append(level)
        return []

    monkeypatch.setattr(importing, "validate_pack", deep)
    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(lambda plan, parent=None: False))
    assert not parts.library_actions.import_file(new_pack(tmp_path))
    assert depth == [900] and messages == []


def test_messages_quoting_a_pack_are_plain_text(parts, window, qtbot, tmp_path) -> None:
    """A problem line quotes the file (an id, a title): it is shown as text, never as HTML."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "promptlib-library", "format_version": 1,
                               "id": "<img src='file:///etc/passwd'><b>x</b>"}), encoding="utf-8")
    seen = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, inspect)
            return
        seen.extend((label.textFormat(), label.text()) for label in box.findChildren(QLabel) if label.text())
        box.accept()

    QTimer.singleShot(0, inspect)
    assert not parts.library_actions.import_file(bad)
    assert seen and all(text_format == libraryactions.Qt.TextFormat.PlainText for text_format, _text in seen)
    assert any("<img src='file:///etc/passwd'>" in text for _format, text in seen)

    seen.clear()
    QTimer.singleShot(0, inspect)
    libraryactions.show_message(window, "Import library", "<b>not bold</b>")
    assert seen == [(libraryactions.Qt.TextFormat.PlainText, "<b>not bold</b>")]
