"""Settings → Template history…: the user's name in the history and "keep the last N
unpublished versions", driven through the real widgets, and a save then prunes."""

from __future__ import annotations

from promptlib.core import settings
from promptlib.core.history.snapshots import TemplateHistory
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.gui.historysettings import HistorySettingsDialog
from promptlib.gui.lazyqt import Qt

OWN = {"id": "own.kutsu", "language": "fi", "title": "Kutsu", "roles": ["communications"], "body": "Kirjoita 1."}


def open_dialog(window, qtbot, monkeypatch) -> HistorySettingsDialog:
    shown: list[HistorySettingsDialog] = []
    monkeypatch.setattr(HistorySettingsDialog, "exec", lambda self: shown.append(self) or self.show())
    action = window.findChild(type(window.copy_action), "historySettings")
    assert action is not None and action in window.settings_menu.actions()
    action.trigger()
    [dialog] = shown
    qtbot.add_widget(dialog)
    return dialog


def test_the_dialog_keeps_both_settings_and_zero_means_all(window, qtbot, monkeypatch, workspace) -> None:
    dialog = open_dialog(window, qtbot, monkeypatch)
    assert dialog.keep.value() == 0 and dialog.keep.text() == "All versions"   # unset: keep all, said in words
    assert dialog.display_name.accessibleName() == "Your name in the history"
    assert dialog.keep.accessibleName().startswith("Keep the last N unpublished versions")
    dialog.display_name.setFocus()
    qtbot.keyClicks(dialog.display_name, "Maija Virtanen")
    dialog.keep.setFocus()
    dialog.keep.lineEdit().selectAll()
    qtbot.keyClicks(dialog.keep, "3")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)   # OK is the default button
    assert not dialog.isVisible()
    assert workspace.store.setting(settings.DISPLAY_NAME) == "Maija Virtanen"
    assert workspace.store.setting(settings.HISTORY_KEEP) == 3

    again = open_dialog(window, qtbot, monkeypatch)
    assert (again.display_name.text(), again.keep.value()) == ("Maija Virtanen", 3)
    again.keep.setValue(0)
    again.display_name.clear()
    again.save()
    assert workspace.store.setting(settings.HISTORY_KEEP) is None
    assert workspace.store.setting(settings.DISPLAY_NAME) is None


def test_cancel_changes_nothing(window, qtbot, monkeypatch, workspace) -> None:
    dialog = open_dialog(window, qtbot, monkeypatch)
    dialog.keep.setValue(5)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert workspace.store.setting(settings.HISTORY_KEEP) is None


def test_a_save_after_the_setting_keeps_only_the_last_n(window, qtbot, monkeypatch, workspace, isolated_home) -> None:
    own = OwnTemplates(workspace.store)
    own.save(OWN)
    for n in range(2, 5):
        own.save({**OWN, "body": f"Kirjoita {n}."}, replaces=("own.kutsu", "fi"))
    dialog = open_dialog(window, qtbot, monkeypatch)
    dialog.keep.setValue(2)
    dialog.display_name.setText("Maija")
    dialog.save()
    own.save({**OWN, "body": "Kirjoita 5."}, replaces=("own.kutsu", "fi"))
    kept = TemplateHistory(isolated_home).versions("own.kutsu", "fi")
    assert [(v.number, v.author) for v in kept] == [(4, kept[0].author), (5, "Maija")]
