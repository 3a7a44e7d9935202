"""The publish dialog's release notes: suggested from the notes of the versions saved
since the last publish, editable, and never put back over what the user wrote or cleared."""

from __future__ import annotations

import pytest

from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.gui import publishdialog
from promptlib.gui.lazyqt import Qt
from promptlib.gui.publishdialog import PublishDialog

LETTER = {"id": "own.kirje", "language": "fi", "title": "Kirje", "roles": ["hr"], "body": "Kirjoita kirje."}
MEMO = {"id": "own.muistio", "language": "fi", "title": "Muistio", "roles": ["hr"], "body": "Kirjoita muistio."}


@pytest.fixture
def dialog(window, workspace, qtbot, tmp_path, monkeypatch):
    OwnTemplates(workspace.store).save(LETTER, note="uusi kirjepohja")
    OwnTemplates(workspace.store).save({**LETTER, "body": "Kirjoita lyhyt kirje."}, replaces=("own.kirje", "fi"),
                                       note="lyhyemmäksi")
    OwnTemplates(workspace.store).save(MEMO)
    window.reload_library()
    target = tmp_path / "team.json"
    monkeypatch.setattr(publishdialog, "choose_publish_file", lambda parent, current: target)
    opened = PublishDialog(window.browser.workspace, window)
    qtbot.add_widget(opened)
    opened.show()
    assert opened.library.currentData() == "user.own"
    assert opened.notes.toPlainText() == ""   # no target yet, no plan, no suggestion
    qtbot.mouseClick(opened.browse_target, Qt.MouseButton.LeftButton)
    return opened


def test_the_suggestion_is_in_the_field_and_what_the_user_makes_of_it_is_published(dialog, qtbot) -> None:
    assert dialog.notes.toPlainText() == "Kirje: uusi kirjepohja, lyhyemmäksi; Muistio: new template"
    assert "since the last publish" in dialog.notes.accessibleDescription()
    dialog.notes.setFocus()
    dialog.notes.moveCursor(dialog.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.notes, " (tarkistettu)")
    dialog.refresh()   # another check does not put the suggestion back over the edit
    assert dialog.notes.toPlainText().endswith("new template (tarkistettu)")
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None
    assert dialog.record.notes == "Kirje: uusi kirjepohja, lyhyemmäksi; Muistio: new template (tarkistettu)"


def test_notes_cleared_by_the_user_stay_empty(dialog, qtbot) -> None:
    dialog.notes.clear()
    dialog.refresh()
    assert dialog.notes.toPlainText() == ""
    assert dialog.publish()
    assert dialog.record is not None and dialog.record.notes == ""
