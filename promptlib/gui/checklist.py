"""After copy: a short, non-modal checklist of what to check in the AI's answer.

The items come from the template's guidance ("check in the answer" section, parsed
in core), with a default list when it has none, plus the reminder to say that AI was
used. The user can turn it off ("don't show again"); the choice is a store setting.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..core import settings
from ..core.guidance import checklist
from ..core.model import Template
from . import theme
from .lazyqt import Qt
from .savefailure import saving


class AnswerChecklist(QDialog):
    hiddenChanged = Signal(bool)   # "don't show again" ticked or unticked

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("answerChecklist")
        self.setModal(False)
        # It takes the focus when it appears, so a keyboard or screen-reader user meets
        # it; Esc or Close hands the focus back to where it was (see hideEvent).
        self.setWindowTitle(self.tr("Check the answer"))
        self.setAccessibleName(self.windowTitle())
        self._return_to: QWidget | None = None
        self.heading = QLabel()
        self.heading.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText: it quotes the template's title
        theme.dress(self.heading, "sectionHeading")
        self.heading.setWordWrap(True)
        self.items_box = QVBoxLayout()
        self.dont_show = QCheckBox(self.tr("Don't show this again"))
        self.dont_show.setToolTip(self.tr("You can turn it back on in the Settings menu"))
        self.dont_show.toggled.connect(self._remember)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.close_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.dont_show)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.items_box)
        layout.addLayout(bottom)
        self.item_boxes: list[QCheckBox] = []

    def show_for(self, template: Template) -> None:
        self.heading.setText(self.tr("Before you use the answer to \u201c%1\u201d, check:")
                             .replace("%1", template.title))
        for box in self.item_boxes:
            self.items_box.removeWidget(box)
            box.deleteLater()
        # Tick boxes, so the list can be worked through; nothing about them is stored.
        self.item_boxes = [QCheckBox(item) for item in checklist(template.guidance, template.language)]
        for box in self.item_boxes:
            box.setObjectName("checkItem")
            self.items_box.addWidget(box)
        self.dont_show.setChecked(False)
        self.heading.setBuddy(self.item_boxes[0] if self.item_boxes else self.close_button)
        self.adjustSize()
        focused = QApplication.focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._return_to = focused
        self.show()
        self.raise_()
        self.activateWindow()
        (self.item_boxes[0] if self.item_boxes else self.close_button).setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        back, self._return_to = self._return_to, None
        if back is not None and isValid(back) and back.isVisible():
            back.window().activateWindow()
            back.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def items(self) -> list[str]:
        return [box.text() for box in self.item_boxes]

    def _remember(self, hide: bool) -> None:
        with saving(self.parentWidget()):
            self.store.set_setting(settings.ANSWER_CHECKLIST_HIDDEN, hide)
        self.hiddenChanged.emit(hide)


class ChecklistController(QObject):
    """Shows the checklist after each copy, unless the user turned it off."""

    def __init__(self, store, window: QWidget) -> None:
        super().__init__(window)
        self.store = store
        self.window = window
        self.popup: AnswerChecklist | None = None
        self.toggle: QAction | None = None   # the Settings menu item

    def enabled(self) -> bool:
        return not self.store.setting(settings.ANSWER_CHECKLIST_HIDDEN, False)

    def set_enabled(self, enabled: bool) -> None:
        with saving(self.window):
            self.store.set_setting(settings.ANSWER_CHECKLIST_HIDDEN, not enabled)

    def on_copied(self, template: Template | None) -> None:
        if template is None or not self.enabled():
            return
        if self.popup is None:
            self.popup = AnswerChecklist(self.store, self.window)
            self.popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.popup.hiddenChanged.connect(lambda hide: self.toggle and self.toggle.setChecked(not hide))
        self.popup.show_for(template)


def install_answer_checklist(window, pane, store) -> ChecklistController:
    """Show the checklist after each copy; Settings > "Show the answer checklist" turns
    it back on after "don't show again"."""
    controller = ChecklistController(store, window)
    controller.setObjectName("answerChecklistController")
    pane.copied.connect(controller.on_copied)
    toggle = QAction(QCoreApplication.translate("checklist", "Show the answer &checklist after copying"),
                     window)
    toggle.setObjectName("showAnswerChecklist")
    toggle.setCheckable(True)
    toggle.setChecked(controller.enabled())
    toggle.toggled.connect(controller.set_enabled)
    controller.toggle = toggle
    window.add_settings_action(toggle)
    return controller
