"""A choice among the template's options, named by its label for screen readers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWheelEvent
from PySide6.QtWidgets import QAccessibleWidget, QComboBox

from ...core.model import Variable
from .base import FormField, wheel_scrolls_form

# Qt.FocusPolicy.StrongFocus (Tab and click, not the wheel), set as a property: the enum
# would build the Qt namespace while the window is built (see lazyqt).
_STRONG_FOCUS = 11


class ChoiceBox(QComboBox):
    """A combo box the wheel changes only while it has focus."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            wheel_scrolls_form(self, event)


class _NamedChoice(QAccessibleWidget):
    """A choice as screen readers should hear it: its label as the name, the choice as
    the value. On Linux Qt names a combo box by its current text, so Orca announced
    "asiallinen ja lämmin" instead of "Ilmoituksen sävy"."""

    def __init__(self, box: ChoiceBox) -> None:
        super().__init__(box, QAccessible.Role.ComboBox)
        self._box = box

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._box.accessibleName()
        if kind == QAccessible.Text.Value:
            return self._box.currentText()
        return super().text(kind)

    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface:
        return QAccessible.queryAccessibleInterface(self._box.view())  # its one child: the list

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child.object() is self._box.view() else -1


def _accessible_choice(key: str, item: QObject) -> QAccessibleInterface | None:
    return _NamedChoice(item) if key == "ChoiceBox" and isinstance(item, ChoiceBox) else None


_factory_installed = False


def _install_accessible_factory() -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_accessible_choice)
        _factory_installed = True


class ChoiceField(FormField):
    def __init__(self, variable: Variable, language: str) -> None:
        _install_accessible_factory()
        self.box = ChoiceBox()
        super().__init__(variable, language, self.box)
        self.box.setProperty("focusPolicy", _STRONG_FOCUS)
        # As narrow as the form: a long choice is cut in the closed box, not given a sideways scroll.
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(8)
        if not variable.required:
            self.box.addItem(QCoreApplication.translate("VariableForm", "(not specified)"), None)
        else:
            # A required choice without a default starts unchosen, and so counts as missing.
            self.box.setPlaceholderText(QCoreApplication.translate("VariableForm", "(choose)"))
        for choice in variable.choices:
            self.box.addItem(choice, choice)

    def value(self) -> Any:
        return self.box.currentData()

    def set_value(self, value: Any) -> None:
        index = self.box.findData(value) if value is not None else -1
        if index < 0 and not self.variable.required:
            index = 0  # "(not specified)"
        self.box.setCurrentIndex(index)

    def changed(self) -> SignalInstance:
        return self.box.currentIndexChanged
