"""The organisation's policy in the window: "Copy and open" for approved AI services,
the link to the organisation's AI rules, and a notice when the policy file has problems.

`open_url` is the one place a browser is opened (the guidance panel's links come here
too), and it opens only what `core.links.openable_link` allows; tests monkeypatch it.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton

from ..core.policy import AIService, Policy, PolicyResult


def open_url(url: str) -> bool:
    """Open *url* in the user's browser if it is an https:// link; False if it is not
    (nothing is handed to the desktop) or the browser could not be opened."""
    from ..core.links import openable_link

    link = openable_link(url)
    if link is None:
        return False
    from PySide6.QtCore import QUrl  # on first use: QUrl's five enums are not needed to start
    from PySide6.QtGui import QDesktopServices

    # StrictMode: a link Qt cannot parse as it is written is not "fixed up" into another one.
    address = QUrl(link, QUrl.ParsingMode.StrictMode)
    if not address.isValid() or address.scheme().lower() != "https":
        return False
    return QDesktopServices.openUrl(address)


def copy_and_open(pane, service: AIService) -> bool:
    """Copy the prompt (through the guard, like the Copy button), then open the service."""
    if not pane.copy():
        return False
    if open_url(service.url):
        pane.message.emit(QCoreApplication.translate(
            "policy", "Prompt copied. Opening %1: paste the prompt there, and check the answer.")
            .replace("%1", service.name))
    else:
        pane.message.emit(QCoreApplication.translate(
            "policy", "Prompt copied, but %1 could not be opened (%2).")
            .replace("%1", service.name).replace("%2", service.url))
    return True


class _MirrorEnabled(QObject):
    """Keeps a button enabled exactly when the Copy button is."""

    def __init__(self, source, target) -> None:
        super().__init__(target)
        self.target = target
        target.setEnabled(source.isEnabled())
        source.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self.target.setEnabled(watched.isEnabled())
        return False


class PolicyActions(NamedTuple):
    """What `install_policy_ui` added to a window."""

    copy_and_open: list[QAction]          # one per approved AI service (Edit menu)
    copy_and_open_button: QPushButton | None
    ai_rules: QAction | None              # the organisation's AI rules (Help menu)


def install_policy_ui(window, pane, policy: Policy) -> PolicyActions:
    """Add the policy's actions to the window: one "Copy and open" per approved service
    (Edit menu, and a button beside Copy) and the AI rules link (Help menu)."""
    actions = []
    for service in policy.approved_services:
        text = QCoreApplication.translate("policy", "Copy and open %1").replace("%1", service.name)
        action = QAction(text, window)
        action.setObjectName("copyAndOpen")
        action.setData(service.url)
        action.setToolTip(QCoreApplication.translate("policy", "Copy the prompt, then open %1 (%2)")
                          .replace("%1", service.name).replace("%2", service.url))
        action.triggered.connect(lambda _checked=False, s=service: copy_and_open(pane, s))
        actions.append(action)
    button = None
    if actions:
        window.add_edit_actions(actions)
        if len(actions) == 1:
            button = QPushButton(actions[0].text())
            button.setToolTip(actions[0].toolTip())
            button.clicked.connect(actions[0].trigger)
        else:
            button = QPushButton(QCoreApplication.translate("policy", "Copy and open"))
            menu = QMenu(button)
            menu.addActions(actions)
            button.setMenu(menu)
        button.setObjectName("copyAndOpenButton")
        pane.add_button_before_copy(button)
        _MirrorEnabled(pane.copy_button, button)
    rules = None
    if policy.ai_rules_url:
        title = policy.ai_rules_title or QCoreApplication.translate("policy", "Your organisation's AI rules")
        rules = QAction(title, window)
        rules.setObjectName("aiRules")
        rules.setToolTip(policy.ai_rules_url)
        rules.triggered.connect(lambda: open_url(policy.ai_rules_url))
        window.add_help_action(rules, first=True)
    return PolicyActions(actions, button, rules)


def show_policy_problems(window, result: PolicyResult) -> QLabel | None:
    """Say once, at start-up, that the policy file has problems (details in the tooltip
    and on stderr, for IT); the user cannot fix it, so it does not block them.
    Returns the notice shown, if any."""
    if not result.problems:
        return None
    for problem in result.problems:
        print(f"promptlib: policy: {problem}", file=sys.stderr)
    notice = QLabel("\u26a0 " + QCoreApplication.translate(
        "policy", "The organisation's policy file has problems; where it is unclear, the safer "
                  "setting is used. Please tell your IT support."))
    notice.setObjectName("policyProblems")
    notice.setToolTip("\n".join(result.problems))
    window.add_status_notice(notice)
    return notice
