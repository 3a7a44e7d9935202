"""The File menu's library actions and the flows behind them: import (menu and drag and
drop), export, publishing to a team library, the Libraries dialog, and checking library
sources for updates.

Each flow asks the core (`core.library.installed`, `.exporting`, `.subscriptions`) and
shows the answer; after anything that changes the installed libraries the window
reloads its catalog and lists. `choose_import_file`, `show_import_problems` and
`show_update_report` are the flows' questions and messages; tests monkeypatch them.

The dialogs and the core modules behind them are imported on first use, not at
start-up: opening the window should not pay for the validator or the network code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import LibraryError, PromptlibError
from .lazyqt import Qt
from .problemtexts import error_lines, error_summary, error_text
from .translations import ui_language

STATUS_TIMEOUT_MS = 10_000
SHOWN_PROBLEMS = 15


def choose_import_file(parent: QWidget) -> Path | None:
    from PySide6.QtWidgets import QFileDialog  # dialog classes load when used, not at start-up

    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("libraryactions", "Import library"), "",
        QCoreApplication.translate("libraryactions", "Library files (*.json);;All files (*)"))
    return Path(path) if path else None


def show_import_problems(parent: QWidget, error: LibraryError) -> None:
    lines = error_lines(error)
    more = len(lines) - SHOWN_PROBLEMS
    text = "\n".join(lines[:SHOWN_PROBLEMS])
    if more > 0:
        # translate(), not parent.tr(): see librariesdialog.confirm_remove.
        text += "\n" + QCoreApplication.translate("libraryactions", "… and %n more problem(s).", "", more)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("libraryactions", "Cannot import this library"),
                      QCoreApplication.translate("libraryactions",
                                                 "Nothing was installed. The file has these problems:"),
                      QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText("\n".join(lines))
    box.setInformativeText(text)
    box.exec()


def show_message(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def show_update_report(parent: QWidget, statuses: list) -> None:
    if not statuses:
        text = QCoreApplication.translate("libraryactions",
                                          "No library sources are set. Add one in File → Libraries…")
    else:
        text = "\n\n".join(status.message for status in statuses)
    show_message(parent, QCoreApplication.translate("libraryactions", "Library updates"), text)


class LibraryActions(QObject):
    """Owns the library actions of one main window."""

    def __init__(self, window, policy: Any = None, **check_options: Any) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.browser.workspace
        self.policy = policy
        self.check_options = check_options
        self._libraries = None
        self._checker = None
        self._interactive_check = False

        self.import_action = self._action(self.tr("&Import library…"), self.import_dialog, "importLibrary",
                                          QKeySequence("Ctrl+I"))
        self.export_action = self._action(self.tr("&Export templates…"), self.export_dialog, "exportTemplates",
                                          QKeySequence("Ctrl+E"))
        self.publish_action = self._action(self.tr("&Publish to a team library…"), self.publish_dialog,
                                           "publishLibrary")
        self.libraries_action = self._action(self.tr("&Libraries…"), self.libraries_dialog, "libraries")
        self.check_action = self._action(self.tr("Check for library &updates"),
                                         lambda: self.check_for_updates(interactive=True), "checkUpdates")
        window.add_file_actions([self.import_action, self.export_action, self.publish_action,
                                 self.libraries_action, self.check_action])
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def libraries(self):
        if self._libraries is None:
            from ..core.library.installed import Libraries

            self._libraries = Libraries(self.workspace.store, policy=self.policy)
        return self._libraries

    @property
    def checker(self):
        if self._checker is None:
            from .updatecheck import UpdateChecker

            # Built-in packs are loaded by the check itself, off the GUI thread.
            self._checker = UpdateChecker(self.workspace.store, None, self.policy, self, **self.check_options)
            self._checker.finished.connect(self._on_checked)
        return self._checker

    def _action(self, text: str, slot, name: str, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts([shortcut])  # not setShortcut(): see lazyqt
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def status(self, text: str) -> None:
        self.window.show_status(text, STATUS_TIMEOUT_MS)

    # -- import ----------------------------------------------------------------------

    def import_dialog(self) -> bool:
        path = choose_import_file(self.window)
        return self.import_file(path) if path else False

    def import_file(self, path: Path | str) -> bool:
        """Preview, and install if the user agrees. True when something was installed."""
        from .importdialog import ImportPreviewDialog

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            plan = self.libraries.plan_source(str(path))
        except LibraryError as error:
            QApplication.restoreOverrideCursor()
            self.status(self.tr("Not imported: %1").replace("%1", error_summary(error)))
            show_import_problems(self.window, error)
            return False
        QApplication.restoreOverrideCursor()
        if not plan.changes_anything and not plan.signature_changed:
            self.status(self.tr("%1 %2 is already installed; nothing to change.")
                        .replace("%1", plan.name_in(ui_language())).replace("%2", plan.version))
            return False
        if not ImportPreviewDialog.ask(plan, self.window):
            self.status(self.tr("Import cancelled; nothing was installed."))
            return False
        try:
            self.libraries.apply(plan)
        except PromptlibError as error:
            show_message(self.window, self.tr("Import library"), error_text(error))
            return False
        self.window.reload_library()
        self.status(self.tr("Imported %1 %2: %3").replace("%1", plan.name_in(ui_language())).replace("%2", plan.version)
                    .replace("%3", self.import_summary(plan)))
        return True

    def import_summary(self, plan) -> str:
        """What an import changes, counted in the UI language: `2 new, 1 updated (1.0 → 1.1),
        5 unchanged, 1 conflict` (core's `ImportPlan.summary()` is the CLI's English)."""
        from ..core.library.importing import CONFLICT, NEW, REMOVED, UNCHANGED, UPDATED

        parts = []
        for status in (NEW, UPDATED, UNCHANGED, CONFLICT, REMOVED):
            count = plan.count(status)
            if not count and status not in (NEW, UPDATED):
                continue
            # One self.tr() per word, with the count: lupdate marks these as plural forms.
            if status == NEW:
                text = self.tr("%n new", "", count)
            elif status == UPDATED:
                text = self.tr("%n updated", "", count)
                if count and plan.previous_version:
                    text += f" ({plan.previous_version} \u2192 {plan.version})"
            elif status == UNCHANGED:
                text = self.tr("%n unchanged", "", count)
            elif status == CONFLICT:
                text = self.tr("%n conflict(s)", "", count)
            else:
                text = self.tr("%n removed", "", count)
            parts.append(text)
        return ", ".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Library files dropped onto the window are imported, one after another."""
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif watched is self.window and event.type() == QEvent.Type.Drop:
            files = _dropped_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                for path in files:
                    self.import_file(path)
                return True
        return super().eventFilter(watched, event)

    # -- export ----------------------------------------------------------------------

    def export_dialog(self) -> bool:
        from ..core.library.exporting import export_pack, write_pack
        from .exportdialog import ExportDialog, choose_export_path, suggested_file_name

        browser = self.window.browser
        template = self.window.pane.template
        selection = ExportDialog.ask(self.workspace.catalog, browser.language,
                                     template.id if template else None,
                                     browser.category.role_id or None, self.window)
        if selection is None:
            return False
        path = choose_export_path(self.window, suggested_file_name(selection))
        if path is None:
            return False
        try:
            data = export_pack(self.workspace.catalog, selection, name=self.export_name(selection))
            write_pack(path, data)
        except PromptlibError as error:
            show_message(self.window, self.tr("Export templates"), error_text(error))
            return False
        self.status(self.tr("Exported %n template(s) to %1", "", len(data["templates"]))
                    .replace("%1", str(path)))
        return True

    def export_name(self, selection) -> str | None:
        """The exported library's name in the UI language, with the role's display name;
        None for a whole library, which keeps its own names."""
        if selection.library and not (selection.role or selection.template_ids or selection.own):
            return None
        if selection.own:
            return self.tr("My templates")
        if selection.role:
            return self.tr("Exported templates (%1)").replace(
                "%1", self.workspace.catalog.role_name(selection.role, ui_language()))
        return self.tr("Exported templates")

    # -- publish -------------------------------------------------------------------------

    def publish_dialog(self) -> bool:
        from .publishdialog import PublishDialog

        record = PublishDialog.ask(self.workspace, self.window)
        if record is None:
            return False
        self.status(self.tr("Published %1 %2 to %3").replace("%1", record.pack_id).replace("%2", record.version)
                    .replace("%3", record.path))
        return True

    # -- libraries and updates -----------------------------------------------------------

    def libraries_dialog(self):
        from .librariesdialog import LibrariesDialog

        dialog = LibrariesDialog(self.libraries, self.policy, self.window)
        dialog.libraryRemoved.connect(self._on_removed)
        dialog.checkRequested.connect(lambda: self.check_for_updates(interactive=True))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _on_removed(self, library_id: str) -> None:
        self.window.reload_library()
        self.status(self.tr("Removed the library %1.").replace("%1", library_id))

    def check_for_updates(self, interactive: bool = False) -> bool:
        """Check the sources in the background; False if there is nothing to check or a
        check is already running. *interactive* shows a report when it ends."""
        if not interactive and not self.checker.has_sources():
            return False
        self._interactive_check = self._interactive_check or interactive
        if not self.checker.start():
            return False
        self.status(self.tr("Checking library sources for updates…"))
        return True

    def _on_checked(self, statuses: list) -> None:
        interactive, self._interactive_check = self._interactive_check, False
        changed = [s for s in statuses if s.changed]
        failed = [s for s in statuses if s.failed]
        if changed:
            self.window.reload_library()
        if changed or failed:
            self.status(self.tr("Library sources: %1 updated, %2 with problems (the last good copies "
                                "stay in use). See File → Check for library updates.")
                        .replace("%1", str(len(changed))).replace("%2", str(len(failed))))
        else:
            self.status(self.tr("Libraries are up to date."))
        if interactive:
            show_update_report(self.window, statuses)


def _dropped_files(mime) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")]


def install_library_actions(window, policy: Any = None) -> LibraryActions:
    """Add the library actions to *window*'s File menu, and drag and drop of library files."""
    return LibraryActions(window, policy)
