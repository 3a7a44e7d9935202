"""Fuzzing the library validator: whatever the input, it raises only LibraryError.

And what it accepts is usable: the store can save it, the model can build it, an
import can be planned from it, and its templates render (or refuse with a
RenderError) with any example values.
"""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promptlib.core.errors import LibraryError, RenderError
from promptlib.core.library.format import decode_pack_bytes, pack_from_data
from promptlib.core.library.importing import plan_import
from promptlib.core.library.validation import validate_pack
from promptlib.core.render.renderer import Renderer
from promptlib.core.render.values import example_values

SAMPLE = json.loads((Path(__file__).resolve().parents[3] / "fixtures" / "sample_pack.json")
                    .read_text(encoding="utf-8"))
# Hypothesis runs hundreds of examples per test: seconds each (`-m "not slow"` skips them).
pytestmark = pytest.mark.slow

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))

# Words the validator looks for, so random data reaches its deeper checks.
WORDS = st.sampled_from(["promptlib-library", "text", "multiline", "choice", "number", "date", "fi", "sv",
                         "hr", "finance", "id", "a.b", "Job Title", "{{ x }}", "{% if x %}y{% endif %}",
                         "{{ x | upper }}", "{% for a in b %}", "{{ x.__class__ }}", "2026-01-31", "",
                         "\ud800", "loop", "x"])
SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63, max_value=2**70)
           | st.floats() | st.text(max_size=20) | WORDS)
KEYS = st.text(max_size=10) | st.sampled_from([
    "format", "format_version", "id", "name", "version", "publisher", "templates", "roles", "names",
    "language", "title", "body", "variables", "type", "choices", "default", "example", "min", "max",
    "required", "label", "tags", "data_policy", "guidance", "summary"])
JSONISH = st.recursive(SCALARS, lambda children: st.lists(children, max_size=4)
                       | st.dictionaries(KEYS, children, max_size=6), max_leaves=40)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


SAMPLE_PATHS = list(_paths(SAMPLE))[1:]


@st.composite
def mutated_packs(draw):
    """The valid sample pack with one to three parts replaced by anything."""
    data = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(SAMPLE_PATHS))
        target = data
        try:
            for step in path[:-1]:
                target = target[step]
            target[path[-1]] = draw(JSONISH)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier replacement removed this path
    return data


BODY_PIECES = st.sampled_from(["{{ event }}", "{{ tone }}", "{{ day }}", "{{ seats }}", "{{ details }}",
                               "{% if details %}", "{% else %}", "{% endif %}", "{% elif tone %}", "{{",
                               "}}", "{%", "%}", "{#", "#}", "|upper", "|center(99)", " ", "\n", "x",
                               "{{ event ~ tone }}", "{{ seats * 9 }}", "{{ range(9) }}", "{% raw %}",
                               "{% endraw %}", "{{ event|default('x') }}", "{{- event -}}"])


@st.composite
def packs_with_fuzzed_bodies(draw):
    data = copy.deepcopy(SAMPLE)
    data["templates"][0]["body"] = "".join(draw(st.lists(BODY_PIECES, max_size=12)))
    return data


def check_only_library_errors(data) -> None:
    try:
        problems = validate_pack(data)
        pack = pack_from_data(data, "fuzz")
    except LibraryError as error:
        assert error.problems and all(str(problem) for problem in error.problems)
        return
    assert problems == []
    orjson.dumps(data)  # the store can save what validation accepted
    plan_import(data, "fuzz", [], [])
    renderer = Renderer()
    for template in pack.templates:
        with contextlib.suppress(RenderError):
            renderer.render(template, example_values(template))


@FUZZ
@given(JSONISH)
def test_arbitrary_json_like_data_raises_only_library_error(data) -> None:
    check_only_library_errors(data)


@FUZZ
@given(mutated_packs())
def test_damaged_valid_packs_raise_only_library_error(data) -> None:
    check_only_library_errors(data)


@FUZZ
@given(packs_with_fuzzed_bodies())
def test_fuzzed_template_bodies_raise_only_library_error(data) -> None:
    check_only_library_errors(data)


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_library_error(raw: bytes) -> None:
    try:
        data = decode_pack_bytes(raw, "fuzz")
    except LibraryError:
        return
    check_only_library_errors(data)


@FUZZ
@given(st.text(alphabet=st.sampled_from('{}[]",:0123456789.eE-+ tfnrul\\ua\n'), max_size=80))
def test_json_shaped_text_raises_only_library_error(text: str) -> None:
    try:
        data = decode_pack_bytes(text.encode("utf-8", "surrogatepass"), "fuzz")
    except LibraryError:
        return
    check_only_library_errors(data)
