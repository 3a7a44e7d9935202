"""Workers beside the GUI: the answer comes back on the GUI thread, and no object dies
in a worker thread through the cyclic garbage collector (Qt objects must die in their
own thread; one that did not crashed the process)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from promptlib.gui import workers


class _InACycle:
    """Records the thread it is freed in; kept in a reference cycle, so only the cyclic
    collector can free it."""

    def __init__(self, freed_in: list[int]) -> None:
        self.freed_in = freed_in
        self.me = self

    def __del__(self) -> None:
        self.freed_in.append(threading.get_ident())


def test_no_cycle_is_collected_in_the_worker_thread(qtbot) -> None:
    gc.collect()
    freed_in: list[int] = []
    _InACycle(freed_in)          # garbage now, waiting for the collector
    done: list[workers.Worker] = []

    def allocate() -> int:
        # Enough new containers to pass the collector's threshold many times over.
        return len([{"n": n} for n in range(200_000)])

    parent = QObject()
    worker = workers.start(allocate, name="test-worker", parent=parent, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert worker.thread is not None and worker.thread.ident not in freed_in
    # A window left by an earlier test may have frozen it meanwhile (its idle-time search
    # preparation ends with core.gcpause.freeze_built): give it back to the collector.
    gc.unfreeze()
    gc.collect()
    assert freed_in == [threading.get_ident()]  # freed, and on this (the GUI) thread
    assert done[0].result == 200_000 and done[0].error is None


def test_the_collector_is_back_on_when_the_last_worker_has_finished(qtbot) -> None:
    assert gc.isenabled()
    release = threading.Event()
    parent = QObject()
    done: list[workers.Worker] = []
    first = workers.start(lambda: release.wait(10), name="test-a", parent=parent, on_done=done.append)
    second = workers.start(lambda: "quick", name="test-b", parent=parent, on_done=done.append)
    qtbot.waitUntil(lambda: second in done, timeout=10_000)
    assert not gc.isenabled() and workers.workers_running() == 1  # the first still runs
    release.set()
    qtbot.waitUntil(lambda: first in done, timeout=10_000)
    assert gc.isenabled() and workers.workers_running() == 0


def test_an_error_in_the_job_reaches_the_gui_thread_and_a_cancelled_answer_is_dropped(qtbot) -> None:
    parent = QObject()
    done: list[workers.Worker] = []

    def broken() -> None:
        raise RecursionError("maximum recursion depth exceeded")

    failing = workers.start(broken, name="test-c", parent=parent, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert isinstance(failing.error, RecursionError)
    release = threading.Event()
    dropped = workers.start(lambda: release.wait(10), name="test-d", parent=parent, on_done=done.append)
    dropped.cancel()
    release.set()
    qtbot.waitUntil(lambda: workers.workers_running() == 0, timeout=10_000)
    assert done == [failing] and gc.isenabled()
