"""The guard's view of a text: disguises undone, offsets mapped back to the text as typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.guard.normalise import normalise


@pytest.mark.parametrize("original, view", [
    ("131052\u2013308T", "131052-308T"),  # en dash
    ("131052\u2014308T", "131052-308T"),  # em dash
    ("131052\u2212308T", "131052-308T"),  # minus sign
    ("131052\u2011308T", "131052-308T"),  # non-breaking hyphen
    ("131052\u2010308T", "131052-308T"),  # hyphen
    ("131052\u2012308T", "131052-308T"),  # figure dash
    ("131052\ufe63308T", "131052-308T"),  # small hyphen-minus
    ("131052\uff0d308T", "131052-308T"),  # fullwidth hyphen-minus
    ("131052\ufe58308T", "131052-308T"),  # small em dash
    ("13\u00ad10\u200b52\u200c-\u200d308\u2060T\ufeff", "131052-308T"),  # soft hyphen, zero-width
    ("\u202e131052-308T\u202c", "131052-308T"),  # bidi controls are format characters too
    ("\uff11\uff13\uff11\uff10\uff15\uff12-\uff13\uff10\uff18\uff34", "131052-308T"),  # fullwidth
    ("131052-308\u0422", "131052-308T"),  # Cyrillic Te
    ("131052\u0410308\u041d", "131052A308H"),  # Cyrillic A and En
    ("010594\u03a5456\u039c", "010594Y456M"),  # Greek Upsilon and Mu
    ("040\u00a0123\u202f4567", "040 123 4567"),  # no-break and narrow no-break space
    ("kirjaamo\uff20espoo.fi", "kirjaamo@espoo.fi"),
    ("\u00bd", "1\u20442"),  # an expansion
])
def test_disguises_are_undone(original: str, view: str) -> None:
    assert normalise(original)[0] == view


def test_text_that_needs_nothing_is_the_same_object_with_the_same_offsets() -> None:
    text = "Hakija Äijälä, hetu 131052-308T, puh. 040 123 4567 – €"
    _, offsets = normalise(text.replace("–", "-"))
    assert offsets.span(3, 9) == (3, 9)
    plain = "Päätös 23.11.2026 § 412"
    assert normalise(plain)[0] is plain


def test_one_for_one_replacements_keep_every_offset() -> None:
    text = "a\u2013b\uff11c\u0422"
    view, offsets = normalise(text)
    assert view == "a-b1cT"
    assert [offsets.span(i, i + 1) for i in range(len(view))] == [(i, i + 1) for i in range(len(text))]


def test_spans_cover_the_original_characters_dropped_ones_inside_included() -> None:
    text = "x \u200b13\u00ad1052-308T\u200b y"
    view, offsets = normalise(text)
    assert view == "x 131052-308T y"
    start, end = offsets.span(2, 13)
    assert text[start:end] == "13\u00ad1052-308T"


def test_an_expanded_character_maps_back_whole() -> None:
    text = "ﬁ½x"  # ligature fi, one half
    view, offsets = normalise(text)
    assert view == "fi1\u20442x"
    assert offsets.span(0, 1) == (0, 1) and offsets.span(1, 2) == (0, 1)
    assert offsets.span(2, 5) == (1, 2) and offsets.span(3, 4) == (1, 2)
    assert offsets.span(5, 6) == (2, 3)


SPECIAL = st.sampled_from(["\u00ad", "\u200b", "\ufeff", "\u2013", "\uff11", "\u0422", "\u00bd", "ﬁ", "…",
                           "\u00a0", "a", "1", "-", " ", "\n", "ä", "\U0001f600"])


@given(st.lists(SPECIAL, max_size=40))
@settings(max_examples=300, deadline=None)
def test_every_view_character_maps_back_to_the_character_it_came_from(pieces: list[str]) -> None:
    text = "".join(pieces)
    view, offsets = normalise(text)
    previous = 0
    for index, character in enumerate(view):
        start, end = offsets.span(index, index + 1)
        assert end == start + 1 and start >= previous  # one character, in order
        assert character in normalise(text[start])[0]
        previous = start
    if view:
        assert offsets.span(0, len(view)) == (
            offsets.span(0, 1)[0], offsets.span(len(view) - 1, len(view))[1])
