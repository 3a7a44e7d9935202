"""Telling the user when a change could not be saved (a full disk, a read-only data folder).

Favourites, history and settings are saved the moment they change. A save that fails
must neither pass in silence (the change would be gone at the next start) nor end as
a traceback on stderr: the window says so in the status bar, in the user's language.
The store's own words (English, with the path and the system's reason) go to stderr
for whoever supports the user; they are not shown in the fi or sv UI.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.errors import StoreError

SAVE_FAILURE_TIMEOUT_MS = 20_000


def save_failure_text() -> str:
    return QCoreApplication.translate(
        "savefailure", "Your change could not be saved. Check that the disk has free space and that "
                       "promptlib may write to its data folder.")


def report_save_failure(widget: QWidget | None, error: Exception) -> None:
    """Show that a save failed: in the status bar of *widget*'s window, else in a message box."""
    print(f"promptlib: {error}", file=sys.stderr)
    window = widget.window() if widget is not None else None
    show_status = getattr(window, "show_status", None)
    if callable(show_status):
        show_status(save_failure_text(), SAVE_FAILURE_TIMEOUT_MS)
    elif widget is not None:
        QMessageBox.warning(widget, QCoreApplication.translate("savefailure", "Not saved"), save_failure_text())


@contextmanager
def saving(widget: QWidget | None) -> Iterator[None]:
    """Run a save; a `StoreError` from it is reported (`report_save_failure`), not raised."""
    try:
        yield
    except StoreError as error:
        report_save_failure(widget, error)
