"""Checking library sources in the background, so a slow network share or server
never freezes the window or delays start-up.

The check runs in a daemon thread and calls only the core
(`subscriptions.check_sources`, which is safe to run beside the GUI: the store
serialises writes with its lock). The result comes back to the GUI thread through a
queued signal. One check runs at a time.

Not Qt's thread pool: the application waits for the pool's threads when it quits,
so a source that does not answer kept the process alive after its window had closed.
A daemon thread never holds the process; each read is bounded by its own deadline
anyway (`fetch.start_reading`). `cancel()` drops a running check's result.
"""

from __future__ import annotations

import gc
import threading
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.model import Pack
from ..core.store.database import Store


class _Relay(QObject):
    """Carries the worker's result to the GUI thread (it lives there)."""

    done = Signal(list)


class _CheckJob:
    def __init__(self, relay: _Relay, store: Store, builtin: list[Pack] | None, policy: Any,
                 options: dict[str, Any]) -> None:
        self.relay = relay  # a Python reference keeps the relay alive until the job ends
        self.store, self.builtin, self.policy, self.options = store, builtin, policy, options
        self.cancelled = threading.Event()

    def run(self) -> None:
        from ..core.library.subscriptions import SourceStatus, check_sources

        try:
            statuses = check_sources(self.store, self.builtin, policy=self.policy, **self.options)
        except Exception as error:  # a bug here must not vanish silently in a worker thread
            statuses = [SourceStatus("", "", "failed", f"the library check failed: {error}")]
        if not self.cancelled.is_set():
            with suppress(RuntimeError):  # the relay's Qt side is gone: the application has quit
                self.relay.done.emit(statuses)


class UpdateChecker(QObject):
    """Starts checks and emits `finished(list[SourceStatus])` on the GUI thread."""

    finished = Signal(list)

    def __init__(self, store: Store, builtin: list[Pack] | None, policy: Any = None,
                 parent: QObject | None = None, **options: Any) -> None:
        super().__init__(parent)
        self.store, self.builtin, self.policy, self.options = store, builtin, policy, options
        self.running = False
        self._relay: _Relay | None = None
        self._job: _CheckJob | None = None
        self.worker: threading.Thread | None = None  # not `thread`: QObject.thread() is Qt's

    def has_sources(self) -> bool:
        from ..core.library.subscriptions import configured_sources

        configured, ignored = configured_sources(self.store, self.policy)
        return bool(configured or ignored)

    def start(self) -> bool:
        """Start a check; False if one is already running."""
        if self.running:
            return False
        self.running = True
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._job = _CheckJob(self._relay, self.store, self.builtin, self.policy, self.options)
        self.worker = threading.Thread(target=self._job.run, name="promptlib library check", daemon=True)
        gc.collect()   # on the GUI thread, not in the worker: see libraryactions._collect_on_the_gui_thread
        self.worker.start()
        return True

    def cancel(self) -> None:
        """Forget a running check: its result is not reported (what it installed stays)."""
        if self._job is not None:
            self._job.cancelled.set()
        self._job = None
        self.running = False
        self._relay = None

    def _on_done(self, statuses: list) -> None:
        self.running = False
        self._relay = None
        self._job = None
        self.finished.emit(statuses)
