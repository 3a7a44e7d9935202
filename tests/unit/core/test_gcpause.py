"""Pausing the garbage collector around big parses must never leave it switched off:
a long-running app would then slowly fill memory with unreclaimed cycles."""

from __future__ import annotations

import gc

import pytest

from promptlib.core import gcpause
from promptlib.core.gcpause import collector_paused


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()        # the inner pause does not switch it back on early
    assert gc.isenabled()


def test_the_collector_comes_back_when_the_parse_fails() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("not JSON")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_is_built_is_frozen_out_of_later_collections_unless_switched_off(monkeypatch) -> None:
    gc.unfreeze()
    try:
        gcpause.freeze_built()
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        monkeypatch.setattr(gcpause, "FREEZE_ENABLED", False)
        gcpause.freeze_built()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_a_pause_that_ends_leaves_the_collector_off_while_another_hold_lasts() -> None:
    # A catalog rebuilt on the GUI thread while a worker runs (gui/workers.py holds the
    # collector off for it) must not switch the collector back on under the worker.
    assert gc.isenabled()
    with collector_paused():
        gcpause.hold_collector()        # a worker starts during the pause
    try:
        assert not gc.isenabled() and gcpause.holders() == 1
    finally:
        gcpause.release_collector()     # the worker ends
    assert gc.isenabled() and gcpause.holders() == 0
