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

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import LibraryError, PromptlibError
from . import workers
from .lazyqt import Qt
from .problemtexts import error_lines, error_summary, error_text
from .translations import ui_language

STATUS_TIMEOUT_MS = 10_000
SHOWN_PROBLEMS = 15
PROGRESS_DELAY_MS = 400   # a check that ends sooner shows no progress dialog at all
WORKER_STACK_BYTES = 32 * 1024 * 1024  # as deep as the main thread may go, on every platform


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
    box.setTextFormat(Qt.TextFormat.PlainText)  # the problems quote the file: never read them as HTML
    box.setDetailedText("\n".join(lines))
    box.setInformativeText(text)
    box.exec()


def show_message(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote packs and sources: never read them as HTML
    box.exec()


def show_update_report(parent: QWidget, statuses: list) -> None:
    from .updatetexts import report_text

    show_message(parent, QCoreApplication.translate("libraryactions", "Library updates"), report_text(statuses))


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
        self._importing = False
        self.import_progress = None  # the progress dialog while an import is being checked

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
        """Preview, and install if the user agrees. True when something was installed.

        Reading and checking the file runs off the GUI thread (`_plan_in_background`),
        with a progress dialog and Cancel; the window keeps painting meanwhile."""
        from .importdialog import ImportPreviewDialog

        if self._importing:
            self.status(self.tr("An import is already running; wait for it to finish."))
            return False
        self._importing = True
        try:
            outcome = self._plan_in_background(str(path))
        finally:
            self._importing = False
        if outcome is None:
            self.status(self.tr("Import cancelled; nothing was installed."))
            return False
        kind, value = outcome
        if kind == "invalid":
            self.status(self.tr("Not imported: %1").replace("%1", error_summary(value)))
            show_import_problems(self.window, value)
            return False
        if kind == "error":
            self.status(self.tr("Not imported: %1").replace("%1", error_text(value)))
            show_message(self.window, self.tr("Import library"), error_text(value))
            return False
        if kind == "failed":
            self._report_failure(path, value)
            return False
        plan = value
        if not plan.changes_anything and not plan.signature_changed:
            self.status(self.tr("%1 %2 is already installed; nothing to change.")
                        .replace("%1", plan.name_in(ui_language())).replace("%2", plan.version))
            return False
        if not ImportPreviewDialog.ask(plan, self.window):
            self.status(self.tr("Import cancelled; nothing was installed."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.libraries.apply(plan)
        except PromptlibError as error:
            QApplication.restoreOverrideCursor()
            show_message(self.window, self.tr("Import library"), error_text(error))
            return False
        except Exception as error:  # a bug must not leave a traceback and a wait cursor behind
            QApplication.restoreOverrideCursor()
            self._report_failure(path, error)
            return False
        QApplication.restoreOverrideCursor()
        self.window.reload_library()
        self.status(self.tr("Imported %1 %2: %3").replace("%1", plan.name_in(ui_language())).replace("%2", plan.version)
                    .replace("%3", self.import_summary(plan)))
        return True

    def _plan_in_background(self, source: str) -> tuple[str, Any] | None:
        """Read, check and compare *source* in a worker thread while a local event loop
        keeps the window alive; a progress dialog with Cancel appears if it takes a
        while. Returns ("plan", ImportPlan), ("invalid", LibraryError), ("error",
        PromptlibError) or ("failed", any other exception); None when cancelled, or when
        the application quits meanwhile.

        The worker is a daemon thread: a cancelled check runs on to its end (the core
        bounds the work) and its answer is dropped, and it never keeps the process
        alive after the window closes. The busy cursor is restored whatever happens."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QProgressDialog

        libraries = self.libraries  # built here, on the GUI thread (it loads the built-in packs)
        loop = QEventLoop()
        progress = QProgressDialog(self.tr("Reading and checking the library file %1…")
                                   .replace("%1", Path(source).name), self.tr("Cancel"), 0, 0, self.window)
        progress.setObjectName("importProgress")
        progress.setWindowTitle(self.tr("Import library"))
        progress.setAccessibleName(self.tr("Import library"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)  # starts the delay before the dialog appears
        stopped: list[bool] = []

        def stop() -> None:
            stopped.append(True)
            loop.quit()

        progress.canceled.connect(stop)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop)
        self.import_progress = progress
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker = None
        try:
            worker = workers.start(lambda: libraries.plan_source(source), name="promptlib-import",
                                   parent=self.window, on_done=lambda _worker: loop.quit(),
                                   stack_size=WORKER_STACK_BYTES)
            loop.exec()
        finally:
            QApplication.restoreOverrideCursor()
            self.import_progress = None
            if app is not None:
                app.aboutToQuit.disconnect(stop)
            progress.canceled.disconnect(stop)
            progress.close()
            progress.deleteLater()
        if stopped or worker is None or not worker.finished.is_set():
            if worker is not None:
                worker.cancel()  # a late answer is dropped
            return None
        return _outcome(worker)

    def _report_failure(self, path: Path | str, error: BaseException) -> None:
        """Something that is not a problem of the file's content went wrong (a bug, or a
        file that made the checker itself give up): one message, no traceback."""
        print(f"promptlib: import of {path} failed: {type(error).__name__}: {str(error)[:300]}", file=sys.stderr)
        self.status(self.tr("Not imported: the file could not be checked."))
        show_message(self.window, self.tr("Import library"), self.tr(
            "This library file could not be checked: it may be damaged, or too large or too complex. "
            "Nothing was installed."))

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


def _outcome(worker: workers.Worker) -> tuple[str, Any]:
    """What the import worker's answer means for the user."""
    error = worker.error
    if error is None:
        return "plan", worker.result
    if isinstance(error, LibraryError):
        return "invalid", error
    if isinstance(error, PromptlibError):
        return "error", error
    return "failed", error  # RecursionError, MemoryError, a bug: reported, never a traceback


def _dropped_files(mime) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json")]


def install_library_actions(window, policy: Any = None) -> LibraryActions:
    """Add the library actions to *window*'s File menu, and drag and drop of library files."""
    return LibraryActions(window, policy)
