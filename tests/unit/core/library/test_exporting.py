"""Exporting templates to a pack file: a whole library, a role, chosen templates or the
user's own; checked as an import would check it and written whole or not at all."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from librarydata import install, pack, statuses, template, visible

from promptlib.core.catalog import Catalog
from promptlib.core.errors import LibraryError, PromptlibError
from promptlib.core.library.exporting import OWN_LIBRARY_ID, Selection, export_pack, select_templates, write_pack
from promptlib.core.library.format import load_pack
from promptlib.core.library.importing import NEW
from promptlib.core.library.validation import validate_pack
from promptlib.core.model import Pack


def test_export_then_import_gives_identical_templates(libraries, store, tmp_path: Path,
                                                      sample_pack_path: Path) -> None:
    original = load_pack(sample_pack_path)
    install(libraries, json.loads(sample_pack_path.read_text(encoding="utf-8")))
    target = tmp_path / "out" / "sample.json"
    target.parent.mkdir()
    write_pack(target, export_pack(visible(libraries), Selection(library="test.sample")))
    libraries.remove("test.sample")
    plan = libraries.plan_source(str(target))
    assert set(statuses(plan).values()) == {NEW}
    libraries.apply(plan)
    again = visible(libraries)
    assert [again.get(*t.key) for t in original.templates] == list(original.templates)
    assert store.installed_packs()[0].provenance["source"] == str(target.resolve())


def test_exporting_a_role_declares_custom_roles_and_reimports_identically(libraries, tmp_path: Path) -> None:
    custom = pack("team.x", "1.0", template("team.q", roles=["archive"]), template("team.r", roles=["hr"]))
    custom["roles"] = [{"id": "archive", "names": {"fi": "Arkisto", "en": "Archive"}}]
    install(libraries, custom)
    data = export_pack(visible(libraries), Selection(role="archive"), pack_id="export.archive")
    assert validate_pack(data) == []
    assert data["roles"] == custom["roles"]
    assert [t["id"] for t in data["templates"]] == ["team.q"]
    fresh = Catalog([Pack.from_dict(data)])
    assert fresh.get("team.q", "fi") == visible(libraries).get("team.q", "fi")


def test_selected_templates_and_own_templates_can_be_exported(libraries) -> None:
    install(libraries, pack(OWN_LIBRARY_ID, "1", template("own.note"), template("own.memo")))
    catalog = visible(libraries)
    chosen = select_templates(catalog, Selection(template_ids=("own.memo", "hr.ad")))
    assert [t.id for t in chosen] == ["hr.ad", "own.memo"]
    own = export_pack(catalog, Selection(own=True))
    assert own["id"] == "export.own" and [t["id"] for t in own["templates"]] == ["own.memo", "own.note"]
    with pytest.raises(PromptlibError, match="no template nope"):
        select_templates(catalog, Selection(template_ids=("nope",)))


def test_export_without_own_templates_says_so(libraries) -> None:
    with pytest.raises(PromptlibError, match="no templates of your own"):
        export_pack(visible(libraries), Selection(own=True))


def test_write_pack_refuses_an_invalid_pack_and_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "bad.json"
    with pytest.raises(LibraryError, match="id"):
        write_pack(target, pack("Not Safe", "1", template("a.b")))
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_write_pack_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    target.write_text("old contents", encoding="utf-8")
    write_pack(target, pack("team.a", "1", template("a.b")))
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "team.a"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.json"]


# -- what a selection and a pack hold ------------------------------------------------------------

def catalog_of(*packs: dict) -> Catalog:
    return Catalog([Pack.from_dict(data) for data in packs])


TEAM = pack("team.letters", "1.4", template("team.a"), template("team.a", "sv"), template("team.b", roles=["finance"]))


def test_a_whole_library_keeps_its_own_id_name_version_and_publisher() -> None:
    data = export_pack(catalog_of({**TEAM, "description": "Kirjeitä"}), Selection(library="team.letters"))
    assert {key: data[key] for key in ("id", "name", "version", "publisher", "description")} == {
        "id": "team.letters", "name": "Kirjasto team.letters", "version": "1.4", "publisher": "Testikunta",
        "description": "Kirjeitä"}
    assert validate_pack(data) == []
    renamed = export_pack(catalog_of(TEAM), Selection(library="team.letters"), pack_id="team.copy", version="2.0")
    assert (renamed["id"], renamed["version"], renamed["name"]) == ("team.copy", "2.0", "Kirjasto team.letters")


def test_the_installed_edition_of_a_library_is_the_one_exported() -> None:
    newer = pack("team.letters", "1.5", template("team.a", title="Uusi"))
    data = export_pack(catalog_of(TEAM, newer), Selection(library="team.letters"))
    assert data["version"] == "1.5" and [t["title"] for t in data["templates"]] == ["Uusi"]


def test_a_selection_narrows_by_role_and_language() -> None:
    catalog = catalog_of(TEAM)
    assert [t.key for t in select_templates(catalog, Selection(language="sv"))] == [("team.a", "sv")]
    assert [t.key for t in select_templates(catalog, Selection(role="finance"))] == [("team.b", "fi")]
    assert [t.key for t in select_templates(catalog, Selection(library="team.letters", language="fi"))] == [
        ("team.a", "fi"), ("team.b", "fi")]
    data = export_pack(catalog, Selection(role="finance"))
    assert (data["id"], data["name"]) == ("export.finance", "Exported templates (finance)")


def test_unknown_roles_and_libraries_are_named_with_what_there_is() -> None:
    catalog = catalog_of(TEAM)
    with pytest.raises(PromptlibError, match=r"unknown role 'astrology' \(roles: .*finance"):
        select_templates(catalog, Selection(role="astrology"))
    with pytest.raises(PromptlibError, match=r"no library 'nope' \(libraries: team.letters\)"):
        select_templates(catalog, Selection(library="nope"))


def test_a_selection_that_matches_nothing_exports_nothing() -> None:
    with pytest.raises(PromptlibError, match="nothing to export"):
        export_pack(catalog_of(TEAM), Selection(role="hr", language="en"))


def test_a_written_pack_is_indented_utf8_readable_by_others(tmp_path: Path) -> None:
    target = tmp_path / "pack.json"
    write_pack(target, pack("team.a", "1", template("a.b", title="Hyvää päivää")))
    raw = target.read_bytes()
    assert "Hyvää päivää".encode() in raw and raw.endswith(b"}\n") and b'\n  "id": "team.a"' in raw
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_pack_that_cannot_be_written_says_where(tmp_path: Path) -> None:
    with pytest.raises(PromptlibError, match="cannot write"):
        write_pack(tmp_path / "missing-folder" / "pack.json", pack("team.a", "1", template("a.b")))
