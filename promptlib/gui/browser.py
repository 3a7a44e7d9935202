"""What the user is looking at in the library: language, category, search words.

Holds the Qt models and keeps them in step with the core catalog and the store,
so the main window only wires signals to these methods.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.errors import StoreError
from ..core.firstview import DeferredCatalog
from ..core.gcpause import collector_paused, freeze_built
from ..core.workspace import Workspace
from .models import Category, CategoryListModel, TemplateFilterProxy, TemplateListModel

RECENT_LIMIT = 30


class LibraryBrowser(QObject):
    favouritesChanged = Signal()
    resultsChanged = Signal()

    def __init__(self, workspace: Workspace, ui_language: str = "en", parent: QObject | None = None,
                 template_language: str | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ui_language = ui_language  # role names follow the UI, not the templates
        self.language = template_language or workspace.template_language()
        self.category = Category("all")
        self.query = ""
        self.templates = TemplateListModel(self)
        self.results = TemplateFilterProxy(self)
        self.results.setSourceModel(self.templates)
        self.categories = CategoryListModel(self)
        # Folds the search text and builds its index in idle time, so keystrokes stay fast.
        self._preparing = QTimer(self)
        self._preparing.setInterval(0)
        self._preparing.timeout.connect(self._prepare_step)
        self._prepare_later = QTimer(self)
        self._prepare_later.setSingleShot(True)
        self._prepare_later.timeout.connect(self._preparing.start)
        self._preparation = iter(())
        self._prepared = False
        # At start-up the window starts the folding once it is shown (see
        # prepare_search_after): its first paint should not wait behind it.
        self.reload(prepare_now=False)

    @property
    def catalog(self):
        return self.workspace.catalog

    def favourites(self) -> frozenset[str]:
        return frozenset(self.workspace.store.favourites())

    def recent_ids(self) -> list[str]:
        ids = [use.template_id for use in self.workspace.store.recent(RECENT_LIMIT)]
        return list(dict.fromkeys(ids))

    def own_ids(self) -> list[str]:
        """The user's own templates shown in this language, in view order."""
        return self._own_ids

    def reload(self, prepare_now: bool = True) -> None:
        """Rebuild every model from the catalog (after a language change or an import)."""
        if isinstance(self.catalog, DeferredCatalog):
            # Its libraries were not the ones its saved view was made from: list it again.
            self.catalog.on_view_changed = lambda: QTimer.singleShot(0, self.reload)
        # The collector stays off while the views over 100,000 templates are built (a
        # collection then would walk them all, several times), and what is built is
        # frozen out of later collections before the collector comes back on.
        with collector_paused():
            self.templates.set_entries(self.catalog.entries(self.language))
            self._own_ids = self.catalog.own_ids(self.language)
            self.templates.set_favourites(self.favourites())
            self._refresh_categories()
            self.apply_filter()
            freeze_built()   # the catalog and the models over it are built: out of later collections
        self._preparation = self.catalog.prepare_search(self.language)
        self._prepared = False
        self._prepare_later.stop()
        if prepare_now:
            self._preparing.start()
        else:
            self._preparing.stop()

    def prepare_search_after(self, delay_ms: int) -> None:
        """Start folding the search text in idle time *delay_ms* from now, unless it is
        done or under way. A search before then folds what it needs at once."""
        if not self._prepared and not self._preparing.isActive():
            self._prepare_later.start(delay_ms)

    def search_ready(self) -> bool:
        """True once the idle-time search preparation has finished."""
        return self._prepared

    def _prepare_step(self) -> None:
        try:
            step = next(self._preparation, None)
        except StoreError:   # the store closed (the app is quitting) or its lock timed out: later
            self._preparing.stop()
            return
        if step is None:
            self._preparing.stop()
            self._prepared = True
            freeze_built()   # and so are the folded text and the search index
            # The next start shows its window from this view (core/firstview.py).
            self.workspace.save_first_view(self.language)

    def _refresh_categories(self) -> None:
        self.categories.set_categories(self.catalog, self.language, self.ui_language, len(self._favourite_ids_shown()),
                                       len(self.recent_ids()), len(self._own_ids))

    def _favourite_ids_shown(self) -> list[str]:
        return self.catalog.in_view_order(self.favourites(), self.language)

    def set_language(self, language: str) -> None:
        if language != self.language:
            self.language = language
            self.reload()

    def set_category(self, category: Category) -> None:
        if category != self.category:
            self.category = category
            self.apply_filter()

    def set_query(self, query: str) -> None:
        if query != self.query:
            self.query = query
            self.apply_filter()

    def _filter(self) -> dict:
        category = self.category
        ids = None
        if category.kind == "favourites":
            ids = self._favourite_ids_shown()
        elif category.kind == "recent":
            ids = self.recent_ids()
        elif category.kind == "own":
            ids = self._own_ids
        return {"language": self.language, "role": category.role_id or None, "ids": ids}

    def apply_filter(self) -> None:
        # The source model lists catalog.entries(language) in order, so the catalog's
        # positions are the source rows.
        self.results.show_rows(self.catalog.search_positions(self.query, **self._filter()))
        self.resultsChanged.emit()

    def toggle_favourite(self, template_id: str) -> bool:
        favourite = self.workspace.store.toggle_favourite(template_id)
        self.templates.set_favourites(self.favourites())
        self._refresh_categories()
        if self.category.kind == "favourites":
            self.apply_filter()
        self.favouritesChanged.emit()
        return favourite

    def record_use(self, template_id: str, language: str) -> None:
        self.workspace.store.record_use(template_id, language)
        self._refresh_categories()
        if self.category.kind == "recent":
            self.apply_filter()
