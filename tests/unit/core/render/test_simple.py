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


# Every name a body may use renders as the variable in Jinja too, in every position of
# the simple forms, except the reserved few (the list holds no name it need not).
WORDS = sorted({*__import__("keyword").kwlist, "and", "or", "in", "is", "if", "else", "elif", "endif", "loop",
                "super", "caller", "varargs", "kwargs", "range", "dict", "lipsum", "cycler", "joiner",
                "namespace", "block", "set", "with", "macro", "call", "import", "include", "extends", "raw",
                "endraw", "do", "filter", "for", "endfor", "true", "false", "none", "not", "self"})
# (body with N for the name, what it gives when N holds "v" and x is empty)
FORMS = [("{{ N }}", "v"), ("{{ N | upper }}", "V"), ("{% if N %}y{% endif %}", "y"),
         ("{% if not N %}y{% else %}n{% endif %}", "n"), ("{% if x %}{% elif N %}y{% endif %}", "y")]


@pytest.mark.parametrize("name", [word for word in WORDS if word.islower()])
def test_only_the_reserved_names_fail_to_render_as_variables_in_jinja(name: str) -> None:
    from promptlib.core.render.simple import RESERVED_NAMES

    works = True
    for form, expected in FORMS:
        try:
            got = "".join(ENVIRONMENT.from_string(form.replace("N", name)).generate({name: "v", "x": ""}))
        except Exception:
            got = None
        works = works and got == expected
    assert works == (name not in RESERVED_NAMES), name
