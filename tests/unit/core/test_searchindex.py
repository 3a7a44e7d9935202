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


@given(st.lists(st.sampled_from(["tiedote", "kunta", "a", "ab", "ä x", ""]), max_size=300).map(" ".join).map(str.split),
       st.randoms())
def test_texts_added_one_at_a_time_in_any_order_give_the_same_answers(words: list[str], rng) -> None:
    texts = [" ".join(words[i:i + 3]) for i in range(0, len(words), 3)] or [""]
    streamed = TextIndex(size=len(texts))   # as the catalog feeds it, pack by pack; frequent tokens turn dense
    order = list(range(len(texts)))
    rng.shuffle(order)
    for position in order:
        streamed.add(position, texts[position])
    for _ in streamed.prepare():
        pass
    whole = built(texts)
    for word in ["tiedote", "kunta", "a", "ab", "ä", "x", "t", "unt", "zz"]:
        assert streamed.positions(streamed.holding(word)) == whole.positions(whole.holding(word)), word
    assert streamed.texts_read == 0
