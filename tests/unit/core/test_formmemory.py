"""Typed values survive a template switch; what the guard flags is never kept."""

from __future__ import annotations

from datetime import date

from promptlib.core import formmemory
from promptlib.core.formmemory import FormMemory, values_to_keep
from promptlib.core.model import Template, Variable

HETU = "131052-308T"
TEMPLATE = Template("t.one", "fi", "Yksi", "{{ name }} {{ notes }} {{ day }}", variables=(
    Variable("name", "Nimi"), Variable("notes", "Muistiinpanot", type="multiline"),
    Variable("day", "Päivä", type="date"), Variable("seats", "Paikat", type="number")))


def test_values_are_kept_per_template_and_language() -> None:
    memory = FormMemory()
    values = {"name": "Kevätjuhla", "notes": "", "day": date(2026, 12, 15), "seats": 10_000_000_000}
    memory.keep(TEMPLATE, values)
    assert memory.recall(TEMPLATE) == values
    swedish = Template("t.one", "sv", "En", "{{ name }}", variables=(Variable("name", "Namn"),))
    assert memory.recall(swedish) is None
    memory.forget(TEMPLATE)
    assert memory.recall(TEMPLATE) is None


def test_a_field_the_guard_flags_is_not_kept_but_the_others_are() -> None:
    values = {"name": f"Asiakas {HETU}", "notes": "Ei henkilötietoja.", "day": None, "seats": 3}
    kept = values_to_keep(TEMPLATE, values)
    assert "name" not in kept
    assert kept == {"notes": "Ei henkilötietoja.", "day": None, "seats": 3}
    memory = FormMemory()
    memory.keep(TEMPLATE, values)
    assert HETU not in repr(memory.recall(TEMPLATE))


def test_keeping_again_replaces_and_a_recalled_dict_is_a_copy() -> None:
    memory = FormMemory()
    memory.keep(TEMPLATE, {"name": "eka"})
    memory.keep(TEMPLATE, {"name": "toka"})
    recalled = memory.recall(TEMPLATE)
    assert recalled is not None and recalled["name"] == "toka"
    recalled["name"] = "muutettu"
    assert memory.recall(TEMPLATE) == {"name": "toka", "notes": None, "day": None, "seats": None}


def test_the_oldest_template_is_forgotten_beyond_the_cap() -> None:
    memory = FormMemory()
    templates = [Template(f"t.{n}", "fi", "T", "{{ name }}", variables=(Variable("name", "Nimi"),))
                 for n in range(formmemory.MAX_TEMPLATES + 1)]
    for template in templates:
        memory.keep(template, {"name": template.id})
    assert memory.recall(templates[0]) is None
    assert memory.recall(templates[1]) == {"name": "t.1"}
    assert memory.recall(templates[-1]) == {"name": templates[-1].id}
