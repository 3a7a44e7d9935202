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
