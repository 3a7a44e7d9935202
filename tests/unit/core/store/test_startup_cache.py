"""The start-up cache of installed packs never disagrees with library.json."""

from __future__ import annotations

from pathlib import Path

from promptlib.core.store.database import CACHE_FILE, Store
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
