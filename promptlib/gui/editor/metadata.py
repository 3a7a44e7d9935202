"""The template's details: title, id, language, roles, tags, summary, data rule and
guidance (with the format's four headings offered as a start, in the template's language)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import Catalog
from ...core.owntemplates.starting import guidance_skeleton
from ..lazyqt import Qt

# Each language by its own name, as in the Settings menu.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


class MetadataForm(QWidget):
    """Everything about a template but its body and variables. `changed` on every edit."""

    changed = Signal()

    def __init__(self, catalog: Catalog, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writing = False
        self.template_id = QLineEdit()
        self.template_id.setReadOnly(True)
        self.template_id.setAccessibleName(self.tr("Template id"))
        self.template_id.setToolTip(self.tr("Made from the title until the template is first saved, then fixed: "
                                            "favourites and history remember templates by it."))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.roles = QListWidget()
        self.roles.setAccessibleName(self.tr("Roles"))
        self.roles.setMaximumHeight(150)
        for role_id in catalog.roles:
            item = QListWidgetItem(catalog.role_name(role_id, ui_language))
            item.setData(Qt.ItemDataRole.UserRole, role_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.roles.addItem(item)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Comma-separated, lowercase: rekrytointi, työpaikkailmoitus"))
        self.summary = QLineEdit()
        self.data_policy = QComboBox()
        for code, text in (("no-personal-data", self.tr("No personal data")),
                           ("pseudonymised", self.tr("Only pseudonymised data")),
                           ("public", self.tr("Public material")), ("", self.tr("Not set"))):
            self.data_policy.addItem(text, code)
        self.guidance = QPlainTextEdit()
        self.guidance.setTabChangesFocus(True)
        self.guidance.setPlaceholderText(self.tr("Markdown: when to use the template, what never to enter, "
                                                 "what to check in the answer, a tip"))
        self.skeleton_button = QPushButton(self.tr("Insert the guidance &headings"))
        self.skeleton_button.clicked.connect(self.insert_skeleton)

        form = QFormLayout()
        for text, widget in ((self.tr("&Id"), self.template_id), (self.tr("La&nguage"), self.language),
                             (self.tr("&Roles"), self.roles), (self.tr("Ta&gs"), self.tags),
                             (self.tr("S&ummary"), self.summary), (self.tr("&Data rule"), self.data_policy)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        guidance_label = QLabel(self.tr("Guidance"))
        guidance_label.setBuddy(self.guidance)
        self.guidance.setAccessibleName(self.tr("Guidance"))
        guidance_row = QHBoxLayout()
        guidance_row.addWidget(guidance_label)
        guidance_row.addStretch(1)
        guidance_row.addWidget(self.skeleton_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(guidance_row)
        layout.addWidget(self.guidance, 1)

        for line in (self.tags, self.summary):
            line.textEdited.connect(self._changed)
        self.guidance.textChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.data_policy.currentIndexChanged.connect(self._changed)
        self.roles.itemChanged.connect(self._changed)

    def _changed(self, *_args: Any) -> None:
        if not self._writing:
            self.changed.emit()

    def insert_skeleton(self) -> None:
        """The four headings at the end of the guidance (in the template's language)."""
        text = self.guidance.toPlainText().rstrip()
        skeleton = guidance_skeleton(self.language.currentData())
        self.guidance.setPlainText((text + "\n\n" if text else "") + skeleton)
        self.guidance.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> dict[str, Any]:
        roles = [self.roles.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.roles.count())
                 if self.roles.item(row).checkState() == Qt.CheckState.Checked]
        tags = [tag.strip() for tag in self.tags.text().split(",") if tag.strip()]
        data: dict[str, Any] = {"language": self.language.currentData(), "roles": roles, "tags": tags,
                                "summary": self.summary.text(), "guidance": self.guidance.toPlainText()}
        if self.data_policy.currentData():
            data["data_policy"] = self.data_policy.currentData()
        return data

    def set_fields(self, data: dict[str, Any]) -> None:
        self._writing = True
        try:
            self.template_id.setText(str(data.get("id", "")))
            self.language.setCurrentIndex(max(self.language.findData(data.get("language", "fi")), 0))
            roles = set(data.get("roles") or ())
            for row in range(self.roles.count()):
                item = self.roles.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in roles
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.tags.setText(", ".join(str(tag) for tag in data.get("tags") or ()))
            self.summary.setText(str(data.get("summary", "")))
            self.data_policy.setCurrentIndex(max(self.data_policy.findData(data.get("data_policy", "")), 0))
            self.guidance.setPlainText(str(data.get("guidance", "")))
        finally:
            self._writing = False

    def widget_for(self, field: str) -> QWidget | None:
        return {"id": self.template_id, "language": self.language, "roles": self.roles, "tags": self.tags,
                "summary": self.summary, "data_policy": self.data_policy, "guidance": self.guidance}.get(field)
