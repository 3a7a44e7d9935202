"""`Qt`, the namespace of Qt's enums, created on first use instead of at import.

Touching PySide6's `Qt` builds all of its ~90 enums as Python enums: ~25 ms on
Python 3.11, a tenth of start-up. Modules import `Qt` from here; code that runs
while the window is being built avoids it (int item-data roles, default arguments),
so the real namespace is only built later, e.g. at the first key press.
tests/gui/test_startup.py checks that opening the main window does not build it.
With the trick switched off for a benchmark (see core/tricks.py) `Qt` is PySide6's
own namespace, imported here, and `solid_brush` is a plain QBrush(QColor).
"""

from __future__ import annotations

import os
from typing import Any

from ..core import tricks

ENABLED = tricks.enabled(tricks.LAZY_QT)  # off only for a benchmark run
_TRACE = bool(os.environ.get("PROMPTLIB_TRACE_QT"))


class _LazyQt:
    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt

        if _TRACE:  # PROMPTLIB_TRACE_QT=1 shows what builds the namespace first
            import traceback

            traceback.print_stack(limit=4)
        return getattr(Qt, name)


def _plain_qt() -> Any:
    from PySide6.QtCore import Qt

    return Qt


Qt: Any = _LazyQt() if ENABLED else _plain_qt()

# Qt.ItemDataRole values (stable parts of Qt's API), for models and views built at start-up.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 256


def solid_brush(colour: str):
    """A brush of one colour, built without touching `Qt`.

    `QBrush(QColor)` resolves an overload with a `Qt.BrushStyle` default and so builds
    the whole namespace; a brush tiled from a 1×1 pixmap paints the same.
    """
    from PySide6.QtGui import QBrush, QColor, QPixmap

    if not ENABLED:
        return QBrush(QColor.fromString(colour))
    pixmap = QPixmap(1, 1)
    pixmap.fill(QColor.fromString(colour))
    return QBrush(pixmap)
