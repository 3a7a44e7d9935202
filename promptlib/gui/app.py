"""Composition root: builds the application's parts and connects them. Nothing else
in the GUI creates the workspace, the models or the windows."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.errors import PromptlibError
from ..core.resources import resource_path
from ..core.values import example_values
from ..core.workspace import Workspace
from .browser import LibraryBrowser
from .dialogs import show_about, show_guide, show_recovery_notices
from .mainwindow import MainWindow
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
    style = resource_path("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_main_window(workspace: Workspace, ui_language: str = "en") -> MainWindow:
    """Every part of the main window, wired together."""
    browser = LibraryBrowser(workspace, ui_language)
    pane = TemplatePane(workspace.renderer)
    window = MainWindow(browser, pane)
    window.guideRequested.connect(lambda: show_guide(window, browser.language))
    window.aboutRequested.connect(lambda: show_about(window))
    return window


def run_app(self_test: bool = False) -> int:
    app = create_application()
    try:
        workspace = Workspace.open()
    except PromptlibError as error:
        QMessageBox.critical(None, "promptlib", str(error))
        print(f"promptlib: {error}", file=sys.stderr)
        return 1
    translations = Translations(app)
    ui_language = translations.apply(workspace.store.setting("ui_language"))
    window = build_main_window(workspace, ui_language)
    window.show()
    if self_test:
        QTimer.singleShot(0, lambda: app.exit(_self_test(window)))
    else:
        QTimer.singleShot(0, lambda: show_recovery_notices(window, workspace))
    try:
        return app.exec()
    finally:
        workspace.close()


def _self_test(window: MainWindow) -> int:
    """Checks an installation: the window is shown, the library loaded, a template renders."""
    workspace = window.browser.workspace
    try:
        if not window.isVisible():
            raise RuntimeError("the main window did not open")
        if len(workspace.catalog) == 0:
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
    print("ok")
    return 0
