"""Building large, plain data without the cyclic garbage collector running over it, and
keeping the collector off it once it is built."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from . import tricks

ENABLED = tricks.enabled(tricks.GC_PAUSE)  # off only for a benchmark run (see tricks.py)
FREEZE_ENABLED = tricks.enabled(tricks.GC_FREEZE)


_hold_lock = threading.Lock()
_holders = 0
_was_enabled = False


def hold_collector() -> None:
    """Keep the collector off until as many `release_collector` calls: shared by every
    thread and every pause, so one that ends cannot switch it back on while another
    still needs it off (`gui/workers.py` relies on that)."""
    global _holders, _was_enabled
    with _hold_lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1


def release_collector() -> None:
    """The collector comes back on with the last release, if it was on at the first hold."""
    global _holders
    with _hold_lock:
        _holders -= 1
        if _holders == 0 and _was_enabled:
            gc.enable()


def holders() -> int:
    """How many holds keep the collector off now (for tests)."""
    with _hold_lock:
        return _holders


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large acyclic structure is built.

    Parsing a 12 MB library (10,000 templates) makes about a million dicts, lists and
    strings. Every few hundred new containers the collector runs, and now and then it
    walks every live one, though freshly parsed data holds no reference cycles (what
    it drops is freed by reference counting as always). Paused, parsing that file took
    ~70 ms instead of ~125 ms here. Safe to nest and to use from several threads: the
    collector is switched back on by whoever switched it off.
    """
    if not ENABLED:
        yield
        return
    hold_collector()
    try:
        yield
    finally:
        release_collector()


_thawed = False   # something frozen was given back to the collector (`thaw_replaced`)


def freeze_built() -> None:
    """Leave what is alive now out of every later collection (`gc.freeze()`).

    Called once the library is built (`Workspace.open`, inside its collector pause; the
    window's models over a new catalog; again when its search text is indexed). A full
    collection walks every tracked object, and 100,000 templates are millions of them: it
    took 489 ms there, 263 ms with them frozen (docs/ARCHITECTURE.md, "Start-up"), and a
    collection can land on any keystroke. Frozen inside a pause, the objects the pause
    let pile up are not walked by the first collection after it either (~60-80 ms at
    100,000). What the library drops later is freed by reference counting, except a
    replaced catalog's templates and their `PackDetails`, which refer to each other:
    `thaw_replaced` gives them back, and the next freeze collects them first.
    """
    global _thawed
    if not FREEZE_ENABLED:
        return
    if _thawed:
        _thawed = False
        gc.collect()   # once after a library change, or the old catalog would be kept for good
    gc.freeze()


def thaw_replaced() -> None:
    """Give what was frozen back to the collector: a catalog was replaced (an import,
    an update, an own template saved), and its cycles must be freed."""
    global _thawed
    if FREEZE_ENABLED and gc.get_freeze_count():
        gc.unfreeze()
        _thawed = True
