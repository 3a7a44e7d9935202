"""The start-up cache of installed packs: used when library.json is unchanged, never
disagreeing with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core.store import startup_cache
from promptlib.core.store.atomic import AtomicJSONStorage
from promptlib.core.store.database import CACHE_FILE, LIBRARY_FILE, Store
from promptlib.core.workspace import Workspace


def titles(home: Path) -> set[str]:
    workspace = Workspace.open(home)
    try:
        return {t.title for t in workspace.catalog.all_templates() if t.origin and not t.origin.builtin}
    finally:
        workspace.close()


def test_cache_is_written_and_gives_the_same_templates(isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    first = titles(isolated_home)                     # from library.json, writes the cache
    assert (isolated_home / CACHE_FILE).exists()
    assert titles(isolated_home) == first             # from the cache
    workspace = Workspace.open(isolated_home)
    event = workspace.catalog.get("sample.event", "fi")
    assert [v.type for v in event.variables] == ["text", "choice", "date", "number", "multiline"]
    assert event.origin.source == "x"
    workspace.close()


def test_a_changed_library_makes_the_cache_stale(isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    titles(isolated_home)
    sample_pack["templates"][0]["title"] = "Uusi otsikko"
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    assert "Uusi otsikko" in titles(isolated_home)


def test_a_damaged_cache_is_ignored(isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    expected = titles(isolated_home)
    cache = isolated_home / CACHE_FILE
    raw = bytearray(cache.read_bytes())
    raw[-10] ^= 0xFF
    cache.write_bytes(bytes(raw))
    assert titles(isolated_home) == expected


# -- the cache is used ----------------------------------------------------------------------

def library_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """From now on, every time a store reads and parses library.json."""
    reads: list[Path] = []
    real_read = AtomicJSONStorage.read

    def read(storage: AtomicJSONStorage):
        if storage.path.name == LIBRARY_FILE:
            reads.append(storage.path)
        return real_read(storage)

    monkeypatch.setattr(AtomicJSONStorage, "read", read)
    return reads


def test_a_second_start_takes_the_installed_packs_from_the_cache_not_library_json(
        isolated_home: Path, sample_pack: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    reads = library_reads(monkeypatch)
    with Store(isolated_home) as store:           # first start: no cache yet
        first = store.installed_packs_for_startup()
    assert reads == [isolated_home / LIBRARY_FILE]   # parsed once, and the cache written
    reads.clear()
    with Store(isolated_home) as store:           # second start, library.json unchanged
        second = store.installed_packs_for_startup()
    assert reads == [], "library.json was parsed although the start-up cache matched it"
    assert second == first
    assert [row[0] for row in second[0][2]] == [t["id"] for t in sample_pack["templates"]]


def test_a_change_after_the_store_opened_is_read_from_library_json(isolated_home: Path, sample_pack: dict,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
        store.installed_packs_for_startup()                       # writes the cache
    with Store(isolated_home) as store, Store(isolated_home) as other:
        other.remove_pack("test.sample")                          # another window, after we opened
        assert store.installed_packs_for_startup() == []


# -- the cache file -----------------------------------------------------------------------

SIGNATURE = (1234, 1_700_000_000_000_000_000, 5678)


@pytest.fixture
def cached(sample_pack: dict) -> list[startup_cache.CachedPack]:
    return [startup_cache.to_cached(sample_pack, {"source": "x", "installed_at": "2026-03-01"})]


def test_the_cache_gives_back_what_was_written_for_the_same_library_json(tmp_path: Path, cached) -> None:
    path = tmp_path / CACHE_FILE
    startup_cache.write(path, SIGNATURE, cached)
    assert startup_cache.read(path, SIGNATURE) == cached
    fields, provenance, rows = startup_cache.read(path, SIGNATURE)[0]
    assert "templates" not in fields and fields["id"] == "test.sample"
    assert provenance == {"source": "x", "installed_at": "2026-03-01"}
    assert len(rows) == 4


@pytest.mark.parametrize("other", [(1235, SIGNATURE[1], SIGNATURE[2]), (SIGNATURE[0], SIGNATURE[1] + 1, SIGNATURE[2]),
                                   (SIGNATURE[0], SIGNATURE[1], SIGNATURE[2] - 1), None])
def test_a_cache_of_another_library_json_is_not_used(tmp_path: Path, cached, other) -> None:
    path = tmp_path / CACHE_FILE
    startup_cache.write(path, SIGNATURE, cached)
    assert startup_cache.read(path, other) is None


def test_without_a_library_json_nothing_is_cached(tmp_path: Path, cached) -> None:
    path = tmp_path / CACHE_FILE
    startup_cache.write(path, None, cached)
    assert not path.exists()


def test_a_cache_from_another_python_or_format_is_not_used(tmp_path: Path, cached, monkeypatch) -> None:
    path = tmp_path / CACHE_FILE
    with monkeypatch.context() as patch:
        patch.setattr(startup_cache, "_HEADER", (startup_cache.CACHE_FORMAT + 1, (3, 99), 0))
        startup_cache.write(path, SIGNATURE, cached)
        assert startup_cache.read(path, SIGNATURE) == cached
    assert startup_cache.read(path, SIGNATURE) is None


@pytest.mark.parametrize("damage", [
    lambda raw: b"",                                  # empty
    lambda raw: b"{\"not\": \"a cache\"}",            # some other file
    lambda raw: raw[:-20],                            # cut short
    lambda raw: raw[:30] + bytes([raw[30] ^ 0xFF]) + raw[31:],   # one byte changed
])
def test_a_damaged_or_foreign_cache_file_is_not_used(tmp_path: Path, cached, damage) -> None:
    path = tmp_path / CACHE_FILE
    startup_cache.write(path, SIGNATURE, cached)
    path.write_bytes(damage(path.read_bytes()))
    assert startup_cache.read(path, SIGNATURE) is None


def test_a_cache_that_cannot_be_written_costs_only_speed(tmp_path: Path, cached) -> None:
    blocked = tmp_path / CACHE_FILE
    blocked.mkdir()                                   # a folder where the file should go
    startup_cache.write(blocked, SIGNATURE, cached)   # no exception
    assert startup_cache.read(blocked, SIGNATURE) is None
    assert startup_cache.read(tmp_path / "missing.cache", SIGNATURE) is None
