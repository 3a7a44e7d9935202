"""WCAG contrast: the figures the standard gives for known pairs."""

from __future__ import annotations

import pytest

from promptlib.core.contrast import contrast_ratio, relative_luminance


def test_black_and_white_are_the_extremes() -> None:
    assert relative_luminance("#000000") == 0
    assert relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)


def test_known_pairs_match_published_ratios() -> None:
    # Ratios as WebAIM's contrast checker gives them (two decimals).
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#c98a00", "#f6f7f9") == pytest.approx(2.75, abs=0.01)   # the old star
    assert contrast_ratio("#ffffff", "#0b5cad") == contrast_ratio("#0b5cad", "#ffffff")


def test_short_hex_and_bad_colours() -> None:
    assert relative_luminance("#fff") == relative_luminance("#ffffff")
    with pytest.raises(ValueError):
        relative_luminance("blue")
