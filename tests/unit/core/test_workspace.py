"""Opening the user's world: the built-in packs, the installed ones, and the catalog over both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError, StoreError
from promptlib.core.settings import TEMPLATE_LANGUAGE
from promptlib.core.store.atomic import AtomicJSONStorage
from promptlib.core.store.database import Store
from promptlib.core.store.library_files import FOLDER
from promptlib.core.workspace import Workspace, installed_packs, load_builtin_packs


def test_the_shipped_library_loads_without_errors() -> None:
    packs, errors = load_builtin_packs()
    assert errors == []
    assert packs and all(t.origin.builtin for p in packs for t in p.templates)


def test_built_in_packs_load_in_file_name_order_and_a_broken_one_is_reported(tmp_path: Path,
                                                                          sample_pack: dict) -> None:
    for name, pack_id in (("b-second.json", "test.second"), ("a-first.json", "test.first")):
        (tmp_path / name).write_text(json.dumps({**sample_pack, "id": pack_id}), encoding="utf-8")
    (tmp_path / "c-broken.json").write_text('{"id": "test.broken"', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a pack", encoding="utf-8")
    packs, errors = load_builtin_packs(tmp_path)
    assert [p.id for p in packs] == ["test.first", "test.second"]
    [error] = errors
    assert isinstance(error, LibraryError) and error.source == str(tmp_path / "c-broken.json")
    assert "cannot load built-in pack" in str(error)


def test_installed_packs_carry_where_they_came_from(isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "/share/x.json", "installed_at": "2026-03-01"})])
        [pack] = installed_packs(store)
    assert pack.id == "test.sample" and len(pack.templates) == len(sample_pack["templates"])
    origin = pack.templates[0].origin
    assert (origin.builtin, origin.source, origin.installed_at) == (False, "/share/x.json", "2026-03-01")


def test_an_installed_template_wins_over_the_built_in_one(isolated_home: Path, sample_pack: dict) -> None:
    builtin = load_builtin_packs()[0][0].templates[0]
    replacement = {**sample_pack["templates"][2], "id": builtin.id, "language": builtin.language,
                   "title": "Meidän oma versio"}
    with Store(isolated_home) as store:
        store.install_packs([({**sample_pack, "templates": [replacement]}, {"source": "x"})])
    workspace = Workspace.open(isolated_home)
    try:
        assert workspace.catalog.get(builtin.id, builtin.language).title == "Meidän oma versio"
        assert workspace.load_errors == []
    finally:
        workspace.close()


def test_reload_catalog_shows_a_library_installed_after_opening(isolated_home: Path, sample_pack: dict) -> None:
    workspace = Workspace.open(isolated_home)
    try:
        assert workspace.catalog.get("sample.event") is None
        before = len(workspace.catalog)
        workspace.store.install_packs([(sample_pack, {"source": "x"})])
        workspace.reload_catalog()
        assert workspace.catalog.get("sample.event", "fi").title == "Tapahtumakutsu"
        assert len(workspace.catalog) == before + len(sample_pack["templates"])
    finally:
        workspace.close()


def test_the_template_language_follows_the_users_setting(isolated_home: Path) -> None:
    workspace = Workspace.open(isolated_home)
    try:
        workspace.store.set_setting(TEMPLATE_LANGUAGE, "sv")
        assert workspace.template_language() == "sv"
        workspace.store.set_setting(TEMPLATE_LANGUAGE, "en")
        assert workspace.template_language() == "en"
    finally:
        workspace.close()


def test_closing_the_workspace_closes_its_store(isolated_home: Path) -> None:
    workspace = Workspace.open(isolated_home)
    workspace.close()
    with pytest.raises(StoreError, match="closed"):
        workspace.store.set_favourite("sample.event", True)


def test_the_first_start_after_an_install_builds_installed_templates_from_the_cache(
        isolated_home: Path, sample_pack: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(isolated_home) as store:             # the install writes the start-up cache
        store.install_packs([(sample_pack, {"source": "x"})])

    def refuse(storage: AtomicJSONStorage):
        if storage.path.parent.name == FOLDER:
            raise AssertionError(f"{storage.path} was parsed at start-up although its cache matched it")
        return real_read(storage)

    real_read = AtomicJSONStorage.read
    monkeypatch.setattr(AtomicJSONStorage, "read", refuse)
    workspace = Workspace.open(isolated_home)
    try:
        event = workspace.catalog.get("sample.event", "fi")
        assert event.title == "Tapahtumakutsu" and event.origin.source == "x"
        assert [v.name for v in event.variables] == [v["name"] for v in sample_pack["templates"][0]["variables"]]
    finally:
        workspace.close()


def test_a_folder_without_packs_gives_no_packs_and_no_errors(tmp_path: Path) -> None:
    assert load_builtin_packs(tmp_path) == ([], [])
