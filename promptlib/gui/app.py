"""Composition root: builds the application's parts and connects them. Nothing else
in the GUI creates the workspace, the models or the windows."""

from __future__ import annotations

import sys
from typing import NamedTuple

from PySide6.QtCore import QObject, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..core import settings
from ..core.errors import PromptlibError
from ..core.policy import Policy, load_policy
from ..core.render.values import example_values
from ..core.resources import resource_path
from ..core.workspace import Workspace
from . import theme
from .browser import LibraryBrowser
from .checklist import ChecklistController, install_answer_checklist
from .editor.actions import EditorActions, install_editor_actions
from .historyactions import install_history_actions
from .historysettings import install_history_settings
from .libraryactions import LibraryActions, install_library_actions
from .mainwindow import MainWindow
from .policyui import PolicyActions, install_policy_ui, show_policy_problems
from .templatepane import TemplatePane
from .translations import Translations


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("promptlib")
    app.setOrganizationName("promptlib")
    app.setApplicationDisplayName("promptlib")
    icon = resource_path("icons/promptlib.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    theme.apply_application_look(app)
    return app


def _dialogs():
    from . import dialogs

    return dialogs


class WindowParts(NamedTuple):
    """A main window and what the composition root added to it, held by whoever opened it."""

    window: MainWindow
    policy_actions: PolicyActions
    checklist: ChecklistController
    library_actions: LibraryActions
    editor_actions: EditorActions


def compose_main_window(workspace: Workspace, ui_language: str = "en",
                        policy: Policy | None = None) -> WindowParts:
    """Every part of the main window, wired together. *policy* is the organisation's
    policy file, loaded once by `run_app` (defaults when None)."""
    policy = policy or Policy()
    template_language = settings.template_language(workspace.store, ui_language)
    browser = LibraryBrowser(workspace, ui_language, template_language=template_language)
    pane = TemplatePane(workspace.renderer, policy=policy, memory=workspace.form_memory)
    window = MainWindow(browser, pane)
    policy_actions = install_policy_ui(window, pane, policy)
    checklist = install_answer_checklist(window, pane, workspace.store)
    install_history_settings(window, workspace.store)  # Settings → Template history…
    library_actions = install_library_actions(window, policy)
    editor_actions = install_editor_actions(window)  # File → New template, Edit a copy, ... (above the library actions)
    install_history_actions(window, editor_actions)  # Edit → History… (a Qt child of the window)
    # Dialog modules load on first use: they are not needed to open the window.
    window.guideRequested.connect(lambda: _dialogs().show_guide(window, browser.ui_language))
    window.aboutRequested.connect(lambda: _dialogs().show_about(window))
    return WindowParts(window, policy_actions, checklist, library_actions, editor_actions)


def build_main_window(workspace: Workspace, ui_language: str = "en",
                      policy: Policy | None = None) -> MainWindow:
    """The main window alone (its parts are Qt children of it and live as long)."""
    return compose_main_window(workspace, ui_language, policy).window


class MainWindowHost(QObject):
    """Holds the main window and rebuilds it when the user picks another UI language.

    Rebuilding (rather than each widget retranslating itself on LanguageChange) means
    every string any widget sets, now or later, comes out in the new language without
    code of its own for it. Geometry, selection, search and typed values carry over.
    """

    def __init__(self, workspace: Workspace, translations: Translations,
                 policy: Policy | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.translations = translations
        self.policy = policy
        self.parts: WindowParts | None = None

    @property
    def window(self) -> MainWindow | None:
        return self.parts.window if self.parts else None

    def open(self) -> MainWindow:
        self.parts = compose_main_window(self.workspace, self.translations.language, self.policy)
        self.parts.window.uiLanguageRequested.connect(self.set_ui_language)
        return self.parts.window

    def set_ui_language(self, language: str) -> None:
        from .savefailure import saving

        with saving(self.window):
            self.workspace.store.set_setting(settings.UI_LANGUAGE, language)
        if language == self.translations.language or self.window is None:
            return
        old = self.window
        old.save_selection()   # the new window opens on the template and role saved
        state = old.view_state()
        self.translations.apply(language)
        new = self.open()
        new.restore_view_state(state)
        new.show()
        old.close()
        old.deleteLater()


STARTUP_CHECK_DELAY_MS = 2000
CHECK_SHUTDOWN_WAIT_MS = 20_000


def run_app(self_test: bool = False) -> int:
    app = create_application()
    try:
        workspace = Workspace.open()
    except PromptlibError as error:
        from PySide6.QtWidgets import QMessageBox

        from .problemtexts import error_text

        Translations(app).apply(None)  # the data folder could not be read: the system's language
        QMessageBox.critical(None, "promptlib", error_text(error))
        print(f"promptlib: {error}", file=sys.stderr)
        return 1
    translations = Translations(app)
    translations.apply(workspace.store.setting(settings.UI_LANGUAGE))
    policy = load_policy()  # once: the file is machine-wide and does not change while we run
    host = MainWindowHost(workspace, translations, policy.policy)
    window = host.open()
    window.show()
    show_policy_problems(window, policy)
    if self_test:
        QTimer.singleShot(0, lambda: app.exit(_self_test(host.window)))
    else:
        QTimer.singleShot(0, lambda: _dialogs().show_recovery_notices(window, workspace))
        # Library sources are checked once the window is up, in the background (a slow
        # network share must not delay start-up); the result goes to the status bar.
        QTimer.singleShot(STARTUP_CHECK_DELAY_MS, lambda: host.parts.library_actions.check_for_updates())
    try:
        return app.exec()
    finally:
        # A library check still running uses the store: let it end (its downloads
        # time out) before the store closes.
        QThreadPool.globalInstance().waitForDone(CHECK_SHUTDOWN_WAIT_MS)
        workspace.close()


def _self_test(window: MainWindow) -> int:
    """Checks an installation: the window is shown, the library loaded, a template renders."""
    workspace = window.browser.workspace
    try:
        if not window.isVisible():
            raise RuntimeError("the main window did not open")
        if workspace.catalog.count(window.browser.language) == 0:
            raise RuntimeError("the built-in library is empty")
        if workspace.load_errors:
            raise RuntimeError(str(workspace.load_errors[0]))
        template = workspace.catalog.entries(window.browser.language)[0].template
        text = workspace.renderer.render(template, example_values(template)).text
        if not text.strip():
            raise RuntimeError(f"template {template.id} rendered empty")
    except Exception as error:  # the point of a self-test is to report any failure
        print(f"self-test failed: {error}", file=sys.stderr)
        return 1
    print("ok", flush=True)  # flushed now: benchmarks time start-up to this line
    return 0
