"""A save that fails (a full disk) is told to the user in the status bar, and the window
shows what is really saved: the favourite star goes back, nothing raises."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtCore import Qt

from promptlib.gui.savefailure import save_failure_text


@pytest.fixture
def full_disk(monkeypatch):
    from promptlib.core.store import atomic

    def no_space(path, payload, **options):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(atomic, "atomic_write_bytes", no_space)


def test_a_favourite_that_cannot_be_saved_is_told_and_the_star_stays_off(window, qtbot, full_disk, capsys) -> None:
    assert window.select_template("hr.job-ad")
    qtbot.waitUntil(lambda: window.pane.template is not None)
    assert not window.pane.star.isChecked()
    qtbot.mouseClick(window.pane.star, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == save_failure_text()
    assert not window.pane.star.isChecked() and window.pane.star.text() == "☆"
    assert "hr.job-ad" not in window.browser.favourites()
    assert "No space left on device" in capsys.readouterr().err  # the details, for support


def test_a_setting_that_cannot_be_saved_is_told(window, qtbot, full_disk) -> None:
    window.statusBar().clearMessage()
    assert window.select_category("favourites")
    # Saved once the selection settles (mainwindow.SELECTION_SAVE_DELAY_MS), and told then.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == save_failure_text(), timeout=5000)
