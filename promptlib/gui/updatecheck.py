"""Checking library sources in the background, so a slow network share or server
never freezes the window or delays start-up.

The check runs in a daemon thread (`workers.py`: no Qt in the worker, the collector
held off while it runs) and calls only the core (`subscriptions.check_sources`, which is
safe to run beside the GUI: the store serialises writes with its lock). The GUI thread
picks up the result with a timer. One check runs at a time.

Not Qt's thread pool: the application waits for the pool's threads when it quits,
so a source that does not answer kept the process alive after its window had closed.
A daemon thread never holds the process; each read is bounded by its own deadline
anyway (`fetch.start_reading`). `cancel()` drops a running check's result.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.model import Pack
from ..core.store.database import Store
from . import workers


class UpdateChecker(QObject):
    """Starts checks and emits `finished(list[SourceStatus])` on the GUI thread."""

    finished = Signal(list)

    def __init__(self, store: Store, builtin: list[Pack] | None, policy: Any = None,
                 parent: QObject | None = None, **options: Any) -> None:
        super().__init__(parent)
        self.store, self.builtin, self.policy, self.options = store, builtin, policy, options
        self.running = False
        self.worker: workers.Worker | None = None  # not `thread`: QObject.thread() is Qt's

    def has_sources(self) -> bool:
        from ..core.library.subscriptions import configured_sources

        configured, ignored = configured_sources(self.store, self.policy)
        return bool(configured or ignored)

    def start(self) -> bool:
        """Start a check; False if one is already running."""
        if self.running:
            return False
        self.running = True
        store, builtin, policy, options = self.store, self.builtin, self.policy, self.options

        def check() -> list:
            from ..core.library.subscriptions import SourceStatus, check_sources

            try:
                return check_sources(store, builtin, policy=policy, **options)
            except Exception as error:  # a bug here must not vanish silently in a worker thread
                return [SourceStatus("", "", "failed", f"the library check failed: {error}")]

        self.worker = workers.start(check, name="promptlib library check", parent=self, on_done=self._on_done)
        return True

    def cancel(self) -> None:
        """Forget a running check: its result is not reported (what it installed stays)."""
        if self.worker is not None:
            self.worker.cancel()
        self.running = False

    def _on_done(self, worker: workers.Worker) -> None:
        self.running = False
        self.worker = None
        self.finished.emit(worker.result if worker.error is None else [])
