"""Where the main window opens: a remembered geometry only if it still fits on a screen,
else sized to the screen it opens on (the rule itself is core.windowfit)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QDataStream, QRect
from PySide6.QtGui import QCursor, QGuiApplication

from ..core import windowfit

_GEOMETRY_MAGIC = 0x1D9D0CB   # the first field of QWidget.saveGeometry()


def remembered_geometry(saved: object) -> QByteArray | None:
    """The saved geometry (base64 text of QWidget.saveGeometry) if it fits a screen now."""
    if not isinstance(saved, str) or not saved:
        return None
    blob = QByteArray.fromBase64(saved.encode("ascii"))
    return blob if _saved_geometry_fits(blob) else None


def first_start_geometry(available: QRect) -> QRect:
    """Size and centre for a screen whose available area is *available*."""
    fitted = windowfit.first_start_rect(_rect(available))
    return QRect(fitted.x, fitted.y, fitted.width, fitted.height)


def opening_screen_area() -> QRect:
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _rect(rect: QRect) -> windowfit.Rect:
    return windowfit.Rect(rect.x(), rect.y(), rect.width(), rect.height())


def _saved_geometry_fits(blob: QByteArray) -> bool:
    """Whether the window frame kept in *blob* (QWidget.saveGeometry) lies wholly on the
    available area of a screen that is still there."""
    stream = QDataStream(blob)
    if stream.readUInt32() != _GEOMETRY_MAGIC:
        return False
    stream.readUInt16()  # major and minor version
    stream.readUInt16()
    frame = QRect()
    stream >> frame
    if stream.status() != QDataStream.Status.Ok:
        return False
    screen = QGuiApplication.screenAt(frame.center())
    return screen is not None and windowfit.restored_fits(_rect(screen.availableGeometry()), _rect(frame))
