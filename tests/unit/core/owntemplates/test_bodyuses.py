"""Finding each variable's uses in a body, and renaming one everywhere."""

from __future__ import annotations

import pytest

from promptlib.core.owntemplates.bodyuses import first_use, parsed_names, rename_variable, variable_uses

BODY = ('{% if x %}Hei {{ x | upper }} {{ xy }}{% elif not x and y == "x" %}{{ y|lower }}{% endif %}'
        '{# x #} {{ x_2 }} x {{ x is defined }}')


def test_every_use_is_found_with_its_place_and_whether_a_condition_guards_it() -> None:
    uses = variable_uses(BODY)
    assert [(u.name, BODY[u.start:u.end]) for u in uses] == [
        ("x", "x"), ("x", "x"), ("xy", "xy"), ("x", "x"), ("y", "y"), ("y", "y"), ("x_2", "x_2"), ("x", "x")]
    assert [u.guarded for u in uses] == [True, True, True, True, True, True, False, False]
    assert first_use(BODY, "y").start == BODY.index('y ==')


def test_rename_rewrites_outputs_filters_conditions_and_tests_but_nothing_else() -> None:
    renamed = rename_variable(BODY, "x", "nimi")
    assert renamed == ('{% if nimi %}Hei {{ nimi | upper }} {{ xy }}{% elif not nimi and y == "x" %}{{ y|lower }}'
                       '{% endif %}{# x #} {{ x_2 }} x {{ nimi is defined }}')
    assert parsed_names(renamed) == {"nimi", "xy", "y", "x_2"}


def test_rename_refuses_a_name_already_used_or_not_valid() -> None:
    with pytest.raises(ValueError):
        rename_variable(BODY, "x", "y")
    with pytest.raises(ValueError):
        rename_variable(BODY, "x", "Nimi")
    assert rename_variable("{{ a }}", "a", "a") == "{{ a }}"


def test_a_filter_or_test_with_the_same_name_as_a_variable_is_not_renamed() -> None:
    body = "{{ lower | lower }} {% if upper is string %}{{ upper | trim }}{% endif %}"
    assert rename_variable(body, "lower", "small") == "{{ small | lower }} {% if upper is string %}{{ upper | trim }}{% endif %}"
    assert rename_variable(body, "upper", "big") == "{{ lower | lower }} {% if big is string %}{{ big | trim }}{% endif %}"
