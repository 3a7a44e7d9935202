"""TextIndex: exact answers from tokens and characters, without reading the texts once built."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from promptlib.core.searchindex import TextIndex, pack

TEXTS = ["kirjoita tiedote kuntalaisille", "muistio\nkokouksesta", "", "tiedotteen otsikko 12", "a-b c"]


def built(texts: list[str]) -> TextIndex:
    index = TextIndex(texts)
    for _ in index.prepare():
        pass
    return index


def test_a_word_is_found_inside_the_words_of_a_text_as_a_scan_finds_it() -> None:
    index = built(TEXTS)
    for word in ["tiedot", "kunta", "o", "12", "-b", "a-b", "kokouksesta", "x", "ta\nk", "sto"]:
        expected = [i for i, text in enumerate(TEXTS) if word in text] if word.split() == [word] else None
        if expected is not None:
            assert index.positions(index.holding(word)) == expected, word


def test_once_built_no_text_is_read_to_answer_a_word() -> None:
    index = built(TEXTS)
    for word in ["t", "ti", "tie", "tied", "kunta", "zz", "q"]:
        index.holding(word)
    assert index.ready and index.texts_read == 0


def test_before_it_is_built_the_texts_are_read() -> None:
    index = TextIndex(TEXTS)
    assert index.positions(index.holding("tiedot")) == [0, 3]
    assert index.texts_read == len(TEXTS)


def test_a_word_typed_on_narrows_the_tokens_its_start_matched() -> None:
    index = built(TEXTS)
    assert index.positions(index.holding("tie")) == [0, 3]
    assert index.positions(index.holding("tiedott")) == [3]
    assert index.positions(index.holding("tiedoz")) == []


@given(st.lists(st.integers(0, 199), unique=True).map(sorted))
def test_positions_and_bitsets_convert_both_ways(positions: list[int]) -> None:
    index = TextIndex(["x"] * 200)
    bits = index.bitset(positions)
    assert bits == sum(1 << position for position in positions)
    assert index.positions(bits) == positions
    assert pack(bytes([1, 0, 1])) == 0b101
