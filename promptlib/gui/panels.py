"""Read-only panels beside the form: the live preview and the template's guidance."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QColor, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ..core.model import Template


class PreviewPanel(QWidget):
    """The prompt as it will be copied; empty required fields show as [Label]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Preview"))
        self.heading.setObjectName("sectionHeading")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("preview")
        self.text.setAccessibleName(self.tr("Prompt preview"))
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)

    def show_text(self, text: str, placeholders: list[str] | None = None) -> None:
        scroll = self.text.verticalScrollBar().value()
        self.text.setPlainText(text)
        self.text.verticalScrollBar().setValue(scroll)
        self._mark(placeholders or [])

    def show_problem(self, message: str) -> None:
        self.text.setPlainText(message)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def _mark(self, snippets: list[str]) -> None:
        """Highlight the [Label] markers of fields still to fill."""
        selections = []
        marker = QTextCharFormat()
        marker.setBackground(QColor("#fff1c2"))
        document = self.text.document()
        for snippet in snippets:
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(snippet, cursor)
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marker
                selections.append(selection)
        self.text.setExtraSelections(selections)


class GuidancePanel(QTextBrowser):
    """The template's guidance notes, rendered from Markdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        self.setObjectName("guidance")
        self.setAccessibleName(self.tr("Guidance"))

    def show_template(self, template: Template | None) -> None:
        if template is None:
            self.setMarkdown(self.tr("Pick a template to see its guidance."))
            return
        guidance = template.guidance.strip() or self.tr("This template has no guidance notes.")
        origin = template.origin
        source = ""
        if origin is not None:
            source = "\n\n---\n\n*" + self.tr("Library: %1, version %2 (%3)") \
                .replace("%1", origin.pack_name).replace("%2", origin.version) \
                .replace("%3", origin.publisher) + "*"
        self.setMarkdown(_demote_headings(guidance) + source)


def _demote_headings(markdown: str) -> str:
    """Guidance uses `##` sections; one level smaller suits a side panel."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.splitlines())
