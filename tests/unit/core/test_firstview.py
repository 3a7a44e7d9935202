"""The first window from a saved view (core/firstview.py): it must list exactly what the
whole catalog lists, read no library until a template is wanted, and become the whole
catalog in idle time without sorting again."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from promptlib.core.catalog import Catalog
from promptlib.core.firstview import DeferredCatalog
from promptlib.core.model import OWN_LIBRARY_ID
from promptlib.core.store import view_cache
from promptlib.core.store.database import Store
from promptlib.core.workspace import Workspace, installed_packs, load_builtin_packs, save_first_view_after_change

WORDS = ["Päätös", "muistio", "Tiedote", "ääni", "Avustus", "ohje", "Zeta", "perehdytys", "Ärsyke"]


def _template(rng: random.Random, template_id: str, language: str) -> dict:
    return {"id": template_id, "language": language,
            "title": f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} {rng.randrange(100)}",
            "roles": [rng.choice(["hr", "communications", "finance", "team.special"])],
            "tags": [rng.choice(WORDS).lower()], "summary": "Tiivistelmä.",
            "body": f"Kirjoita {template_id} ({language}).", "variables": [], "guidance": "Tarkista."}


def _pack(pack_id: str, templates: list[dict]) -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": pack_id, "name": pack_id,
            "version": "1.0.0", "publisher": "tests", "templates": templates,
            "roles": [{"id": "team.special", "names": {"fi": "Erityistiimi", "sv": "Specialteam", "en": "Special"}}]}


def _install_random_libraries(home: Path, seed: int) -> None:
    """Three libraries whose ids overlap (a later one wins), in fi/sv/en (fallbacks),
    and an own template."""
    rng = random.Random(seed)
    with Store(home) as store:
        for number in range(3):
            templates = []
            for index in rng.sample(range(40), 25):
                for language in rng.sample(["fi", "sv", "en"], rng.randint(1, 3)):
                    templates.append(_template(rng, f"shared.t{index}", language))
            store.install_packs([(_pack(f"org.lib{number}", templates), {"source": f"lib{number}.json"})])
        own = _template(rng, "own.note", "fi")
        store.install_packs([(_pack(OWN_LIBRARY_ID, [own]), {"source": "own"})])
        save_first_view_after_change(store)


def _full_catalog(home: Path) -> Catalog:
    with Store(home) as store:
        return Catalog([*load_builtin_packs()[0], *installed_packs(store)])


def _rows(catalog: Catalog, language: str) -> list[tuple]:
    entries = catalog.entries(language)
    return [(entries.template_id(i), entries.title(i), entries.fallback_language(i)) for i in range(len(entries))]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_saved_view_lists_what_the_whole_catalog_lists(isolated_home: Path, seed: int, language: str) -> None:
    _install_random_libraries(isolated_home, seed)
    with Store(isolated_home) as store:
        store.set_setting("template_language", language)
        save_first_view_after_change(store)
    full = _full_catalog(isolated_home)
    workspace = Workspace.open(isolated_home)
    try:
        catalog = workspace.catalog
        assert isinstance(catalog, DeferredCatalog) and catalog.deferring
        assert _rows(catalog, language) == _rows(full, language)
        assert catalog.count(language) == full.count(language)
        assert catalog.role_counts(language) == full.role_counts(language)
        assert catalog.own_ids(language) == full.own_ids(language) == ["own.note"]
        assert catalog.role_name("team.special", "sv") == "Specialteam"
        some = full.entries(language)[7].template
        assert catalog.get(some.id, language).to_dict() == some.to_dict()
        assert catalog.deferring   # one template did not need the whole catalog
        catalog.complete()
        assert not catalog.deferring
        assert [t.to_dict() for t in catalog.entries(language).templates] == \
               [t.to_dict() for t in full.entries(language).templates]
        assert catalog.search_positions("päätös", language=language) == \
               full.search_positions("päätös", language=language)
    finally:
        workspace.close()


def test_opening_reads_no_library_until_a_template_is_wanted(isolated_home: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    _install_random_libraries(isolated_home, 5)
    reads: list[str] = []
    original = Store.installed_pack_for_startup

    def counted(self: Store, name: str):
        reads.append(name)
        return original(self, name)

    monkeypatch.setattr(Store, "installed_pack_for_startup", counted)
    workspace = Workspace.open(isolated_home, language="fi")
    try:
        catalog = workspace.catalog
        entries = catalog.entries("fi")
        shown = [entries.title(i) for i in range(len(entries))]
        assert shown and catalog.role_counts("fi") and reads == []
        row = next(i for i in range(len(entries)) if entries.template_id(i).startswith("shared."))
        assert "Kirjoita" in entries[row].template.body
        assert len(reads) == 1   # the library of that one row
        for _ in catalog.prepare_search("fi"):
            pass
        assert len(reads) == 4 and not catalog.deferring
    finally:
        workspace.close()


def test_completing_takes_the_saved_order_instead_of_sorting(isolated_home: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _install_random_libraries(isolated_home, 6)
    workspace = Workspace.open(isolated_home, language="fi")
    try:
        expected = _rows(_full_catalog(isolated_home), "fi")
        monkeypatch.setattr(Catalog, "_view", lambda self, language: pytest.fail("the view was sorted again"))
        # Only DeferredCatalog._view calls Catalog._view, and only for a view not saved.
        workspace.catalog.complete()
        monkeypatch.undo()
        assert _rows(workspace.catalog, "fi") == expected
    finally:
        workspace.close()


def test_another_language_or_a_search_completes_the_catalog_first(isolated_home: Path) -> None:
    _install_random_libraries(isolated_home, 7)
    full = _full_catalog(isolated_home)
    for ask in (lambda c: c.entries("sv"), lambda c: c.search_positions("ohje", language="fi"),
                lambda c: c.search_positions("", language="fi", role="hr"), lambda c: len(c),
                lambda c: c.translations("shared.t1"), lambda c: c.packs):
        workspace = Workspace.open(isolated_home, language="fi")
        try:
            ask(workspace.catalog)
            assert not workspace.catalog.deferring
            assert _rows(workspace.catalog, "sv") == _rows(full, "sv")
        finally:
            workspace.close()


def test_a_changed_library_makes_the_saved_view_unused(isolated_home: Path, sample_pack: dict) -> None:
    _install_random_libraries(isolated_home, 8)
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])   # not followed by a saved view
    workspace = Workspace.open(isolated_home, language="fi")
    try:
        assert not isinstance(workspace.catalog, DeferredCatalog)
        assert workspace.catalog.get("sample.event", "fi").title == "Tapahtumakutsu"
        assert workspace.save_first_view("fi")
    finally:
        workspace.close()
    reopened = Workspace.open(isolated_home, language="fi")
    try:
        assert isinstance(reopened.catalog, DeferredCatalog)
        assert reopened.catalog.get("sample.event", "fi").title == "Tapahtumakutsu"
    finally:
        reopened.close()


def test_a_library_gone_before_completion_relists_the_whole_catalog(isolated_home: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _install_random_libraries(isolated_home, 9)
    workspace = Workspace.open(isolated_home, language="fi")
    try:
        catalog = workspace.catalog
        assert isinstance(catalog, DeferredCatalog)
        told: list[bool] = []
        catalog.on_view_changed = lambda: told.append(True)
        monkeypatch.setattr(Store, "installed_pack_for_startup",
                            lambda self, name: None if "lib1" in name else original(self, name))
        catalog.complete()
        assert told == [True]
        ids = {entry.template.id for entry in catalog.entries("fi")}
        assert "own.note" in ids and len(ids) == catalog.count("fi")
    finally:
        workspace.close()


original = Store.installed_pack_for_startup


def test_a_damaged_or_foreign_view_file_is_not_used(isolated_home: Path) -> None:
    _install_random_libraries(isolated_home, 10)
    path = isolated_home / view_cache.FILE
    good = path.read_bytes()
    for damaged in (good[:-7], good[:20] + bytes([good[20] ^ 1]) + good[21:], b"not a view", b""):
        path.write_bytes(damaged)
        workspace = Workspace.open(isolated_home, language="fi")
        try:
            assert not isinstance(workspace.catalog, DeferredCatalog)
            assert workspace.catalog.get("own.note", "fi") is not None
        finally:
            workspace.close()
