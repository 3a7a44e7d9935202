"""The variables as a table, never as syntax: one row per field of the end-user form,
in form order, and under it the selected field's settings, showing only the controls
its type needs (choices for a choice, minimum and maximum for a number).

The table edits library-format dicts; what is wrong with them is for the live checks
to say (the same validation as an import), so a half-typed value is kept as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..lazyqt import Qt

COLUMNS = ("name", "label", "type", "required")


def type_names() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {"text": translate("editor", "Text (one line)"), "multiline": translate("editor", "Long text"),
            "choice": translate("editor", "Choice"), "number": translate("editor", "Number"),
            "date": translate("editor", "Date")}


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number_or_text(text: str) -> Any:
    """A number where the text is one (so validation sees a number), else the text as
    typed (so validation can say what is wrong with it)."""
    plain = text.strip().replace("\u00a0", "").replace(" ", "")
    try:
        return int(plain)
    except ValueError:
        pass
    try:
        return float(plain.replace(",", "."))
    except ValueError:
        return text


class ChoicesEditor(QWidget):
    """A list of choices: add, remove, rename (F2 or double-click) and reorder."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Choices"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.new_choice = QLineEdit()
        self.new_choice.setPlaceholderText(self.tr("New choice, then Enter"))
        self.new_choice.setAccessibleName(self.tr("New choice"))
        self.new_choice.returnPressed.connect(self.add_typed)
        add = QPushButton(self.tr("Add choice"))
        add.clicked.connect(self.add_typed)
        remove = QPushButton(self.tr("Remove choice"))
        remove.clicked.connect(self.remove_current)
        up = QPushButton(self.tr("Move choice up"))
        up.clicked.connect(lambda: self.move_choice(-1))
        down = QPushButton(self.tr("Move choice down"))
        down.clicked.connect(lambda: self.move_choice(1))
        row = QHBoxLayout()
        row.addWidget(self.new_choice, 1)
        row.addWidget(add)
        buttons = QHBoxLayout()
        for button in (remove, up, down):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.list.setMaximumHeight(110)

    def choices(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_choices(self, choices: list[str]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            self._append(choice)
        self.list.blockSignals(False)

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def add_typed(self) -> None:
        text = self.new_choice.text().strip()
        if text:
            self.list.blockSignals(True)
            self._append(text)
            self.list.blockSignals(False)
            self.new_choice.clear()
            self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move_choice(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.blockSignals(True)
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.list.blockSignals(False)
        self.changed.emit()


class VariablesEditor(QWidget):
    """The template's variables. `changed` on every edit; `renamed(old, new)` when a
    name is committed (Enter or leaving the field), so the body can follow."""

    changed = Signal()
    renamed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._variables: list[dict[str, Any]] = []
        self._writing = False
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Variables, in form order"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Label"), self.tr("Type"), self.tr("Required")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(130)  # four rows in sight
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.add_button = QPushButton(self.tr("&Add variable"))
        self.add_button.clicked.connect(lambda: self.add_variable())
        self.remove_button = QPushButton(self.tr("Remove variable"))
        self.remove_button.clicked.connect(lambda: self.remove(self.current_row()))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the variable up in the form"))
        self.up_button.clicked.connect(lambda: self.move_variable(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the variable down in the form"))
        self.down_button.clicked.connect(lambda: self.move_variable(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Variable name"))
        self.name.setToolTip(self.tr("Lowercase letters, digits and _; used in the body as {{ name }}"))
        self.name.editingFinished.connect(self._commit_name)
        self.label = QLineEdit()
        self.type = QComboBox()
        for code, text in type_names().items():
            self.type.addItem(text, code)
        self.required = QCheckBox(self.tr("Required: the prompt cannot be copied without it"))
        self.help = QLineEdit()
        self.example = QLineEdit()
        self.default = QLineEdit()
        self.choices = ChoicesEditor()
        self.minimum = QLineEdit()
        self.maximum = QLineEdit()
        self.details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key, text, widget in (
                ("name", self.tr("&Name"), self.name), ("label", self.tr("&Label"), self.label),
                ("type", self.tr("T&ype"), self.type), ("required", "", self.required),
                ("help", self.tr("&Help"), self.help), ("example", self.tr("E&xample"), self.example),
                ("default", self.tr("De&fault"), self.default), ("choices", self.tr("&Choices"), self.choices),
                ("min", self.tr("M&inimum"), self.minimum), ("max", self.tr("Ma&ximum"), self.maximum)):
            label = QLabel(text)
            label.setBuddy(widget.list if widget is self.choices else widget)
            self.detail_labels[key] = label
            self.details.addRow(label, widget)
            if text and widget is not self.choices:
                widget.setAccessibleName(text.replace("&", ""))
        self.example.setPlaceholderText(self.tr("Shown in the empty field, and used in the preview"))
        self.help.setPlaceholderText(self.tr("One line under the field: what to write"))
        for widget in (self.label, self.help, self.example, self.default, self.minimum, self.maximum):
            widget.textEdited.connect(self._write_details)
        self.type.currentIndexChanged.connect(self._write_details)
        self.required.toggled.connect(self._write_details)
        self.choices.changed.connect(self._write_details)
        self.detail_box = QWidget()
        self.detail_box.setLayout(self.details)
        self.detail_scroll = QScrollArea()  # a choice's list editor is tall: scroll rather than squeeze the table
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail_box)
        self.detail_scroll.setAccessibleName(self.tr("Settings of the selected variable"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.detail_scroll, 3)
        self._show_row(-1)

    # -- the list ---------------------------------------------------------------------

    def variables(self) -> list[dict[str, Any]]:
        return [dict(variable) for variable in self._variables]

    def names(self) -> list[str]:
        return [str(variable.get("name", "")) for variable in self._variables]

    def set_variables(self, variables: list[dict[str, Any]]) -> None:
        self._variables = [dict(variable) for variable in variables]
        self._refresh_table()
        self.select(0 if self._variables else -1)

    def current_row(self) -> int:
        return self.table.currentRow()

    def select(self, row: int, column: str = "") -> None:
        """Show row *row*'s settings; with *column*, put the cursor in that setting."""
        if 0 <= row < len(self._variables):
            self.table.setCurrentCell(row, 0)
        self._show_row(row)
        widget = self.widget_for(column)
        if widget is not None and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif column:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def widget_for(self, column: str) -> QWidget | None:
        return {"name": self.name, "label": self.label, "type": self.type, "required": self.required,
                "help": self.help, "example": self.example, "default": self.default,
                "choices": self.choices.list, "min": self.minimum, "max": self.maximum}.get(column)

    def add_variable(self, variable: dict[str, Any] | None = None) -> int:
        if variable is None:
            taken = set(self.names())
            number = 1
            while f"field_{number}" in taken:
                number += 1
            variable = {"name": f"field_{number}", "label": self.tr("Field %1").replace("%1", str(number)),
                        "type": "text"}
        self._variables.append(dict(variable))
        self._refresh_table()
        row = len(self._variables) - 1
        self.select(row, "name" if variable is None else "")
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._variables):
            del self._variables[row]
            self._refresh_table()
            self.select(min(row, len(self._variables) - 1))
            self.changed.emit()

    def move_variable(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self._variables):
            return
        self._variables[row], self._variables[target] = self._variables[target], self._variables[row]
        self._refresh_table()
        self.select(target)
        self.changed.emit()

    def _refresh_table(self) -> None:
        names = type_names()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._variables))
        for row, variable in enumerate(self._variables):
            cells = (str(variable.get("name", "")), str(variable.get("label", "")),
                     names.get(str(variable.get("type", "text")), str(variable.get("type", ""))),
                     self.tr("yes") if variable.get("required") else self.tr("no"))
            for column, text in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    self.table.setItem(row, column, QTableWidgetItem(text))
                elif item.text() != text:
                    item.setText(text)
        self.table.blockSignals(False)

    # -- the selected variable's settings ---------------------------------------------------

    def _show_row(self, row: int) -> None:
        has_row = 0 <= row < len(self._variables)
        self.detail_box.setEnabled(has_row)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has_row)
        variable = self._variables[row] if has_row else {}
        self._writing = True
        try:
            self.name.setText(str(variable.get("name", "")))
            self.label.setText(str(variable.get("label", "")))
            kind = variable.get("type", "text")
            self.type.setCurrentIndex(max(self.type.findData(kind), 0))
            self.required.setChecked(variable.get("required") is True)
            self.help.setText(str(variable.get("help", "")))
            self.example.setText(_shown(variable.get("example")))
            self.default.setText(_shown(variable.get("default")))
            self.choices.set_choices([str(c) for c in variable.get("choices", []) if isinstance(c, str)])
            self.minimum.setText(_shown(variable.get("min")))
            self.maximum.setText(_shown(variable.get("max")))
        finally:
            self._writing = False
        self._show_controls_for(str(kind) if has_row else "text")

    def _show_controls_for(self, kind: str) -> None:
        for widget, shown in ((self.choices, kind == "choice"), (self.minimum, kind == "number"),
                              (self.maximum, kind == "number")):
            self.details.setRowVisible(widget, shown)
        hints = {"date": self.tr("A date, written YYYY-MM-DD"), "number": self.tr("A number"),
                 "choice": self.tr("One of the choices")}
        for widget in (self.example, self.default):
            widget.setToolTip(hints.get(kind, ""))

    def _write_details(self) -> None:
        row = self.current_row()
        if self._writing or not 0 <= row < len(self._variables):
            return
        kind = self.type.currentData()
        variable: dict[str, Any] = {"name": self._variables[row].get("name", ""), "label": self.label.text(),
                                    "type": kind}
        if self.required.isChecked():
            variable["required"] = True
        if self.help.text().strip():
            variable["help"] = self.help.text()
        for key, widget in (("example", self.example), ("default", self.default)):
            text = widget.text()
            if text.strip():
                variable[key] = _number_or_text(text) if kind == "number" else text
        if kind == "choice":
            variable["choices"] = self.choices.choices()
        if kind == "number":
            for key, widget in (("min", self.minimum), ("max", self.maximum)):
                if widget.text().strip():
                    variable[key] = _number_or_text(widget.text())
        self._variables[row] = variable
        self._show_controls_for(kind)
        self._refresh_table()
        self.changed.emit()

    def _commit_name(self) -> None:
        row = self.current_row()
        if self._writing or not 0 <= row < len(self._variables):
            return
        old, new = str(self._variables[row].get("name", "")), self.name.text().strip()
        if old == new:
            return
        self._variables[row]["name"] = new
        self._refresh_table()
        self.renamed.emit(old, new)
        self.changed.emit()

    def rename_in_place(self, old: str, new: str) -> None:
        for variable in self._variables:
            if variable.get("name") == old:
                variable["name"] = new
        self._refresh_table()
        self._show_row(self.current_row())
        self.changed.emit()
