"""The content checks of loaded database files: a file a reader could not use is named
with the first problem and its place; every file the store itself writes passes."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from librarydata import pack, template

from promptlib.core.store.database import Store
from promptlib.core.store.shapes import index_problem, library_problem, state_problem


def library(pack_data: dict, provenance: dict | None = None) -> dict:
    return {"packs": {"1": {"pack": pack_data, "provenance": provenance if provenance is not None else {}}}}


GOOD_PACK = pack("org.a", "1.0", template("org.a.one"))


def broken(change) -> dict:
    data = copy.deepcopy(GOOD_PACK)
    change(data)
    return library(data)


@pytest.mark.parametrize("data, expected", [
    (broken(lambda p: p["templates"][0].pop("body")), "pack.templates[0] has no 'body'"),
    (broken(lambda p: p["templates"][0].update(title=None)), "pack.templates[0].title must be a string, not null"),
    (broken(lambda p: p.update(templates="abc")), "pack.templates must be a list, not a string"),
    (broken(lambda p: p.pop("templates")), "has no 'templates'"),
    (broken(lambda p: p.update(version=[1])), "pack.version must be a string, not a list"),
    (broken(lambda p: p["templates"].append(7)), "pack.templates[1] must be an object, not a number"),
    (broken(lambda p: p["templates"][0].update(language="de")), "templates[0].language is not one of fi, sv, en"),
    (broken(lambda p: p["templates"][0].update(roles="hr")), "templates[0].roles must be a list"),
    (broken(lambda p: p["templates"][0].update(tags=[None])), "templates[0].tags[0] must be a string"),
    (broken(lambda p: p["templates"][0]["variables"][0].update(type="colour")), "variables[0].type is not one of"),
    (broken(lambda p: p["templates"][0]["variables"][0].update(name=3)), "variables[0].name must be a string"),
    (broken(lambda p: p["templates"][0]["variables"][0].update(required="yes")), "required must be true or false"),
    (broken(lambda p: p["templates"][0]["variables"][0].update(type="number", min="1")), "min must be a number"),
    (broken(lambda p: p["templates"][0]["variables"][0].update(choices="a,b")), "choices must be a list"),
    (broken(lambda p: p["templates"][0]["variables"][0].update(default=[1])), "default must be a string"),
    (broken(lambda p: p.update(roles=[{"id": 1}])), "pack.roles[0].id must be a string"),
    (broken(lambda p: p["templates"][0].update(copied_from="org.b.one")), "copied_from must be an object"),
    (broken(lambda p: p["templates"][0].update(copied_from={"version": 2})), "copied_from.version must be a string"),
    (broken(lambda p: p["templates"][0].update(lint="x")), "templates[0].lint must be an object"),
    (broken(lambda p: p["templates"][0].update(lint={"waive": "no-role"})), "lint.waive must be a list of strings"),
    (broken(lambda p: p["templates"][0].update(lint={"waive": [], "why": 3})), "lint.why must be a string"),
    (library(GOOD_PACK, {"source": None}), "provenance.source must be a string, not null"),
    (library(GOOD_PACK, {"set_aside": [{"template": {}, "kept": "x"}]}), "set_aside[0].template has no 'id'"),
    (library(GOOD_PACK, {"renamed": [{"id": "a", "language": "fi"}]}), "renamed[0] has no 'as'"),
    ({"packs": {"1": {"pack": "x", "provenance": {}}}}, "pack must be an object, not a string"),
    ({"packs": {"1": {"pack": GOOD_PACK}}}, "provenance must be an object, not null"),
])
def test_a_library_file_its_readers_could_not_use_is_named(data: dict, expected: str) -> None:
    problem = library_problem(data)
    assert problem is not None and expected in problem and problem.startswith("packs document 1")


def test_what_the_store_writes_passes(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        own = pack("user.own", "1", dict(template("user.own.copy"), copied_from={
            "library": "org.a", "template": "org.a.one", "language": "fi", "version": "1.0"}))
        store.install_packs([(own, {})])
        store.install_packs([(GOOD_PACK, {"source": "x", "installed_at": "2026-01-01", "subscription": True,
                                          "set_aside": [{"template": template("b.one"), "kept": "org.a"}],
                                          "renamed": [{"id": "a", "language": "fi", "as": "a.2"}]})])
        store.set_favourite("org.a.one", True)
        store.record_use("org.a.one", "fi")
        store.set_setting("splitter_sizes", [1, 2, 3])
    libraries = sorted((tmp_path / "libraries").glob("*.json"))
    assert len(libraries) == 2
    for path, check in (*((library, library_problem) for library in libraries),
                        (tmp_path / "libraries.json", index_problem), (tmp_path / "state.json", state_problem)):
        assert check(json.loads(path.read_text(encoding="utf-8"))) is None


def test_the_store_refuses_to_write_a_pack_it_could_not_load_again(tmp_path: Path) -> None:
    from promptlib.core.store.database import StoreError

    with Store(tmp_path) as store:
        with pytest.raises(StoreError, match=r"cannot save library 'org\.a': .*title must be a string"):
            store.install_packs([(broken(lambda p: p["templates"][0].update(title=None))["packs"]["1"]["pack"], {})])
        assert store.installed_packs() == []
    assert not (tmp_path / "libraries.json").exists() and not list((tmp_path / "libraries").glob("*"))


@pytest.mark.parametrize("entry, expected", [
    ({"id": "org.a"}, "has no 'file'"),
    ({"id": 5, "file": "org.a.0123abcd.json"}, ".id must be a string"),
    ({"id": "org.a", "file": "../state.json"}, "is not the name of a library file"),
    ({"id": "org.a", "file": "/etc/passwd.01234567.json"}, "is not the name of a library file"),
])
def test_an_index_entry_that_could_lead_anywhere_is_refused(entry: dict, expected: str) -> None:
    problem = index_problem({"libraries": {"1": entry}})
    assert problem is not None and expected in problem


@pytest.mark.parametrize("data, expected", [
    ({"favourites": {"1": {"template_id": 5}}}, "favourites document 1.template_id must be a string"),
    ({"favourites": {"1": {}}}, "favourites document 1 has no 'template_id'"),
    ({"history": {"1": {"template_id": "a", "language": None}}}, "history document 1.language must be a string"),
    ({"history": {"1": {"template_id": "a", "language": "fi", "used_at": 3}}}, "used_at must be a string"),
    ({"settings": {"1": {"key": None, "value": 1}}}, "settings document 1.key must be a string"),
    ({"settings": {"1": {"key": "window_geometry", "value": 5}}}, "setting 'window_geometry' must be a string"),
])
def test_a_state_file_of_the_wrong_types_is_named(data: dict, expected: str) -> None:
    problem = state_problem(data)
    assert problem is not None and expected in problem
