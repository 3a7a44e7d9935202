"""Before copy: what the sensitive-data guard found, and the three ways on.

`ask()` is the entry point the template pane calls; tests monkeypatch it. The helpers
below mark and select findings in the form's widgets and convert the guard's offsets
(Python characters) to Qt's (UTF-16 units).
"""

from __future__ import annotations

from enum import Enum
from typing import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from .lazyqt import Qt

from ..core.screening import ValueFinding


class Choice(Enum):
    REPLACE = "replace"          # put placeholders in the fields, then copy
    EDIT = "edit"                # copy nothing; show the findings in their fields
    COPY_ANYWAY = "copy-anyway"  # copy as it is (only where the policy allows it)


def kind_name(kind: str) -> str:
    """What the guard found, in the user's words."""
    names = {
        "hetu": QCoreApplication.translate("guard", "Personal identity code"),
        "phone": QCoreApplication.translate("guard", "Phone number"),
        "email": QCoreApplication.translate("guard", "E-mail address"),
        "iban": QCoreApplication.translate("guard", "Bank account number (IBAN)"),
    }
    return names.get(kind, kind)


def summary(findings: Sequence[ValueFinding]) -> str:
    """One line for under the form: what was found, and where."""
    parts = []
    for item in findings[:3]:
        parts.append(QCoreApplication.translate("guard", "%1 in %2")
                     .replace("%1", kind_name(item.finding.kind).lower()).replace("%2", item.label))
    if len(findings) > 3:
        more = len(findings) - 3  # lupdate only reads a plain name or number as the count
        parts.append(QCoreApplication.translate("guard", "%n more", "", more))
    return QCoreApplication.translate("guard", "Looks like personal data: %1.").replace("%1", ", ".join(parts))


class GuardDialog(QDialog):
    def __init__(self, findings: Sequence[ValueFinding], allow_copy_anyway: bool,
                 data_rule: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardDialog")
        self.choice = Choice.EDIT  # closing the dialog copies nothing
        self.setWindowTitle(self.tr("Personal data in the prompt?"))
        intro = QLabel(self.tr(
            "These look like personal data. Never paste personal or confidential data into an "
            "AI service your organisation has not approved for it."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(findings), 3)
        self.table.setObjectName("findings")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("Text found")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, item in enumerate(findings):
            for column, text in enumerate((kind_name(item.finding.kind), item.label, item.finding.text)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        if data_rule:
            rule = QLabel(data_rule)
            rule.setObjectName("dataPolicy")
            rule.setWordWrap(True)
            layout.addWidget(rule)

        self.replace_button = QPushButton(self.tr("&Replace with placeholders"))
        self.replace_button.setToolTip(self.tr("Put a placeholder such as [PERSONAL ID] in the fields "
                                               "instead, then copy"))
        self.edit_button = QPushButton(self.tr("&Go back and edit"))
        self.edit_button.setToolTip(self.tr("Copy nothing and show the findings in their fields"))
        self.copy_anyway_button: QPushButton | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        if allow_copy_anyway:
            self.copy_anyway_button = QPushButton(self.tr("Copy &anyway"))
            self.copy_anyway_button.setToolTip(self.tr("Only if the AI service is approved for this data"))
            self.copy_anyway_button.clicked.connect(lambda: self._choose(Choice.COPY_ANYWAY))
            buttons.addWidget(self.copy_anyway_button)
        else:
            note = QLabel(self.tr("Your organisation does not allow copying personal data anyway."))
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons.addWidget(self.replace_button)
        layout.addLayout(buttons)
        self.replace_button.clicked.connect(lambda: self._choose(Choice.REPLACE))
        self.edit_button.clicked.connect(lambda: self._choose(Choice.EDIT))
        self.replace_button.setDefault(True)
        self.replace_button.setFocus()
        self.resize(640, 320)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask(parent: QWidget | None, findings: Sequence[ValueFinding], allow_copy_anyway: bool,
        data_rule: str = "") -> Choice:
    """Show the findings and return the user's choice (EDIT when the dialog is closed)."""
    dialog = GuardDialog(findings, allow_copy_anyway, data_rule, parent)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


# -- marking findings in the form --------------------------------------------------------

def qt_offset(text: str, index: int) -> int:
    """*index* in Python characters as a position in Qt's UTF-16 string."""
    prefix = text[:index]
    return index + sum(1 for character in prefix if ord(character) > 0xFFFF)


def mark_field(widget: QWidget, sensitive: bool) -> None:
    """Give a field the warning frame (style.qss: [sensitive="true"]), or take it away."""
    if bool(widget.property("sensitive")) == sensitive:
        return
    widget.setProperty("sensitive", sensitive)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def select_finding(widget: QWidget, value: str, item: ValueFinding) -> None:
    """Put the cursor in *widget* with the finding's text selected."""
    start = qt_offset(value, item.finding.start)
    end = qt_offset(value, item.finding.end)
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
