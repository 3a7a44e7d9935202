"""The window shown from the saved first view (core/firstview.py) is the same window: the
list, a template, a search; the catalog completes itself in idle time, and a start that
had no saved view saves one for the next."""

from __future__ import annotations

from PySide6.QtCore import Qt

from promptlib.core.firstview import DeferredCatalog
from promptlib.core.store import view_cache
from promptlib.core.store.database import Store
from promptlib.core.workspace import Workspace
from promptlib.gui.app import compose_main_window, create_application


def _titles(window) -> list[str]:
    model = window.templates.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_window_lists_from_the_saved_view_and_completes_in_idle_time(window, qtbot) -> None:
    catalog = window.browser.catalog
    assert isinstance(catalog, DeferredCatalog) and catalog.deferring
    assert "Tapahtumakutsu" in _titles(window)
    qtbot.waitUntil(window.browser.search_ready, timeout=10_000)
    assert not catalog.deferring
    qtbot.keyClicks(window.search, "tapahtumakut")
    assert _titles(window) == ["Tapahtumakutsu"]
    window.templates.setCurrentIndex(window.templates.model().index(0, 0))
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == "sample.event")


def test_a_template_opened_before_completion_is_the_one_the_whole_catalog_has(window, qtbot) -> None:
    catalog = window.browser.catalog
    model = window.templates.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Tapahtumakutsu")
    window.templates.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == "sample.event")
    shown = window.pane.template
    assert "{{ event }}" in shown.body
    catalog.complete()
    assert catalog.get("sample.event", "fi") is shown
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("Tapahtumakutsu")


def test_a_start_without_a_saved_view_saves_one_for_the_next(isolated_home, qtbot, sample_pack) -> None:
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": "x"})])
        store.set_setting("template_language", "fi")
    assert not (isolated_home / view_cache.FILE).exists()
    workspace = Workspace.open(isolated_home)
    try:
        assert not isinstance(workspace.catalog, DeferredCatalog)
        create_application()
        window = compose_main_window(workspace).window
        qtbot.add_widget(window)
        window.show()
        qtbot.waitUntil(window.browser.search_ready, timeout=10_000)
        assert (isolated_home / view_cache.FILE).exists()
        window.close()
    finally:
        workspace.close()
    again = Workspace.open(isolated_home)
    try:
        assert isinstance(again.catalog, DeferredCatalog)
        assert again.catalog.get("sample.event", "fi").title == "Tapahtumakutsu"
    finally:
        again.close()
