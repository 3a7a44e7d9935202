"""Opening the main window stays cheap: what start-up must not load (see gui/lazyqt.py)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
import PySide6.QtCore as core
from promptlib.core.workspace import Workspace
from promptlib.gui.app import build_main_window, create_application
app = create_application()
store_home = sys.argv[1]
workspace = Workspace.open()
window = build_main_window(workspace, "fi")
window.show()
for _ in range(3):
    app.processEvents()
assert window.pane.template is not None, "the last template was not restored"
print("qt-namespace" if "Qt" in core.__dict__ else "no-qt-namespace")
print("guard" if "promptlib.core.guard.detection" in sys.modules else "no-guard")
print("jinja" if "jinja2" in sys.modules else "no-jinja")
print("app-style-sheet" if app.styleSheet() else "no-app-style-sheet")
print("guard-dialog" if "promptlib.gui.guarddialog" in sys.modules else "no-guard-dialog")
"""


def test_opening_the_window_loads_neither_qt_enums_nor_jinja_nor_the_guard(isolated_home) -> None:
    # Each of these cost start-up time when it crept in (docs/ARCHITECTURE.md, "Start-up"): the `Qt`
    # namespace ~25 ms, an application-wide style sheet ~16 ms, the guard's patterns and
    # Jinja a few ms each.
    from promptlib.core.store.database import Store

    with Store(isolated_home) as store:  # a template to restore, as on a real start
        store.set_setting("last_template", "hr.job-ad")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROMPTLIB_HOME": str(isolated_home)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(isolated_home)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["no-qt-namespace", "no-guard", "no-jinja", "no-app-style-sheet",
                                     "no-guard-dialog"]
