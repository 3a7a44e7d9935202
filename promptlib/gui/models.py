"""Qt item models: thin adapters over the core catalog.

`TemplateListModel` holds every template in the current language; `TemplateFilterProxy`
shows the catalog's search result over it. The catalog does the searching and ranking
(case- and accent-folded, title hits first) in a few milliseconds for 10,000 templates,
so the proxy maps rows from that result instead of asking Python per row, as a
QSortFilterProxyModel's filterAcceptsRow would.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from operator import eq
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QAbstractProxyModel, QModelIndex, QObject

from ..core.catalog import Catalog, Entries, Entry
from .lazyqt import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

TemplateIdRole = USER_ROLE
EntryRole = USER_ROLE + 1
FavouriteRole = USER_ROLE + 2
FallbackRole = USER_ROLE + 3
CategoryRole = USER_ROLE + 10


class TemplateListModel(QAbstractListModel):
    """Every template (one per id) in the chosen language, by title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: Sequence[Entry] = []
        self._position_of: Callable[[str], int | None] = {}.get
        self._favourites: frozenset[str] = frozenset()

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """List *entries*; `Catalog.entries` makes each row's Entry when it is shown and
        finds a row by binary search, so 100,000 rows cost nothing here."""
        self.beginResetModel()
        if isinstance(entries, Entries):
            self._entries = entries
            self._position_of = entries.position_of
        else:
            self._entries = list(entries)
            self._position_of = {entry.template.id: row for row, entry in enumerate(self._entries)}.get
        self.endResetModel()

    def set_favourites(self, favourites: frozenset[str]) -> None:
        changed = favourites ^ self._favourites
        self._favourites = favourites
        for template_id in changed:
            row = self._position_of(template_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index, [DISPLAY_ROLE, FavouriteRole])

    def row_of(self, template_id: str) -> int | None:
        return self._position_of(template_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        row = index.row()
        entries = self._entries
        if isinstance(entries, Entries):
            # The shown columns without an Entry: before the catalog is complete
            # (firstview.py) they come from the saved view, no template made.
            if role == DISPLAY_ROLE:
                star = "★ " if entries.template_id(row) in self._favourites else ""
                language = entries.fallback_language(row)
                return f"{star}{entries.title(row)}{f'  [{language}]' if language else ''}"
            if role == TemplateIdRole:
                return entries.template_id(row)
            if role == FavouriteRole:
                return entries.template_id(row) in self._favourites
            if role == FallbackRole:
                return entries.fallback_language(row) is not None
        entry = entries[row]
        template = entry.template
        if role == DISPLAY_ROLE:
            star = "★ " if template.id in self._favourites else ""
            marker = f"  [{template.language}]" if entry.fallback else ""
            return f"{star}{template.title}{marker}"
        if role == TOOLTIP_ROLE:
            # The whole title first: in a narrow list it ends in "…".
            return f"{template.title}\n{template.summary}" if template.summary else template.title
        if role == TemplateIdRole:
            return template.id
        if role == EntryRole:
            return entry
        if role == FavouriteRole:
            return template.id in self._favourites
        if role == FallbackRole:
            return entry.fallback
        return None


class TemplateFilterProxy(QAbstractProxyModel):
    """The rows of a search result, in its ranked order, over a TemplateListModel."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source_rows: list[int] = []
        self._proxy_row_of: dict[int, int] | None = {}
        self._in_order = True   # _source_rows is every source row, in order

    def setSourceModel(self, model: TemplateListModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelReset.disconnect(self._on_source_reset)
            old.dataChanged.disconnect(self._on_source_data_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        self._source_rows = list(range(model.rowCount()))
        self._in_order = True
        self._proxy_row_of = None
        model.modelReset.connect(self._on_source_reset)
        model.dataChanged.connect(self._on_source_data_changed)
        self.endResetModel()

    def show_rows(self, source_rows: list[int]) -> None:
        """Show these source rows, in this order (`Catalog.search_positions` gives them
        directly, since the source lists the catalog's entries in view order)."""
        if source_rows == self._source_rows:
            return
        self.beginResetModel()
        self._source_rows = source_rows
        self._in_order = len(source_rows) == self.sourceModel().rowCount() and all(map(eq, source_rows, itertools.count()))
        self._proxy_row_of = None  # built when first needed: most keystrokes never need it
        self.endResetModel()

    def _proxy_row(self, source_row: int) -> int | None:
        if self._in_order:   # every row in source order (the whole list): no map of 100,000 rows
            return source_row if 0 <= source_row < len(self._source_rows) else None
        return self._proxy_rows().get(source_row)

    def _proxy_rows(self) -> dict[int, int]:
        if self._proxy_row_of is None:
            self._proxy_row_of = {source: proxy for proxy, source in enumerate(self._source_rows)}
        return self._proxy_row_of

    def _on_source_reset(self) -> None:
        self.beginResetModel()
        self._source_rows = list(range(self.sourceModel().rowCount()))
        self._in_order = True
        self._proxy_row_of = None
        self.endResetModel()

    def _on_source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                                roles: Sequence[int] = ()) -> None:
        for source_row in range(top_left.row(), bottom_right.row() + 1):
            proxy_row = self._proxy_row(source_row)
            if proxy_row is not None:
                index = self.index(proxy_row, 0)
                self.dataChanged.emit(index, index, list(roles))

    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < len(self._source_rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: QModelIndex | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._source_rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def mapToSource(self, proxy_index: QModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._source_rows):
            return QModelIndex()
        return self.sourceModel().index(self._source_rows[proxy_index.row()], 0)

    def mapFromSource(self, source_index: QModelIndex) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        proxy_row = self._proxy_row(source_index.row())
        return QModelIndex() if proxy_row is None else self.index(proxy_row, 0)

    def template_id(self, row: int) -> str | None:
        index = self.index(row, 0)
        return index.data(TemplateIdRole) if index.isValid() else None

    def row_of(self, template_id: str) -> int | None:
        source_row = self.sourceModel().row_of(template_id)
        if source_row is None:
            return None
        if self._proxy_row_of is not None:
            return self._proxy_row_of.get(source_row)
        # Called on every keystroke to keep the selection: one C-speed scan of the
        # result beats building the whole reverse map.
        try:
            return self._source_rows.index(source_row)
        except ValueError:
            return None


class Category(NamedTuple):
    """A row in the role list: everything, favourites, recently used, or one role."""

    kind: str            # "all" | "favourites" | "recent" | "own" | "role"
    role_id: str = ""

    @property
    def key(self) -> str:
        return self.role_id if self.kind == "role" else self.kind


class CategoryListModel(QAbstractListModel):
    """All / Favourites / Recent / My templates (when there are any), then one row per
    role with its template count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Category, str, int]] = []

    def set_categories(self, catalog: Catalog, language: str, ui_language: str,
                       favourites: int, recent: int, own: int = 0) -> None:
        """Rows for the templates shown in *language*, role names in *ui_language*."""
        counts = catalog.role_counts(language)
        rows = [
            (Category("all"), self.tr("All templates"), catalog.count(language)),
            (Category("favourites"), self.tr("Favourites"), favourites),
            (Category("recent"), self.tr("Recently used"), recent),
        ]
        if own:
            rows.append((Category("own"), self.tr("My templates"), own))
        roles = sorted(counts, key=lambda role_id: (role_id not in catalog.roles,
                                                    catalog.role_name(role_id, ui_language).casefold()))
        rows += [(Category("role", role_id), catalog.role_name(role_id, ui_language), counts[role_id])
                 for role_id in roles]
        if [row[0] for row in rows] == [row[0] for row in self._rows]:
            # Only names or counts changed: keep the view's selection.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, category: Category) -> int | None:
        for row, (candidate, _, _) in enumerate(self._rows):
            if candidate == category:
                return row
        return None

    def category(self, row: int) -> Category | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        category, name, count = self._rows[index.row()]
        if role == DISPLAY_ROLE:
            return f"{name} ({count})"
        if role == ACCESSIBLE_TEXT_ROLE:
            return name
        if role == CategoryRole:
            return category
        return None
