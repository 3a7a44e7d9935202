"""Edit → History… (Ctrl+H) for the selected template: its versions, diff, restore,
and Open as draft for an own template (through the editor actions)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..core.history.hooks import history_of
from ..core.history.snapshots import TemplateHistory, Version
from ..core.owntemplates.drafts import own_key


class HistoryActions(QObject):
    def __init__(self, window: Any, editor_actions: Any) -> None:
        super().__init__(window)
        self.window = window
        self.editor_actions = editor_actions
        self.store = window.browser.workspace.store
        self._history: TemplateHistory | None = None
        self.action = QAction(self.tr("&History…"), window)
        self.action.setObjectName("templateHistory")
        self.action.setShortcuts([QKeySequence("Ctrl+H")])
        self.action.triggered.connect(lambda _checked=False: self.show_history())
        # Always enabled: Ctrl+H must work without the menu having been opened; with no
        # template selected it says so in the status bar.
        window.add_edit_actions([self.action])

    @property
    def history(self) -> TemplateHistory:
        """Opened once: a damaged file is set aside and told about the first time it is read."""
        if self._history is None:
            from .dialogs import show_notices

            self._history = history_of(self.store)
            self._history.versions("", "")   # reads the file, so a damaged one is set aside now
            show_notices(self.window, self._history.recovery_notices)
        return self._history

    def show_history(self) -> Any:
        template = self.window.pane.template
        if template is None:
            self.window.show_status(self.tr("Select a template to see its history."), 10_000)
            return None
        from ..core.owntemplates.restoring import restore_version
        from .historydialog import HistoryDialog

        own = template.origin is not None and template.origin.own

        def restore(number: int) -> Version:
            made = restore_version(self.store, template.id, template.language, number)
            if own:
                self.window.reload_library()
            return made

        def open_draft(version: Version) -> Any:
            return self.editor_actions.open_editor(dict(version.template), own_key(template.id, template.language),
                                                   template.key)

        dialog = HistoryDialog(self.history, template.id, template.language, template.title, restore=restore,
                               open_draft=open_draft if own else None, parent=self.window)
        dialog.setModal(False)
        dialog.show()
        return dialog


def install_history_actions(window: Any, editor_actions: Any) -> HistoryActions:
    return HistoryActions(window, editor_actions)
