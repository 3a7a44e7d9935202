"""What the store can save: a pack validation accepts can always be installed, and what
cannot be saved is named with where it is."""

from __future__ import annotations

import orjson
import pytest

from promptlib.core.library.encodable import first_unstorable


def storable(value) -> bool:
    try:
        orjson.dumps(value)
    except TypeError:
        return False
    return True


VALUES = [
    {"a": [1, 2.5, None, True, "ä", {"b": []}]}, {"n": 2 ** 64 - 1}, {"n": -(2 ** 63)}, {"t": (1, 2)},
    {"templates": [{"title": "ok"}, {"title": "a\ud800"}]}, {"a": {1: "x"}}, {"n": 2 ** 64}, {"n": -(2 ** 63) - 1},
    {"s": {1}}, {"b": b"x"}, {"a\ud800": 1}, "\udfff", [object()],
]


@pytest.mark.parametrize("value", VALUES)
def test_a_value_is_refused_exactly_when_the_store_could_not_save_it(value) -> None:
    assert (first_unstorable(value) is None) == storable(value)


def test_a_lone_surrogate_is_found_with_its_place_and_character() -> None:
    problem = first_unstorable({"templates": [{"title": "ok"}, {"title": "Otsikko \ud800"}]})
    assert problem.location == "templates[1].title"
    assert problem.message.startswith("contains a lone surrogate (character 9)")


def test_a_lone_surrogate_in_a_key_is_reported_at_its_object() -> None:
    problem = first_unstorable({"roles": {"a\ud800": 1}})
    assert problem.location == "roles" and "lone surrogate (character 2)" in problem.message


@pytest.mark.parametrize("value, location, words", [
    ({"tags": {1: "x"}}, "tags", "has a key 1 that is not a string"),
    ({"x": {5: "\ud800"}}, "x", "has a key 5"),                           # the key, before what it holds
    ({"n": 2 ** 64}, "n", "is a number too large to store"),
    ({"n": -(2 ** 63) - 1}, "n", "is a number too large to store"),
    ({"when": {1, 2}}, "when", "holds a set, which is not JSON"),
    ([0, b"raw"], "[1]", "holds a bytes, which is not JSON"),
])
def test_other_unstorable_values_are_named(value, location: str, words: str) -> None:
    problem = first_unstorable(value)
    assert problem.location == location and words in problem.message


def test_the_first_problem_in_file_order_is_the_one_reported() -> None:
    assert first_unstorable({"a": "\ud800", "b": 2 ** 70}).location == "a"
    assert first_unstorable({"b": 2 ** 70, "a": "\ud800"}).location == "b"
    assert first_unstorable(["ok", [1, "\ud800"], 2 ** 70]).location == "[1][1]"
