"""The sensitive-data guard in the form: which fields hold what looks like personal data.

Loaded with the window (the pane marks fields as the user types); the dialog that asks
what to do before copying is in `guarddialog`, loaded the first time it is needed.
These helpers mark and select findings in the form's widgets and convert the guard's
offsets (Python characters) to Qt's (UTF-16 units).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ..core.guard.screening import ValueFinding
from . import theme
from .lazyqt import Qt


def kind_name(kind: str) -> str:
    """What the guard found, in the user's words."""
    names = {
        "hetu": QCoreApplication.translate("guard", "Personal identity code"),
        "phone": QCoreApplication.translate("guard", "Phone number"),
        "email": QCoreApplication.translate("guard", "E-mail address"),
        "iban": QCoreApplication.translate("guard", "Bank account number (IBAN)"),
    }
    return names.get(kind, kind)


def kind_in_sentence(kind: str) -> str:
    """What the guard found, as words inside a sentence. Its own texts rather than
    kind_name().lower(), which made "tilinumero (iban)" of an acronym: only a translator
    knows which letters stay capitals."""
    names = {
        "hetu": QCoreApplication.translate("guard", "personal identity code"),
        "phone": QCoreApplication.translate("guard", "phone number"),
        "email": QCoreApplication.translate("guard", "e-mail address"),
        "iban": QCoreApplication.translate("guard", "bank account number (IBAN)"),
    }
    return names.get(kind, kind)


def summary(findings: Sequence[ValueFinding]) -> str:
    """One line for under the form: what was found, and where."""
    parts = []
    for item in findings[:3]:
        parts.append(QCoreApplication.translate("guard", "%1 in %2")
                     .replace("%1", kind_in_sentence(item.finding.kind)).replace("%2", item.label))
    if len(findings) > 3:
        more = len(findings) - 3  # lupdate only reads a plain name or number as the count
        parts.append(QCoreApplication.translate("guard", "%n more", "", more))
    return QCoreApplication.translate("guard", "Looks like personal data: %1.").replace("%1", ", ".join(parts))


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each (emoji and the like)


def qt_offsets(text: str, indices: Iterable[int]) -> list[int]:
    """Each of *indices* in Python characters as a position in Qt's UTF-16 string.

    One pass over *text* for any number of indices (the preview converts thousands of
    findings on every keystroke): the astral characters are found once, then each index
    moves by the number of them before it.
    """
    astral = [match.start() for match in _ASTRAL.finditer(text)]
    if not astral:
        return list(indices)
    return [index + bisect_left(astral, index) for index in indices]


def qt_offset(text: str, index: int) -> int:
    """*index* in Python characters as a position in Qt's UTF-16 string."""
    return qt_offsets(text, (index,))[0]


def mark_field(widget: QWidget, sensitive: bool) -> None:
    """Give a field the warning frame, or take it away."""
    theme.set_state(widget, "sensitive", sensitive)


def select_finding(widget: QWidget, value: str, item: ValueFinding) -> None:
    """Put the cursor in *widget* with the finding's text selected."""
    start = qt_offset(value, item.finding.start)
    end = qt_offset(value, item.finding.end)
    if isinstance(widget, QLineEdit):
        widget.setSelection(start, end - start)
    elif isinstance(widget, QPlainTextEdit):
        from PySide6.QtGui import QTextCursor

        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
