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


def test_a_replaced_catalog_is_collected_at_the_next_freeze_not_kept_frozen(monkeypatch) -> None:
    import weakref

    class Details:   # as model.PackDetails and its templates: a cycle only the collector frees
        pass

    monkeypatch.setattr(gcpause, "FREEZE_ENABLED", True)
    gc.unfreeze()
    try:
        old = Details()
        old.templates = [old]
        gone = weakref.ref(old)
        gcpause.freeze_built()
        del old
        gc.collect()
        assert gone() is not None        # frozen: no collection frees it
        gcpause.thaw_replaced()          # the catalog was replaced
        gcpause.freeze_built()           # the new one is built: the old one is collected first
        assert gone() is None and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_first_collection_after_opening_a_workspace_has_nothing_of_it_to_walk(isolated_home) -> None:
    from promptlib.core.workspace import Workspace

    gc.unfreeze()
    workspace = Workspace.open(isolated_home)
    try:
        assert gc.get_freeze_count() > 0 and gc.get_count()[0] < 100
    finally:
        workspace.close()
        gc.unfreeze()
