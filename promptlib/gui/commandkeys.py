"""The window's menu shortcuts work while a text field has the focus.

A line edit or text edit claims some keys for itself before any shortcut sees them
(a ShortcutOverride it accepts): on Linux Ctrl+E is "end of line", so File → Export
(Ctrl+E) did nothing while the cursor was in a field. The menus promise these keys,
so the window's actions win, except for the editing keys a field must keep (copy,
paste, cut, undo, redo, select all).

The filter sits only on the widget that has the focus, not on the application, so
other widgets' events do not pass through Python.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class CommandKeys(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._watched: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            with contextlib.suppress(RuntimeError):  # the field was rebuilt and is gone
                self._watched.removeEventFilter(self)
            self._watched = None
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)
            self._watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self._is_window_command(event):
            event.ignore()   # not the field's: the shortcut map gets the key
            return True
        return False

    def _is_window_command(self, event: QKeyEvent) -> bool:
        for keep in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut,
                     QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
                     QKeySequence.StandardKey.SelectAll):
            if event.matches(keep):
                return False
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed in action.shortcuts()
                   for action in self.window.findChildren(QAction))
