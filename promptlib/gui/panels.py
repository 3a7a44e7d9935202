"""Read-only panels beside the form: the live preview and the template's guidance."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ..core.model import Template
from . import guardmarks, theme
from .lazyqt import solid_brush
from .signaturetext import signature_text
from .translations import ui_language


class PreviewPanel(QWidget):
    """The prompt as it will be copied; empty required fields show as [Label], and
    what the sensitive-data guard finds is marked in a warning colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Preview"))
        theme.dress(self.heading, "sectionHeading")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        theme.dress(self.text, "preview")
        self.text.setAccessibleName(self.tr("Prompt preview"))
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.findings: list = []  # core.guard.detection.Finding
        self._shown = ""

    def show_text(self, text: str, placeholders: list[str] | None = None, scan: bool = True) -> None:
        """Show *text*; with *scan*, mark what the guard finds in it (the pane scans
        only when a typed value holds something, so start-up does not load the guard)."""
        scroll = self.text.verticalScrollBar().value()
        # Old marks go first: every mark's cursor follows the edit, which made replacing
        # a long text with thousands of marks cost seconds.
        self.text.setExtraSelections([])
        self.text.setPlainText(text)
        self.text.verticalScrollBar().setValue(scroll)
        self._shown = text
        if scan:
            from ..core.guard import detection as guard

            self.findings = guard.scan(text)
        else:
            self.findings = []
        self._mark(placeholders or [])

    def show_problem(self, message: str) -> None:
        self.findings = []
        self.text.setPlainText(message)
        self.text.setExtraSelections([])

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def _mark(self, snippets: list[str]) -> None:
        """Highlight the [Label] markers of fields still to fill."""
        if not snippets and not self.findings:
            self.text.setExtraSelections([])
            return
        # Qt's text-format classes load here, on first use, not at start-up: importing
        # them builds a dozen Python enums (~5 ms) before the window can open.
        from PySide6.QtGui import QTextCharFormat, QTextCursor

        selections = []
        marker = QTextCharFormat()
        marker.setBackground(solid_brush("#fff1c2"))
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
        selections.extend(self._finding_selections())
        self.text.setExtraSelections(selections)

    def _finding_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Personal data the guard found: warning colour, underlined."""
        if not self.findings:
            return []
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

        warning = QTextCharFormat()
        warning.setBackground(QColor("#ffd1cc"))
        warning.setForeground(QColor("#7a0010"))
        warning.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        warning.setUnderlineColor(QColor("#b00020"))
        warning.setToolTip(self.tr("Looks like personal data"))
        # The guard counts Python characters, Qt counts UTF-16 units: all offsets are
        # converted in one pass, so marking stays linear in the text and the findings.
        document = self.text.document()
        length = document.characterCount() - 1
        ends = guardmarks.qt_offsets(self._shown, (offset for finding in self.findings
                                                   for offset in (finding.start, finding.end)))
        selections = []
        for index in range(0, len(ends), 2):
            cursor = QTextCursor(document)
            cursor.setPosition(min(ends[index], length))
            cursor.setPosition(min(ends[index + 1], length), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = warning
            selections.append(selection)
        return selections


class GuidancePanel(QTextBrowser):
    """The template's guidance notes, rendered from Markdown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(True)
        theme.dress(self, "guidance")
        self.setAccessibleName(self.tr("Guidance"))

    def show_template(self, template: Template | None) -> None:
        if template is None:
            # What a first-time user sees here: the whole path, and the one rule.
            self.setMarkdown(self.tr(
                "### Welcome to promptlib\n\n"
                "1. Choose your role on the left, or search (Ctrl+F).\n"
                "2. Pick a template and fill in its fields. The preview shows the finished prompt.\n"
                "3. Copy the prompt (Ctrl+Enter) and paste it into the AI service your "
                "organisation has approved.\n\n"
                "**Never enter** personal identity codes, names or health data of clients or "
                "patients, or confidential material, unless the service is approved for it. "
                "**Always check** the answer before you use it.\n\n"
                "Each template's guidance appears here. More tips: Help → Good prompts guide (F1)."))
            return
        guidance = template.guidance.strip() or self.tr("This template has no guidance notes.")
        origin = template.origin
        source = ""
        if origin is not None:
            source = "\n\n---\n\n*" + self.tr("Library: %1, version %2 (%3)") \
                .replace("%1", origin.name_in(ui_language())).replace("%2", origin.version) \
                .replace("%3", origin.publisher) + "*"
            if not origin.builtin and origin.source:
                # Where an imported library came from and when: who to ask about it.
                source += "  \n*" + self.tr("Source: %1, imported %2") \
                    .replace("%1", _escape_markdown(origin.source)) \
                    .replace("%2", origin.installed_at[:10] or "?") + "*"
            signature = signature_text(origin.signature, origin.verified_by)
            if signature:
                # Who vouches for this library, as checked when it was installed.
                source += "  \n*" + _escape_markdown(signature) + "*"
        self.setMarkdown(_demote_headings(guidance) + source)


def _escape_markdown(text: str) -> str:
    """A path or address shown as itself, not as emphasis or a link."""
    return re.sub(r"([\\`*_\[\]()#<>!|~])", r"\\\1", text)


def _demote_headings(markdown: str) -> str:
    """Guidance uses `##` sections; one level smaller suits a side panel."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.splitlines())
