"""The library's data objects: what a template and a pack hold, and library format v1 back."""

from __future__ import annotations

import copy
from pathlib import Path

import orjson
import pytest

from promptlib.core.library.format import load_pack
from promptlib.core.library.validation import validate_pack
from promptlib.core.model import LazyVariables, Origin, Pack, Template, Variable
from promptlib.core.store import startup_cache


def test_round_trip_to_dict_gives_back_the_same_templates(sample_pack_path: Path) -> None:
    pack = load_pack(sample_pack_path)
    exported = pack.to_dict()
    assert validate_pack(exported) == []
    again = Pack.from_dict(exported)
    assert again.templates == pack.templates
    assert again.to_dict() == exported


def installed_origin(**changes) -> Origin:
    fields = {"pack_id": "team.letters", "pack_name": "Kirjeet", "version": "1.2", "publisher": "Espoo",
              "builtin": False, "source": "/share/letters.json", "installed_at": "2026-03-01T09:30:00+00:00"}
    return Origin(**{**fields, **changes})


def test_an_origin_describes_the_library_and_whether_it_is_built_in() -> None:
    assert installed_origin().describe() == "Kirjeet (team.letters 1.2)"
    assert installed_origin(builtin=True).describe() == "Kirjeet (team.letters 1.2, built in)"


def test_an_origin_is_read_from_a_packs_fields(sample_pack: dict) -> None:
    origin = Origin.of_pack(sample_pack, builtin=False, source="/share/x.json", installed_at="2026-03-01")
    assert origin == Origin("test.sample", "Testikirjasto", "1.0.0", "promptlib tests", False, "/share/x.json",
                            "2026-03-01")
    assert Origin.of_pack(sample_pack, builtin=True).source == ""


def test_a_variable_fills_in_what_the_file_leaves_out() -> None:
    variable = Variable.from_dict({"name": "aihe"})
    assert (variable.label, variable.type, variable.required, variable.choices) == ("aihe", "text", False, ())
    assert variable.to_dict() == {"name": "aihe", "label": "aihe", "type": "text"}


def test_a_variable_round_trips_through_its_dict() -> None:
    data = {"name": "seats", "label": "Paikkoja", "type": "number", "required": True, "help": "Montako?",
            "default": 40, "min": 1, "max": 500}
    variable = Variable.from_dict(data)
    assert variable.to_dict() == data
    choice = Variable.from_dict({"name": "tone", "label": "Sävy", "type": "choice", "choices": ["a", "b"]})
    assert choice.choices == ("a", "b") and choice.to_dict()["choices"] == ["a", "b"]


def test_variables_are_built_only_when_first_used(monkeypatch) -> None:
    built = []
    real = Variable.from_dict.__func__

    def counting(cls, data):
        built.append(data["name"])
        return real(cls, data)

    monkeypatch.setattr(Variable, "from_dict", classmethod(counting))
    lazy = LazyVariables([{"name": "a", "label": "A"}, {"name": "b", "label": "B"}])
    assert built == []
    assert [v.name for v in lazy] == ["a", "b"] and len(lazy) == 2 and lazy[1].label == "B"
    assert built == ["a", "b"]          # once, however often they are used


def test_lazy_variables_from_json_bytes_equal_those_from_dicts() -> None:
    data = [{"name": "a", "label": "A", "type": "date"}]
    assert LazyVariables(orjson.dumps(data)) == LazyVariables(data)
    assert LazyVariables(data) == (Variable("a", "A", type="date"),)


def test_a_template_finds_its_variable_by_name(sample_pack: dict) -> None:
    event = Template.from_dict(sample_pack["templates"][0])
    assert event.variable("tone").type == "choice"
    with pytest.raises(KeyError):
        event.variable("ghost")
    assert event.key == ("sample.event", "fi")


def from_cache_rows(pack: dict, source: str = "x") -> tuple[Pack, list[int]]:
    """*pack* as start-up builds it from its cache, and how often its details were read."""
    reads: list[int] = []
    details = startup_cache.detail_rows(pack)
    built = Pack.from_summary(startup_cache.pack_fields(pack), startup_cache.summary_rows(pack),
                              lambda: reads.append(1) or details, builtin=False, source=source)
    return built, reads


