"""Work in a plain Python thread beside the GUI, without Qt objects dying in it.

Python's cyclic garbage collector runs in whichever thread happens to allocate when its
threshold is reached. A worker that allocates a lot (checking a library file, planning
an update) would then destroy whatever Qt objects wait in reference cycles (a closed
dialog, a replaced window) in the worker thread; but a Qt object must die in its own
thread, and one destroyed elsewhere left its timer in the GUI thread's list: the next
timer event crashed the process (a segfault in `QTimerInfoList::activateTimers`, seen in
about one test run in three once imports ran in a worker).

So while any worker runs the collector is off (reference counting still frees all that
is not in a cycle), and the GUI thread switches it back on when the last worker has
finished. Workers never touch Qt: the GUI thread looks for their answer with a timer,
and calls `on_done` itself. Threads are daemons, so none keeps the process alive after
the window closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..core.gcpause import hold_collector, release_collector

POLL_MS = 15  # how often the GUI thread looks whether a worker has finished

_running_lock = threading.Lock()
_running = 0


def _hold_collector() -> None:
    # The hold is gcpause's, shared with every pause of the GUI thread (a catalog rebuilt
    # while a worker runs must not switch the collector back on under it).
    global _running
    with _running_lock:
        _running += 1
    hold_collector()


def _release_collector() -> None:
    global _running
    release_collector()
    with _running_lock:
        _running -= 1


def workers_running() -> int:
    """How many workers hold the collector off (for tests)."""
    with _running_lock:
        return _running


class Worker:
    """One job in a daemon thread: `finished` is set when it has returned or raised,
    then `result` or `error` holds what it gave."""

    def __init__(self, job: Callable[[], Any], name: str) -> None:
        self._job = job
        self.name = name
        self.finished = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self.thread: threading.Thread | None = None

    def _run(self) -> None:
        try:
            self.result = self._job()
        except BaseException as error:  # handed to the GUI thread, which decides what to say
            self.error = error
        finally:
            self.finished.set()

    def cancel(self) -> None:
        """Drop the answer: `on_done` is not called (the job itself runs to its end)."""
        self.cancelled = True


def start(job: Callable[[], Any], *, name: str, parent: QObject,
          on_done: Callable[[Worker], None] | None = None, stack_size: int | None = None) -> Worker:
    """Run *job* in a daemon thread; `on_done(worker)` is called on the GUI thread when it
    has finished (unless cancelled, or *parent* has been destroyed meanwhile)."""
    worker = Worker(job, name)
    thread = worker.thread = threading.Thread(target=worker._run, name=name, daemon=True)
    _hold_collector()
    try:
        _start_thread(thread, stack_size)
    except BaseException:
        _release_collector()
        raise
    # The watch belongs to the application, not to *parent*: if *parent* goes first (a
    # window closed mid-check), the collector must still come back on when the job ends.
    watch = QTimer(QCoreApplication.instance())
    watch.setInterval(POLL_MS)
    parent_alive = [True]
    parent.destroyed.connect(lambda: parent_alive.__setitem__(0, False))

    def look() -> None:
        if not worker.finished.is_set():
            return
        watch.stop()
        watch.deleteLater()
        _release_collector()
        if on_done is not None and not worker.cancelled and parent_alive[0]:
            on_done(worker)

    watch.timeout.connect(look)
    watch.start()
    return worker


_stack_size_lock = threading.Lock()


def _start_thread(thread: threading.Thread, stack_size: int | None) -> None:
    if stack_size is None:
        thread.start()
        return
    with _stack_size_lock:  # threading.stack_size is process-wide: set it only around this start
        try:
            previous = threading.stack_size(stack_size)
        except (ValueError, RuntimeError):  # a platform that cannot set it keeps its own
            thread.start()
            return
        try:
            thread.start()
        finally:
            threading.stack_size(previous)
