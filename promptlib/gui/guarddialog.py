"""Before copy: what the sensitive-data guard found, and the three ways on.

`ask()` is the entry point the template pane calls; tests monkeypatch it. The module
loads when a copy first finds something (its table and header classes are not needed
to open the window); marking fields as the user types is `guardmarks`.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.guard.screening import ValueFinding
from . import theme
from .guardmarks import kind_name


class Choice(Enum):
    REPLACE = "replace"          # put placeholders in the fields, then copy
    EDIT = "edit"                # copy nothing; show the findings in their fields
    COPY_ANYWAY = "copy-anyway"  # copy as it is (only where the policy allows it)


class GuardDialog(QDialog):
    def __init__(self, findings: Sequence[ValueFinding], allow_copy_anyway: bool,
                 data_rule: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guardDialog")
        self.choice = Choice.EDIT  # closing the dialog copies nothing
        self.setWindowTitle(self.tr("Personal data in the prompt?"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr(
            "These look like personal data. Never paste personal or confidential data into an "
            "AI service your organisation has not approved for it."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(findings), 3)
        self.table.setObjectName("findings")
        self.table.setAccessibleName(self.tr("What was found"))
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
            theme.dress(rule, "dataPolicy")
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
            theme.dress(note, "hint")
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
