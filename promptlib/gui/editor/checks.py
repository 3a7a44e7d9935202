"""The live checks panel: every finding of `core.owntemplates.checks` in the UI
language, each one a row that puts the cursor at its place, and the quick fixes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...core.owntemplates.checks import EDITOR, LINT, Check
from ...core.problems import fill
from ...core.quality.explanations import explanation
from .. import theme
from ..guardmarks import kind_in_sentence
from ..lazyqt import Qt
from ..problemtexts import problem_text
from ..translations import ui_language

translate = QCoreApplication.translate
CheckRole = Qt.ItemDataRole.UserRole


def severity_word(severity: str) -> str:
    """Said in words, not only by colour."""
    return {"error": translate("editor", "Error"), "warning": translate("editor", "Warning"),
            "hint": translate("editor", "Hint")}.get(severity, severity)


def field_name(field: str) -> str:
    return {"title": translate("editor", "Title"), "roles": translate("editor", "Roles"),
            "body": translate("editor", "Prompt"), "variables": translate("editor", "Variables"),
            "tags": translate("editor", "Tags"), "summary": translate("editor", "Summary"),
            "guidance": translate("editor", "Guidance"), "id": translate("editor", "Id"),
            "language": translate("editor", "Language"), "data_policy": translate("editor", "Data rule"),
            "copied_from": translate("editor", "Copied from"),
            "lint": translate("editor", "Waived quality hints")}.get(field, field)


def _editor_text(check: Check) -> str:
    texts = {
        "label-is-name": translate("editor", "The field “{name}” has no label of its own: the form would show "
                                             "its raw name."),
        "no-help": translate("editor", "The field “{name}” has no help or example: say what to write."),
        "required-only-conditional": translate("editor", "The required field “{name}” is used only inside "
                                                         "{% if %}: make it optional, or use it outside the "
                                                         "condition."),
        "personal-data-value": translate("editor", "The {field} of the field “{name}” looks like personal data "
                                                   "({kind}): use a made-up value."),
    }
    values = check.values
    if "field" in values:
        values["field"] = {"example": translate("editor", "example"),
                           "default": translate("editor", "default value")}.get(values["field"], values["field"])
    if "kind" in values:
        values["kind"] = kind_in_sentence(values["kind"])
    return fill(texts.get(check.code, check.message), values)


def check_text(check: Check, variable_names: list[str]) -> str:
    """The finding in the UI language, with where it is."""
    if check.source == LINT:
        text = explanation(check.code, ui_language())
    elif check.source == EDITOR:
        text = _editor_text(check)
    else:
        from ...core.errors import Problem

        text = problem_text(Problem("", check.message, check.code, check.params))
        text = text[:1].upper() + text[1:]
    if check.variable is not None and 0 <= check.variable < len(variable_names):
        place = translate("editor", "Variable “%1”").replace("%1", variable_names[check.variable] or "?")
    elif check.line is not None and check.field == "body":
        place = translate("editor", "Prompt, line %1").replace("%1", str(check.line))
    elif check.field:
        place = field_name(check.field)
    else:
        place = ""
    return f"{severity_word(check.severity)} – {place}: {text}" if place else f"{severity_word(check.severity)}: {text}"


class ChecksPanel(QWidget):
    """The findings, errors first. Activating one emits `goTo(check)`; the quick fix
    buttons under the list act on the selected finding."""

    goTo = Signal(object)
    addVariable = Signal(str)
    removeVariable = Signal(str)
    insertVariable = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        theme.dress(self.summary, "summary")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Checks"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda item: self.goTo.emit(item.data(CheckRole)))
        self.list.itemClicked.connect(lambda item: self.goTo.emit(item.data(CheckRole)))
        self.list.currentItemChanged.connect(lambda *_: self._offer_fixes())
        self.add_button = QPushButton(self.tr("Add variable"))
        self.add_button.clicked.connect(lambda: self._fix(self.addVariable))
        self.remove_button = QPushButton(self.tr("Remove variable"))
        self.remove_button.clicked.connect(lambda: self._fix(self.removeVariable))
        self.insert_button = QPushButton(self.tr("Insert into the prompt"))
        self.insert_button.clicked.connect(lambda: self._fix(self.insertVariable))
        fixes = QHBoxLayout()
        self.fix_label = QLabel(self.tr("Quick fix:"))
        fixes.addWidget(self.fix_label)
        for button in (self.add_button, self.remove_button, self.insert_button):
            fixes.addWidget(button)
        fixes.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(fixes)
        self.checks: list[Check] = []
        self._offer_fixes()

    def show_checks(self, checks: list[Check], variable_names: list[str]) -> None:
        current = self.list.currentRow()
        self.checks = checks
        self.list.clear()
        for check in checks:
            item = QListWidgetItem(check_text(check, variable_names))
            item.setData(CheckRole, check)
            item.setToolTip(item.text())
            self.list.addItem(item)
        if checks:
            self.list.setCurrentRow(min(max(current, 0), len(checks) - 1))
        errors = sum(1 for check in checks if check.blocks_save)
        others = len(checks) - errors
        if errors:
            text = self.tr("%n error(s) to fix before saving a version (the draft is kept).", "", errors)
        elif others:
            text = self.tr("No errors: the template can be saved.")
        else:
            text = self.tr("No errors, warnings or hints.")
        if others:
            text += " " + self.tr("%n warning(s) or hint(s).", "", others)
        self.summary.setText(text)
        self._offer_fixes()

    def current(self) -> Check | None:
        item = self.list.currentItem()
        check: Check | None = item.data(CheckRole) if item is not None else None
        return check

    def _offer_fixes(self) -> None:
        check = self.current()
        code = check.code if check else ""
        self.add_button.setVisible(code == "undeclared-variable")
        self.remove_button.setVisible(code == "unused-variable")
        self.insert_button.setVisible(code == "unused-variable")
        self.fix_label.setVisible(code in ("undeclared-variable", "unused-variable"))

    def _fix(self, signal: Any) -> None:
        check = self.current()
        if check is not None and check.values.get("name"):
            signal.emit(check.values["name"])
