"""Import planning and applying, conflicts, provenance, removal and export (core only)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from promptlib.core.catalog import Catalog
from promptlib.core.errors import LibraryError, PromptlibError, StoreError
from promptlib.core.library.exporting import OWN_LIBRARY_ID, Selection, export_pack, select_templates, write_pack
from promptlib.core.library.format import load_pack
from promptlib.core.library.importing import (
    CONFLICT,
    KEEP,
    KEEP_BOTH,
    NEW,
    REMOVED,
    REPLACE,
    UNCHANGED,
    UPDATED,
    StalePlanError,
    free_id,
)
from promptlib.core.library.installed import Libraries
from promptlib.core.library.validation import SAFE_ID, validate_pack
from promptlib.core.library.versions import compare_versions
from promptlib.core.model import Pack
from promptlib.core.store.database import Store
from promptlib.core.workspace import installed_packs

NOW = "2026-03-01T09:30:00+00:00"


def template(template_id: str, language: str = "fi", title: str | None = None, body: str = "Kirjoita {{ aihe }}.",
             roles=("hr",)) -> dict:
    return {"id": template_id, "language": language, "title": title or f"Otsikko {template_id}",
            "roles": list(roles), "tags": [], "summary": "", "body": body,
            "variables": [{"name": "aihe", "label": "Aihe", "type": "text", "required": True}],
            "guidance": "Tarkista vastaus."}


def pack(pack_id: str, version: str, *templates: dict, publisher: str = "Testikunta") -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": pack_id,
            "name": f"Kirjasto {pack_id}", "version": version, "publisher": publisher,
            "templates": list(templates)}


BUILTIN = Pack.from_dict(pack("builtin.hr", "2026.1", template("hr.letter", title="Alkuperäinen kirje"),
                              template("hr.ad")), builtin=True, source="built-in")


@pytest.fixture
def store(isolated_home):
    with Store(isolated_home) as opened:
        yield opened


@pytest.fixture
def libraries(store):
    return Libraries(store, [BUILTIN], clock=lambda: NOW)


def visible(libraries: Libraries) -> Catalog:
    """What the user sees: built-in packs, then installed ones (as Workspace builds it)."""
    return Catalog([*libraries.builtin, *installed_packs(libraries.store)])


def statuses(plan) -> dict[tuple[str, str], str]:
    return {item.key: item.status for item in plan.items}


def install(libraries: Libraries, data: dict, source: str = "/share/kirjasto.json", **resolutions):
    plan = libraries.plan(data, source)
    for template_id, resolution in resolutions.items():
        plan.resolve((template_id.replace("_", "."), "fi"), resolution)
    libraries.apply(plan)
    return plan


# -- planning ------------------------------------------------------------------------------

def test_a_new_library_is_all_new_and_installs_with_provenance(libraries, store) -> None:
    data = pack("team.kirjeet", "1.0", template("team.a"), template("team.a", "sv"), template("team.b"))
    plan = libraries.plan(data, "/share/kirjeet.json")
    assert set(statuses(plan).values()) == {NEW}
    assert plan.summary() == "3 new, 0 updated"
    assert plan.changes_anything
    libraries.apply(plan)
    [installed] = store.installed_packs()
    assert installed.pack == data
    assert installed.provenance["source"] == "/share/kirjeet.json"
    assert installed.provenance["installed_at"] == NOW
    info = next(i for i in libraries.list() if i.id == "team.kirjeet")
    assert (info.version, info.publisher, info.templates, info.builtin) == ("1.0", "Testikunta", 3, False)


def test_importing_the_same_file_again_changes_nothing(libraries) -> None:
    data = pack("team.kirjeet", "1.0", template("team.a"))
    install(libraries, data)
    again = libraries.plan(copy.deepcopy(data), "/share/kirjeet.json")
    assert statuses(again) == {("team.a", "fi"): UNCHANGED}
    assert not again.changes_anything


def test_a_new_version_shows_updated_new_removed_and_unchanged(libraries, store) -> None:
    install(libraries, pack("team.kirjeet", "1.0", template("team.a"), template("team.b"), template("team.c")))
    newer = pack("team.kirjeet", "1.1", template("team.a"), template("team.b", title="Uusi otsikko"),
                 template("team.d"))
    plan = libraries.plan(newer, "/share/kirjeet.json")
    assert statuses(plan) == {("team.a", "fi"): UNCHANGED, ("team.b", "fi"): UPDATED,
                              ("team.d", "fi"): NEW, ("team.c", "fi"): REMOVED}
    updated = next(item for item in plan.items if item.status == UPDATED)
    assert (updated.old_version, updated.new_version) == ("1.0", "1.1")
    assert plan.summary() == "1 new, 1 updated (1.0 -> 1.1), 1 unchanged, 1 removed"
    libraries.apply(plan)
    titles = {t.id: t.title for t in visible(libraries).all_templates() if t.id.startswith("team.")}
    assert titles == {"team.a": "Otsikko team.a", "team.b": "Uusi otsikko", "team.d": "Otsikko team.d"}
    assert store.installed_packs()[0].provenance["previous_version"] == "1.0"


def test_an_invalid_pack_is_refused_with_every_problem_and_installs_nothing(libraries, store) -> None:
    bad = pack("team.kirjeet", "1.0", template("team.a", body="{{ ghost }}"), template("Bad Id"))
    with pytest.raises(LibraryError) as caught:
        libraries.plan(bad, "/share/bad.json")
    lines = caught.value.lines()
    assert any("templates[0].body: uses variable 'ghost'" in line for line in lines)
    assert any("templates[1].id: 'Bad Id' is not a safe id" in line for line in lines)
    assert all(line.startswith("/share/bad.json:") for line in lines)
    assert store.installed_packs() == []


# -- conflicts -------------------------------------------------------------------------------

def conflicting() -> dict:
    return pack("team.hr", "1.0", template("hr.letter", title="Meidän kirje"), template("team.own"))


def test_a_template_from_another_library_is_a_conflict_kept_by_default(libraries, store) -> None:
    plan = libraries.plan(conflicting(), "/share/hr.json")
    conflict = next(item for item in plan.items if item.status == CONFLICT)
    assert conflict.key == ("hr.letter", "fi")
    assert conflict.existing.pack_id == "builtin.hr" and conflict.existing.builtin
    assert plan.resolutions == {("hr.letter", "fi"): KEEP}
    libraries.apply(plan)
    seen = visible(libraries)
    assert seen.get("hr.letter", "fi").title == "Alkuperäinen kirje"
    assert seen.get("team.own", "fi") is not None
    provenance = store.installed_packs()[0].provenance
    assert [entry["template"]["id"] for entry in provenance["set_aside"]] == ["hr.letter"]


def test_replace_lets_the_imported_template_win(libraries) -> None:
    install(libraries, conflicting(), hr_letter=REPLACE)
    assert visible(libraries).get("hr.letter", "fi").title == "Meidän kirje"
    assert visible(libraries).get("hr.letter", "fi").origin.pack_id == "team.hr"


def test_keep_both_gives_the_imported_copy_a_new_safe_id(libraries) -> None:
    install(libraries, conflicting(), hr_letter=KEEP_BOTH)
    seen = visible(libraries)
    assert seen.get("hr.letter", "fi").title == "Alkuperäinen kirje"
    assert seen.get("hr.letter.2", "fi").title == "Meidän kirje"
    assert SAFE_ID.fullmatch("hr.letter.2")


def test_choices_are_remembered_at_the_next_import(libraries) -> None:
    install(libraries, conflicting(), hr_letter=KEEP_BOTH)
    again = libraries.plan(conflicting(), "/share/hr.json")
    item = next(item for item in again.items if item.template_id == "hr.letter")
    assert (item.status, item.renamed_to) == (UNCHANGED, "hr.letter.2")
    assert not again.changes_anything
    newer = conflicting()
    newer["version"] = "1.1"
    newer["templates"][0]["title"] = "Meidän kirje, uusi"
    install(libraries, newer)
    assert visible(libraries).get("hr.letter.2", "fi").title == "Meidän kirje, uusi"


def test_a_kept_conflict_is_offered_again_with_the_earlier_choice(libraries) -> None:
    install(libraries, conflicting())
    newer = conflicting()
    newer["version"] = "1.1"
    plan = libraries.plan(newer, "/share/hr.json")
    item = next(item for item in plan.items if item.status == CONFLICT)
    assert item.remembered == KEEP and plan.resolutions[item.key] == KEEP


def test_an_identical_template_in_another_library_is_not_a_conflict(libraries) -> None:
    same = pack("team.copy", "1.0", BUILTIN.templates[0].to_dict())
    plan = libraries.plan(same, "/share/copy.json")
    [item] = plan.items
    assert item.status == UNCHANGED and item.existing.pack_id == "builtin.hr"
    assert plan.conflicts() == []


def test_replacing_another_installed_library_sets_its_template_aside_until_removal(libraries, store) -> None:
    install(libraries, pack("team.a", "1.0", template("shared.letter", title="A:n kirje")))
    plan = install(libraries, pack("team.b", "1.0", template("shared.letter", title="B:n kirje")),
                   shared_letter=REPLACE)
    assert plan.conflicts()[0].existing.pack_id == "team.a"
    packs = {p.pack["id"]: p for p in store.installed_packs()}
    assert packs["team.a"].pack["templates"] == []  # no two installed libraries provide one key
    assert visible(libraries).get("shared.letter", "fi").title == "B:n kirje"
    libraries.remove("team.b")
    assert visible(libraries).get("shared.letter", "fi").title == "A:n kirje"
    packs = {p.pack["id"]: p for p in store.installed_packs()}
    assert set(packs) == {"team.a"} and "set_aside" not in packs["team.a"].provenance


def test_a_plan_made_before_another_change_is_refused(libraries, store) -> None:
    plan = libraries.plan(pack("team.a", "1.0", template("team.x")), "/a.json")
    install(libraries, pack("team.b", "1.0", template("team.y")))
    with pytest.raises(StalePlanError, match="changed since"):
        libraries.apply(plan)
    assert [p.pack["id"] for p in store.installed_packs()] == ["team.b"]


def test_a_failed_write_installs_nothing(libraries, store, monkeypatch) -> None:
    install(libraries, pack("team.a", "1.0", template("team.x")))
    plan = libraries.plan(pack("team.a", "2.0", template("team.x"), template("team.y")), "/a.json")

    def disk_full(_data):
        raise StoreError("could not save library.json: No space left on device")

    monkeypatch.setattr(store._library.storage, "write", disk_full)
    with pytest.raises(StoreError):
        libraries.apply(plan)
    monkeypatch.undo()
    [installed] = store.installed_packs()
    assert installed.pack["version"] == "1.0" and len(installed.pack["templates"]) == 1


# -- removal and listing -----------------------------------------------------------------------

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


# -- export ----------------------------------------------------------------------------------

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


# -- small rules -------------------------------------------------------------------------------

@pytest.mark.parametrize("newer, older", [
    ("1.1", "1.0"), ("2026.10.0", "2026.9.3"), ("1.0", "1.0rc2"), ("1.0.1", "1.0"), ("2", "1.99"),
    ("1.0-beta", "1.0-alpha"),
])
def test_versions_compare_as_people_expect(newer: str, older: str) -> None:
    assert compare_versions(newer, older) == 1
    assert compare_versions(older, newer) == -1
    assert compare_versions(newer, newer) == 0


def test_1_0_and_1_0_0_are_the_same_version() -> None:
    assert compare_versions("1.0", "1.0.0") == 0


def test_free_id_stays_safe_even_for_the_longest_ids() -> None:
    long_id = "a" * 100
    new = free_id(long_id, {long_id, long_id[:98] + ".2"})
    assert new == long_id[:98] + ".3" and SAFE_ID.fullmatch(new)


# -- the store's part --------------------------------------------------------------------------

def test_install_and_remove_happen_in_one_write(store) -> None:
    store.install_packs([(pack("team.a", "1", template("a.x")), {}), (pack("team.b", "1", template("b.x")), {})])
    before = store.library_signature()
    store.install_packs([(pack("team.c", "1", template("c.x")), {})], remove=["team.a"])
    assert [p.pack["id"] for p in store.installed_packs()] == ["team.b", "team.c"]
    assert store.library_signature() != before
    with pytest.raises(ValueError, match="both installed and removed"):
        store.install_packs([(pack("team.b", "2", template("b.x")), {})], remove=["team.b"])


def test_keep_both_gives_every_language_of_a_template_the_same_new_id(libraries) -> None:
    install(libraries, pack("team.a", "1.0", template("shared.x"), template("shared.x", "sv")))
    plan = libraries.plan(pack("team.b", "1.0", template("shared.x", title="B"), template("shared.x", "sv", title="B")),
                          "/b.json")
    plan.resolve_all(KEEP_BOTH)
    libraries.apply(plan)
    seen = visible(libraries)
    assert [seen.get("shared.x.2", lang).title for lang in ("fi", "sv")] == ["B", "B"]
    assert seen.get("shared.x", "sv").title == "Otsikko shared.x"
