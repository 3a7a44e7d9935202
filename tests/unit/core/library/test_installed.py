"""Installed libraries: removing one (templates it had won go back) and listing them
with their provenance, through `Libraries`."""

from __future__ import annotations

import pytest
from librarydata import NOW, install, pack, template, visible

from promptlib.core.errors import PromptlibError


def test_removing_takes_the_templates_and_refuses_built_in_or_unknown(libraries, store) -> None:
    install(libraries, pack("team.a", "1.0", template("team.x")))
    removed = libraries.remove("team.a")
    assert removed.pack["id"] == "team.a"
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
                                  "templates": 1, "subscription": False, "set_aside": 0}
