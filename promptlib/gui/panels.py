"""Read-only panels beside the form: the live preview and the template's guidance."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ..core.guidance import markdown_for_display
from ..core.invisible import IN_PLACE_SYMBOL, hidden_characters, name_of, reveal, reveal_in_place
from ..core.model import Origin, Template
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
        # Shown as it will be pasted: hidden characters as ◌, one per UTF-16 unit, so the
        # marks below (counted in *text*) still fall on the same characters.
        shown = reveal_in_place(text)
        self.text.setPlainText(shown)
        self._note_hidden(text if shown is not text else "")
        self.text.verticalScrollBar().setValue(scroll)
        self._shown = text
        if scan:
            from ..core.guard import detection as guard

            self.findings = guard.scan(text)
        else:
            self.findings = []
        self._mark(placeholders or [])

    def _note_hidden(self, text: str) -> None:
        """Say in words what the ◌ marks are (tooltip and screen readers)."""
        names = list(dict.fromkeys(name_of(char) for _index, char in hidden_characters(text)))
        note = ""
        if names:
            note = self.tr("Hidden characters, shown as %1, are pasted with the prompt: %2") \
                .replace("%1", IN_PLACE_SYMBOL).replace("%2", ", ".join(names[:5]) + (", …" if len(names) > 5 else ""))
        self.text.setToolTip(note)
        self.text.setAccessibleDescription(note)

    def show_problem(self, message: str) -> None:
        self.findings = []
        self.text.setPlainText(message)
        self._note_hidden("")
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


class GuidanceNotes(QTextBrowser):
    """A pack's guidance, which is untrusted: it opens nothing and loads nothing itself.

    Links are not followed by the browser: a click on one asks `policyui.open_url`, and
    only an address `core.links.openable_link` allows (https://) is opened, in the
    user's browser. Nothing is ever navigated to or loaded into the panel: no `file:`
    page, no image, no style sheet (`GuidancePanel.show_markdown` replaces images and
    other links before the text is laid out; `loadResource` is the second lock).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)

    def _clicked(self, url) -> None:
        from ..core.links import openable_link

        link = openable_link(url.toString())
        if link is not None:
            from . import policyui

            policyui.open_url(link)

    def doSetSource(self, name, type=None) -> None:
        """Never navigate: the panel shows only what `show_markdown` put in it."""

    def loadResource(self, type, name):
        """A blank image for anything asked for: left empty, Qt would read local files itself."""
        return _blank_image()


