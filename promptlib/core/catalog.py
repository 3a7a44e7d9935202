"""The in-memory catalog of every template the user can pick, and search over it.

Search-as-you-type must answer within a frame with 100,000 templates, so each language
view has a `TextIndex` (`searchindex.py`) of its case- and accent-folded texts, built in
idle time, which answers the words of a query without reading the texts; the texts
themselves are not kept (bodies are read pack by pack while indexing and dropped). A
search before the index is ready finishes it first. With the `search-index` trick
switched off (tricks.py) the folded texts are kept and scanned instead, and a keystroke
that extends the previous query scans only the previous hits. Both ways give the same
result (tests/unit/core/test_catalog.py checks it over random libraries).

A language view is a list of the templates, one per id, sorted by title: no object per
template beside the template itself, and the few positions a window needs are found by
binary search, so 100,000 installed templates cost one sort at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from operator import attrgetter
from typing import Any, NamedTuple

from . import tricks
from .gcpause import collector_paused
from .languages import LANGUAGES
from .model import OWN_LIBRARY_ID, Pack, PackDetails, Template
from .roles import BUILTIN_ROLES, Role
from .searchindex import TextIndex

INDEX_ENABLED = tricks.enabled(tricks.SEARCH_INDEX)  # off only for a benchmark run

_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Case- and accent-folded text: 'Päätös' and 'paatos' compare equal."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


class Entry(NamedTuple):
    """One template as offered to the user, in their language or a fallback one."""

    template: Template
    fallback: bool  # True when shown in another language than the one asked for


def _sort_key(template: Template) -> str:
    """By title, case folded, then by id: one string (titles hold no NUL, which the
    library checks refuse), since 100,000 strings sort faster than as many pairs."""
    return f"{template.title.casefold()}\0{template.id}"


class Entries(Sequence[Entry]):
    """A language view's entries, made when asked for: 100,000 installed templates
    need no 100,000 Entry objects for the list to show its first rows."""

    __slots__ = ("_catalog", "_language", "templates")

    def __init__(self, catalog: Catalog, language: str, templates: list[Template]) -> None:
        self._catalog = catalog
        self._language = language
        self.templates = templates

    def __len__(self) -> int:
        return len(self.templates)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [Entry(t, t.language != self._language) for t in self.templates[index]]
        template = self.templates[index]
        return Entry(template, template.language != self._language)

    def position_of(self, template_id: str) -> int | None:
        """Where the template *template_id* is listed, or None."""
        return self._catalog.position(template_id, self._language)

    # What a list row shows, without an Entry (`firstview.FirstEntries` has them
    # before any template is made).
    def title(self, index: int) -> str:
        return self.templates[index].title

    def template_id(self, index: int) -> str:
        return self.templates[index].id

    def fallback_language(self, index: int) -> str | None:
        """The language row *index* is shown in if not the one asked for, else None."""
        language = self.templates[index].language
        return language if language != self._language else None


class _SearchText:
    """What searching a language view needs beside the view: folded titles (for title hits
    first), and the indexes once built; with the index switched off (tricks.py) the whole
    folded texts, as the plain scan reads them."""

    __slots__ = ("folded", "haystacks", "indexes", "role_bits")

    def __init__(self) -> None:
        self.folded = 0                                   # texts folded so far (the plain way)
        self.haystacks: list[str] = []
        self.indexes: tuple[TextIndex, TextIndex] | None = None   # (haystacks, titles)
        self.role_bits: dict[str, int] = {}

    def indexed(self) -> bool:
        """Whether the index is built (by this preparation or, meanwhile, by a search)."""
        return self.indexes is not None


class Catalog:
    """Templates from built-in, installed and user packs; later packs win on (id, language)."""

    def __init__(self, packs: Iterable[Pack] = ()) -> None:
        # id -> template, per language, in the order first added (a later pack replaces).
        self._by_language: dict[str, dict[str, Template]] = {}
        self.roles: dict[str, Role] = dict(BUILTIN_ROLES)
        self.packs: list[Pack] = []
        self._reset()
        with collector_paused():   # 100,000 templates: no collection walks them while they are added
            for pack in packs:
                self.add_pack(pack)

    def _reset(self) -> None:
        self._views: dict[str, list[Template]] = {}
        self._role_counts: dict[str, dict[str, int]] = {}
        self._search: dict[str, _SearchText] = {}
        self._last_search: tuple[Any, ...] | None = None

    def add_pack(self, pack: Pack) -> None:
        self.packs.append(pack)
        for role_id, names in pack.role_names.items():
            if role_id not in BUILTIN_ROLES:
                self.roles[role_id] = Role(role_id, names)
        templates = pack.templates
        languages = {template.language for template in templates}
        if len(languages) == 1:   # nearly every pack: added at C speed
            (language,) = languages
            self._by_language.setdefault(language, {}).update(zip(map(attrgetter("id"), templates), templates, strict=True))
        else:
            for template in templates:
                self._by_language.setdefault(template.language, {})[template.id] = template
        self._reset()

    def __len__(self) -> int:
        return sum(map(len, self._by_language.values()))

    # -- lookup --------------------------------------------------------------------

    def get(self, template_id: str, language: str | None = None) -> Template | None:
        """The template *template_id* in *language*, else in the first language it has."""
        for candidate in ((language,) if language else ()) + LANGUAGES:
            template = self._by_language.get(candidate, {}).get(template_id)
            if template is not None:
                return template
        return None

    def translations(self, template_id: str) -> list[Template]:
        return [t for lang in LANGUAGES if (t := self._by_language.get(lang, {}).get(template_id))]

    def all_templates(self) -> list[Template]:
        return [template for by_id in self._by_language.values() for template in by_id.values()]

    def role_name(self, role_id: str, language: str) -> str:
        role = self.roles.get(role_id)
        return role.name(language) if role else role_id

    # -- views and search ------------------------------------------------------------

    def _order(self, language: str) -> list[str]:
        """The languages a view prefers, first to last: *language*, then LANGUAGES, then any other."""
        order = [language, *(lang for lang in LANGUAGES if lang != language)]
        return order + [lang for lang in self._by_language if lang not in order]

    def _view(self, language: str) -> list[Template]:
        """One template per id, preferring *language*, sorted by title (then id)."""
        view = self._views.get(language)
        if view is None:
            with collector_paused():
                chosen: dict[str, Template] = {}
                for lang in reversed(self._order(language)):   # the preferred language last: it wins
                    chosen.update(self._by_language.get(lang, {}))
                view = list(chosen.values())
                del chosen
                # Counted before the sort: walking 100,000 templates in title order, all
                # over memory, took ~80 ms here, in the order they were made ~10 ms.
                self._role_counts[language] = dict(Counter(chain.from_iterable(map(attrgetter("roles"), view))))
                # The keys at C speed (no Python call per template; as _sort_key), then one sort.
                keys = list(map("\0".join, zip(map(str.casefold, map(attrgetter("title"), view)),
                                               map(attrgetter("id"), view), strict=True)))
                view = list(map(view.__getitem__, sorted(range(len(view)), key=keys.__getitem__)))
            self._views[language] = view
        return view

    def position(self, template_id: str, language: str) -> int | None:
        """Where *template_id* is listed in *language*'s view (by title), or None: a binary
        search, so no table of 100,000 ids is built for the few a window looks up."""
        template = self.get(template_id, language)
        if template is None:
            template = next((by_id[template_id] for by_id in self._by_language.values() if template_id in by_id), None)
            if template is None:
                return None
        view = self._view(language)
        position = bisect_left(view, _sort_key(template), key=_sort_key)
        return position if position < len(view) and view[position].id == template_id else None

    def prepare_search(self, language: str, chunk: int = 500) -> Iterator[int]:
        """Make searching *language* fast, *chunk* templates per step: fold each
        template's title, summary, tags, role names and body and build the index
        (`searchindex.TextIndex`) from them, then seal the index a short step at a time.

        The app runs this in idle time after start-up, so no keystroke pays for it. The
        bodies are read pack by pack from the start-up cache and dropped once indexed, so
        100,000 of them are never in memory at once. Yields how many are done so far.
        """
        view = self._view(language)
        search = self._search.setdefault(language, _SearchText())
        if not INDEX_ENABLED:
            yield from self._fold_steps(language, chunk)
            return
        if search.indexes is not None:
            return
        haystacks, titles = TextIndex(size=len(view)), TextIndex(size=len(view))
        # Templates whose bodies are not read yet, by the pack they come from.
        unread: dict[int, tuple[PackDetails, list[int]]] = {}
        done = 0
        names: dict[tuple[str, str], str] = {}
        for position, template in enumerate(view):
            details = template.__dict__.get("_details")
            if details is not None:
                unread.setdefault(id(details), (details, []))[1].append(position)
                continue
            self._index_one(haystacks, titles, position, template, template.body, names)
            done += 1
            if done % chunk == 0:
                yield done
        for details, positions in unread.values():
            if search.indexed():   # a search finished it meanwhile
                return
            bodies = details.bodies()
            row_of = {id(template): row for row, template in enumerate(details.templates)}
            for count, position in enumerate(positions, 1):
                template = view[position]
                self._index_one(haystacks, titles, position, template, bodies[row_of[id(template)]], names)
                if count % chunk == 0:
                    yield done + count
            done += len(positions)
            del bodies, row_of
            yield done
        for index in (haystacks, titles):
            for _ in index.prepare():
                if search.indexed():
                    return
                yield done
        if not search.indexed():
            search.indexes = (haystacks, titles)

    def _index_one(self, haystacks: TextIndex, titles: TextIndex, position: int, template: Template,
                   body: str, names: dict[tuple[str, str], str]) -> None:
        language = template.language
        role_names = " ".join(names.setdefault((role, language), self.role_name(role, language))
                              for role in template.roles)
        title = template.title
        titles.add(position, fold(title))
        haystacks.add(position, fold("\n".join((title, template.summary, " ".join(template.tags), role_names, body))))

    def search_indexed(self, language: str) -> bool:
        """Whether searches in *language* are answered by the index (it is built)."""
        search = self._search.get(language)
        return search is not None and search.indexes is not None

    def _fold_steps(self, language: str, chunk: int) -> Iterator[int]:
        """The plain way (index switched off): every template's folded text, kept."""
        view = self._view(language)
        search = self._search.setdefault(language, _SearchText())
        names: dict[tuple[str, str], str] = {}
        while search.folded < len(view):
            for template in view[search.folded:search.folded + chunk]:
                role_names = " ".join(
                    names.setdefault((role, template.language), self.role_name(role, template.language))
                    for role in template.roles)
                search.haystacks.append(fold("\n".join((template.title, template.summary, " ".join(template.tags),
                                                        role_names, template.body))))
            search.folded = len(search.haystacks)
            yield search.folded

    def entries(self, language: str) -> Entries:
        return Entries(self, language, self._view(language))

    def count(self, language: str) -> int:
        """How many templates (one per id) are offered in *language*."""
        return len(self._view(language))

    def role_counts(self, language: str) -> dict[str, int]:
        self._view(language)   # counts them
        return dict(self._role_counts[language])

    def own_ids(self, language: str) -> list[str]:
        """The user's own templates shown in *language*, in view order."""
        # From the own library's few templates, not a pass over every entry: 100,000
        # installed templates must not slow down start-up for this.
        ids = {template.id for pack in self.packs if pack.id == OWN_LIBRARY_ID for template in pack.templates}
        shown = (self.get(template_id, language) for template_id in ids)
        own = {t.id for t in shown if t is not None and t.origin is not None and t.origin.own}
        return self.in_view_order(own, language) if own else []

    def in_view_order(self, ids: Iterable[str], language: str) -> list[str]:
        """Those of *ids* that exist, in the order the view lists them (by title)."""
        found = {template_id: position for template_id in dict.fromkeys(ids)
                 if (position := self.position(template_id, language)) is not None}
        return sorted(found, key=found.__getitem__)

    def search(self, query: str = "", *, language: str, role: str | None = None,
               tag: str | None = None, ids: Sequence[str] | None = None) -> list[Entry]:
        """Entries matching every word of *query*, title hits first.

        *ids* restricts the result to those template ids and keeps their order
        (favourites, recently used); otherwise entries are ordered by title.
        """
        entries = self.entries(language)
        return [entries[position] for position in self.search_positions(
            query, language=language, role=role, tag=tag, ids=ids)]

    def search_positions(self, query: str = "", *, language: str, role: str | None = None,
                         tag: str | None = None, ids: Sequence[str] | None = None) -> list[int]:
        """Like `search`, as positions in `entries(language)`: what a list view over
        the entries needs, without looking anything up per row."""
        words = fold(query).split()
        if not words:
            return self._candidates(language, role, tag, ids)
        if not INDEX_ENABLED:
            return self._scan(words, language, role, tag, ids)
        search = self._search.get(language)
        if search is None or search.indexes is None:
            # A search before the idle-time preparation is done: finish it now (the
            # texts it needs are not kept apart from the index).
            for _ in self.prepare_search(language, chunk=1 << 30):
                pass
            search = self._search[language]
        assert search.indexes is not None
        return self._search_index(search, words, language, role, tag, ids)

    def _search_index(self, search: _SearchText, words: list[str], language: str, role: str | None,
                      tag: str | None, ids: Sequence[str] | None) -> list[int]:
        """The index's answer: the same positions, in the same order, as `_scan`."""
        assert search.indexes is not None
        haystacks, titles = search.indexes
        restricted = ids is not None or tag is not None
        if restricted:
            candidates = self._candidates(language, role, tag, ids)
            hits = haystacks.bitset(candidates)
        else:
            candidates = []
            hits = self._roles_bitset(search, language, role, haystacks) if role else haystacks.everything
        for word in sorted(set(words), key=len, reverse=True):  # the longest narrows most
            if not hits:
                return []
            hits &= haystacks.holding(word)
        if not hits:
            return []
        in_titles = [hits & titles.holding(word) for word in words]
        every = some = in_titles[0]
        for found in in_titles[1:]:
            every &= found
            some |= found
        if not restricted:
            ordered = titles.positions(every)
            if len(words) > 1:
                ordered += titles.positions(some & ~every)
            return ordered + titles.positions(hits & ~some)
        # Restricted to *ids* (their order kept) or a tag: a stable partition of the candidates.
        first: list[int] = []
        second: list[int] = []
        third: list[int] = []
        for position in candidates:
            bit = 1 << position
            if hits & bit:
                (first if every & bit else second if some & bit else third).append(position)
        return first + second + third

    def _roles_bitset(self, search: _SearchText, language: str, role: str, index: TextIndex) -> int:
        bits = search.role_bits.get(role)
        if bits is None:
            bits = search.role_bits[role] = index.bitset(
                [position for position, template in enumerate(self._view(language)) if role in template.roles])
        return bits

    def _scan(self, words: list[str], language: str, role: str | None, tag: str | None,
              ids: Sequence[str] | None) -> list[int]:
        """Search by reading every candidate's folded text (the plain way: index switched off)."""
        for _ in self._fold_steps(language, chunk=1 << 30):
            pass
        haystacks = self._search[language].haystacks
        filter_key = (language, role, fold(tag) if tag else None, tuple(ids) if ids is not None else None)
        folded = " ".join(words)
        last = self._last_search
        if last and last[0] == filter_key and last[1] and folded.startswith(last[1]):
            candidates = last[2]  # every hit for the longer query was a hit for the shorter one
        else:
            candidates = self._candidates(language, role, tag, ids)
        hits = [position for position in candidates if all(word in haystacks[position] for word in words)]
        self._last_search = (filter_key, folded, hits)
        view = self._view(language)
        return _title_hits_first(hits, words, [fold(view[position].title) for position in hits])

    def _candidates(self, language: str, role: str | None, tag: str | None,
                    ids: Sequence[str] | None) -> list[int]:
        """The view's positions narrowed by role, tag and ids; no text search yet."""
        view = self._view(language)
        if ids is not None:
            positions = [position for template_id in dict.fromkeys(ids)
                         if (position := self.position(template_id, language)) is not None]
        else:
            positions = list(range(len(view)))
        if role:
            positions = [position for position in positions if role in view[position].roles]
        if tag:
            folded_tag = fold(tag)
            positions = [position for position in positions
                         if any(fold(each) == folded_tag for each in view[position].tags)]
        return positions


def _title_hits_first(hits: list[int], words: list[str], titles: list[str]) -> list[int]:
    """Stable partition of *hits* (with their folded *titles*): titles holding every
    word, then some, then none. A partition in one pass, not a sort."""
    every: list[int] = []
    some: list[int] = []
    other: list[int] = []
    for position, title in zip(hits, titles, strict=True):
        found = [word in title for word in words]
        (every if all(found) else some if any(found) else other).append(position)
    return every + some + other
