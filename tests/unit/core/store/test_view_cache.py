"""The saved first-window view (core/store/view_cache.py): used only for exactly the
files and language it was made from."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core.store import startup_cache, view_cache

VIEW = view_cache.CachedView(language="fi", ids=["b", "a"], titles=["Avustus", "Berta"], fallbacks={1: "sv"},
                             sources=[1 << view_cache.ROW_BITS, 0], pack_sizes=[1, 1],
                             role_counts={"hr": 2}, role_names=[("team.x", {"fi": "X"})], own_ids=[])
BUILTIN = [("a.json", (1, 2, 3))]
INSTALLED = [("org.a.0123abcd.json", (4, 5, 6))]


def test_a_view_reads_back_under_its_own_key_only(tmp_path: Path) -> None:
    path = tmp_path / view_cache.FILE
    key = view_cache.key("fi", BUILTIN, INSTALLED)
    view_cache.write(path, key, VIEW)
    assert view_cache.read(path, key) == VIEW
    assert view_cache.read(path, view_cache.key("sv", BUILTIN, INSTALLED)) is None
    assert view_cache.read(path, view_cache.key("fi", BUILTIN, [("org.a.0123abcd.json", (4, 5, 7))])) is None
    assert view_cache.read(path, view_cache.key("fi", BUILTIN, [])) is None


def test_a_library_file_that_cannot_be_told_apart_gets_no_view(tmp_path: Path) -> None:
    path = tmp_path / view_cache.FILE
    view_cache.write(path, view_cache.key("fi", BUILTIN, [("gone.json", None)]), VIEW)
    assert not path.exists()


def test_with_the_cache_trick_off_nothing_is_written_or_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / view_cache.FILE
    key = view_cache.key("fi", BUILTIN, INSTALLED)
    view_cache.write(path, key, VIEW)
    monkeypatch.setattr(startup_cache, "ENABLED", False)
    assert view_cache.read(path, key) is None
    path.unlink()
    view_cache.write(path, key, VIEW)
    assert not path.exists()
