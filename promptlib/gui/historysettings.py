"""Settings → Template history…: the name versions are saved under, and how many
unpublished versions of each own template to keep.

Layout and wiring over `core.settings` (`DISPLAY_NAME`, `HISTORY_KEEP`): the rule that
applies the number is in core (`history.hooks.record_edit` prunes in the same write as
each save), so saving here removes nothing by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ..core import settings
from ..core.history.author import author_name
from .savefailure import saving

MAX_KEEP = 999


class HistorySettingsDialog(QDialog):
    """The two history settings of *store*; OK saves them."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Template history"))
        self.setObjectName("historySettingsDialog")
        self.setAccessibleName(self.windowTitle())

        self.display_name = QLineEdit(store.setting(settings.DISPLAY_NAME) or "")
        self.display_name.setObjectName("historyDisplayName")
        self.display_name.setPlaceholderText(author_name(None))   # what is used when it is left empty
        self.keep = QSpinBox()
        self.keep.setObjectName("historyKeep")
        self.keep.setRange(0, MAX_KEEP)
        self.keep.setSpecialValueText(self.tr("All versions"))   # 0: nothing is pruned
        self.keep.setValue(settings.history_keep(store) or 0)

        form = QFormLayout()
        form.addRow(self._label(self.tr("Your &name in the history:"), self.display_name), self.display_name)
        form.addRow(self._label(self.tr("&Keep the last N unpublished versions of each own template:"), self.keep),
                    self.keep)
        explanation = QLabel(self.tr("Published versions and the newest version are always kept. Older "
                                     "versions are removed when you next save a template; 0 keeps them all."))
        explanation.setObjectName("historyKeepExplanation")
        explanation.setWordWrap(True)
        self.keep.setAccessibleDescription(explanation.text())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        return label

    def save(self) -> None:
        """Keep both settings (an empty name and 0 are stored as unset) and close."""
        with saving(self):
            self.store.set_setting(settings.DISPLAY_NAME, self.display_name.text().strip() or None)
            self.store.set_setting(settings.HISTORY_KEEP, self.keep.value() or None)
            self.accept()


def install_history_settings(window: Any, store: Any) -> QAction:
    """Settings → Template history… on *window*."""
    action = QAction(QCoreApplication.translate("historysettings", "Template &history…"), window)
    action.setObjectName("historySettings")
    action.triggered.connect(lambda _checked=False: HistorySettingsDialog(store, window).exec())
    window.add_settings_action(action)
    return action
