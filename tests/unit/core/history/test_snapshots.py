"""Template history: numbered immutable versions, forward-only restore, pruning that keeps
what was published, and a damaged file set aside instead of blocking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from promptlib.core.history.snapshots import HISTORY_FILE, NoSuchVersion, TemplateHistory


def template(body: str = "Kirjoita kutsu.", template_id: str = "hr.kutsu", language: str = "fi") -> dict[str, Any]:
    return {"id": template_id, "language": language, "title": "Kutsu", "roles": ["hr"], "body": body}


@pytest.fixture
def history(tmp_path: Path) -> TemplateHistory:
    return TemplateHistory(tmp_path, author="Maija", clock=lambda: "2026-12-01T09:00:00+00:00")


def test_versions_are_numbered_per_template_and_language_and_keep_the_whole_template(history, tmp_path) -> None:
    history.record(template("one"), source="edit", library="user.own", note="first")
    history.record(template("two"), source="edit", library="user.own")
    history.record(template("sv", language="sv"), source="edit", library="user.own")
    listed = history.versions("hr.kutsu", "fi")
    assert [(v.number, v.template["body"]) for v in listed] == [(1, "one"), (2, "two")]
    assert listed[0].to_json() == {"version": 1, "time": "2026-12-01T09:00:00+00:00", "author": "Maija",
                                   "note": "first", "source": "edit"}
    assert [v.number for v in history.versions("hr.kutsu", "sv")] == [1]
    # Another process (a new object) sees the same file.
    assert TemplateHistory(tmp_path).version("hr.kutsu", "fi", 2).template == template("two")


def test_has_versions_follows_the_file_also_when_another_process_writes(history, tmp_path) -> None:
    assert not history.has_versions("hr.kutsu", "fi")
    history.record(template("one"), source="edit", library="user.own")
    assert history.has_versions("hr.kutsu", "fi") and not history.has_versions("hr.kutsu", "sv")
    TemplateHistory(tmp_path).record(template("sv", language="sv"), source="edit", library="user.own")
    assert history.has_versions("hr.kutsu", "sv")


def test_a_version_handed_out_cannot_change_the_kept_one(history) -> None:
    history.record(template("kept"), source="edit", library="user.own")
    history.version("hr.kutsu", "fi", 1).template["body"] = "changed"
    assert history.version("hr.kutsu", "fi", 1).template["body"] == "kept"


def test_restore_is_forward_only(history) -> None:
    history.record(template("old"), source="edit", library="user.own")
    history.record(template("new"), source="edit", library="user.own")
    restored = history.restore("hr.kutsu", "fi", 1)
    assert (restored.number, restored.source, restored.note, restored.template["body"]) == (
        3, "restore:1", "restored from 1", "old")
    assert [v.number for v in history.versions("hr.kutsu", "fi")] == [1, 2, 3]
    with pytest.raises(NoSuchVersion, match="no version 9"):
        history.restore("hr.kutsu", "fi", 9)


def test_an_unchanged_template_in_an_import_gets_no_new_version(history) -> None:
    history.record_many([template("a"), template("x", "hr.muu")], source="import:hr@1", library="hr")
    made = history.record_many([template("a"), template("y", "hr.muu")], source="import:hr@2", library="hr",
                               skip_unchanged=True)
    assert [(v.template_id, v.number) for v in made] == [("hr.muu", 2)]


def test_prune_keeps_the_last_unpublished_and_every_published_version(history) -> None:
    for n in range(1, 6):
        history.record(template(f"v{n}"), source="edit", library="user.own")
    history.mark_published("user.own", "2026.12.1", [template("v2")])
    history.record(template("other", "hr.muu"), source="import:hr@1", library="hr")
    removed = history.prune("user.own", keep=2)
    assert removed == 2
    assert [v.number for v in history.versions("hr.kutsu", "fi")] == [2, 4, 5]
    assert history.version("hr.kutsu", "fi", 2).published == ("user.own@2026.12.1",)
    # The next version still gets a number never used before.
    assert history.record(template("v6"), source="edit", library="user.own").number == 6


def test_a_record_with_keep_prunes_only_that_template_in_the_same_write(history) -> None:
    for n in range(1, 4):
        history.record(template(f"v{n}"), source="edit", library="user.own")
        history.record(template(f"w{n}", "hr.muu"), source="edit", library="user.own")
    history.mark_published("user.own", "1", [template("v1")])
    made = history.record(template("v4"), source="edit", library="user.own", keep=1)
    assert made.number == 4
    # v1 published stays, v2 and v3 go, v4 (the newest) stays; the other template is untouched.
    assert [v.number for v in history.versions("hr.kutsu", "fi")] == [1, 4]
    assert [v.number for v in history.versions("hr.muu", "fi")] == [1, 2, 3]


def test_keep_below_one_is_refused_before_anything_is_removed(history) -> None:
    history.record(template("v1"), source="edit", library="user.own")
    for call in (lambda: history.prune("user.own", keep=0),
                 lambda: history.record(template("v2"), source="edit", library="user.own", keep=0)):
        with pytest.raises(ValueError, match="at least one"):
            call()
    assert [v.number for v in history.versions("hr.kutsu", "fi")] == [1]


def test_publishing_a_template_never_recorded_keeps_it_as_a_published_version(history) -> None:
    history.record(template("draft"), source="edit", library="user.own")
    marked = history.mark_published("user.own", "3", [template("final")])
    assert [(v.number, v.source, v.published) for v in marked] == [(2, "publish:user.own@3", ("user.own@3",))]


def test_a_damaged_history_is_set_aside_and_the_user_told(tmp_path: Path) -> None:
    (tmp_path / HISTORY_FILE).write_bytes(b'{"versions": {"1": {"template": "not a dict"')
    history = TemplateHistory(tmp_path, author="x")
    assert history.versions("hr.kutsu", "fi") == []
    assert len(history.recoveries) == 1
    assert history.recoveries[0].moved_to.name.startswith(f"{HISTORY_FILE}.corrupt-")
    assert history.recoveries[0].moved_to.exists()
    history.record(template(), source="edit", library="user.own")   # and it goes on working
    assert [v.number for v in TemplateHistory(tmp_path).versions("hr.kutsu", "fi")] == [1]


def test_a_failed_write_leaves_the_history_as_it_was(history, tmp_path, monkeypatch) -> None:
    history.record(template("kept"), source="edit", library="user.own")
    before = (tmp_path / HISTORY_FILE).read_bytes()
    import promptlib.core.store.atomic as atomic

    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "atomic_write_bytes", full_disk)
    with pytest.raises(Exception, match="No space left"):
        history.record(template("lost"), source="edit", library="user.own")
    assert (tmp_path / HISTORY_FILE).read_bytes() == before
