"""Installed libraries: removing one (templates it had won go back) and listing them
with their provenance, through `Libraries`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from librarydata import BUILTIN, NOW, install, pack, template, visible

from promptlib.core.errors import LibraryError, PromptlibError
from promptlib.core.library.installed import Libraries, list_libraries
from promptlib.core.store.database import InstalledPack
from promptlib.core.workspace import load_builtin_packs


def test_removing_takes_the_templates_and_refuses_built_in_or_unknown(libraries, store) -> None:
    install(libraries, pack("team.a", "1.0", template("team.x")))
    removed = libraries.remove("team.a")
    assert removed.pack_id == "team.a" and removed.template_count == 1
    assert store.installed_packs() == [] and visible(libraries).get("team.x") is None
    with pytest.raises(PromptlibError, match="built-in library and cannot be removed"):
        libraries.remove("builtin.hr")
    with pytest.raises(PromptlibError, match="no installed library 'nope'"):
        libraries.remove("nope")


def test_libraries_lists_built_in_first_then_installed_with_provenance(libraries) -> None:
    install(libraries, pack("team.a", "1.0", template("team.x")), source="https://example.fi/a.json")
    infos = libraries.list()
    assert [(i.id, i.builtin) for i in infos] == [("builtin.hr", True), ("team.a", False)]
    assert infos[1].to_json() == {"id": "team.a", "name": "Kirjasto team.a", "version": "1.0",
                                  "publisher": "Testikunta", "builtin": False,
                                  "source": "https://example.fi/a.json", "installed_at": NOW,
                                  "templates": 1, "subscription": False, "set_aside": 0,
                                  "signature": "", "verified_by": ""}   # planned from data: not checked


def test_the_listing_counts_set_aside_templates_and_marks_subscriptions() -> None:
    installed = [InstalledPack(pack("team.a", "2.0", template("a.x"), template("a.y")),
                               {"source": "https://it.example.fi/a.json", "installed_at": NOW, "subscription": True,
                                "set_aside": [{"template": template("hr.letter"), "kept": "builtin.hr"}]}),
                 InstalledPack(pack("team.b", "1.0"), {})]
    infos = list_libraries(installed, [BUILTIN])
    assert [(i.id, i.builtin, i.templates) for i in infos] == [("builtin.hr", True, 2), ("team.a", False, 2),
                                                               ("team.b", False, 0)]
    assert (infos[0].source, infos[0].origin.describe()) == ("built-in", "Kirjasto builtin.hr (builtin.hr 2026.1, built in)")
    assert (infos[1].subscription, infos[1].set_aside, infos[1].installed_at) == (True, 1, NOW)
    assert (infos[2].subscription, infos[2].set_aside, infos[2].source) == (False, 0, "")


def test_a_file_source_is_recorded_by_its_full_path_an_address_as_it_is(libraries, tmp_path: Path, monkeypatch,
                                                                       sample_pack: dict) -> None:
    (tmp_path / "pack.json").write_text(json.dumps(sample_pack), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    data, recorded = libraries.read("pack.json")
    assert data == sample_pack and recorded == str(tmp_path.resolve() / "pack.json")


def test_an_unreadable_source_is_a_library_error_naming_it(libraries, tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="no such file or folder") as raised:
        libraries.plan_source(str(tmp_path / "gone.json"))
    assert raised.value.source == str(tmp_path / "gone.json")


def test_without_built_in_packs_given_the_shipped_ones_are_used(store) -> None:
    shipped = Libraries(store).list()
    assert shipped and all(info.builtin for info in shipped)
    assert {info.id for info in shipped} == {p.id for p in load_builtin_packs()[0]}
