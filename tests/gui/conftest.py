"""GUI fixtures: a real main window over a real workspace in an isolated data folder."""

from __future__ import annotations

import pytest

from promptlib.core.firstview import DeferredCatalog
from promptlib.core.store.database import Store
from promptlib.core.workspace import Workspace, save_first_view_after_change
from promptlib.gui.app import compose_main_window, create_application


@pytest.fixture
def workspace(isolated_home, sample_pack, sample_pack_path):
    """The built-in library plus the test pack (which has every variable type), in Finnish."""
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": str(sample_pack_path)})])
        store.set_setting("template_language", "fi")
        save_first_view_after_change(store)   # as after `promptlib import`: the start every later one is
    opened = Workspace.open(isolated_home)
    assert isinstance(opened.catalog, DeferredCatalog)
    yield opened
    opened.close()


@pytest.fixture
def parts(workspace, qtbot):   # the window closes (qtbot) before the store (workspace)
    """The main window and the parts the composition root added to it (app.WindowParts)."""
    create_application()
    composed = compose_main_window(workspace)
    qtbot.add_widget(composed.window)
    composed.window.show()
    qtbot.wait_exposed(composed.window)
    return composed


@pytest.fixture
def window(parts):
    return parts.window
