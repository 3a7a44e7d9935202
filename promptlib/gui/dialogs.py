"""Small dialogs: the Good prompts guide, About, and the database recovery notice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..core.resources import resource_path


def guide_markdown(language: str) -> str:
    for candidate in (language, "fi", "en"):
        path = resource_path(f"guide/good-prompts.{candidate}.md")
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Good prompts"))
        self.setAccessibleName(self.windowTitle())
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.windowTitle())
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_markdown(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 760)


def show_guide(parent: QWidget, language: str) -> None:
    dialog = GuideDialog(language, parent)
    dialog.setModal(False)
    dialog.show()


# Module-level functions name their translation context as a literal (lupdate reads only
# literals): `parent.tr()` would look a text up under the parent's class name at run
# time, while lupdate files it under "parent", so it would never be translated.


def show_about(parent: QWidget) -> None:
    text = QCoreApplication.translate(
        "dialogs", "<b>promptlib %1</b><p>Prompt templates for the daily work of Finnish municipalities "
        "and wellbeing services counties.</p><p>Never enter personal or confidential data into an "
        "AI service your organisation has not approved for it, and check every answer.</p>")
    QMessageBox.about(parent, QCoreApplication.translate("dialogs", "About promptlib"),
                      text.replace("%1", __version__))


def show_recovery_notices(parent: QWidget, workspace) -> None:
    """Tell the user when a damaged database file was set aside at start-up."""
    show_notices(parent, workspace.store.recovery_notices)


def show_notices(parent: QWidget, notices) -> None:
    """One warning per damaged file set aside (the store's, or the history's when it is
    first read: `TemplateHistory.recovery_notices`)."""
    for notice in notices:
        restored = (QCoreApplication.translate("dialogs", "The last good copy was restored.")
                    if notice.restored_from_backup
                    else QCoreApplication.translate("dialogs", "No backup was available, so it starts empty."))
        text = QCoreApplication.translate(
            "dialogs", "The file %1 was damaged and has been moved aside to %2 (nothing was deleted). %3")
        QMessageBox.warning(parent, QCoreApplication.translate("dialogs", "Database repaired"),
                            text.replace("%1", str(notice.path)).replace("%2", str(notice.moved_to))
                            .replace("%3", restored))
