"""Where the main window opens: a size and place that fit the screen it opens on.

Pure arithmetic over rectangles (x, y, width, height) in the screen's logical pixels,
so the rule is tested without a display. The GUI passes the screen's available
geometry (the screen less panels and docks) and the rectangle it would like.
"""

from __future__ import annotations

from typing import NamedTuple


class Rect(NamedTuple):
    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def contains(self, other: Rect) -> bool:
        return (self.x <= other.x and self.y <= other.y
                and other.right <= self.right and other.bottom <= self.bottom)


# The size the layout was designed at; on smaller screens the window takes a share of
# the screen instead, leaving room for the window frame and a glimpse of the desktop.
DEFAULT_WIDTH = 1340
DEFAULT_HEIGHT = 820
SCREEN_SHARE = 0.9


def first_start_rect(available: Rect, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT,
                     share: float = SCREEN_SHARE) -> Rect:
    """The window's rectangle on first start: *width* × *height* at most, at most
    *share* of the available area in each direction, centred in it."""
    fitted_width = max(1, min(width, int(available.width * share)))
    fitted_height = max(1, min(height, int(available.height * share)))
    return Rect(available.x + (available.width - fitted_width) // 2,
                available.y + (available.height - fitted_height) // 2,
                fitted_width, fitted_height)


def restored_fits(available: Rect, restored: Rect) -> bool:
    """Whether a remembered window rectangle lies wholly on the available area
    (a window saved on a larger or since-removed screen does not)."""
    return restored.width > 0 and restored.height > 0 and available.contains(restored)


def opening_rect(available: Rect, restored: Rect | None) -> Rect:
    """The remembered rectangle when it fits, else the first-start one."""
    if restored is not None and restored_fits(available, restored):
        return restored
    return first_start_rect(available)
