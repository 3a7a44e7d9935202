"""Restoring a version: forward-only; an own template is saved again as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core.history.snapshots import NoSuchVersion, TemplateHistory
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.core.owntemplates.restoring import restore_version
from promptlib.core.store.database import Store

OWN = {"id": "own.kutsu", "language": "fi", "title": "Kutsu", "roles": ["communications"], "body": "Vanha."}


def test_restoring_an_own_template_saves_the_old_text_as_a_new_version(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        own = OwnTemplates(store)
        own.save(OWN)
        own.save({**OWN, "body": "Uusi."}, replaces=("own.kutsu", "fi"))
        restored = restore_version(store, "own.kutsu", "fi", 1)
        assert (restored.number, restored.source, restored.note) == (3, "restore:1", "restored from 1")
        assert own.get("own.kutsu", "fi")["body"] == "Vanha."
    assert [v.number for v in TemplateHistory(tmp_path).versions("own.kutsu", "fi")] == [1, 2, 3]


def test_a_deleted_own_template_comes_back_from_its_history(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        own = OwnTemplates(store)
        own.save(OWN)
        own.delete("own.kutsu", "fi")
        restore_version(store, "own.kutsu", "fi", 1)
        assert own.get("own.kutsu", "fi")["body"] == "Vanha."


def test_restoring_an_installed_template_only_adds_to_its_history(tmp_path: Path) -> None:
    TemplateHistory(tmp_path).record({**OWN, "id": "hr.kutsu"}, source="import:hr@1", library="hr")
    with Store(tmp_path) as store:
        assert restore_version(store, "hr.kutsu", "fi", 1).number == 2
        assert store.installed_packs() == []
        with pytest.raises(NoSuchVersion):
            restore_version(store, "hr.kutsu", "fi", 7)
