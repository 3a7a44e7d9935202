"""The look: calm, readable, high-contrast, one accent colour.

Colours come from the palette and fonts are set per kind of label; only the few
widgets that must stand out (the copy button, the notes above and below the form,
fields that need attention) carry a style sheet of their own. An application-wide
style sheet makes Qt route every widget through its style-sheet engine: with the
old `style.qss`, even reduced to `#name` rules, that was ~16 ms of start-up.

`dress(widget, look)` gives a widget its object name and its look in one call, so
code and tests find widgets by the names the look is keyed on.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QStyledItemDelegate, QWidget

ACCENT = "#0b5cad"
WINDOW = "#f6f7f9"
BASE = "#ffffff"           # fields and lists
PANEL = "#fbfcfd"          # read-only text: the preview and the guidance
FOCUS = "#14213d"          # focus outlines: 14.9:1 on the window, 15.9:1 on white
STAR = "#8a5a00"           # amber dark enough for 5.5:1 on the window (was #c98a00, 2.75:1)
# A selected row in a list that does not have the focus: pale, so the list that has it
# (full accent colour) stands out; dark text on it (12.7:1).
QUIET_SELECTION = "#dbe6f3"
QUIET_SELECTION_TEXT = "#14213d"
BASE_POINT_SIZE = 10
LIST_ROW_PADDING = 8       # pixels added to a list row's height

# Text colour, point size and boldness, by look.
_TEXT = {
    "sectionHeading": ("#3b4450", 0, True),
    "templateTitle": ("#14213d", 15, True),
    "summary": ("#3b4450", 0, False),
    "hint": ("#5f6b7a", 9, False),
    "fieldProblem": ("#b00020", 0, True),   # why a field's text cannot be used
    "search": ("", 11, False),
}

# Widgets that stand out, with a style sheet of their own.
_SHEETS = {
    "dataPolicy": "QLabel { background: #fff4d6; border: 1px solid #e6c463; border-radius: 4px;"
                  " padding: 6px 8px; color: #5a4300; }",
    # Which library a template is from: promptlib's own words, set apart from the pack's guidance.
    "provenance": "QLabel { background: #eef2f6; border: 1px solid #9aabbd; border-radius: 4px;"
                  " padding: 4px 8px; color: #1f2d3a; }",
    "languageNote": "QLabel { color: #0b4f8a; background: #e8f1fb; border-radius: 4px; padding: 4px 8px; }",
    "guardWarning": "QLabel { background: #ffe9dc; border: 1px solid #c25400; border-radius: 4px;"
                    " padding: 4px 8px; color: #6b2600; }",
    # A transparent border of the focus outline's width, so focus does not move the star.
    "star": f"QToolButton {{ font-size: 18pt; color: {STAR}; border: 2px solid transparent;"
            " border-radius: 4px; }"
            f" QToolButton:focus {{ border-color: {FOCUS}; }}",
    "copyButton": f"QPushButton {{ background: {ACCENT}; color: white; border: 2px solid {ACCENT};"
                  " border-radius: 4px; padding: 5px 13px; font-weight: 600; }"
                  " QPushButton:hover { background: #094c8f; }"
                  f" QPushButton:focus {{ border-color: {FOCUS}; }}"
                  " QPushButton:disabled { background: #9db7d3; border-color: #9db7d3; }",
}

# Fields that need attention: a required one left empty, or one holding what looks
# like personal data, or one whose text is not a usable value. Missing wins: it is
# what blocks the copy.
_FIELD_STATES = (
    ("missing", "border: 2px solid #b00020;"),
    ("invalid", "border: 2px solid #b00020;"),
    ("sensitive", "border: 2px solid #c25400; background: #fff6ef;"),
)
_LABEL_MISSING = "QLabel { color: #b00020; font-weight: 600; }"


def apply_application_look(app: QApplication) -> None:
    """Our colours and base font over the platform's own style (Fusion on Linux).

    The style is left alone, and never fetched from Python: the first `QStyle` object
    seen by Python builds its dozen enums, ~10 ms of start-up.
    """
    palette = app.palette()
    for role, colour in ((QPalette.ColorRole.Window, WINDOW), (QPalette.ColorRole.Base, BASE),
                         (QPalette.ColorRole.AlternateBase, WINDOW), (QPalette.ColorRole.Button, BASE),
                         (QPalette.ColorRole.Highlight, ACCENT),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"),
                         (QPalette.ColorRole.Link, ACCENT)):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = app.font()
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)


def dress(widget: QWidget, look: str) -> None:
    """Name *widget* after its *look* and give it that look."""
    widget.setObjectName(look)
    colour, point_size, bold = _TEXT.get(look, ("", 0, False))
    if colour:
        _set_colour(widget, QPalette.ColorRole.WindowText, colour)
    if point_size or bold:
        font = widget.font()
        if point_size:
            font.setPointSize(point_size)
        font.setBold(bold)
        widget.setFont(font)
    sheet = _SHEETS.get(look)
    if sheet:
        widget.setStyleSheet(sheet)
    if look == "sectionHeading":
        widget.setContentsMargins(2, 6, 2, 2)
    elif look == "search":
        widget.setTextMargins(2, 3, 2, 3)
    elif look in ("preview", "guidance"):
        _set_colour(widget, QPalette.ColorRole.Base, PANEL)
    if look == "preview":
        font = widget.font()
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "Courier New"])
        font.setFixedPitch(True)
        widget.setFont(font)


def _set_colour(widget: QWidget, role: QPalette.ColorRole, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


def set_state(widget: QWidget, state: str, on: bool) -> None:
    """Turn a field's *state* ("missing", "invalid" or "sensitive") on or off, and show it.

    The state is also a dynamic property, which tests and accessibility tools read.
    """
    if bool(widget.property(state)) == on:
        return
    widget.setProperty(state, on)
    if isinstance(widget, QLabel):
        widget.setStyleSheet(_LABEL_MISSING if widget.property("missing") else "")
        return
    rule = next((rule for name, rule in _FIELD_STATES if widget.property(name)), "")
    # Selected by the widget's own class, so the rule does not reach its children
    # (a combo box's pop-up list, a date field's calendar).
    selector = widget.metaObject().className()
    widget.setStyleSheet(f"{selector} {{ {rule} border-radius: 3px; padding: 2px; }}" if rule else "")


class RoomyItemDelegate(QStyledItemDelegate):
    """List rows with room to breathe (and to hit with a mouse), as wide as the list.

    A row asks for no width of its own: a long title ends in "…" at the list's edge
    instead of giving the whole list a sideways scroll bar.

    Focus is always visible: in the list that has the focus the selected row is in the
    accent colour and the current row has a 2 px outline; in the other lists the
    selected row is pale. (The Fusion style draws item focus only after a Tab press,
    and the same colour for focused and unfocused lists.) The states are read from the
    view, not from the option's QStyle flags, whose enum would cost start-up time.
    """

    def __init__(self, view) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setHeight(size.height() + LIST_ROW_PADDING)
        size.setWidth(0)
        return size

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if not self._view.hasFocus():
            palette = option.palette
            palette.setColor(QPalette.ColorRole.Highlight, QColor(QUIET_SELECTION))
            palette.setColor(QPalette.ColorRole.HighlightedText, QColor(QUIET_SELECTION_TEXT))
            option.palette = palette

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if self._view.hasFocus() and index == self._view.currentIndex():
            selected = self._view.selectionModel().isSelected(index)
            pen = QPen(QColor(BASE if selected else FOCUS))
            pen.setWidth(2)
            painter.save()
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(2, 2, -2, -2))
            painter.restore()
