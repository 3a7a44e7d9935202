"""The form generated from a template's variables: one fitting widget per type."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Template, Variable
from . import theme
from .lazyqt import Qt

# An optional number or date shows this at its minimum, meaning "no value".
_EMPTY_MARK = "–"
_EMPTY_DATE = QDate(1900, 1, 1)


class _Field:
    """A variable's widget with a uniform way to read, write and watch its value."""

    def __init__(self, variable: Variable, widget: QWidget, read: Callable[[], Any],
                 write: Callable[[Any], None], changed) -> None:
        self.variable = variable
        self.widget = widget
        self.read = read
        self.write = write
        self.changed = changed


class VariableForm(QWidget):
    """Shows one template's variables; emits `valuesChanged` on every edit."""

    valuesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, _Field] = {}
        self._labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._empty_note = QLabel(self.tr("This template has no fields to fill: copy it as it is."))
        self._empty_note.setWordWrap(True)
        theme.dress(self._empty_note, "hint")
        self._empty_note.hide()
        outer.addWidget(self._empty_note)
        self._layout = QFormLayout()
        # Labels above their fields: Finnish labels are long, and fields get the full width.
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self._layout)
        outer.addStretch(1)

    # -- building ------------------------------------------------------------------

    def set_template(self, template: Template | None, values: dict[str, Any] | None = None) -> None:
        """Rebuild the form for *template*, pre-filled with *values* (else defaults)."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._fields.clear()
        self._labels.clear()
        if template is None:
            self._empty_note.hide()
            return
        self._empty_note.setVisible(not template.variables)
        start = values or {}
        previous: QWidget | None = None
        for variable in template.variables:
            field = self._make_field(variable)
            field.write(start.get(variable.name, variable.default))
            field.changed.connect(self.valuesChanged)
            label = QLabel(self._label_text(variable))
            label.setBuddy(field.widget)
            label.setToolTip(variable.help)
            field.widget.setToolTip(variable.help)
            field.widget.setAccessibleName(variable.label)
            field.widget.setAccessibleDescription(variable.help)
            self._fields[variable.name] = field
            self._labels[variable.name] = label
            self._layout.addRow(label, self._with_hint(field.widget, variable))
            if previous is not None:
                QWidget.setTabOrder(previous, field.widget)
            previous = field.widget

    def _label_text(self, variable: Variable) -> str:
        return f"{variable.label} *" if variable.required else variable.label

    def _with_hint(self, widget: QWidget, variable: Variable) -> QWidget:
        if not variable.help:
            return widget
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        hint = QLabel(variable.help)
        theme.dress(hint, "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return box

    def _make_field(self, variable: Variable) -> _Field:
        maker = {"multiline": self._multiline, "choice": self._choice,
                 "number": self._number, "date": self._date}.get(variable.type, self._text)
        return maker(variable)

    def _example_hint(self, variable: Variable) -> str:
        if variable.example in (None, ""):
            return ""
        return self.tr("e.g. %1").replace("%1", str(variable.example))

    def _text(self, variable: Variable) -> _Field:
        edit = QLineEdit()
        edit.setPlaceholderText(self._example_hint(variable))
        edit.setClearButtonEnabled(True)
        return _Field(variable, edit, edit.text, lambda v: edit.setText("" if v is None else str(v)),
                      edit.textChanged)

    def _multiline(self, variable: Variable) -> _Field:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(self._example_hint(variable))
        edit.setTabChangesFocus(True)  # Tab moves on through the form, as in every other field
        edit.setMinimumHeight(72)
        edit.setMaximumHeight(140)
        return _Field(variable, edit, edit.toPlainText,
                      lambda v: edit.setPlainText("" if v is None else str(v)), edit.textChanged)

    def _choice(self, variable: Variable) -> _Field:
        combo = QComboBox()
        if not variable.required:
            combo.addItem(self.tr("(not specified)"), None)
        for choice in variable.choices:
            combo.addItem(choice, choice)

        def write(value: Any) -> None:
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))

        return _Field(variable, combo, combo.currentData, write, combo.currentIndexChanged)

    def _number(self, variable: Variable) -> _Field:
        numbers = [v for v in (variable.min, variable.max, variable.default, variable.example) if v is not None]
        whole = all(float(v).is_integer() for v in numbers)
        spin = QSpinBox() if whole else QDoubleSpinBox()
        low = variable.min if variable.min is not None else -1_000_000_000
        high = variable.max if variable.max is not None else 1_000_000_000
        optional = not variable.required and variable.default is None
        # An optional number starts empty: one step below the minimum reads as "–".
        empty_value = low - 1 if optional else None
        spin.setRange(int(empty_value if optional else low) if whole else (empty_value if optional else low),
                      int(high) if whole else high)
        if optional:
            spin.setSpecialValueText(_EMPTY_MARK)
        spin.setGroupSeparatorShown(True)

        def read() -> Any:
            value = spin.value()
            if optional and value == spin.minimum():
                return None
            return int(value) if whole else value

        def write(value: Any) -> None:
            if value is None:
                spin.setValue(spin.minimum() if optional else (low if low > 0 else max(low, 0)))
            else:
                spin.setValue(int(value) if whole else float(value))

        return _Field(variable, spin, read, write, spin.valueChanged)

    def _date(self, variable: Variable) -> _Field:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d.M.yyyy")
        edit.setMinimumDate(_EMPTY_DATE)
        edit.setSpecialValueText(_EMPTY_MARK)

        def read() -> date | None:
            value = edit.date()
            return None if value == _EMPTY_DATE else date(value.year(), value.month(), value.day())

        def write(value: Any) -> None:
            if value is None:
                edit.setDate(_EMPTY_DATE)
            else:
                parsed = value if isinstance(value, date) else date.fromisoformat(str(value))
                edit.setDate(QDate(parsed.year, parsed.month, parsed.day))

        return _Field(variable, edit, read, write, edit.dateChanged)

    # -- reading and marking -------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: field.read() for name, field in self._fields.items()}

    def set_value(self, name: str, value: Any) -> None:
        self._fields[name].write(value)

    def widget_for(self, name: str) -> QWidget:
        return self._fields[name].widget

    def field_names(self) -> list[str]:
        return list(self._fields)

    def focus_first(self) -> bool:
        for field in self._fields.values():
            field.widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def mark_missing(self, names: list[str]) -> None:
        """Show which fields block the copy, and put the cursor in the first."""
        for name, label in self._labels.items():
            missing = name in names
            theme.set_state(label, "missing", missing)
            theme.set_state(self._fields[name].widget, "missing", missing)
        if names and names[0] in self._fields:
            self._fields[names[0]].widget.setFocus(Qt.FocusReason.OtherFocusReason)
