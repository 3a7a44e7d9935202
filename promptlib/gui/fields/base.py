"""What every field has, and the rule that the wheel changes a field only when it has focus."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtGui import QValidator, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QWidget

from ...core.model import Variable


class FormField:
    """A variable's widget with one way to read, write, check and describe its value."""

    def __init__(self, variable: Variable, language: str, widget: QWidget) -> None:
        self.variable = variable
        self.language = language
        self.widget = widget

    def value(self) -> Any:
        """The typed value, or None when empty or not usable (see `problem`)."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def changed(self) -> SignalInstance:
        """The widget's signal for every edit."""
        raise NotImplementedError

    def problem(self) -> str:
        """Why what is typed cannot be used, in the user's language; "" when it can."""
        return ""

    def snapshot(self) -> Any:
        """What the field shows, to put back exactly (undoing a clear)."""
        return self.value()

    def restore(self, snapshot: Any) -> None:
        self.set_value(snapshot)

    def has_own_undo(self) -> bool:
        """Whether Ctrl+Z has an edit of the field's own to undo."""
        return False

    def format_hint(self) -> str:
        """How to type a value, for screen readers ("" when it goes without saying)."""
        return ""

    def set_accessible_text(self, name: str, description: str) -> None:
        self.widget.setAccessibleName(name)
        self.widget.setAccessibleDescription(description)

    def example_placeholder(self) -> str:
        example = self.variable.example
        if example in (None, ""):
            return ""
        return QCoreApplication.translate("VariableForm", "e.g. %1").replace("%1", str(example))


def wheel_scrolls_form(widget: QWidget, event: QWheelEvent) -> None:
    """Hand a wheel turn over an unfocused field to the scroll area around the form.

    A user scrolling the form passes over fields; a value changed on the way (3 became
    1) went unnoticed into the prompt. Qt does not pass a wheel event sent by code on
    to the parent, so the scroll area gets it directly.
    """
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        event.ignore()
        return
    QApplication.sendEvent(area.verticalScrollBar(), event)


class LineEditField(FormField):
    """A field typed into one line edit (`self.edit`): text, number and date. What the
    line shows is its snapshot, and the line edit keeps its own undo."""

    edit: QLineEdit

    def changed(self) -> SignalInstance:
        return self.edit.textChanged

    def snapshot(self) -> str:
        return self.edit.text()

    def restore(self, snapshot: Any) -> None:
        self.edit.setText(str(snapshot or ""))

    def has_own_undo(self) -> bool:
        return self.edit.isUndoAvailable()


class TypedCharacters(QValidator):
    """Keeps a keystroke only if the text still holds just what the field's values are
    typed with; whether it is a usable value is the field's `problem`, shown in words."""

    def __init__(self, allowed: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self._allowed = allowed  # str -> bool

    def validate(self, text: str, position: int) -> Any:
        state = QValidator.State.Acceptable if self._allowed(text) else QValidator.State.Invalid
        return state, text, position