class GuidancePanel(QWidget):
    """The template's guidance notes and, above them, which library the template is from.

    The provenance is promptlib's own words in a plain-text label of its own, outside
    the pack's text, so no guidance can hide or imitate it (a "Library: …" line written
    in a pack's guidance shows as part of that guidance, below the real one). The notes
    are the pack's Markdown without raw HTML and with hidden characters shown
    (`core.guidance.markdown_for_display`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.provenance = QLabel()
        self.provenance.setObjectName("guidanceProvenance")
        # Set through properties: the enums would build the whole Qt namespace at start-up (lazyqt).
        self.provenance.setProperty("textFormat", 0)               # Qt.TextFormat.PlainText
        self.provenance.setProperty("textInteractionFlags", 1 | 2)  # selectable by mouse and keyboard
        self.provenance.setWordWrap(True)
        theme.dress(self.provenance, "provenance")
        self.provenance.hide()
        self.notes = GuidanceNotes()
        self.notes.setObjectName("guidanceNotes")
        theme.dress(self.notes, "guidance")
        self.notes.setAccessibleName(self.tr("Guidance"))
        layout.addWidget(self.provenance)
        layout.addWidget(self.notes, 1)

    def toPlainText(self) -> str:
        """The guidance notes as shown (without the provenance)."""
        return self.notes.toPlainText()

    def show_template(self, template: Template | None) -> None:
        if template is None:
            self.provenance.hide()
            # What a first-time user sees here: the whole path, and the one rule.
            self.notes.setMarkdown(self.tr(
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
        self.show_provenance(template.origin)
        if template.guidance.strip():
            self.show_markdown(_demote_headings(markdown_for_display(template.guidance.strip())))
        else:
            self.show_markdown(self.tr("This template has no guidance notes."))

    def show_provenance(self, origin: Origin | None) -> None:
        """Which library, version and publisher; for an imported one, where it came from and
        when, and what its signature said (verified by whom, or unverified)."""
        if origin is None:
            self.provenance.hide()
            return
        lines = [_fill(self.tr("Library: %1, version %2 (%3)"), origin.name_in(ui_language()), origin.version,
                       origin.publisher)]
        if not origin.builtin and origin.source:
            # Where an imported library came from and when: who to ask about it.
            lines.append(_fill(self.tr("Source: %1, imported %2"), origin.source, origin.installed_at[:10] or "?"))
        signature = signature_text(origin.signature, _one_line(origin.verified_by))
        if signature:
            # Who vouches for this library, as checked when it was installed: promptlib's
            # words with the policy's name for the key (one line, like the others), never
            # the pack's text.
            lines.append(signature)
        self.provenance.setText("\n".join(lines))
        self.provenance.show()

    def show_markdown(self, markdown: str) -> None:
        """Render *markdown* (already made safe) in a document of its own, and disarm it
        before the notes lay it out: laying out is when Qt loads an image, and it would
        read a local file itself whatever `loadResource` answers."""
        from PySide6.QtGui import QTextDocument

        features = QTextDocument.MarkdownFeature
        document = _sealed_document_class()(self)
        document.setDefaultFont(self.notes.font())
        document.setMarkdown(markdown, features(features.MarkdownDialectGitHub.value | features.MarkdownNoHTML.value))
        self._disarm(document)
        previous = self.notes.document()
        ours = previous.parent() is self  # else the notes' own, which they delete themselves
        self.notes.setDocument(document)
        if ours:
            previous.deleteLater()

    def _disarm(self, document) -> None:
        """Images become their description; a link that may not be opened becomes plain
        text followed by its address; an https link says where it goes."""
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat

        from ..core.links import openable_link

        edits: list[tuple[int, int, str | None, Any]] = []  # (start, end, text to put there or None to keep it, format)
        block = document.begin()
        while block.isValid():
            fragments = []
            iterator = block.begin()
            while not iterator.atEnd():
                fragments.append(iterator.fragment())
                iterator += 1
            words = ""  # of the link being read, which may span several fragments
            for index, fragment in enumerate(fragments):
                char_format = fragment.charFormat()
                start, end = fragment.position(), fragment.position() + fragment.length()
                if char_format.isImageFormat():
                    described = str(char_format.property(QTextFormat.Property.ImageAltText) or "") \
                        or char_format.toImageFormat().name()
                    edits.append((start, end, self.tr("[picture not shown: %1]")
                                  .replace("%1", reveal(described, line_breaks=True)), QTextCharFormat()))
                    continue
                href = char_format.anchorHref() if char_format.isAnchor() else ""
                if not href:
                    continue
                if openable_link(href) is not None:
                    char_format.setToolTip(self.tr("Opens in your browser: %1").replace("%1", href))
                    edits.append((start, end, None, char_format))
                    continue
                plain = QTextCharFormat(char_format)
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.clearForeground()
                plain.setFontUnderline(False)
                plain.setToolTip(self.tr("Not a link: only https:// addresses open."))
                edits.append((start, end, None, plain))
                words += fragment.text()
                following = fragments[index + 1].charFormat() if index + 1 < len(fragments) else None
                if following is None or not following.isAnchor() or following.anchorHref() != href:
                    address = reveal(href, line_breaks=True)
                    if words.strip() != address:
                        # The address as text after the link's words, so the reader sees it.
                        edits.append((end, end, f" ({address})", plain))
                    words = ""
            block = block.next()
        for start, end, replacement, char_format in reversed(edits):
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            if replacement is None:
                cursor.setCharFormat(char_format)
            else:
                cursor.insertText(replacement, char_format)


_BLANK: list = []
_SEALED: list = []


def _blank_image():
    """A 1×1 transparent image: what a guidance document gets for any resource it asks for."""
    if not _BLANK:
        from PySide6.QtGui import QImage

        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        _BLANK.append(image)
    return _BLANK[0]


def _sealed_document_class():
    """A QTextDocument that loads nothing: its own `loadResource` answers every request
    with a blank image, so neither the document (which reads local files when a
    request is left unanswered) nor the image handler (which then loads the file by
    its name) ever reads a file or an address. Made on first use, as the class needs
    Qt's text classes."""
    if not _SEALED:
        from PySide6.QtGui import QTextDocument

        class SealedDocument(QTextDocument):
            def loadResource(self, type, name):
                return _blank_image()

        _SEALED.append(SealedDocument)
    return _SEALED[0]


def _fill(pattern: str, *values: str) -> str:
    """*pattern* with %1, %2, ... filled in one pass, each value as one line: a name
    holding "%2" stays as it is written."""
    return re.sub(r"%(\d)", lambda m: _one_line(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), pattern)


def _one_line(text: str, limit: int = 200) -> str:
    """A library's own name, version or source as one line of text, hidden characters
    and line breaks shown (so it cannot start a line of its own), at most *limit* long."""
    shown = reveal(text, line_breaks=True)
    return shown if len(shown) <= limit else shown[:limit - 1] + "\u2026"


def _demote_headings(markdown: str) -> str:
    """Guidance uses `##` sections; one level smaller suits a side panel."""
    return "\n".join("#" + line if line.startswith("#") else line for line in markdown.splitlines())
