"""The start-up cache of each installed library: written at install, used while its
library file is unchanged, never disagreeing with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core.store import startup_cache
from promptlib.core.store.atomic import AtomicJSONStorage
from promptlib.core.store.database import Store
from promptlib.core.store.library_files import FOLDER
from promptlib.core.workspace import Workspace


def titles(home: Path) -> set[str]:
    workspace = Workspace.open(home)
    try:
        return {t.title for t in workspace.catalog.all_templates() if t.origin and not t.origin.builtin}
    finally:
        workspace.close()


def cache_of(home: Path) -> Path:
    [cache] = (home / FOLDER).glob("*.json.cache")
    return cache


def test_the_install_writes_the_cache_and_it_gives_the_same_templates(isolated_home: Path,
                                                                      sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    assert cache_of(isolated_home).exists()
    first = titles(isolated_home)
    assert first == {t["title"] for t in sample_pack["templates"]}
    workspace = Workspace.open(isolated_home)
    event = workspace.catalog.get("sample.event", "fi")
    assert [v.type for v in event.variables] == ["text", "choice", "date", "number", "multiline"]
    assert event.body == sample_pack["templates"][0]["body"]
    assert event.origin.source == "x"
    workspace.close()


def test_a_new_edition_is_what_starts(isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    titles(isolated_home)
    sample_pack["templates"][0]["title"] = "Uusi otsikko"
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    assert "Uusi otsikko" in titles(isolated_home)


@pytest.mark.parametrize("where", [40, -10])  # in the summary; in the details
def test_a_damaged_cache_is_ignored(isolated_home: Path, sample_pack: dict, where: int) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    cache = cache_of(isolated_home)
    raw = bytearray(cache.read_bytes())
    raw[where] ^= 0xFF
    cache.write_bytes(bytes(raw))
    workspace = Workspace.open(isolated_home)
    try:
        event = workspace.catalog.get("sample.event", "fi")
        assert (event.title, event.body) == (sample_pack["templates"][0]["title"],
                                             sample_pack["templates"][0]["body"])
    finally:
        workspace.close()


# -- the cache is used ----------------------------------------------------------------------

def library_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """From now on, every time a store reads and parses a library file."""
    reads: list[Path] = []
    real_read = AtomicJSONStorage.read

    def read(storage: AtomicJSONStorage):
        if storage.path.parent.name == FOLDER:
            reads.append(storage.path)
        return real_read(storage)

    monkeypatch.setattr(AtomicJSONStorage, "read", read)
    return reads


def test_starts_and_listings_take_the_packs_from_the_cache_not_the_library_file(
        isolated_home: Path, sample_pack: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    reads = library_reads(monkeypatch)
    with Store(isolated_home) as store:           # the first start after the install
        [first] = store.installed_packs_for_startup()
        [listed] = store.installed_packs()
        assert (listed.pack_id, listed.template_count, listed.provenance) == ("test.sample", 4, {"source": "x"})
    assert reads == [], "a library file was parsed although its start-up cache matched it"
    assert [row[0] for row in first.templates] == [t["id"] for t in sample_pack["templates"]]
    assert listed.pack == sample_pack                                    # the templates: from the file
    assert [p.parent.name for p in reads] == [FOLDER]


def test_a_change_after_the_store_opened_is_what_is_read(isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    with Store(isolated_home) as store, Store(isolated_home) as other:
        other.remove_pack("test.sample")                          # another window, after we opened
        assert store.installed_packs_for_startup() == []


def test_details_stay_readable_after_another_instance_replaced_the_library(isolated_home: Path,
                                                                          sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
    workspace = Workspace.open(isolated_home)
    try:
        with Store(isolated_home) as other:  # a second window installs a new edition: the old files go
            other.install_packs([({**sample_pack, "version": "2.0"}, {"source": "y"})])
        event = workspace.catalog.get("sample.event", "fi")
        assert event.body == sample_pack["templates"][0]["body"]  # what this window showed, still whole
    finally:
        workspace.close()


# -- the cache file -----------------------------------------------------------------------

SIGNATURE = (1234, 1_700_000_000_000_000_000, 5678)


def never() -> list:
    raise AssertionError("the library file was read although the cache had the details")


def test_the_cache_gives_back_what_was_written(tmp_path: Path, sample_pack: dict) -> None:
    path = tmp_path / "x.json.cache"
    startup_cache.write(path, SIGNATURE, sample_pack, {"source": "x", "installed_at": "2026-03-01"})
    cached, reader = startup_cache.read(path, SIGNATURE, never)
    assert cached.fields == startup_cache.pack_fields(sample_pack)
    assert cached.provenance == {"source": "x", "installed_at": "2026-03-01"}
    assert cached.templates == startup_cache.summary_rows(sample_pack)
    assert cached.details() == startup_cache.detail_rows(sample_pack)
    reader.close()


def test_a_cache_of_another_library_file_is_not_used(tmp_path: Path, sample_pack: dict) -> None:
    path = tmp_path / "x.json.cache"
    startup_cache.write(path, SIGNATURE, sample_pack, {})
    assert startup_cache.read(path, (SIGNATURE[0], SIGNATURE[1] + 1, SIGNATURE[2]), never) is None
    startup_cache.write(path, None, sample_pack, {})
    assert startup_cache.read(path, None, never) is None


def test_a_cache_from_another_python_or_format_is_not_used(tmp_path: Path, sample_pack: dict,
                                                           monkeypatch) -> None:
    path = tmp_path / "x.json.cache"
    with monkeypatch.context() as patch:
        patch.setattr(startup_cache, "_HEADER", (startup_cache.CACHE_FORMAT + 1, (3, 99), 0))
        startup_cache.write(path, SIGNATURE, sample_pack, {})
        assert startup_cache.read(path, SIGNATURE, never) is not None
    assert startup_cache.read(path, SIGNATURE, never) is None


@pytest.mark.parametrize("damage", [
    lambda raw: b"",                                  # empty
    lambda raw: b"{\"not\": \"a cache\"}",            # some other file
    lambda raw: raw[:40],                             # cut short in the summary
    lambda raw: raw[:30] + bytes([raw[30] ^ 0xFF]) + raw[31:],   # one byte changed
])
def test_a_damaged_or_foreign_cache_file_is_not_used(tmp_path: Path, sample_pack: dict, damage) -> None:
    path = tmp_path / "x.json.cache"
    startup_cache.write(path, SIGNATURE, sample_pack, {})
    path.write_bytes(damage(path.read_bytes()))
    assert startup_cache.read(path, SIGNATURE, never) is None


def test_damaged_details_are_read_from_the_library_file(tmp_path: Path, sample_pack: dict) -> None:
    path = tmp_path / "x.json.cache"
    startup_cache.write(path, SIGNATURE, sample_pack, {})
    path.write_bytes(path.read_bytes()[:-5])
    cached, _reader = startup_cache.read(path, SIGNATURE, lambda: ["from the file"])
    assert cached.details() == ["from the file"]


def test_a_cache_that_cannot_be_written_costs_only_speed(tmp_path: Path, sample_pack: dict) -> None:
    blocked = tmp_path / "x.json.cache"
    blocked.mkdir()                                   # a folder where the file should go
    startup_cache.write(blocked, SIGNATURE, sample_pack, {})   # no exception
    assert startup_cache.read(blocked, SIGNATURE, never) is None
    assert startup_cache.read(tmp_path / "missing.cache", SIGNATURE, never) is None


def test_a_catalog_built_again_keeps_no_more_files_open_and_the_old_details_readable(
        isolated_home: Path, sample_pack: dict) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
        [first] = store.installed_packs_for_startup()
        [second] = store.installed_packs_for_startup()       # a reload after an import
        assert len(store._libraries._details) == 1           # the first one's cache file was closed
        assert first.details() == second.details() == startup_cache.detail_rows(sample_pack)


def test_copied_from_lint_waivers_and_the_signature_come_through_the_cache(isolated_home: Path,
                                                                          sample_pack: dict) -> None:
    import copy

    pack = copy.deepcopy(sample_pack)
    pack["templates"][0]["copied_from"] = {"library": "org.a", "template": "org.a.one", "language": "fi",
                                           "version": "1.0"}
    pack["templates"][0]["lint"] = {"waive": ["no-role"], "why": "Rooli tulee valinnasta."}
    with Store(isolated_home) as store:
        store.install_packs([(pack, {"source": "x", "signature": {"state": "verified", "publisher": "HR"}})])
    workspace = Workspace.open(isolated_home)
    try:
        template = workspace.catalog.get(pack["templates"][0]["id"], "fi")
        assert "_details" in template.__dict__  # built from the cache's summary, details not read yet
        assert template.copied_from == tuple(pack["templates"][0]["copied_from"].items())
        assert (template.lint_waive, template.lint_why) == (("no-role",), "Rooli tulee valinnasta.")
        assert (template.origin.signature, template.origin.verified_by) == ("verified", "HR")
        assert template.to_dict()["copied_from"] == pack["templates"][0]["copied_from"]
    finally:
        workspace.close()
