"""History hooks: what an import, a save and a publish record, and that a history that
cannot be written never fails the change that called them."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from promptlib.core.history import hooks
from promptlib.core.history.snapshots import HISTORY_FILE, TemplateHistory
from promptlib.core.store.database import Store


def item(template_id: str, status: str) -> Any:
    return SimpleNamespace(key=(template_id, "fi"), status=status)


def plan(version: str, statuses: dict[str, str], resolutions: dict[Any, str] | None = None) -> Any:
    templates = [{"id": i, "language": "fi", "title": i, "body": f"{i} {version}"} for i in statuses]
    return SimpleNamespace(pack={"id": "hr", "templates": templates}, pack_id="hr", version=version,
                           items=[item(i, s) for i, s in statuses.items()], resolutions=resolutions or {})


def test_an_import_records_what_it_brought_new_or_changed(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        made = hooks.record_import(store, plan("2", {"a": "new", "b": "updated", "c": "unchanged",
                                                     "d": "conflict", "e": "conflict"},
                                               {("d", "fi"): "replace", ("e", "fi"): "keep"}))
    assert sorted(v.template_id for v in made) == ["a", "b", "d"]
    assert {v.source for v in made} == {"import:hr@2"}
    assert TemplateHistory(tmp_path).versions("b", "fi")[0].template["body"] == "b 2"


def test_a_history_that_cannot_be_written_is_said_on_stderr_and_the_import_stands(tmp_path: Path, capsys) -> None:
    with Store(tmp_path) as store:
        (tmp_path / HISTORY_FILE).mkdir()   # not a file: neither readable nor writable as one
        assert hooks.record_import(store, plan("1", {"a": "new"})) == []
        assert hooks.record_edit(store, {"id": "a", "language": "fi"}, library="user.own") is None
    err = capsys.readouterr().err
    assert "the import was done, but its history could not be kept" in err
    assert "the save was done" in err


# -- the hooks in place: an import, an own-template save, a publish ------------------------

def test_importing_a_library_and_its_next_version_keeps_both_versions(isolated_home: Path) -> None:
    from librarydata import install, pack, template

    from promptlib.core.library.installed import Libraries

    with Store(isolated_home) as store:
        libraries = Libraries(store, [])
        install(libraries, pack("org.hr", "1", template("hr.letter", body="Kirjoita {{ aihe }}.")))
        install(libraries, pack("org.hr", "2", template("hr.letter", body="Kirjoita lyhyesti {{ aihe }}.")))
        install(libraries, pack("org.hr", "2", template("hr.letter", body="Kirjoita lyhyesti {{ aihe }}.")))
        kept = TemplateHistory(isolated_home).versions("hr.letter", "fi")
    assert [(v.number, v.source, v.template["body"]) for v in kept] == [
        (1, "import:org.hr@1", "Kirjoita {{ aihe }}."), (2, "import:org.hr@2", "Kirjoita lyhyesti {{ aihe }}.")]


def test_an_import_stands_when_its_history_cannot_be_written(isolated_home: Path, capsys) -> None:
    from librarydata import install, pack, template

    from promptlib.core.library.installed import Libraries

    (isolated_home / HISTORY_FILE).mkdir(parents=True)
    with Store(isolated_home) as store:
        install(Libraries(store, []), pack("org.hr", "1", template("hr.letter")))
        assert [p.pack["id"] for p in store.installed_packs()] == ["org.hr"]
    assert "its history could not be kept" in capsys.readouterr().err


def test_each_own_template_save_is_a_version_with_its_note(isolated_home: Path) -> None:
    from promptlib.core.owntemplates.library import OwnTemplates

    own = {"id": "own.kutsu", "language": "fi", "title": "Kutsu", "roles": ["communications"],
           "body": "Kirjoita kutsu."}
    with Store(isolated_home) as store:
        OwnTemplates(store).save(own)
        OwnTemplates(store).save({**own, "body": "Kirjoita lyhyt kutsu."}, replaces=("own.kutsu", "fi"),
                                 note="lyhyemmäksi")
    kept = TemplateHistory(isolated_home).versions("own.kutsu", "fi")
    assert [(v.number, v.source, v.note, v.library) for v in kept] == [
        (1, "edit", "", "user.own"), (2, "edit", "lyhyemmäksi", "user.own")]


def test_an_own_template_save_keeps_only_the_last_n_unpublished_versions_set_in_settings(isolated_home: Path) -> None:
    from promptlib.core import settings
    from promptlib.core.owntemplates.library import OwnTemplates

    own = {"id": "own.kutsu", "language": "fi", "title": "Kutsu", "roles": ["communications"],
           "body": "Kirjoita kutsu 1."}
    with Store(isolated_home) as store:
        templates = OwnTemplates(store)
        templates.save(own)
        for n in range(2, 5):
            templates.save({**own, "body": f"Kirjoita kutsu {n}."}, replaces=("own.kutsu", "fi"))
        TemplateHistory(isolated_home).mark_published("user.own", "1.0.1", [templates.get("own.kutsu", "fi")])
        assert len(TemplateHistory(isolated_home).versions("own.kutsu", "fi")) == 4   # unset: every version kept
        store.set_setting(settings.HISTORY_KEEP, 2)
        for n in range(5, 7):
            templates.save({**own, "body": f"Kirjoita kutsu {n}."}, replaces=("own.kutsu", "fi"))
    kept = TemplateHistory(isolated_home).versions("own.kutsu", "fi")
    # Version 4 was published (kept); of the unpublished ones the last two, the newest among them.
    assert [(v.number, bool(v.published)) for v in kept] == [(4, True), (5, False), (6, False)]
    assert kept[-1].template["body"] == "Kirjoita kutsu 6."


def test_keep_zero_or_unset_keeps_every_version(isolated_home: Path) -> None:
    from promptlib.core import settings

    with Store(isolated_home) as store:
        store.set_setting(settings.HISTORY_KEEP, 0)
        for n in range(3):
            hooks.record_edit(store, {"id": "a", "language": "fi", "body": str(n)}, library="user.own")
        assert settings.history_keep(store) is None
    assert len(TemplateHistory(isolated_home).versions("a", "fi")) == 3


def test_a_publish_marks_the_versions_it_sent_out(isolated_home: Path, tmp_path: Path) -> None:
    from librarydata import install, pack, template

    from promptlib.core.catalog import Catalog
    from promptlib.core.library.installed import Libraries
    from promptlib.core.model import Pack
    from promptlib.core.publishing import plan_publish, publish

    with Store(isolated_home) as store:
        install(Libraries(store, []), pack("org.hr", "2026.12.1", template("hr.letter")))
        packs = store.installed_packs()
        catalog = Catalog([Pack.from_dict(p.pack, builtin=False) for p in packs])
        publish(plan_publish(catalog, "org.hr", tmp_path / "team.json", installed=packs), store=store)
    [version] = TemplateHistory(isolated_home).versions("hr.letter", "fi")
    assert version.published == ("org.hr@2026.12.2",)
