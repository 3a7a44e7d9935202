"""Exporting templates to a pack file: a whole library, a role, chosen templates or the
user's own; checked as an import would check it and written whole or not at all."""

from __future__ import annotations

import json
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
