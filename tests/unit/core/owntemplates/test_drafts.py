"""Drafts on disk: written whole, read back, discarded, and kept apart per template."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core.owntemplates.drafts import Draft, Drafts, copy_key, new_key, own_key


def draft(key: str, title: str, at: str = "2026-01-01T00:00:00") -> Draft:
    return Draft(key, {"id": "own.x", "language": "fi", "title": title, "body": "{{ broken"}, None, False, at)


def test_a_draft_is_written_and_restored_as_it_was_even_when_invalid(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    drafts.write(draft(own_key("own.x", "fi"), "Puolivalmis"))
    restored = Drafts(tmp_path).read("own.own.x.fi")
    assert restored is not None and restored.template["title"] == "Puolivalmis"
    assert restored.template["body"] == "{{ broken"
    assert not list(tmp_path.glob("drafts/*.tmp-*"))


def test_discarding_one_draft_leaves_the_others(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    drafts.write(draft(own_key("own.a", "fi"), "A"))
    drafts.write(draft(copy_key("hr.job-ad", "sv"), "B"))
    drafts.discard(own_key("own.a", "fi"))
    assert drafts.draft_keys() == ["copy.hr.job-ad.sv"]
    drafts.discard("own.never.fi")  # nothing there: no error


def test_the_newest_new_draft_is_the_one_restored(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    drafts.write(draft("new-20260101t000000000000", "old", "2026-01-01T00:00:00"))
    drafts.write(draft("new-20260102t000000000000", "new", "2026-01-02T00:00:00"))
    drafts.write(draft(own_key("own.z", "fi"), "edit", "2026-01-03T00:00:00"))
    assert drafts.newest_new().template["title"] == "new"
    assert new_key().startswith("new-")


def test_a_damaged_draft_is_not_used_and_not_deleted(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "own.bad.fi.json").write_bytes(b"{\"format\": ")
    assert drafts.read("own.bad.fi") is None
    assert (tmp_path / "drafts" / "own.bad.fi.json").exists()


def test_a_key_cannot_reach_outside_the_drafts_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        Drafts(tmp_path).write(draft("../state", "x"))
    assert Drafts(tmp_path).read("../state") is None
    assert not (tmp_path / "state.json").exists()
