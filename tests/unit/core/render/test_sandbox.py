"""The fast check for simple bodies must agree with Jinja's own parser, always."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.render.sandbox import parse_body, used_variables
from promptlib.core.render.simple import parse_simple


def simple_body_variables(body: str):
    parsed = parse_simple(body)
    return None if parsed is None else set(parsed.variables)

FRAGMENTS = [
    "Teksti ", "\n", "{{ a }}", "{{b|lower}}", "{{- c -}}", "{{ a | trim | upper }}", "{% if a %}",
    "{% if not b %}", "{%- elif c -%}", "{% else %}", "{% endif %}", "{# huom #}", "{{", "}}", "{%",
    "%}", "{#", "{ {", "{{ a.b }}", "{{ a(1) }}", "{{ a +}}", "{% for x in y %}", "{% endfor %}", "{{ true }}",
    "{{ self }}", "{{ 'x' * 3 }}", "{% if a == 'x' %}", "{{ A }}", "ä", "{% raw %}", "{% endraw %}",
]


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14))
def test_fast_check_agrees_with_jinja(parts: list[str]) -> None:
    body = "".join(parts)
    fast = simple_body_variables(body)
    tree, problems = parse_body(body)
    if fast is not None:
        # Whatever the fast path accepts, Jinja accepts too, with the same variables.
        assert problems == [], body
        assert fast == used_variables(tree), body


def test_fast_check_handles_the_usual_forms() -> None:
    body = "Hei {{ name }}.\n{% if extra %}\nLisäksi {{ extra | lower }}\n{% elif not other %}x{% else %}y{% endif %}{# c #}"
    assert simple_body_variables(body) == {"name", "extra", "other"}


def test_fast_check_leaves_anything_else_to_jinja() -> None:
    for body in ("{{ a.b }}", "{% if a %}", "{% endif %}", "{% else %}", "{{ true }}", "{{ x * 2 }}",
                 "{% if a %}{% else %}{% else %}{% endif %}", "{% if a %}{% else %}{% elif b %}{% endif %}"):
        assert simple_body_variables(body) is None, body
