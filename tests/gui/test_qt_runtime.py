"""Guards against a Qt binding that would crash the app after a while of use."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal()


def test_emitting_signals_keeps_reference_counts_intact(qapp) -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit; after enough searches
    # and clicks the interpreter aborts with "bool_dealloc". Pinned out in pyproject.
    emitter = _Emitter()
    emitter.happened.connect(lambda: None)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(200):
        emitter.happened.emit()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
