"""The main window's opening rectangle fits the screen it opens on."""

from __future__ import annotations

from promptlib.core.windowfit import (
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    Rect,
    first_start_rect,
    opening_rect,
    restored_fits,
)


def test_a_large_screen_gets_the_default_size_centred() -> None:
    rect = first_start_rect(Rect(0, 0, 1920, 1040))
    assert (rect.width, rect.height) == (DEFAULT_WIDTH, DEFAULT_HEIGHT)
    assert (rect.x, rect.y) == ((1920 - DEFAULT_WIDTH) // 2, (1040 - DEFAULT_HEIGHT) // 2)


def test_a_small_screen_gets_nine_tenths_of_its_available_area() -> None:
    available = Rect(0, 0, 1024, 600)
    rect = first_start_rect(available)
    assert (rect.width, rect.height) == (921, 540)
    assert available.contains(rect)


def test_a_laptop_screen_keeps_the_window_above_its_panel() -> None:
    available = Rect(0, 0, 1366, 728)     # 768 less a 40 px task bar
    rect = first_start_rect(available)
    assert rect.height == 655 and rect.bottom <= 728
    assert rect.width == 1229            # 1366 × 0.9: narrower than the default too


def test_the_rect_is_placed_on_a_screen_that_does_not_start_at_the_origin() -> None:
    second = Rect(1920, 24, 1280, 776)    # a second monitor, with a top panel
    rect = first_start_rect(second)
    assert second.contains(rect)
    assert rect.x > 1920 and rect.y > 24


def test_a_remembered_rect_is_used_only_when_it_fits() -> None:
    available = Rect(0, 0, 1366, 728)
    fits = Rect(10, 10, 1200, 700)
    too_tall = Rect(0, 0, 1340, 820)      # saved on a bigger screen
    elsewhere = Rect(2000, 100, 800, 600)  # on a monitor that is gone
    assert restored_fits(available, fits)
    assert not restored_fits(available, too_tall)
    assert not restored_fits(available, elsewhere)
    assert opening_rect(available, fits) == fits
    assert opening_rect(available, too_tall) == first_start_rect(available)
    assert opening_rect(available, elsewhere) == first_start_rect(available)
    assert opening_rect(available, None) == first_start_rect(available)


def test_an_empty_remembered_rect_does_not_fit() -> None:
    assert not restored_fits(Rect(0, 0, 800, 600), Rect(0, 0, 0, 0))
