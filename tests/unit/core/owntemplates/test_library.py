"""Own templates in the store: saved only when valid, kept whole, and never at the cost
of the user's other data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from promptlib.core.errors import LibraryError, PromptlibError
from promptlib.core.library.exporting import OWN_LIBRARY_ID, Selection, export_pack
from promptlib.core.owntemplates.library import OwnTemplateError, OwnTemplates
from promptlib.core.store.database import Store
from promptlib.core.workspace import Workspace


def own(template_id: str = "own.kutsu", **changes: Any) -> dict[str, Any]:
    data = {"id": template_id, "language": "fi", "title": "Kutsu", "roles": ["communications"],
            "body": "Kirjoita kutsu tapahtumaan {{ event }}.",
            "variables": [{"name": "event", "label": "Tapahtuma", "type": "text", "required": True}],
            "summary": "", "tags": []}
    data.update(changes)
    return data


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path) as opened:
        yield opened


def test_a_saved_template_is_in_the_catalog_under_its_role_and_found_by_search(tmp_path: Path, store) -> None:
    OwnTemplates(store).save(own())
    workspace = Workspace.open(tmp_path)
    try:
        template = workspace.catalog.get("own.kutsu", "fi")
        assert template is not None and template.origin.pack_id == OWN_LIBRARY_ID
        assert "own.kutsu" in [e.template.id for e in workspace.catalog.search("kutsu tapahtumaan", language="fi")]
        assert workspace.catalog.role_counts("fi")["communications"] >= 1
        exported = export_pack(workspace.catalog, Selection(own=True))
        assert [t["id"] for t in exported["templates"]] == ["own.kutsu"]
        assert "summary" in exported["templates"][0]
    finally:
        workspace.close()


def test_an_invalid_template_is_not_saved_and_the_old_one_stays(store) -> None:
    templates = OwnTemplates(store)
    templates.save(own())
    with pytest.raises(LibraryError) as raised:
        templates.save(own(body="Kirjoita {{ event }} {{ undeclared }}"), replaces=("own.kutsu", "fi"))
    assert [p.code for p in raised.value.problems] == ["undeclared-variable"]
    assert templates.get("own.kutsu", "fi")["body"] == own()["body"]


def test_saving_in_place_keeps_order_and_a_clash_is_refused(store) -> None:
    templates = OwnTemplates(store)
    templates.save(own("own.a"))
    templates.save(own("own.b", title="B"))
    templates.save(own("own.a", title="A2"), replaces=("own.a", "fi"))
    assert [(t["id"], t["title"]) for t in templates.templates()] == [("own.a", "A2"), ("own.b", "B")]
    with pytest.raises(OwnTemplateError) as clash:
        templates.save(own("own.b"), replaces=("own.a", "fi"))
    assert (clash.value.code, clash.value.params) == ("template-exists", {"id": "own.b", "language": "fi"})
    with pytest.raises(OwnTemplateError):
        templates.save(own("own.a"))  # a new template may not overwrite one


def test_delete_keeps_other_favourites_history_and_settings(store) -> None:
    templates = OwnTemplates(store)
    templates.save(own("own.a"))
    templates.save(own("own.b"))
    for template_id in ("own.a", "own.b", "hr.job-ad"):
        store.set_favourite(template_id, True)
    store.record_use("own.b", "fi")
    store.set_setting("ui_language", "sv")
    removed = templates.delete("own.a", "fi")
    assert removed["id"] == "own.a"
    assert store.favourites() == {"own.b", "hr.job-ad"}
    assert [use.template_id for use in store.recent()] == ["own.b"]
    assert store.setting("ui_language") == "sv"
    templates.delete("own.b", "fi")
    assert templates.pack() is None  # the library goes with its last template
    with pytest.raises(OwnTemplateError) as gone:
        templates.delete("own.b", "fi")
    assert gone.value.code == "no-such-template"


def test_saving_leaves_other_installed_libraries_alone(store, sample_pack: dict) -> None:
    store.install_packs([(sample_pack, {"source": "x"})])
    OwnTemplates(store).save(own())
    assert [p.pack["id"] for p in store.installed_packs()] == ["test.sample", OWN_LIBRARY_ID]
    assert store.installed_packs()[0].pack == sample_pack


def test_a_role_declared_by_another_library_is_declared_in_the_own_library(store) -> None:
    templates = OwnTemplates(store)
    templates.save(own(roles=["archive"]), role_names={"archive": {"fi": "Arkisto"}})
    assert templates.pack()["roles"] == [{"id": "archive", "names": {"fi": "Arkisto"}}]
    templates.save(own(), replaces=("own.kutsu", "fi"))
    assert "roles" not in templates.pack()


def test_a_copy_keeps_its_provenance_through_the_store_and_the_start_up_cache(tmp_path: Path, store) -> None:
    source = {"library": "fi.promptlib.hr", "template": "hr.job-ad", "language": "fi", "version": "2026.11.0"}
    OwnTemplates(store).save(own(copied_from=source))
    for _ in range(2):  # the second open reads the start-up cache
        workspace = Workspace.open(tmp_path)
        try:
            assert dict(workspace.catalog.get("own.kutsu", "fi").copied_from) == source
        finally:
            workspace.close()


def test_a_save_that_fails_on_disk_leaves_the_old_version_whole(store, monkeypatch) -> None:
    templates = OwnTemplates(store)
    templates.save(own())
    import os

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(PromptlibError):
        templates.save(own(title="Uusi otsikko"), replaces=("own.kutsu", "fi"))
    monkeypatch.undo()
    assert templates.get("own.kutsu", "fi")["title"] == "Kutsu"
