"""The in-memory catalog of every template the user can pick, and search over it.

Search-as-you-type must answer within a frame with 100,000 templates, so each language
view holds case- and accent-folded text per template, folded once in idle time, and
then a `TextIndex` of it (`searchindex.py`), also built in idle time, answers the
words of a query without reading the texts. Until the index is ready (or with the
`search-index` trick switched off, see tricks.py) the folded texts are scanned, and a
keystroke that extends the previous query scans only the previous hits. Both ways give
the same result (tests/unit/core/test_catalog.py checks it over random libraries).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from . import tricks
from .languages import LANGUAGES
from .model import Pack, Template
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


class _Indexed:
    """A template in a language view. The folded search text is filled in by
    `Catalog._fold_view` at the first search, not at start-up."""

    __slots__ = ("entry", "haystack", "position", "roles", "sort_key", "tags", "title")

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.sort_key = (entry.template.title.casefold(), entry.template.id)
        self.roles = entry.template.roles
        self.title = ""                 # folded title
        self.haystack = ""              # folded title, summary, tags, role names, body
        self.tags: frozenset[str] = frozenset()
        self.position = 0               # index in the sorted language view


class Catalog:
    """Templates from built-in, installed and user packs; later packs win on (id, language)."""

    def __init__(self, packs: Iterable[Pack] = ()) -> None:
        self._templates: dict[tuple[str, str], Template] = {}
        self.roles: dict[str, Role] = dict(BUILTIN_ROLES)
        self.packs: list[Pack] = []
        self._views: dict[str, list[_Indexed]] = {}
        self._fold_progress: dict[str, int] = {}
        self._role_counts: dict[str, dict[str, int]] = {}
        self._by_id: dict[str, dict[str, _Indexed]] = {}
        self._indexes: dict[str, tuple[TextIndex, TextIndex]] = {}   # (haystacks, titles) per language
        self._role_bits: dict[tuple[str, str], int] = {}
        self._last_search: tuple[Any, ...] | None = None
        for pack in packs:
            self.add_pack(pack)

    def add_pack(self, pack: Pack) -> None:
        self.packs.append(pack)
        for role_id, names in pack.role_names.items():
            if role_id not in BUILTIN_ROLES:
                self.roles[role_id] = Role(role_id, names)
        for template in pack.templates:
            self._templates[template.key] = template
        self._views = {}
        self._fold_progress = {}
        self._role_counts = {}
        self._by_id = {}
        self._indexes = {}
        self._role_bits = {}
        self._last_search = None

    def __len__(self) -> int:
        return len(self._templates)

    # -- lookup --------------------------------------------------------------------

    def get(self, template_id: str, language: str | None = None) -> Template | None:
        """The template *template_id* in *language*, else in the first language it has."""
        for candidate in ((language,) if language else ()) + LANGUAGES:
            template = self._templates.get((template_id, candidate))
            if template is not None:
                return template
        return None

    def translations(self, template_id: str) -> list[Template]:
        return [t for lang in LANGUAGES if (t := self._templates.get((template_id, lang)))]

    def all_templates(self) -> list[Template]:
        return list(self._templates.values())

    def role_name(self, role_id: str, language: str) -> str:
        role = self.roles.get(role_id)
        return role.name(language) if role else role_id

    # -- views and search ------------------------------------------------------------

    def _view(self, language: str) -> list[_Indexed]:
        """One entry per template id, preferring *language*, sorted by title."""
        view = self._views.get(language)
        if view is None:
            chosen: dict[str, Template] = {}
            order = (language, *[lang for lang in LANGUAGES if lang != language])
            rank = {lang: index for index, lang in enumerate(order)}
            for template in self._templates.values():
                current = chosen.get(template.id)
                if current is None or rank.get(template.language, 9) < rank.get(current.language, 9):
                    chosen[template.id] = template
            view = [_Indexed(Entry(t, t.language != language)) for t in chosen.values()]
            view.sort(key=lambda item: item.sort_key)
            for position, item in enumerate(view):
                item.position = position
            self._views[language] = view
        return view

    def _fold_view(self, language: str) -> list[_Indexed]:
        """The view with its search text folded (done once per language)."""
        for _ in self._fold_steps(language, chunk=1 << 30):
            pass
        return self._view(language)

    def prepare_search(self, language: str, chunk: int = 500) -> Iterator[int]:
        """Fold the search text of *language*'s view, *chunk* templates per step, then
        build its index (`searchindex.TextIndex`) a short step at a time.

        The app runs this in idle time after start-up, so the first keystroke does
        not pay for folding 10,000 templates. Yields how many are folded so far.
        """
        yield from self._fold_steps(language, chunk)
        if not INDEX_ENABLED or language in self._indexes:
            return
        view = self._view(language)
        indexes = (TextIndex([item.haystack for item in view]), TextIndex([item.title for item in view]))
        for index in indexes:
            for _ in index.prepare():
                yield len(view)
        self._indexes[language] = indexes

    def search_indexed(self, language: str) -> bool:
        """Whether searches in *language* are answered by the index (it is built)."""
        return language in self._indexes

    def _fold_steps(self, language: str, chunk: int) -> Iterator[int]:
        view = self._view(language)
        done = self._fold_progress.get(language, 0)
        names: dict[tuple[str, str], str] = {}
        while done < len(view):
            for item in view[done:done + chunk]:
                template = item.entry.template
                role_names = " ".join(
                    names.setdefault((role, template.language), self.role_name(role, template.language))
                    for role in template.roles)
                item.title = fold(template.title)
                item.haystack = fold("\n".join((template.title, template.summary, " ".join(template.tags),
                                                role_names, template.body)))
                item.tags = frozenset(fold(tag) for tag in template.tags)
            done = min(done + chunk, len(view))
            self._fold_progress[language] = done
            yield done

    def entries(self, language: str) -> list[Entry]:
        return [item.entry for item in self._view(language)]

    def count(self, language: str) -> int:
        """How many templates (one per id) are offered in *language*."""
        return len(self._view(language))

    def role_counts(self, language: str) -> dict[str, int]:
        counts = self._role_counts.get(language)
        if counts is None:
            counts = {}
            for item in self._view(language):
                for role in item.roles:
                    counts[role] = counts.get(role, 0) + 1
            self._role_counts[language] = counts
        return dict(counts)

    def in_view_order(self, ids: Iterable[str], language: str) -> list[str]:
        """Those of *ids* that exist, in the order the view lists them (by title)."""
        by_id = self._items_by_id(language)
        return sorted((i for i in ids if i in by_id), key=lambda template_id: by_id[template_id].position)

    def _items_by_id(self, language: str) -> dict[str, _Indexed]:
        by_id = self._by_id.get(language)
        if by_id is None:
            by_id = {item.entry.template.id: item for item in self._view(language)}
            self._by_id[language] = by_id
        return by_id

    def search(self, query: str = "", *, language: str, role: str | None = None,
               tag: str | None = None, ids: Sequence[str] | None = None) -> list[Entry]:
        """Entries matching every word of *query*, title hits first.

        *ids* restricts the result to those template ids and keeps their order
        (favourites, recently used); otherwise entries are ordered by title.
        """
        view = self._view(language)
        return [view[position].entry for position in self.search_positions(
            query, language=language, role=role, tag=tag, ids=ids)]

    def search_positions(self, query: str = "", *, language: str, role: str | None = None,
                         tag: str | None = None, ids: Sequence[str] | None = None) -> list[int]:
        """Like `search`, as positions in `entries(language)`: what a list view over
        the entries needs, without looking anything up per row."""
        words = fold(query).split()
        indexes = self._indexes.get(language)
        if indexes is not None and words and ids is None and tag is None:
            return self._search_index(indexes, words, language, role)
        return [item.position for item in self._scan(query, language, role, tag, ids)]

    def _search_index(self, indexes: tuple[TextIndex, TextIndex], words: list[str], language: str,
                      role: str | None) -> list[int]:
        """The index's answer: the same positions, in the same order, as `_scan`."""
        haystacks, titles = indexes
        hits = self._roles_bitset(language, role, haystacks) if role else haystacks.everything
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
        ordered = titles.positions(every)
        if len(words) > 1:
            ordered += titles.positions(some & ~every)
        return ordered + titles.positions(hits & ~some)

    def _roles_bitset(self, language: str, role: str, index: TextIndex) -> int:
        bits = self._role_bits.get((language, role))
        if bits is None:
            bits = index.bitset([item.position for item in self._view(language) if role in item.roles])
            self._role_bits[(language, role)] = bits
        return bits

    def _scan(self, query: str, language: str, role: str | None, tag: str | None,
              ids: Sequence[str] | None) -> list[_Indexed]:
        """Search by reading every candidate's folded text (the plain way)."""
        folded = fold(query).strip()
        words = folded.split()
        if words or tag:
            self._fold_view(language)
        filter_key = (language, role, fold(tag) if tag else None,
                      tuple(ids) if ids is not None else None)
        last = self._last_search
        if last and last[0] == filter_key and last[1] and folded.startswith(last[1]):
            candidates = last[2]  # every hit for the longer query was a hit for the shorter one
        else:
            candidates = self._candidates(language, role, tag, ids)
        if not words:
            hits = candidates
        elif len(words) == 1:
            word = words[0]
            hits = [item for item in candidates if word in item.haystack]
        else:
            hits = [item for item in candidates if all(word in item.haystack for word in words)]
        self._last_search = (filter_key, folded, hits)
        return _title_hits_first(hits, words) if words else hits

    def _candidates(self, language: str, role: str | None, tag: str | None,
                    ids: Sequence[str] | None) -> list[_Indexed]:
        """The view narrowed by role, tag and ids; no text search yet."""
        view = self._view(language)
        if ids is not None:
            by_id = self._items_by_id(language)
            view = [by_id[template_id] for template_id in dict.fromkeys(ids) if template_id in by_id]
        if role:
            view = [item for item in view if role in item.roles]
        if tag:
            folded_tag = fold(tag)
            view = [item for item in view if folded_tag in item.tags]
        return view


def _title_hits_first(hits: list[_Indexed], words: list[str]) -> list[_Indexed]:
    """Stable partition: titles holding every word, then some, then none.

    A partition in one pass, not a sort, keeps a keystroke over 10,000 hits cheap."""
    every: list[_Indexed] = []
    some: list[_Indexed] = []
    other: list[_Indexed] = []
    if len(words) == 1:
        word = words[0]
        for item in hits:
            (every if word in item.title else other).append(item)
        return every + other
    for item in hits:
        found = [word in item.title for word in words]
        (every if all(found) else some if any(found) else other).append(item)
    return every + some + other
