"""One-line and multi-line text fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from ...core.model import Variable
from .base import FormField, LineEditField


class TextField(LineEditField):
    def __init__(self, variable: Variable, language: str) -> None:
        self.edit = QLineEdit()
        super().__init__(variable, language, self.edit)
        self.edit.setPlaceholderText(self.example_placeholder())
        self.edit.setClearButtonEnabled(True)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class MultilineField(FormField):
    def __init__(self, variable: Variable, language: str) -> None:
        self.edit = QPlainTextEdit()
        super().__init__(variable, language, self.edit)
        self.edit.setPlaceholderText(self.example_placeholder())
        self.edit.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
        self.edit.setMinimumHeight(72)
        self.edit.setMaximumHeight(140)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def changed(self) -> SignalInstance:
        return self.edit.textChanged

    def has_own_undo(self) -> bool:
        return self.edit.document().isUndoAvailable()

    def set_accessible_text(self, name: str, description: str) -> None:
        super().set_accessible_text(name, description)
        # Screen readers land on the viewport, which is otherwise an unnamed "filler".
        self.edit.viewport().setAccessibleName(name)
        self.edit.viewport().setAccessibleDescription(description)