def test_templates_from_start_up_cache_rows_equal_those_from_the_file(sample_pack: dict) -> None:
    cached, _reads = from_cache_rows(sample_pack)
    from_file = Pack.from_dict(sample_pack, builtin=False, source="x")
    assert list(cached.templates) == list(from_file.templates)
    assert [t.origin for t in cached.templates] == [from_file.templates[0].origin] * len(from_file.templates)
    assert [t.to_dict() for t in cached.templates] == [t.to_dict() for t in from_file.templates]


def test_a_pack_from_the_cache_equals_the_pack_from_the_file(sample_pack: dict) -> None:
    cached, _reads = from_cache_rows(sample_pack)
    assert cached == Pack.from_dict(sample_pack, builtin=False, source="x")
    assert cached.templates[0].origin.source == "x" and not cached.templates[0].origin.builtin


def test_bodies_are_read_once_for_the_whole_pack_when_first_wanted(sample_pack: dict) -> None:
    cached, reads = from_cache_rows(sample_pack)
    first, second = cached.templates[0], cached.templates[1]
    assert (first.title, first.roles, reads) == (sample_pack["templates"][0]["title"],
                                                 tuple(sample_pack["templates"][0]["roles"]), [])
    assert first.body == sample_pack["templates"][0]["body"]
    assert second.guidance == sample_pack["templates"][1].get("guidance", "")
    assert [v.name for v in first.variables] == [v["name"] for v in sample_pack["templates"][0]["variables"]]
    assert reads == [1]
    with pytest.raises(AttributeError):
        first.no_such_field  # noqa: B018


def test_origin_does_not_make_two_templates_different(sample_pack: dict) -> None:
    data = sample_pack["templates"][0]
    assert Template.from_dict(data, installed_origin()) == Template.from_dict(data, None)


def test_a_pack_writes_optional_fields_only_when_it_has_them(sample_pack: dict) -> None:
    plain = Pack.from_dict(sample_pack).to_dict()
    assert "description" not in plain and "roles" not in plain
    sample_pack["description"] = "Kuvaus"
    sample_pack["roles"] = [{"id": "archive", "names": {"fi": "Arkisto"}}]
    full = Pack.from_dict(sample_pack).to_dict()
    assert full["description"] == "Kuvaus"
    assert full["roles"] == [{"id": "archive", "names": {"fi": "Arkisto"}}]
    assert list(full)[-1] == "templates"


def test_lint_waivers_survive_the_file_the_cache_and_export(sample_pack: dict) -> None:
    data = copy.deepcopy(sample_pack["templates"][0])
    data["lint"] = {"waive": ["no-role", "vague-wording"], "why": "Rooli tulee valinnasta."}
    from_file = Template.from_dict(data)
    assert from_file.lint_waive == ("no-role", "vague-wording")
    assert from_file.to_dict()["lint"] == data["lint"]
    cached, _reads = from_cache_rows({**sample_pack, "templates": [data]})
    assert cached.templates[0] == from_file
    assert "lint" not in Template.from_dict(sample_pack["templates"][0]).to_dict()


def test_a_pack_is_named_in_the_asked_language_else_by_its_name(sample_pack):
    named = Pack.from_dict({**sample_pack, "names": {"sv": "Testpaket", "en": "Test pack"}})
    assert (named.name_in("sv"), named.name_in("en"), named.name_in("fi")) == ("Testpaket", "Test pack",
                                                                             sample_pack["name"])
    origin = named.templates[0].origin
    assert origin.name_in("sv") == "Testpaket" and origin.name_in("fi") == sample_pack["name"]
    assert named.to_dict()["names"] == {"sv": "Testpaket", "en": "Test pack"}
    assert Pack.from_dict(sample_pack).name_in("sv") == sample_pack["name"]


def test_where_a_copy_came_from_survives_the_file_the_cache_and_export(sample_pack: dict) -> None:
    data = copy.deepcopy(sample_pack["templates"][0])
    data["copied_from"] = {"library": "fi.promptlib.hr", "template": "hr.job-ad", "language": "fi",
                           "version": "2026.11.0"}
    from_file = Template.from_dict(data)
    assert from_file.to_dict()["copied_from"] == data["copied_from"]
    cached, _reads = from_cache_rows({**sample_pack, "templates": [data]})
    assert cached.templates[0] == from_file
    assert cached.templates[0].copied_from == tuple(data["copied_from"].items())
    assert "copied_from" not in Template.from_dict(sample_pack["templates"][0]).to_dict()
