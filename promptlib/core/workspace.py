"""Opening the user's world: the store, and the catalog of every usable template."""

from __future__ import annotations

from pathlib import Path

import orjson

from . import config, settings
from .catalog import Catalog
from .errors import LibraryError
from .formmemory import FormMemory
from .gcpause import collector_paused, freeze_built, thaw_replaced
from .model import Pack, installed_origin
from .render.renderer import Renderer
from .resources import builtin_library_dir
from .store import startup_cache
from .store.database import Store


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
    if not startup_cache.ENABLED:  # the plain path, for a benchmark run (tricks.py)
        return [Pack.from_dict(p.pack, builtin=False, **installed_origin(p.provenance))
                for p in store.installed_packs()]
    # Titles, roles and tags now; bodies, guidance and variables when first wanted.
    return [Pack.from_summary(fields, templates, details, builtin=False, **installed_origin(provenance))
            for fields, provenance, templates, details in store.installed_packs_for_startup()]


class Workspace:
    """The user's store and the catalog over every library, opened together."""

    def __init__(self, store: Store, catalog: Catalog, renderer: Renderer | None = None,
                 load_errors: list[LibraryError] | None = None) -> None:
        self.store = store
        self.catalog = catalog
        self.renderer = renderer or Renderer()
        self.load_errors = load_errors if load_errors is not None else []
        # What was typed into each template: outlives a window rebuilt in another UI language.
        self.form_memory = FormMemory()

    @classmethod
    def open(cls, data_dir: Path | None = None) -> Workspace:
        store = Store(data_dir or config.data_dir())
        with collector_paused():  # tens of thousands of new objects, no cycles among them
            builtin, errors = load_builtin_packs()
            catalog = Catalog([*builtin, *installed_packs(store)])
            freeze_built()   # before the pause ends, or the next allocation collects them all
        return cls(store, catalog, Renderer(), errors)

    def reload_catalog(self) -> None:
        with collector_paused():
            builtin, self.load_errors = load_builtin_packs()
            self.catalog = Catalog([*builtin, *installed_packs(self.store)])
        thaw_replaced()   # the old catalog's templates and details refer to each other

    def template_language(self) -> str:
        """The language templates are shown in (`settings.template_language`)."""
        return settings.template_language(self.store)

    def close(self) -> None:
        self.store.close()
