"""A template's history in the app: Edit → History… (Ctrl+H) and the template pane's
History button for the shown template (a dialog), and a History tab in every editor
for the template being edited. All of them restore and open drafts through here.

Restore is `core.owntemplates.restoring.restore_version`; an own template's editor, if
open, then shows the restored template. Open as draft opens the editor from that
version, or loads it into the editor already open. Neither overwrites what is typed
in an open editor and not saved: they refuse and say so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from ..core.errors import StoreError
from ..core.history.hooks import history_of
from ..core.history.snapshots import TemplateHistory, Version
from ..core.model import OWN_LIBRARY_ID
from ..core.owntemplates.drafts import own_key

if TYPE_CHECKING:   # the view and the diff load when a history is first shown, not at start-up
    from .historyview import HistoryView


class HistoryActions(QObject):
    def __init__(self, window: Any, editor_actions: Any) -> None:
        super().__init__(window)
        self.window = window
        self.editor_actions = editor_actions
        self.store = window.browser.workspace.store
        self._history: TemplateHistory | None = None
        self._notices_told = 0
        self.views: list[HistoryView] = []   # every open history, refreshed when one changes it
        self.action = QAction(self.tr("&History…"), window)
        self.action.setObjectName("templateHistory")
        self.action.setShortcuts([QKeySequence("Ctrl+H")])
        self.action.triggered.connect(lambda _checked=False: self.show_history())
        # Always enabled: Ctrl+H must work without the menu having been opened; with no
        # template selected it says so in the status bar.
        window.add_edit_actions([self.action])
        self.button = QPushButton(self.tr("History"))
        self.button.setObjectName("historyButton")
        self.button.setAccessibleName(self.tr("History of this template"))
        self.button.clicked.connect(self.show_history)
        window.pane.add_header_button(self.button)
        # Whether the shown template has a history is asked after the switch, not in it:
        # the first ask reads history.json, which must not slow start-up or a switch.
        self._button_timer = QTimer(self, singleShot=True, interval=0)
        self._button_timer.timeout.connect(self.update_button)
        window.pane.templateShown.connect(lambda _template: self._button_timer.start())
        self._button_timer.start()
        editor_actions.editorOpened.connect(self.add_history_tab)

    @property
    def history(self) -> TemplateHistory:
        """Opened once. A damaged file is set aside when read; whoever read it tells the
        user (`_tell_recoveries`), as another process may damage it at any time."""
        if self._history is None:
            self._history = history_of(self.store)
        return self._history

    def _tell_recoveries(self) -> None:
        """Each damaged history file set aside since the last time, told once."""
        notices = self._history.recovery_notices if self._history is not None else []
        if len(notices) > self._notices_told:
            from .dialogs import show_notices

            new, self._notices_told = notices[self._notices_told:], len(notices)
            show_notices(self.window, new)

    # -- the template pane's button and the dialog ----------------------------------------

    def update_button(self) -> None:
        template = self.window.pane.template
        try:
            kept = template is not None and self.history.has_versions(template.id, template.language)
        except (StoreError, OSError):
            kept = True   # cannot tell: the dialog will say what is wrong
        self._tell_recoveries()
        if template is None:
            reason = self.tr("Select a template to see its history.")
        elif not kept:
            reason = self.tr("No history yet: versions are kept when a template is saved in the editor "
                             "or brought by a library import.")
        else:
            reason = self.tr("See the versions of this template and what changed in each (Ctrl+H)")
        self.button.setEnabled(kept)
        self.button.setToolTip(reason)
        self.button.setAccessibleDescription(reason)

    def show_history(self) -> Any:
        template = self.window.pane.template
        if template is None:
            self.window.show_status(self.tr("Select a template to see its history."), 10_000)
            return None
        from .historydialog import HistoryDialog

        own = template.origin is not None and template.origin.own
        dialog = HistoryDialog(self.history, template.id, template.language, template.title, restore=self.restore,
                               open_draft=self.open_draft if own else None, parent=self.window)
        self._keep_refreshed(dialog.view)
        dialog.setModal(False)
        dialog.show()
        self._tell_recoveries()
        return dialog

    # -- the editor's tab ------------------------------------------------------------------

    def add_history_tab(self, editor: Any) -> HistoryView:
        """A History tab in *editor*, for the template it edits (none until first saved)."""
        from .historyview import HistoryView

        view = HistoryView(self.history, restore=self.restore, open_draft=self.open_draft)
        view.show_template(*(editor.saved_as or (None, "")))
        editor.add_history_tab(view)
        editor.saved.connect(lambda template: self._saved(view, template))
        self._keep_refreshed(view)
        self._tell_recoveries()
        return view

    def _saved(self, view: HistoryView, template: Any) -> None:
        if not view.shows(template.id, template.language):
            view.show_template(template.id, template.language)   # its first save, or a new id
        self._refresh(template.id, template.language)
        self._button_timer.start()

    def _keep_refreshed(self, view: HistoryView) -> None:
        self.views.append(view)
        view.destroyed.connect(lambda _obj=None, v=view: self.views.remove(v) if v in self.views else None)

    def _refresh(self, template_id: str, language: str) -> None:
        for view in self.views:
            if view.shows(template_id, language):
                view.refresh()

    # -- restoring and drafts -----------------------------------------------------------------

    def _editor_of(self, version: Version) -> Any:
        """The open editor of *version*'s own template; RestoreRefused if it has unsaved changes."""
        if version.library != OWN_LIBRARY_ID:
            return None
        editor = self.editor_actions.editors.get(own_key(version.template_id, version.language))
        if editor is not None and editor.is_dirty():
            from .historyview import RestoreRefused

            raise RestoreRefused(self.tr("The editor has changes to this template that are not saved: "
                                         "save or discard them first."))
        return editor

    def restore(self, version: Version) -> Version:
        """The new version restoring *version* (an own template is saved as it, too)."""
        from ..core.owntemplates.restoring import restore_version

        editor = self._editor_of(version)
        made = restore_version(self.store, version.template_id, version.language, version.number)
        if version.library == OWN_LIBRARY_ID:
            self.window.reload_library()
        if editor is not None:
            editor.show_saved(made.template)
        self._refresh(version.template_id, version.language)
        return made

    def open_draft(self, version: Version) -> Any:
        """The editor, starting from *version* (unsaved changes until saved)."""
        editor = self._editor_of(version)
        if editor is None:
            return self.editor_actions.open_editor(dict(version.template),
                                                   own_key(version.template_id, version.language),
                                                   (version.template_id, version.language))
        editor.start_from(version.template)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor


def install_history_actions(window: Any, editor_actions: Any) -> HistoryActions:
    return HistoryActions(window, editor_actions)
