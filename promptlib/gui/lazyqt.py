"""`Qt`, the namespace of Qt's enums, created on first use instead of at import.

Touching PySide6's `Qt` builds all of its ~90 enums as Python enums: ~25 ms on
Python 3.11, a tenth of start-up. Modules import `Qt` from here; code that runs
while the window is being built avoids it (int item-data roles, default arguments),
so the real namespace is only built later, e.g. at the first key press.
tests/gui/test_startup.py checks that opening the main window does not build it.
"""

from __future__ import annotations

import os
from typing import Any

_TRACE = bool(os.environ.get("PROMPTLIB_TRACE_QT"))


class _LazyQt:
    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt

        if _TRACE:  # PROMPTLIB_TRACE_QT=1 shows what builds the namespace first
            import traceback

            traceback.print_stack(limit=4)
        return getattr(Qt, name)


Qt: Any = _LazyQt()

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

    pixmap = QPixmap(1, 1)
    pixmap.fill(QColor.fromString(colour))
    return QBrush(pixmap)
