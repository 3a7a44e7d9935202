"""The background check for library updates never keeps the app alive after its window
closes, and a cancelled check reports nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from promptlib.gui.updatecheck import UpdateChecker

# A source that accepts the connection and never answers; a check with deadlines far
# beyond the test's own time limit; then the application quits at once.
QUIT_WHILE_CHECKING = textwrap.dedent("""
    import socket, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from promptlib.core.store.database import Store
    from promptlib.gui.updatecheck import UpdateChecker

    silent = socket.create_server(("127.0.0.1", 0))  # listens, never accepts, never answers
    url = f"http://127.0.0.1:{silent.getsockname()[1]}/pack.json"
    app = QApplication([])
    store = Store(Path(sys.argv[1]))
    checker = UpdateChecker(store, [], None, None, sources=[url], allow_loopback=True,
                            timeout=3600, deadline=3600)
    assert checker.start()
    QTimer.singleShot(0, app.quit)
    app.exec()
    print("window closed", flush=True)
""")


def test_the_app_exits_while_a_source_is_still_silent(tmp_path: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", QUIT_WHILE_CHECKING, str(tmp_path)],
                              capture_output=True, text=True, timeout=60)
    assert finished.returncode == 0, finished.stderr
    assert "window closed" in finished.stdout


def test_a_cancelled_check_reports_nothing(qtbot, tmp_path: Path, monkeypatch) -> None:
    from promptlib.core.library import subscriptions
    from promptlib.core.store.database import Store

    release, returned = threading.Event(), threading.Event()

    def held_check(*args, **kwargs):
        release.wait(10)
        returned.set()
        return []

    monkeypatch.setattr(subscriptions, "check_sources", held_check)
    with Store(tmp_path) as store:
        checker = UpdateChecker(store, [], None)
        reports: list = []
        checker.finished.connect(reports.append)
        assert checker.start()
        assert checker.worker is not None and checker.worker.thread is not None and checker.worker.thread.daemon
        checker.cancel()
        assert not checker.running
        release.set()
        checker.worker.thread.join(10)
        assert returned.is_set()
        QCoreApplication.processEvents()  # delivers a result already queued, if one was
        assert reports == []
