"""FileLock: one writer at a time across processes, a clear message when busy, and no
stale lock after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from promptlib.core.store.atomic import StoreError
from promptlib.core.store.filelock import FileLock

REPO_ROOT = Path(__file__).resolve().parents[4]


def test_second_lock_times_out_with_a_clear_message(tmp_path: Path) -> None:
    lock_path = tmp_path / "state.json.lock"
    first = FileLock(lock_path, timeout=1)
    second = FileLock(lock_path, timeout=0.1, what="state.json")
    with first:
        with pytest.raises(StoreError, match=r"another promptlib is busy writing state\.json"):
            second.acquire()
        assert not second.held
    with second:  # free again once released
        assert second.held
    first.close()
    second.close()


def test_lock_is_not_reentrant_by_accident(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "x.lock", timeout=0.1)
    with lock:
        with pytest.raises(RuntimeError):
            lock.acquire()
        assert lock.held
    lock.close()


HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from promptlib.core.store.filelock import FileLock
    lock = FileLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    sys.stdin.read()  # hold the lock until killed (or until the test closes our stdin)
    """
)


def test_lock_held_by_another_process_blocks_and_dies_with_it(tmp_path: Path) -> None:
    lock_path = tmp_path / "state.json.lock"
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env=env
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        ours = FileLock(lock_path, timeout=0.2)
        with pytest.raises(StoreError, match="another promptlib is busy"):
            ours.acquire()
        child.kill()
        child.wait(timeout=10)
        ours.timeout = 5
        with ours:  # the OS dropped the dead process's lock; no stale lock file
            assert ours.held
        ours.close()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def test_the_lock_file_stays_after_release_and_close(tmp_path: Path) -> None:
    """Deleting it would let two processes lock two different files of the same name."""
    lock_path = tmp_path / "library.json.lock"
    lock = FileLock(lock_path)
    with lock:
        assert lock_path.exists()
    lock.close()
    assert lock_path.exists()


def test_closing_releases_the_lock_for_others(tmp_path: Path) -> None:
    lock_path = tmp_path / "x.lock"
    first, second = FileLock(lock_path, timeout=0), FileLock(lock_path, timeout=0)
    first.acquire()
    with pytest.raises(StoreError):
        second.acquire()
    first.close()
    with second:
        assert second.held
    second.close()
    first.release()                    # releasing what is not held does nothing
    assert not first.held


def test_a_lock_file_that_cannot_be_opened_is_a_store_error(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "missing-folder" / "x.lock")
    with pytest.raises(StoreError, match=r"the lock file x\.lock cannot be created"):
        lock.acquire()
    assert not lock.held


def test_the_busy_message_names_the_file_and_the_wait(tmp_path: Path) -> None:
    holder = FileLock(tmp_path / "state.json.lock")
    waiter = FileLock(tmp_path / "state.json.lock", timeout=0)
    with holder, pytest.raises(StoreError) as raised:
        waiter.acquire()
    assert str(raised.value) == ("another promptlib is busy writing state.json.lock; gave up after waiting 0 s. "
                                 "Try again in a moment.")
    holder.close()
    waiter.close()
