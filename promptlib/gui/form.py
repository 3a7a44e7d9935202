"""The form generated from a template's variables: one row per variable, a field per type.

Each row is the label, the field, its help and, when what is typed cannot be used, a
line saying why. Marks are words as well as colours: a missing required field's
label says so, and screen readers hear the same in the field's description.
The fields themselves are in `fields/`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.languages import language_or_default
from ..core.model import Template, Variable
from . import theme
from .fields import FormField, make_field
from .lazyqt import Qt


def locale_language() -> str:
    """The UI language, as `translations` set Qt's default locale for it."""
    return language_or_default(QLocale().name())


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Row:
    """One variable's row: the label, the field, its help and its problem line."""

    def __init__(self, field: FormField, label: QLabel, problem: QLabel, box: QWidget) -> None:
        self.field = field
        self.label = label
        self.problem = problem
        self.box = box
        self.missing = False


class VariableForm(QWidget):
    """Shows one template's variables; emits `valuesChanged` on every edit."""

    valuesChanged = Signal()
    undoAvailableChanged = Signal(bool)   # whether "Clear fields" can be undone

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.language = language or "fi"
        self._rows: dict[str, _Row] = {}
        self._writing = False               # values set by code, not typed
        self._before_clear: dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 6, 0)
        self._empty_note = QLabel(self.tr("This template has no fields to fill: copy it as it is."))
        self._empty_note.setWordWrap(True)
        theme.dress(self._empty_note, "hint")
        self._empty_note.hide()
        outer.addWidget(self._empty_note)
        self._layout = QVBoxLayout()
        self._layout.setSpacing(12)
        outer.addLayout(self._layout)
        outer.addStretch(1)

    # -- building ------------------------------------------------------------------

    def set_template(self, template: Template | None, values: dict[str, Any] | None = None) -> None:
        """Rebuild the form for *template*, pre-filled with *values* (else defaults)."""
        for row in self._rows.values():
            row.box.hide()
            row.box.deleteLater()
        self._rows.clear()
        self._set_undo(None)
        if template is None:
            self._empty_note.hide()
            return
        self.language = self._language or locale_language()
        self._empty_note.setVisible(not template.variables)
        start = values or {}
        previous: QWidget | None = None
        self._writing = True
        try:
            for variable in template.variables:
                row = self._make_row(variable)
                row.field.set_value(start.get(variable.name, variable.default))
                self._rows[variable.name] = row
                self._layout.addWidget(row.box)
                if previous is not None:
                    QWidget.setTabOrder(previous, row.field.widget)
                previous = row.field.widget
        finally:
            self._writing = False
        for name in self._rows:
            self._describe(name)

    def _make_row(self, variable: Variable) -> _Row:
        field = make_field(variable, self.language)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        label = QLabel(self._label_text(variable, missing=False), box)
        # Labels, help and problems quote the pack: plain text, never read as HTML.
        # (0 is Qt.TextFormat.PlainText, as a property: no Qt namespace at start-up, see lazyqt.)
        label.setProperty("textFormat", 0)
        label.setWordWrap(True)
        label.setBuddy(field.widget)  # beside the field: the "labelled by" relation needs siblings
        layout.addWidget(label)
        field.widget.setParent(box)
        field.widget.setToolTip(variable.help)
        layout.addWidget(field.widget)
        problem = QLabel(box)  # right under the field: what to fix comes before the help
        problem.setProperty("textFormat", 0)
        theme.dress(problem, "fieldProblem")
        problem.setWordWrap(True)
        problem.hide()
        layout.addWidget(problem)
        if variable.help:
            hint = QLabel(variable.help, box)
            hint.setProperty("textFormat", 0)
            theme.dress(hint, "hint")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        name = variable.name
        field.changed().connect(lambda *_args: self._on_changed(name))
        if isinstance(field.widget, QLineEdit):
            field.widget.editingFinished.connect(lambda: self._show_problem(name))
        field.widget.installEventFilter(self)
        return _Row(field, label, problem, box)

    def _label_text(self, variable: Variable, missing: bool) -> str:
        text = f"{variable.label} *" if variable.required else variable.label
        if not missing:
            return text
        return self.tr("%1 – required, missing").replace("%1", text)

    def _describe(self, name: str) -> None:
        """Name the field by its label; describe it by what is wrong, whether it is
        required, its help and how to type it (what a screen reader reads after the name)."""
        row = self._rows[name]
        variable = row.field.variable
        parts = []
        if not row.problem.isHidden():
            parts.append(row.problem.text())
        if row.missing:
            parts.append(self.tr("Required, missing."))
        elif variable.required:
            parts.append(self.tr("Required."))
        parts.extend(part for part in (variable.help, row.field.format_hint()) if part)
        row.field.set_accessible_text(variable.label, " ".join(parts))

    # -- reading and writing -------------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {name: row.field.value() for name, row in self._rows.items()}

    def set_value(self, name: str, value: Any) -> None:
        self._rows[name].field.set_value(value)

    def widget_for(self, name: str) -> QWidget:
        return self._rows[name].field.widget

    def row_for(self, name: str) -> QWidget:
        """The field's whole row (label, field, help), to scroll into view."""
        return self._rows[name].box

    def field_names(self) -> list[str]:
        return list(self._rows)

    def focus_first(self) -> bool:
        for row in self._rows.values():
            row.field.widget.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def _on_changed(self, name: str) -> None:
        if not self._writing:
            self._set_undo(None)  # typing after a clear: the typing is what Ctrl+Z undoes now
        row = self._rows.get(name)
        if row is not None:
            if row.missing and not _empty(row.field.value()):
                self._set_missing(name, False)
            if not row.problem.isHidden():
                self._show_problem(name)  # updated while the user fixes it, gone when fixed
        self.valuesChanged.emit()

    # -- what blocks a copy --------------------------------------------------------

    def problems(self) -> list[tuple[str, str]]:
        """(name, why) for each field whose text cannot be used as it is, in form order."""
        return [(name, problem) for name, row in self._rows.items() if (problem := row.field.problem())]

    def show_problems(self) -> None:
        for name in self._rows:
            self._show_problem(name)

    def _show_problem(self, name: str) -> None:
        row = self._rows.get(name)
        if row is None:
            return
        problem = row.field.problem()
        row.problem.setText(problem)
        row.problem.setVisible(bool(problem))
        theme.set_state(row.field.widget, "invalid", bool(problem))
        self._describe(name)

    def mark_missing(self, names: list[str]) -> None:
        """Show which fields block the copy, and put the cursor in the first."""
        for name in self._rows:
            self._set_missing(name, name in names)
        if names and names[0] in self._rows:
            self._rows[names[0]].field.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_missing(self, name: str, missing: bool) -> None:
        row = self._rows[name]
        row.missing = missing
        row.label.setText(self._label_text(row.field.variable, missing))
        theme.set_state(row.label, "missing", missing)
        theme.set_state(row.field.widget, "missing", missing)
        self._describe(name)

    # -- clearing, and undoing it --------------------------------------------------

    def clear_values(self, defaults: dict[str, Any]) -> None:
        """Every field back to *defaults* (else empty); `undo_clear` puts the values back."""
        before = {name: row.field.snapshot() for name, row in self._rows.items()}
        self._writing = True
        try:
            for name, row in self._rows.items():
                row.field.set_value(defaults.get(name))
                self._set_missing(name, False)
                self._show_problem(name)
        finally:
            self._writing = False
        self._set_undo(before)
        self.valuesChanged.emit()

    def forget_undo(self) -> None:
        """"Clear fields" can no longer be undone (the form is left for another)."""
        self._set_undo(None)

    def can_undo_clear(self) -> bool:
        return self._before_clear is not None

    def undo_clear(self) -> bool:
        """Put back what "Clear fields" took away; False if there is nothing to put back."""
        before = self._before_clear
        if before is None:
            return False
        self._writing = True
        try:
            for name, snapshot in before.items():
                if name in self._rows:
                    self._rows[name].field.restore(snapshot)
        finally:
            self._writing = False
        self._set_undo(None)
        self.valuesChanged.emit()
        return True

    def _set_undo(self, before: dict[str, Any] | None) -> None:
        available = before is not None
        changed = available != (self._before_clear is not None)
        self._before_clear = before
        if changed:
            self.undoAvailableChanged.emit(available)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Z in a field right after "Clear fields" undoes the clear; once the user
        # has typed there, it undoes the typing as usual.
        kind = event.type()
        if self._before_clear is not None and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.matches(QKeySequence.StandardKey.Undo):  # type: ignore[attr-defined]
            row = next((row for row in self._rows.values() if row.field.widget is watched), None)
            if row is not None and not row.field.has_own_undo():
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self.undo_clear()
                return True
        return super().eventFilter(watched, event)
