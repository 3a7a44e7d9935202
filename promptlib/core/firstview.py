"""A catalog that shows its first window from a saved view and builds itself later.

With 100,000 templates installed, building the catalog (reading every library's
summaries, a `Template` per template, the sorted view) took ~250 ms of a ~550 ms
start-up. `DeferredCatalog` starts from the built-in packs and a `view_cache.CachedView`
of the language the window shows: the list's titles, ids, counts and role counts come
from it, a template is made only when one is opened (its library alone is read), and
`completing()` reads the libraries one step at a time in idle time and then becomes
the whole catalog, its view taken from the saved order rather than sorted again.

Anything the saved view cannot answer (another language, a role filter, a search,
every template) completes the catalog first, so every answer is the full catalog's.
If the libraries read at completion are not the ones the view was made from (a
library file vanished meanwhile), the view is sorted afresh and `on_view_changed` is
called, so the window can list it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import count
from operator import attrgetter
from typing import Any

from .catalog import Catalog, Entries, Entry, fold
from .gcpause import collector_paused
from .model import Pack, Template
from .roles import Role
from .store.view_cache import ROW_BITS, CachedView

_ROW_MASK = (1 << ROW_BITS) - 1

PackLoader = Callable[[], Pack | None]


class FirstEntries(Entries):
    """The rows of the saved view; an `Entry` (with its template) only for a row asked for."""

    __slots__ = ("_view",)

    def __init__(self, catalog: DeferredCatalog, view: CachedView) -> None:
        super().__init__(catalog, view.language, [])
        self._view = view

    def _completed(self) -> Entries | None:
        catalog = self._catalog
        assert isinstance(catalog, DeferredCatalog)
        return None if catalog.deferring else catalog.entries(self._language)

    def __len__(self) -> int:
        whole = self._completed()
        return len(whole) if whole is not None else len(self._view.ids)

    def __getitem__(self, index: int | slice) -> Any:
        whole = self._completed()
        if whole is not None:
            return whole[index]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        catalog = self._catalog
        assert isinstance(catalog, DeferredCatalog)
        size = len(self._view.ids)
        if not -size <= index < size:
            raise IndexError(index)   # and so iteration ends, as over a list
        template = catalog.template_at(index % size)
        if template is None:   # its library is gone: the whole catalog answers (and is relisted)
            return catalog.entries(self._language)[index]
        return Entry(template, index in self._view.fallbacks)

    def title(self, index: int) -> str:
        whole = self._completed()
        return whole.title(index) if whole is not None else self._view.titles[index]

    def template_id(self, index: int) -> str:
        whole = self._completed()
        return whole.template_id(index) if whole is not None else self._view.ids[index]

    def fallback_language(self, index: int) -> str | None:
        whole = self._completed()
        return whole.fallback_language(index) if whole is not None else self._view.fallbacks.get(index)

    @property
    def templates(self) -> list[Template]:
        catalog = self._catalog
        catalog.complete()   # type: ignore[attr-defined]
        return catalog.entries(self._language).templates

    @templates.setter
    def templates(self, value: list[Template]) -> None:
        pass   # Entries.__init__ sets it; the saved view has none


class DeferredCatalog(Catalog):
    """The built-in packs now, the installed ones (*loaders*, in install order) when
    needed or in idle time; the first window's view from *view*."""

    def __init__(self, builtin: Iterable[Pack], loaders: Sequence[PackLoader], view: CachedView) -> None:
        self.deferring = False   # while the built-in packs are added
        self.on_view_changed: Callable[[], None] | None = None
        super().__init__(builtin)
        self._builtin_count = len(self._all_packs)
        self._loaders = list(loaders)
        self._loaded: dict[int, Pack | None] = {}
        self._first = view
        self._position_of: dict[str, int] | None = None
        self.saved_key: Any = None   # the view_cache key *view* was read under
        for role_id, names in view.role_names:
            self.roles[role_id] = Role(role_id, names)
        self.deferring = True

    # -- what the first window asks, from the saved view ---------------------------

    @property
    def packs(self) -> list[Pack]:
        self.complete()
        return self._all_packs

    @packs.setter
    def packs(self, value: list[Pack]) -> None:
        self._all_packs = value

    def _saved(self, language: str) -> CachedView | None:
        return self._first if self.deferring and language == self._first.language else None

    def entries(self, language: str) -> Entries:
        view = self._saved(language)
        return FirstEntries(self, view) if view is not None else super().entries(language)

    def count(self, language: str) -> int:
        view = self._saved(language)
        return len(view.ids) if view is not None else super().count(language)

    def role_counts(self, language: str) -> dict[str, int]:
        view = self._saved(language)
        return dict(view.role_counts) if view is not None else super().role_counts(language)

    def own_ids(self, language: str) -> list[str]:
        view = self._saved(language)
        return list(view.own_ids) if view is not None else super().own_ids(language)

    def position(self, template_id: str, language: str) -> int | None:
        view = self._saved(language)
        if view is None:
            return super().position(template_id, language)
        if self._position_of is None:
            self._position_of = dict(zip(view.ids, range(len(view.ids)), strict=True))
        return self._position_of.get(template_id)

    def search_positions(self, query: str = "", *, language: str, role: str | None = None,
                         tag: str | None = None, ids: Sequence[str] | None = None) -> list[int]:
        view = self._saved(language)
        if view is None or role or tag or fold(query).split():
            return super().search_positions(query, language=language, role=role, tag=tag, ids=ids)
        if ids is None:
            return list(range(len(view.ids)))
        return [p for template_id in dict.fromkeys(ids) if (p := self.position(template_id, language)) is not None]

    def get(self, template_id: str, language: str | None = None) -> Template | None:
        view = self._saved(language) if language else None
        if view is None:
            self.complete()
            return super().get(template_id, language)
        position = self.position(template_id, view.language)
        return self.template_at(position) if position is not None else super().get(template_id, language)

    def template_at(self, position: int) -> Template | None:
        """The template listed at *position* of the saved view (its library read if not
        yet); None if that library cannot be read any more."""
        source = self._first.sources[position]
        pack = self._pack(source >> ROW_BITS)
        return pack.templates[source & _ROW_MASK] if pack is not None else None

    def _pack(self, index: int) -> Pack | None:
        if index < self._builtin_count:
            return self._all_packs[index]
        installed = index - self._builtin_count
        if installed not in self._loaded:
            with collector_paused():
                self._loaded[installed] = self._loaders[installed]()
        return self._loaded[installed]

    # -- everything else: the whole catalog ---------------------------------------------

    def completing(self) -> Iterator[int]:
        """Read the libraries not read yet, one per step, then become the whole catalog."""
        for installed in range(len(self._loaders)):
            if not self.deferring:
                return
            if installed not in self._loaded:
                self._pack(self._builtin_count + installed)
                yield installed
        self.complete()

    def complete(self) -> None:
        if not self.deferring:
            return
        for installed in range(len(self._loaders)):
            self._pack(self._builtin_count + installed)
        self.deferring = False
        view = self._first
        with collector_paused():
            for installed in range(len(self._loaders)):
                pack = self._loaded[installed]
                if pack is not None:
                    Catalog.add_pack(self, pack)
            packs = self._all_packs
            if [len(pack.templates) for pack in packs] == list(view.pack_sizes):
                # The view of exactly these packs: its order, not a sort of 100,000 titles.
                self._views[view.language] = [packs[s >> ROW_BITS].templates[s & _ROW_MASK] for s in view.sources]
                self._role_counts[view.language] = dict(view.role_counts)
                return
        self.saved_key = None   # that view is not this catalog's
        if self.on_view_changed is not None:
            self.on_view_changed()

    def prepare_search(self, language: str, chunk: int = 500) -> Iterator[int]:
        yield from self.completing()
        yield from super().prepare_search(language, chunk)

    def _view(self, language: str) -> list[Template]:
        self.complete()
        return super()._view(language)

    def add_pack(self, pack: Pack) -> None:
        if self.deferring:
            self.complete()
        super().add_pack(pack)

    def __len__(self) -> int:
        self.complete()
        return super().__len__()

    def translations(self, template_id: str) -> list[Template]:
        self.complete()
        return super().translations(template_id)

    def all_templates(self) -> list[Template]:
        self.complete()
        return super().all_templates()


def saved_view(catalog: Catalog, language: str) -> CachedView:
    """*catalog*'s view of *language* as `view_cache` saves it (at C speed: ~40 ms at
    100,000 templates, after an import)."""
    packs = catalog.packs
    where: dict[int, int] = {}
    for pack_index, pack in enumerate(packs):
        where.update(zip(map(id, pack.templates), count(pack_index << ROW_BITS)))
    templates = catalog.entries(language).templates
    languages = list(map(attrgetter("language"), templates))
    # Every pack's, in order, as `Catalog.add_pack` applies them (the built-in ones again: the same).
    role_names = [(role_id, dict(names)) for pack in packs for role_id, names in pack.role_names.items()]
    return CachedView(
        language=language,
        ids=list(map(attrgetter("id"), templates)),
        titles=list(map(attrgetter("title"), templates)),
        fallbacks={position: shown for position, shown in enumerate(languages) if shown != language},
        sources=list(map(where.__getitem__, map(id, templates))),
        pack_sizes=[len(pack.templates) for pack in packs],
        role_counts=catalog.role_counts(language),
        role_names=role_names,
        own_ids=catalog.own_ids(language),
    )
