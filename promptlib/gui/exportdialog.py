"""File → Export…: choose what to export (the selected template, the current role,
a library, your own templates, or everything), then where to save it.

`ExportDialog.ask` and `choose_export_path` are the questions; tests monkeypatch them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import Catalog
from ..core.library.exporting import OWN_LIBRARY_ID, Selection
from .translations import ui_language


def choose_export_path(parent: QWidget, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("exportdialog", "Export templates"), suggested,
        QCoreApplication.translate("exportdialog", "Library files (*.json)"))
    if not path:
        return None
    return Path(path if path.lower().endswith(".json") else path + ".json")


class ExportDialog(QDialog):
    def __init__(self, catalog: Catalog, language: str, template_id: str | None = None,
                 role_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export templates"))
        self.setAccessibleName(self.windowTitle())
        self.template_id = template_id
        self.role_id = role_id
        self.group = QButtonGroup(self)
        self.template_choice = QRadioButton(self.tr("The selected template"))
        self.template_choice.setEnabled(template_id is not None)
        self.role_choice = QRadioButton(
            self.tr("Templates for the role %1").replace("%1", catalog.role_name(role_id, language))
            if role_id else self.tr("Templates for the current role (pick a role first)"))
        self.role_choice.setEnabled(role_id is not None)
        self.library_choice = QRadioButton(self.tr("A whole library:"))
        self.library = QComboBox()
        self.library.setAccessibleName(self.tr("Library to export"))
        for pack_id, name in dict((p.id, p.name_in(ui_language())) for p in catalog.packs).items():
            self.library.addItem(f"{name} ({pack_id})", pack_id)
        self.own_choice = QRadioButton(self.tr("My own templates"))
        self.own_choice.setEnabled(any(p.id == OWN_LIBRARY_ID for p in catalog.packs))
        self.all_choice = QRadioButton(self.tr("Every template I can see"))
        layout = QVBoxLayout(self)
        for button in (self.template_choice, self.role_choice, self.library_choice):
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addWidget(self.library)
        for button in (self.own_choice, self.all_choice):
            self.group.addButton(button)
            layout.addWidget(button)
        self.library.activated.connect(lambda _index: self.library_choice.setChecked(True))
        first = next(b for b in (self.template_choice, self.role_choice, self.library_choice) if b.isEnabled())
        first.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def selection(self) -> Selection:
        if self.template_choice.isChecked():
            return Selection(template_ids=(self.template_id,))
        if self.role_choice.isChecked():
            return Selection(role=self.role_id)
        if self.library_choice.isChecked():
            return Selection(library=self.library.currentData())
        if self.own_choice.isChecked():
            return Selection(own=True)
        return Selection()

    @classmethod
    def ask(cls, catalog: Catalog, language: str, template_id: str | None, role_id: str | None,
            parent: QWidget | None = None) -> Selection | None:
        dialog = cls(catalog, language, template_id, role_id, parent)
        return dialog.selection() if dialog.exec() == QDialog.DialogCode.Accepted else None


def suggested_file_name(selection: Selection) -> str:
    if selection.library:
        return f"{selection.library}.json"
    if selection.template_ids:
        return f"{selection.template_ids[0]}.json"
    return f"{selection.role or ('my-templates' if selection.own else 'templates')}.json"
