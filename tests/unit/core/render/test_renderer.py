"""Rendering: values come out literally, required values are enforced, bodies are bounded."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core.errors import InvalidValueError, MissingValuesError, RenderError
from promptlib.core.model import Template, Variable
from promptlib.core.render.renderer import Renderer


def make(body: str, *variables: Variable, language: str = "fi") -> Template:
    return Template(id="t", language=language, title="T", body=body, variables=variables)


NAME = Variable("name", "Nimi", required=True)


@pytest.mark.parametrize("value", [
    "{{ 7*7 }}", "{% for x in range(9) %}x{% endfor %}", "{{ ''.__class__ }}", "{#", "%}", "<b>&amp;</b>",
])
def test_values_come_out_exactly_as_typed(value: str) -> None:
    text = Renderer().render(make("Arvo: {{ name }}.", NAME), {"name": value}).text
    assert text == f"Arvo: {value}.\n"


def test_missing_required_values_are_reported_by_name() -> None:
    template = make("{{ name }} {{ place }}", NAME, Variable("place", "Paikka", required=True))
    with pytest.raises(MissingValuesError) as raised:
        Renderer().render(template, {"name": "  "})
    assert raised.value.names == ["name", "place"]
    assert raised.value.labels == ["Nimi", "Paikka"]


def test_preview_shows_labels_where_required_values_are_missing() -> None:
    rendered = Renderer().render(make("Hei {{ name }}!", NAME), {}, placeholders=True)
    assert rendered.text == "Hei [Nimi]!\n"
    assert rendered.missing == ("name",)


def test_optional_block_disappears_without_a_blank_line() -> None:
    template = make("Alku.\n{% if extra %}\nLisäksi: {{ extra }}\n{% endif %}\nLoppu.",
                    Variable("extra", "Lisä", type="multiline"))
    renderer = Renderer()
    assert renderer.render(template, {}).text == "Alku.\nLoppu.\n"
    assert renderer.render(template, {"extra": "kahvi"}).text == "Alku.\nLisäksi: kahvi\nLoppu.\n"


@pytest.mark.parametrize("language, expected", [("fi", "31.12.2026 ja 1,5"), ("sv", "31.12.2026 ja 1,5"),
                                                ("en", "2026-12-31 ja 1.5")])
def test_dates_and_numbers_read_naturally_in_each_language(language: str, expected: str) -> None:
    template = make("{{ day }} ja {{ amount }}", Variable("day", "Päivä", type="date"),
                    Variable("amount", "Määrä", type="number"), language=language)
    assert Renderer().render(template, {"day": "2026-12-31", "amount": "1,5"}).text == expected + "\n"
    assert Renderer().render(template, {"day": date(2026, 12, 31), "amount": 1.5}).text == expected + "\n"


@pytest.mark.parametrize("variable, raw, message", [
    (Variable("n", "N", type="number", min=1, max=10), "11", "at most 10"),
    (Variable("n", "N", type="number"), "kolme", "not a number"),
    (Variable("d", "D", type="date"), "31.2.2026", "not a date"),
    (Variable("c", "C", type="choice", choices=("a", "b")), "c", "not one of: a, b"),
])
def test_values_that_do_not_fit_their_type_are_refused(variable: Variable, raw: str, message: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        Renderer().render(make(f"{{{{ {variable.name} }}}}", variable), {variable.name: raw})
    assert message in str(raised.value)


@pytest.mark.parametrize("body", [
    "{{ 'x' * 1000000000 }}",
    "{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}",
])
def test_hostile_bodies_never_run(body: str) -> None:
    with pytest.raises(RenderError):
        Renderer().render(make(body), {})


def test_output_is_capped_even_for_huge_values() -> None:
    renderer = Renderer(max_output_chars=1000)
    with pytest.raises(RenderError, match="longer than 1000"):
        renderer.render(make("{{ name }}", NAME), {"name": "x" * 5000})


def test_compiled_bodies_are_reused() -> None:
    renderer = Renderer()
    template = make("{{ name }}", NAME)
    renderer.render(template, {"name": "a"})
    compiled = renderer.compile(template.body)
    renderer.render(template, {"name": "b"})
    assert renderer.compile(template.body) is compiled


# -- what validates must render ---------------------------------------------------------------

class _Exploding:
    """A compiled body whose rendering fails the way a bug in a filter would."""

    def generate(self, context):
        raise TypeError("do_lower() takes 1 positional argument but 2 were given")
        yield ""  # pragma: no cover - makes this a generator


def test_any_failure_while_rendering_is_a_render_error_with_one_line(monkeypatch) -> None:
    renderer = Renderer()
    monkeypatch.setattr(renderer, "compile", lambda body: _Exploding())
    with pytest.raises(RenderError) as raised:
        renderer.render(make("{{ name | upper }}", NAME), {"name": "x"})
    assert type(raised.value) is RenderError
    assert str(raised.value) == ("the template cannot be rendered (TypeError: do_lower() takes 1 positional "
                                 "argument but 2 were given)")


def test_a_body_too_deep_for_python_is_a_render_error(monkeypatch) -> None:
    import promptlib.core.render.sandbox as sandbox

    # As if the check had let it through: Jinja compiles it to Python nested too deeply.
    deep = "{% if name %}" * 120 + "x" + "{% endif %}" * 120
    monkeypatch.setattr(sandbox, "parse_body", lambda body: (sandbox.ENVIRONMENT.parse(body), []))
    monkeypatch.setattr("promptlib.core.render.simple.ENABLED", False)
    with pytest.raises(RenderError, match="nested too deeply or too large"):
        Renderer().render(make(deep, NAME), {"name": "x"})


@pytest.mark.parametrize("body", [
    "{% if name %}" * 21 + "x" + "{% endif %}" * 21,
    "{{ name" + " | lower" * 40 + " }}",
    "{% if " + " or ".join(["name"] * 40) + " %}x{% endif %}",
    "{{ name | lower(3) }}", "{{ name | default('x', true, 3) }}", "{% if name is defined(3) %}x{% endif %}",
    "{% if name > 3 %}x{% endif %}", "{% if name < none %}x{% endif %}", "{% if 3 in name %}x{% endif %}",
    "{{ name | default(1e400) }}", "{{ name | default(" + "9" * 5000 + ") }}", "{% if (name if name) < 'x' %}{% endif %}",
])
def test_the_renderer_refuses_what_the_check_refuses(body: str) -> None:
    with pytest.raises(RenderError):
        Renderer().render(make(body, NAME), {"name": "x"})


def test_the_deepest_bodies_the_check_accepts_render() -> None:
    blocks = "{% if name %}" * 20 + "{{ name" + " | lower" * 31 + " }}" + "{% endif %}" * 20
    chain = "{% if " + " and ".join(["name"] * 16) + " %}y{% endif %}"
    text = Renderer().render(make(blocks + chain, NAME), {"name": "Ab"}).text
    assert text == "aby\n"


# Bodies from a small grammar of what the allowed constructs can be combined into,
# arguments and operands of every kind included.
CONSTANTS = st.sampled_from(["'x'", "''", "3", "0", "-1", "2.5", "1e400", "1e15", "10000000000000000", "none",
                             "true", "false", "'ä'"])
NAMES = st.sampled_from(["a", "b"])
FILTERS = st.sampled_from(["lower", "upper", "capitalize", "title", "trim", "default", "d"])
TESTS = st.sampled_from(["defined", "undefined", "none", "number", "string"])
OPERATORS = st.sampled_from(["==", "!=", "<", ">", "<=", ">=", "in", "not in"])


def _arguments(draw) -> str:
    count = draw(st.integers(0, 3))
    return "(" + ", ".join(draw(CONSTANTS) for _ in range(count)) + ")" if count or draw(st.booleans()) else ""


@st.composite
def expressions(draw, depth: int = 0) -> str:
    if depth > 3:
        return draw(NAMES | CONSTANTS)
    kind = draw(st.sampled_from(["name", "name", "constant", "constant", "filter", "test", "compare", "compare",
                                 "and", "or", "not", "inline", "chain"]))
    inner = lambda: draw(expressions(depth + 1))  # noqa: E731
    if kind == "name":
        return draw(NAMES)
    if kind == "constant":
        return draw(CONSTANTS)
    if kind == "filter":
        return f"({inner()}) | {draw(FILTERS)}{_arguments(draw)}"
    if kind == "test":
        return f"({inner()}) is {draw(st.sampled_from(['', 'not ']))}{draw(TESTS)}{_arguments(draw)}"
    if kind == "compare":
        return f"({inner()}) {draw(OPERATORS)} ({inner()})"
    if kind in ("and", "or"):
        return f"({inner()}) {kind} ({inner()})"
    if kind == "not":
        return f"not ({inner()})"
    if kind == "inline":
        otherwise = f" else ({inner()})" if draw(st.booleans()) else ""
        return f"({inner()}) if ({inner()}){otherwise}"
    return " and ".join(draw(NAMES) for _ in range(draw(st.integers(20, 40))))


@st.composite
def bodies(draw, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["text", "output", "if"] if depth < 25 else ["text", "output"]))
        if kind == "text":
            parts.append(draw(st.sampled_from(["Hei ", "\n", " ", "ä"])))
        elif kind == "output":
            parts.append("{{ " + draw(expressions()) + " }}")
        else:
            nested = draw(st.integers(1, 23)) if depth == 0 and draw(st.booleans()) else 1
            inner = draw(bodies(depth + nested))
            otherwise = "{% else %}" + draw(bodies(depth + nested)) if draw(st.booleans()) else ""
            opening = "".join("{% if " + draw(expressions()) + " %}" for _ in range(nested))
            parts.append(opening + inner + otherwise + "{% endif %}" * nested)
    return "".join(parts)


# Both branches of every if are taken by one of these (a failure in a branch not taken
# does not show): empty and filled, for each variable.
VALUE_SETS = [{"a": "", "b": ""}, {"a": "x", "b": "Ab c"}, {"a": "3", "b": ""}, {"a": "", "b": "none"}]


@pytest.mark.slow  # ~15 s; the parametrized cases above are the fast subset
@settings(max_examples=400, deadline=None)
@given(bodies())
def test_what_the_check_accepts_renders_and_failures_are_render_errors(body: str) -> None:
    from promptlib.core.render.sandbox import parse_body
    from promptlib.core.render.simple import parse_simple

    template = make(body, Variable("a", "A"), Variable("b", "B"))
    accepted = parse_body(body)[0] is not None or parse_simple(body) is not None
    for values in VALUE_SETS:
        try:
            Renderer().render(template, values)
        except RenderError as error:
            # Anything refused is refused as a RenderError; a body the check accepts renders.
            assert not accepted, f"{body!r} passed the check but failed with {values}: {error}"
