"""Errors that reach the user: what each says, and the `PATH:LOCATION: message` lines."""

from __future__ import annotations

import pytest

from promptlib.core.errors import (
    InvalidValueError,
    LibraryError,
    MissingValuesError,
    Problem,
    PromptlibError,
    RenderError,
    StoreError,
    describe_kind,
)


@pytest.mark.parametrize("value, words", [
    ({}, "an object"), ([], "a list"), ("x", "a string"), (True, "true/false"), (False, "true/false"),
    (3, "a number"), (2.5, "a number"), (None, "null"),
])
def test_describe_kind_names_json_values_in_a_curators_words(value, words: str) -> None:
    assert describe_kind(value) == words


def test_describe_kind_names_other_python_values_by_their_type() -> None:
    assert describe_kind(b"x") == "bytes"
    assert describe_kind((1, 2)) == "tuple"


def test_a_problem_reads_with_its_location_or_alone() -> None:
    assert str(Problem("templates[0].id", "missing (required)")) == "templates[0].id: missing (required)"
    assert str(Problem("", "the file is empty")) == "the file is empty"


def test_a_library_error_names_the_first_problem_and_counts_the_rest() -> None:
    problems = [Problem("templates[0].id", "missing (required)"), Problem("name", "must not be empty"),
                Problem("", "third")]
    error = LibraryError("pack.json", problems)
    assert str(error) == "pack.json:templates[0].id: missing (required) (and 2 more)"
    assert error.source == "pack.json" and error.problems == problems
    assert str(LibraryError("pack.json", problems[:1])) == "pack.json:templates[0].id: missing (required)"
    assert "invalid library" in str(LibraryError("pack.json", []))


def test_library_error_lines_are_the_cli_contract() -> None:
    error = LibraryError("/share/pack.json", [Problem("templates[2].body line 1", "template syntax error"),
                                              Problem("", "the file is empty")])
    assert error.lines() == ["/share/pack.json:templates[2].body line 1: template syntax error",
                             "/share/pack.json: the file is empty"]


def test_missing_values_keep_names_and_labels() -> None:
    error = MissingValuesError(["event", "day"], ["Tapahtuma", "Päivämäärä"])
    assert (error.names, error.labels) == (["event", "day"], ["Tapahtuma", "Päivämäärä"])
    assert str(error) == "missing required values: event, day"


def test_an_invalid_value_names_its_variable() -> None:
    error = InvalidValueError("seats", "must be at most 10")
    assert error.name == "seats"
    assert str(error) == "seats: must be at most 10"


@pytest.mark.parametrize("error", [
    LibraryError("x", []), RenderError("x"), MissingValuesError([], []), InvalidValueError("n", "m"), StoreError("x"),
])
def test_every_user_facing_error_is_a_promptlib_error(error: Exception) -> None:
    """Front ends catch PromptlibError to show a message instead of a traceback."""
    assert isinstance(error, PromptlibError)


def test_value_errors_are_render_errors() -> None:
    """Rendering callers catch RenderError for every reason a prompt cannot be made."""
    assert issubclass(MissingValuesError, RenderError) and issubclass(InvalidValueError, RenderError)


def test_long_names_and_values_are_shortened_in_messages() -> None:
    from promptlib.core.errors import LibraryError, Problem, shorten

    assert shorten("lyhyt") == "lyhyt"
    long = "k" * 5_000_000
    shown = shorten(long)
    assert len(shown) <= 90 and shown.startswith("kkkk") and shown.endswith("… (5,000,000 characters)")
    error = LibraryError("pack.json", [Problem(f"templates[0].{long}", "unknown field")])
    assert len(str(error)) < 300 and len(error.lines()[0]) < 300
    assert error.lines()[0].endswith("… (5,000,013 characters): unknown field")
