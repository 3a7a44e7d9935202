"""Opening the user's world: the store, and the catalog of every usable template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from . import config, settings
from .catalog import Catalog
from .errors import LibraryError
from .firstview import DeferredCatalog, saved_view
from .formmemory import FormMemory
from .gcpause import collector_paused, freeze_built, thaw_replaced
from .model import Pack, installed_origin
from .render.renderer import Renderer
from .resources import builtin_library_dir
from .store import startup_cache, view_cache
from .store.database import Store


def _open_catalog(store: Store, builtin: list[Pack], language: str) -> tuple[Catalog, view_cache.Key | None]:
    listing = store.startup_listing() if startup_cache.ENABLED else None
    if listing is not None:
        files = view_cache.key(language, _builtin_listing(), listing)
        view = view_cache.read(store.data_dir / view_cache.FILE, files)
        if view is not None:
            catalog = DeferredCatalog(builtin, [_loader(store, name) for name, _sig in listing], view)
            catalog.saved_key = files
            return catalog, files
    packs, listing = _installed(store)
    return Catalog([*builtin, *packs]), view_cache.key(language, _builtin_listing(), listing) if listing else None


def load_builtin_packs(folder: Path | None = None) -> tuple[list[Pack], list[LibraryError]]:
    """The packs shipped with promptlib, in file-name order.

    They are checked in full by the test suite, so start-up only builds them; a pack
    that cannot even be built is reported rather than taking the app down.
    """
    folder = folder or builtin_library_dir()
    packs, errors = [], []
    for path in sorted(folder.glob("*.json")):
        try:
            packs.append(Pack.from_dict(orjson.loads(path.read_bytes()), builtin=True, source=str(path)))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
            from .problems import problem  # only on this failure: start-up does not load the catalogue

            errors.append(LibraryError(str(path), [problem("", "builtin-unloadable", reason=error)]))
    return packs, errors


def installed_packs(store: Store) -> list[Pack]:
    """Packs the user or IT installed (validated when they were imported)."""
    return _installed(store)[0]


Listing = list[tuple[str, Any]]  # (file name, signature) of each pack file


def _installed_pack(cached: startup_cache.CachedLibrary) -> Pack:
    fields, provenance, templates, details = cached
    return Pack.from_summary(fields, templates, details, builtin=False, **installed_origin(provenance))


def _installed(store: Store) -> tuple[list[Pack], Listing | None]:
    """The installed packs, and the files they were read from (None when that cannot be
    told: no start-up cache, a data folder not migrated, or a file gone meanwhile)."""
    if not startup_cache.ENABLED:  # the plain path, for a benchmark run (tricks.py)
        return [Pack.from_dict(p.pack, builtin=False, **installed_origin(p.provenance))
                for p in store.installed_packs()], None
    store.release_details()
    listing = store.startup_listing()
    if listing is None:
        return [_installed_pack(cached) for cached in store.installed_packs_for_startup()], None
    # Titles, roles and tags now; bodies, guidance and variables when first wanted.
    packs = [_installed_pack(cached) for name, _signature in listing
             if (cached := store.installed_pack_for_startup(name)) is not None]
    return packs, listing if len(packs) == len(listing) else None


def _builtin_listing(folder: Path | None = None) -> Listing:
    folder = folder or builtin_library_dir()
    listing: Listing = []
    for path in sorted(folder.glob("*.json")):
        try:
            status = path.stat()
        except OSError:
            return []
        listing.append((path.name, (status.st_ino, status.st_mtime_ns, status.st_size)))
    return listing


def _loader(store: Store, name: str) -> Callable[[], Pack | None]:
    def load() -> Pack | None:
        cached = store.installed_pack_for_startup(name)
        return _installed_pack(cached) if cached is not None else None
    return load


def save_first_view_after_change(store: Store) -> None:
    """After the libraries changed outside the app (`promptlib import`, `remove`,
    `update`): save the view the next start shows, so that start reads no library
    (~250 ms at 100,000 templates, paid here instead of at every start until the app
    has saved one itself)."""
    if not startup_cache.ENABLED:
        return
    with collector_paused():
        builtin, _errors = load_builtin_packs()
        packs, listing = _installed(store)
        if listing is None:
            return
        language = settings.template_language(store)
        view_cache.write(store.data_dir / view_cache.FILE, view_cache.key(language, _builtin_listing(), listing),
                         saved_view(Catalog([*builtin, *packs]), language))
        # Out of the collector before it comes back on: a one-off command ends soon, and a
        # collection of the 100,000 templates just built would only cost it ~70 ms.
        freeze_built()


class Workspace:
    """The user's store and the catalog over every library, opened together."""

    def __init__(self, store: Store, catalog: Catalog, renderer: Renderer | None = None,
                 load_errors: list[LibraryError] | None = None, view_key: view_cache.Key | None = None) -> None:
        self.store = store
        self.catalog = catalog
        self.renderer = renderer or Renderer()
        self.load_errors = load_errors if load_errors is not None else []
        # What was typed into each template: outlives a window rebuilt in another UI language.
        self.form_memory = FormMemory()
        # The files the catalog was built from, as `view_cache` keys a view (None: unknown).
        self._files = view_key

    @classmethod
    def open(cls, data_dir: Path | None = None, language: str | None = None) -> Workspace:
        """Open the store and the catalog; with a saved view of *language* (by default
        the template language) for exactly the installed libraries, the catalog is a
        `DeferredCatalog`, completed in idle time (`firstview.py`)."""
        store = Store(data_dir or config.data_dir())
        with collector_paused():  # tens of thousands of new objects, no cycles among them
            builtin, errors = load_builtin_packs()
            catalog, files = _open_catalog(store, builtin, language or settings.template_language(store))
            freeze_built()   # before the pause ends, or the next allocation collects them all
        return cls(store, catalog, Renderer(), errors, files)

    def reload_catalog(self) -> None:
        with collector_paused():
            builtin, self.load_errors = load_builtin_packs()
            packs, listing = _installed(self.store)
            self.catalog = Catalog([*builtin, *packs])
            self._files = view_cache.key("", _builtin_listing(), listing) if listing is not None else None
        thaw_replaced()   # the old catalog's templates and details refer to each other

    def save_first_view(self, language: str) -> bool:
        """Save the catalog's view of *language* for the next start (`view_cache`), unless
        the saved one is already it; False when it cannot be told what the catalog was
        built from. At 100,000 templates ~40 ms: called after an import or in idle time."""
        if self._files is None:
            return False
        files = (language, *self._files[1:])
        path = self.store.data_dir / view_cache.FILE
        if isinstance(self.catalog, DeferredCatalog) and self.catalog.saved_key == files:
            return True
        if view_cache.read(path, files) is None:
            view_cache.write(path, files, saved_view(self.catalog, language))
        return True

    def template_language(self) -> str:
        """The language templates are shown in (`settings.template_language`)."""
        return settings.template_language(self.store)

    def close(self) -> None:
        self.store.close()
