"""The body editor: plain text that marks `{{ }}` and `{% %}`, completes declared names
after `{{`, and inserts variables and conditions at the cursor."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit, QWidget

from ..guardmarks import qt_offset
from ..lazyqt import Qt

_OUTPUT = re.compile(r"\{\{.*?\}\}")
_BLOCK = re.compile(r"\{%.*?%\}")
_COMMENT = re.compile(r"\{#.*?#\}")
_TYPED_NAME = re.compile(r"\{\{-?\s*([a-z0-9_]*)$")


def _format(colour: str, bold: bool = False, background: str = "") -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(colour))
    if background:
        text_format.setBackground(QColor(background))
    if bold:
        text_format.setFontWeight(QFont.Weight.Bold)
    return text_format


class TagHighlighter(QSyntaxHighlighter):
    """Variables in blue on light blue, conditions in bold purple, comments in grey.
    Colour is not the only sign: the tags' own braces stay in the text."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = ((_OUTPUT, _format("#0b4f8a", background="#e8f1fb")),
                        (_BLOCK, _format("#6a1b9a", bold=True)), (_COMMENT, _format("#5f6b7a")))

    def highlightBlock(self, text: str) -> None:
        for pattern, text_format in self.formats:
            for match in pattern.finditer(text):
                start, end = qt_offset(text, match.start()), qt_offset(text, match.end())
                self.setFormat(start, end - start, text_format)


class BodyEditor(QPlainTextEdit):
    """The prompt's body. `set_names` gives the declared variable names to complete."""

    focusLeft = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # keyboard users leave with Tab; prompts rarely need tabs
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self.highlighter = TagHighlighter(self.document())
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated.connect(self.complete_with)
        self.popup().setAccessibleName(self.tr("Declared variables"))

    def popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # a QCompleter always has its popup
        return popup

    def set_names(self, names: list[str]) -> None:
        if self.names.stringList() != names:
            self.names.setStringList(names)

    # -- positions: core counts Python characters, Qt UTF-16 units ----------------------

    def put_cursor(self, offset: int | None, length: int | None = None, line: int | None = None) -> None:
        """Select the body's characters *offset*..*offset+length* (or go to *line*) and focus."""
        text = self.toPlainText()
        cursor = self.textCursor()
        if offset is not None:
            start = qt_offset(text, min(offset, len(text)))
            end = qt_offset(text, min(offset + (length or 0), len(text)))
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        elif line is not None:
            block = self.document().findBlockByNumber(max(line - 1, 0))
            cursor.setPosition(block.position())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- inserting ----------------------------------------------------------------------

    def insert_variable(self, name: str) -> None:
        self.insertPlainText("{{ " + name + " }}")
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def insert_condition(self, name: str) -> None:
        """`{% if name %}…{% endif %}` around the selection, or with the variable inside."""
        cursor = self.textCursor()
        inside = cursor.selectedText().replace("\u2029", "\n") or "{{ " + name + " }}"
        cursor.insertText("{% if " + name + " %}" + inside + "{% endif %}")
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- completing after {{ ------------------------------------------------------------

    def _typed_prefix(self) -> str | None:
        cursor = self.textCursor()
        line_before = cursor.block().text()[:cursor.positionInBlock()]
        found = _TYPED_NAME.search(line_before)
        return found.group(1) if found else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                                 Qt.Key.Key_Escape, Qt.Key.Key_Backtab):
            event.ignore()  # the completer's popup takes these
            return
        super().keyPressEvent(event)
        prefix = self._typed_prefix()
        if prefix is None or not self.names.stringList():
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            popup.hide()
            return
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 16)
        self.completer.complete(rect)

    def complete_with(self, name: str) -> None:
        """Replace what was typed after `{{` with *name*, closing the tag if it is open."""
        prefix = self._typed_prefix() or ""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix))
        rest = cursor.block().text()[cursor.positionInBlock() + len(prefix):]
        closing = "" if rest.lstrip().startswith("}}") else " }}"
        before = cursor.block().text()[:cursor.positionInBlock()]
        cursor.insertText(("" if before.endswith((" ", "-")) else " ") + name + closing)
        self.setTextCursor(cursor)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focusLeft.emit()
