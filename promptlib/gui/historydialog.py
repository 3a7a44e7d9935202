"""The history of one template in a window of its own (Edit → History…, Ctrl+H, and
the template pane's History button): a `HistoryView` and Close."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..core.history.snapshots import TemplateHistory, Version
from .historyview import HistoryView
from .lazyqt import Qt


class HistoryDialog(QDialog):
    def __init__(self, history: TemplateHistory, template_id: str, language: str, title: str, *,
                 restore: Callable[[Version], Version], open_draft: Callable[[Version], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)   # a new one opens for each ask
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", title))
        self.setAccessibleName(self.windowTitle())
        self.view = HistoryView(history, restore=restore, open_draft=open_draft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.view.show_template(template_id, language)
        self.resize(820, 620)
