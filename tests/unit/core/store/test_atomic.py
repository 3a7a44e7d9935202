"""AtomicJSONStorage: torn writes, corrupt files, backups and recovery."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from promptlib.core.store import atomic as storage_module
from promptlib.core.store.atomic import AtomicJSONStorage, StoreError

GOOD = {"favourites": {"1": {"template_id": "hr.job-ad"}}}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


def write_good_file(path: Path, data: dict = GOOD) -> None:
    """Write *data* through the storage and load it once, so `.bak` holds it too."""
    AtomicJSONStorage(path).write(data)
    assert AtomicJSONStorage(path).read() == data


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if ".tmp-" in p.name)


# -- normal use --------------------------------------------------------------


def test_tinydb_round_trip_through_atomic_storage(db_path: Path) -> None:
    with TinyDB(db_path, storage=AtomicJSONStorage) as db:
        db.table("settings").insert({"key": "language", "value": "fi"})
    with TinyDB(db_path, storage=AtomicJSONStorage) as db:
        assert db.table("settings").all() == [{"key": "language", "value": "fi"}]
    assert orjson.loads(db_path.read_bytes()) == {"settings": {"1": {"key": "language", "value": "fi"}}}


def test_missing_file_reads_as_empty_without_creating_anything(db_path: Path) -> None:
    storage = AtomicJSONStorage(db_path)
    assert storage.read() is None
    assert storage.recovery is None
    assert list(db_path.parent.iterdir()) == []


def test_utf8_bom_from_a_hand_edited_file_is_accepted(db_path: Path) -> None:
    db_path.write_bytes(b"\xef\xbb\xbf" + orjson.dumps(GOOD))
    assert AtomicJSONStorage(db_path).read() == GOOD


def test_non_ascii_text_survives(db_path: Path) -> None:
    data = {"settings": {"1": {"key": "greeting", "value": "Hyvää päivää, äö 🙂"}}}
    AtomicJSONStorage(db_path).write(data)
    assert AtomicJSONStorage(db_path).read() == data


# -- atomic writes -----------------------------------------------------------


@pytest.mark.parametrize("failing", ["replace", "fsync", "write"])
def test_failure_mid_write_leaves_the_old_file_intact(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    write_good_file(db_path)
    before = db_path.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            """Writes half of the payload, then fails like a full disk."""

            def __init__(self, handle):
                self._handle = handle

            def write(self, payload: bytes) -> None:
                self._handle.write(payload[: len(payload) // 2])
                self._handle.flush()
                boom()

            def __getattr__(self, name):
                return getattr(self._handle, name)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self._handle.close()

        monkeypatch.setattr(storage_module.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(storage_module.os, failing, boom)

    with pytest.raises(StoreError, match="No space left on device"):
        AtomicJSONStorage(db_path).write({"favourites": {"1": {"template_id": "other"}}})
    monkeypatch.undo()

    assert db_path.read_bytes() == before
    assert AtomicJSONStorage(db_path).read() == GOOD
    assert leftovers(db_path) == []


@pytest.mark.parametrize(
    "bad_value",
    ["lone surrogate \ud800 here", {1: "non-string key"}, 2**70],
    ids=["lone-surrogate", "int-key", "huge-int"],
)
def test_unserialisable_data_raises_before_the_file_is_touched(db_path: Path, bad_value: object) -> None:
    write_good_file(db_path)
    before = (db_path.read_bytes(), os.stat(db_path).st_ino)
    with pytest.raises(StoreError, match="cannot be stored as JSON"):
        AtomicJSONStorage(db_path).write({"settings": {"1": {"key": "x", "value": bad_value}}})
    assert (db_path.read_bytes(), os.stat(db_path).st_ino) == before
    assert leftovers(db_path) == []


def test_stale_temp_files_from_a_killed_writer_are_removed(db_path: Path) -> None:
    write_good_file(db_path)
    (db_path.parent / "state.json.tmp-abc123").write_bytes(b'{"half')
    (db_path.parent / "state.json.bak.tmp-def456").write_bytes(b"")
    AtomicJSONStorage(db_path).remove_stale_temp_files()
    assert leftovers(db_path) == []
    assert AtomicJSONStorage(db_path).read() == GOOD


# -- backup and recovery -----------------------------------------------------


def test_backup_is_refreshed_from_each_successful_load(db_path: Path) -> None:
    backup = db_path.with_name("state.json.bak")
    write_good_file(db_path, {"t": {"1": {"v": 1}}})
    assert orjson.loads(backup.read_bytes()) == {"t": {"1": {"v": 1}}}

    storage = AtomicJSONStorage(db_path)
    storage.read()
    storage.write({"t": {"1": {"v": 2}}})
    # The backup is a copy known to load, taken at load time, not at each write.
    assert orjson.loads(backup.read_bytes()) == {"t": {"1": {"v": 1}}}
    AtomicJSONStorage(db_path).read()
    assert orjson.loads(backup.read_bytes()) == {"t": {"1": {"v": 2}}}


CORRUPT = {
    "garbage": (b"this is not json at all", "not valid JSON"),
    "truncated": (orjson.dumps(GOOD)[:-7], "not valid JSON"),
    "empty": (b"", "empty"),
    "whitespace": (b"  \n", "empty"),
    "non-utf8": (b'{"favourites": {"1": {"template_id": "\xe4\xf6"}}}', "not UTF-8"),
    "json-list": (b"[1, 2, 3]", "list"),
    "wrong-shape": (b'{"favourites": 5}', "not an object"),
    "bad-doc-id": (b'{"favourites": {"one": {}}}', "malformed document"),
}


@pytest.mark.parametrize("case", sorted(CORRUPT))
def test_corrupt_file_is_moved_aside_and_backup_restored(db_path: Path, case: str) -> None:
    bad_bytes, reason = CORRUPT[case]
    write_good_file(db_path)
    db_path.write_bytes(bad_bytes)

    storage = AtomicJSONStorage(db_path)
    assert storage.read() == GOOD

    notice = storage.recovery
    assert notice is not None
    assert notice.restored_from_backup is True
    assert notice.path == db_path
    assert reason in notice.reason
    assert notice.moved_to.name.startswith("state.json.corrupt-")
    assert notice.moved_to.read_bytes() == bad_bytes  # kept, never deleted
    # The repaired file itself loads again, without another recovery.
    again = AtomicJSONStorage(db_path)
    assert again.read() == GOOD
    assert again.recovery is None


def test_corrupt_file_without_backup_starts_empty_and_keeps_the_file(db_path: Path) -> None:
    db_path.write_bytes(b'{"favourites": {"1": ')
    storage = AtomicJSONStorage(db_path)
    assert storage.read() is None
    notice = storage.recovery
    assert notice is not None and notice.restored_from_backup is False
    assert notice.moved_to.read_bytes() == b'{"favourites": {"1": '
    assert not db_path.exists()


def test_corrupt_file_and_corrupt_backup_start_empty(db_path: Path) -> None:
    db_path.write_bytes(b"\x00\x01")
    db_path.with_name("state.json.bak").write_bytes(b"{")
    storage = AtomicJSONStorage(db_path)
    assert storage.read() is None
    assert storage.recovery is not None and storage.recovery.restored_from_backup is False
    assert storage.recovery.moved_to.exists()


def test_repeated_corruption_never_overwrites_an_earlier_corrupt_copy(db_path: Path) -> None:
    write_good_file(db_path)
    moved = []
    for bad in (b"first", b"second", b"third"):
        db_path.write_bytes(bad)
        storage = AtomicJSONStorage(db_path)
        storage.read()
        assert storage.recovery is not None
        moved.append(storage.recovery.moved_to)
    assert len(set(moved)) == 3
    assert [p.read_bytes() for p in moved] == [b"first", b"second", b"third"]


def test_unreadable_file_is_an_error_not_a_recovery(db_path: Path) -> None:
    db_path.mkdir()  # reading a directory fails with an OSError other than "missing"
    storage = AtomicJSONStorage(db_path)
    with pytest.raises(StoreError, match="cannot read"):
        storage.read()
    assert storage.recovery is None


# -- what is replaced: regular files only; links are written through ----------------------


def test_a_symlinked_file_is_written_through_to_its_target(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "state.json"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "state.json"
    link.symlink_to(real)
    storage_module.atomic_write_bytes(link, b"new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"new"
    assert leftovers(real) == [] and leftovers(link) == []


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "target.json")
    storage_module.atomic_write_bytes(link, b"new")
    assert link.is_symlink() and (tmp_path / "target.json").read_bytes() == b"new"


def test_a_folder_is_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "out.json"
    folder.mkdir()
    with pytest.raises(IsADirectoryError):
        storage_module.atomic_write_bytes(folder, b"new")
    assert folder.is_dir()


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # someone reads the pipe
    try:
        storage_module.atomic_write_bytes(fifo, b"through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs are POSIX")
def test_a_pipe_nobody_reads_is_an_error_at_once_not_a_hang(tmp_path: Path) -> None:
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError):
        storage_module.atomic_write_bytes(fifo, b"x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="device files are POSIX")
def test_a_full_device_is_written_to_and_its_error_raised_never_replaced(tmp_path: Path) -> None:
    import errno
    import stat

    full = tmp_path / "full"  # a private /dev/full (char 1, 7), so no test can touch the real one
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, OSError):
        pytest.skip("cannot create a device node here (needs root or CAP_MKNOD)")
    with pytest.raises(OSError) as raised:
        storage_module.atomic_write_bytes(full, b"x" * 10)
    assert raised.value.errno == errno.ENOSPC
    assert stat.S_ISCHR(os.stat(full).st_mode)
    assert leftovers(full) == []


def test_the_content_check_runs_once_per_version_of_the_file(db_path: Path) -> None:
    checked: list[dict] = []

    def check(data: dict) -> None:
        checked.append(data)

    storage = AtomicJSONStorage(db_path, check=check)
    storage.write(GOOD)           # checked before it is written
    storage.read()                # the file just written: not again
    storage.read()
    assert len(checked) == 1
    db_path.write_bytes(orjson.dumps({"favourites": {}}))  # changed by someone else
    storage.read()
    assert len(checked) == 2


def test_a_file_the_content_check_refuses_is_recovered_like_a_corrupt_one(db_path: Path) -> None:
    write_good_file(db_path)
    db_path.write_bytes(orjson.dumps({"favourites": {"1": {"template_id": 5}}}))
    storage = AtomicJSONStorage(db_path, check=lambda data: "no good" if data != GOOD else None)
    assert storage.read() == GOOD
    assert storage.recovery is not None and storage.recovery.reason == "no good"
    assert storage.recovery.restored_from_backup
