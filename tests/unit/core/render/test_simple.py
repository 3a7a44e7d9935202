"""The Jinja-free renderer must give exactly what the sandboxed Jinja environment gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.render.sandbox import ENVIRONMENT, parse_body, used_variables
from promptlib.core.render.simple import parse_simple

FRAGMENTS = [
    "Teksti", " ", "  ", "\t", "\n", "\r\n", "\n\n", "ä", "}}", "%}", "{ {", "-", "+",
    "{{ a }}", "{{b|lower}}", "{{- a -}}", "{{+ b }}", "{{ a | trim | upper }}", "{{ c|title }}",
    "{{ b | capitalize }}", "{% if a %}", "{%- if not b %}", "{%+ if c -%}", "{% elif b %}",
    "{%- elif not a +%}", "{% else %}", "{% else -%}", "{%+ else %}", "{% endif %}", "{% endif -%}",
    "{%- endif %}", "{% endif +%}", "{# huom #}", "{#- c -#}", "{# x +#}", "{#\n#}",
    "{{ a.b }}", "{% for x in y %}", "{{ a +}}", "{{ true }}", "{% raw %}x{% endraw %}",
]
VALUES = st.fixed_dictionaries({
    "a": st.sampled_from(["", "x", "Hei maailma", " väli ", "{{ 7*7 }}", "rivi\nrivi", "o'neil-smith [x]"]),
    "b": st.sampled_from(["", "ÄÄKKÖSET", "kaksi sanaa", "\n"]),
    "c": st.sampled_from(["", "z", "  tila  "]),
})


@pytest.mark.slow
@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=16), VALUES)
def test_simple_renderer_matches_jinja_exactly(parts: list[str], values: dict) -> None:
    body = "".join(parts)
    simple = parse_simple(body)
    if simple is None:
        return
    tree, problems = parse_body(body)
    assert problems == [], body              # anything accepted here is valid Jinja too
    assert simple.variables == used_variables(tree), body
    expected = ENVIRONMENT.from_string(body).render(**values)
    assert simple.render(values) == expected, (body, values)


def test_usual_bodies_are_handled_without_jinja() -> None:
    body = "Toimi asiantuntijana.\n{% if extra %}\nLisäksi: {{ extra }}\n{% endif %}\nKiitos {{ name|upper }}."
    simple = parse_simple(body)
    assert simple is not None and simple.variables == {"extra", "name"}
    assert simple.render({"extra": "", "name": "x"}) == "Toimi asiantuntijana.\nKiitos X."
