"""Rendering: values come out literally, required values are enforced, bodies are bounded."""

from __future__ import annotations

from datetime import date

import pytest

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
