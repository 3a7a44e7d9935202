"""A date typed as the user writes it (`15.12.2026`, or ISO), or picked from a calendar.

A line edit rather than QDateEdit: QDateEdit cannot be empty (an empty date was
1.1.1900 and copied as valid), turned `15.12.2026` typed into an empty field into
`–5122026`, needed three Tabs to leave and opened its calendar at 1900.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from ...core import dates
from ...core.model import Variable
from ...core.resources import resource_path
from .base import LineEditField, TypedCharacters, wheel_scrolls_form

_icon: QIcon | None = None


def calendar_icon() -> QIcon:
    """A small calendar for the field's button (drawn in SVG: icon themes are not on every desktop)."""
    global _icon
    if _icon is None:
        _icon = QIcon(str(resource_path("icons/calendar.svg")))
    return _icon


class DateEdit(QLineEdit):
    """F4 or Alt+Down opens the calendar; Up and Down (and the wheel, while focused) move a day."""

    def __init__(self, field: DateField) -> None:
        super().__init__()
        self._field = field
        self.calendar_action = QAction(calendar_icon(), self.tr("Choose from the calendar (Alt+Down)"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.calendar_action:
                button.setAccessibleName(self.tr("Choose from the calendar"))
                button.setToolTip(self.calendar_action.text())
        self._popup: QWidget | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from ..lazyqt import Qt

        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            self._field.step(1 if key == Qt.Key.Key_Up else -1)
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

    def open_calendar(self) -> None:
        """The calendar at the field's date, or at today when the field has none."""
        from .calendarpopup import CalendarPopup  # loads when first opened, not with the window

        self.setFocus()
        popup = CalendarPopup(self, self._field.value() or date.today())
        popup.picked.connect(self._picked)
        popup.destroyed.connect(self._forget_popup)
        self._popup = popup
        popup.open_below(self)

    def calendar_popup(self) -> QWidget | None:
        """The calendar while it is open (for tests and the form), else None."""
        popup = self._popup
        return popup if popup is not None and popup.isVisible() else None

    def _forget_popup(self) -> None:
        self._popup = None

    def _picked(self, picked: QDate) -> None:
        self._field.set_value(date(picked.year(), picked.month(), picked.day()))
        self.setFocus()


class DateField(LineEditField):
    def __init__(self, variable: Variable, language: str) -> None:
        self.edit = DateEdit(self)
        super().__init__(variable, language, self.edit)
        self.edit.setValidator(TypedCharacters(dates.could_be_typed, self.edit))
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self._example())

    def _example(self) -> str:
        example = dates.read_any_date(str(self.variable.example or "")) or date(2026, 12, 31)
        return QCoreApplication.translate("VariableForm", "e.g. %1").replace(
            "%1", dates.format_date(example, self.language))

    def value(self) -> date | None:
        return dates.read_date(self.edit.text(), self.language).value

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.edit.setText("")
            return
        parsed = value if isinstance(value, date) else dates.read_any_date(str(value))
        self.edit.setText(dates.format_date(parsed, self.language) if parsed else str(value))

    def problem(self) -> str:
        if not dates.read_date(self.edit.text(), self.language).problem:
            return ""
        if dates.accepts_day_month_year(self.language):
            return QCoreApplication.translate("DateField", "Not a date. Write it as, for example, 15.12.2026 "
                                                           "or 2026-12-15.")
        return QCoreApplication.translate("DateField", "Not a date. Write it as, for example, 2026-12-15.")

    def format_hint(self) -> str:
        return QCoreApplication.translate("DateField", "A date, %1. Alt+Down opens a calendar.").replace(
            "%1", self._example())

    def step(self, days: int) -> None:
        current = self.value()
        self.set_value(current + timedelta(days=days) if current else date.today())
