"""A number typed as the user writes it (`10 000 000 000`, `2,5`), empty until typed.

A line edit rather than QSpinBox: a spin box is 32-bit (a 10,000,000,000 € budget did
not fit), always holds a number (a required number without a default counted as
filled at its minimum) and turns with the wheel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QLineEdit

from ...core import numbers
from ...core.model import Variable
from .base import LineEditField, TypedCharacters, wheel_scrolls_form


class NumberEdit(QLineEdit):
    """Up and Down (and the wheel, while focused) step the number by one."""

    def __init__(self, field: NumberField) -> None:
        super().__init__()
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from ..lazyqt import Qt

        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self._field.step(1 if event.key() == Qt.Key.Key_Up else -1)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            wheel_scrolls_form(self, event)
            return
        steps = event.angleDelta().y() // 120
        if steps:
            self._field.step(steps)
        event.accept()


class NumberField(LineEditField):
    def __init__(self, variable: Variable, language: str) -> None:
        self.edit = NumberEdit(self)
        super().__init__(variable, language, self.edit)
        self.edit.setValidator(TypedCharacters(numbers.could_be_typed, self.edit))
        self.edit.setClearButtonEnabled(True)
        example = variable.example
        if isinstance(example, (int, float)) and not isinstance(example, bool):
            self.edit.setPlaceholderText(QCoreApplication.translate("VariableForm", "e.g. %1")
                                         .replace("%1", numbers.format_number(example, language)))
        self.edit.editingFinished.connect(self._tidy)

    def _reading(self) -> numbers.NumberReading:
        return numbers.read_number(self.edit.text(), self.language, self.variable.min, self.variable.max)

    def value(self) -> int | float | None:
        reading = self._reading()
        return None if reading.problem else reading.value

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.edit.setText("")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self.edit.setText(numbers.format_number(value, self.language))
        else:
            self.edit.setText(str(value))
            self._tidy()

    def problem(self) -> str:
        reading = self._reading()
        shown = numbers.format_number
        if reading.problem == numbers.NOT_A_NUMBER:
            return (QCoreApplication.translate("NumberField", "Not a number. Write it as, for example, %1 or %2.")
                    .replace("%1", shown(10_000, self.language)).replace("%2", shown(2.5, self.language)))
        if reading.problem == numbers.TOO_LARGE:
            return QCoreApplication.translate("NumberField", "Too large: the largest number is %1.").replace(
                "%1", shown(numbers.LIMIT, self.language))
        if reading.problem == numbers.BELOW_MINIMUM and self.variable.min is not None:
            return QCoreApplication.translate("NumberField", "Too small: the smallest allowed is %1.").replace(
                "%1", shown(self.variable.min, self.language))
        if reading.problem == numbers.ABOVE_MAXIMUM and self.variable.max is not None:
            return QCoreApplication.translate("NumberField", "Too large: the largest allowed is %1.").replace(
                "%1", shown(self.variable.max, self.language))
        return ""

    def format_hint(self) -> str:
        low, high = self.variable.min, self.variable.max
        if low is not None and high is not None:
            return (QCoreApplication.translate("NumberField", "A number from %1 to %2.")
                    .replace("%1", numbers.format_number(low, self.language))
                    .replace("%2", numbers.format_number(high, self.language)))
        if low is not None:
            return QCoreApplication.translate("NumberField", "A number, at least %1.").replace(
                "%1", numbers.format_number(low, self.language))
        if high is not None:
            return QCoreApplication.translate("NumberField", "A number, at most %1.").replace(
                "%1", numbers.format_number(high, self.language))
        return QCoreApplication.translate("NumberField", "A number.")

    def step(self, steps: int) -> None:
        """Up or down by *steps*, within the field's limits; from empty, start at the lowest sensible."""
        reading = self._reading()
        if isinstance(reading.value, (int, float)) and reading.problem != numbers.NOT_A_NUMBER:
            number = reading.value + steps
        else:
            number = self.variable.min if self.variable.min is not None and self.variable.min > 0 else 0
        if self.variable.min is not None:
            number = max(number, self.variable.min)
        if self.variable.max is not None:
            number = min(number, self.variable.max)
        self.set_value(int(number) if float(number).is_integer() else number)

    def _tidy(self) -> None:
        """Show a usable number grouped as the user's language writes it."""
        reading = self._reading()
        if reading.value is not None and reading.problem in ("", numbers.BELOW_MINIMUM, numbers.ABOVE_MAXIMUM):
            tidy = numbers.format_number(reading.value, self.language)
            if tidy != self.edit.text():
                self.edit.setText(tidy)
