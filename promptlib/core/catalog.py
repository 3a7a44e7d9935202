"""The in-memory catalog of every template the user can pick, and search over it.

Search-as-you-type must stay under a few milliseconds with 10,000 templates, so the
index holds case- and accent-folded text per template, built once per language, and
a keystroke that extends the previous query searches only the previous hits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

from .model import Pack, Template
from .roles import BUILTIN_ROLES, LANGUAGES, Role

_COMBINING = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Case- and accent-folded text: 'Päätös' and 'paatos' compare equal."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


@dataclass(frozen=True)
class Entry:
    """One template as offered to the user, in their language or a fallback one."""

    template: Template
    fallback: bool  # True when shown in another language than the one asked for


class _Indexed:
    """A template in a language view. The folded search text is filled in by
    `Catalog._fold_view` at the first search, not at start-up."""

    __slots__ = ("entry", "sort_key", "roles", "title", "haystack", "tags")

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        self.sort_key = (entry.template.title.casefold(), entry.template.id)
        self.roles = entry.template.roles
        self.title = ""                 # folded title
        self.haystack = ""              # folded title, summary, tags, role names, body
        self.tags: frozenset[str] = frozenset()


class Catalog:
    """Templates from built-in, installed and user packs; later packs win on (id, language)."""

    def __init__(self, packs: Iterable[Pack] = ()) -> None:
        self._templates: dict[tuple[str, str], Template] = {}
        self.roles: dict[str, Role] = dict(BUILTIN_ROLES)
        self.packs: list[Pack] = []
        self._views: dict[str, list[_Indexed]] = {}
        self._folded: set[str] = set()
        self._last_search: tuple | None = None
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
        self._folded = set()
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
            self._views[language] = view
        return view

    def _fold_view(self, language: str) -> list[_Indexed]:
        """The view with its search text folded (done once per language)."""
        view = self._view(language)
        if language not in self._folded:
            names: dict[tuple[str, str], str] = {}
            for item in view:
                template = item.entry.template
                role_names = " ".join(
                    names.setdefault((role, template.language), self.role_name(role, template.language))
                    for role in template.roles)
                item.title = fold(template.title)
                item.haystack = fold("\n".join((template.title, template.summary, " ".join(template.tags),
                                                role_names, template.body)))
                item.tags = frozenset(fold(tag) for tag in template.tags)
            self._folded.add(language)
        return view

    def entries(self, language: str) -> list[Entry]:
        return [item.entry for item in self._view(language)]

    def role_counts(self, language: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self._view(language):
            for role in item.roles:
                counts[role] = counts.get(role, 0) + 1
        return counts

    def search(self, query: str = "", *, language: str, role: str | None = None,
               tag: str | None = None, ids: Sequence[str] | None = None) -> list[Entry]:
        """Entries matching every word of *query*, title hits first.

        *ids* restricts the result to those template ids and keeps their order
        (favourites, recently used); otherwise entries are ordered by title.
        """
        folded = fold(query).strip()
        words = folded.split()
        if words or tag:
            self._fold_view(language)
        filter_key = (language, role, fold(tag) if tag else None,
                      tuple(ids) if ids is not None else None)
        candidates = self._candidates(filter_key, language, role, tag, ids)
        last = self._last_search
        if last and last[0] == filter_key and last[1] and folded.startswith(last[1]):
            # Every hit for the longer query was a hit for the shorter one.
            candidates = last[2]
        hits = [item for item in candidates if all(word in item.haystack for word in words)]
        self._last_search = (filter_key, folded, hits)
        if words:
            ranked = sorted(enumerate(hits), key=lambda pair: (_title_rank(pair[1].title, words), pair[0]))
            hits = [item for _, item in ranked]
        return [item.entry for item in hits]

    def _candidates(self, filter_key: tuple, language: str, role: str | None, tag: str | None,
                    ids: Sequence[str] | None) -> list[_Indexed]:
        """The view narrowed by role, tag and ids; no text search yet."""
        view = self._view(language)
        if ids is not None:
            by_id = {item.entry.template.id: item for item in view}
            view = [by_id[template_id] for template_id in dict.fromkeys(ids) if template_id in by_id]
        if role:
            view = [item for item in view if role in item.roles]
        if tag:
            folded_tag = fold(tag)
            view = [item for item in view if folded_tag in item.tags]
        return view


def _title_rank(title: str, words: list[str]) -> int:
    """0 when the title holds every word, 1 when some, 2 when none."""
    in_title = sum(1 for word in words if word in title)
    return 0 if in_title == len(words) else (1 if in_title else 2)
