"""Store: favourites, history, settings and packs; two instances; kill at any moment."""

from __future__ import annotations

import inspect
import os
import random
import re
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest
from librarydata import pack, template

from promptlib.core.store.database import HISTORY_LIMIT, InstalledPack, RecentUse, Store, StoreError
from promptlib.core.store.filelock import FileLock

REPO_ROOT = Path(__file__).resolve().parents[4]
CHILD_ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "promptlib-data"


@pytest.fixture
def store(data_dir: Path):
    with Store(data_dir) as opened:
        yield opened


def reopen(data_dir: Path) -> Store:
    return Store(data_dir)


def make_pack(pack_id: str, version: str = "1.0.0", templates: int = 1) -> dict:
    return {
        "format": "promptlib-library",
        "format_version": 1,
        "id": pack_id,
        "name": f"Pack {pack_id}",
        "version": version,
        "publisher": "Testikunta",
        "templates": [
            {"id": f"{pack_id}.t{i}", "language": "fi", "title": f"Kehote {i}", "body": "Kirjoita {{ x }}"}
            for i in range(templates)
        ],
    }


# -- favourites ----------------------------------------------------------------


def test_new_store_is_empty_and_creates_its_folder(data_dir: Path) -> None:
    with Store(data_dir) as store:
        assert data_dir.is_dir()
        assert store.favourites() == set()
        assert store.recent() == []
        assert store.setting("missing", "fallback") == "fallback"
        assert store.installed_packs() == []
        assert store.recovery_notices == []


def test_favourites_round_trip_across_reopen(store: Store, data_dir: Path) -> None:
    assert store.toggle_favourite("hr.job-ad") is True
    store.set_favourite("comms.press-release", True)
    store.set_favourite("comms.press-release", True)  # idempotent
    assert store.toggle_favourite("finance.budget") is True
    assert store.toggle_favourite("finance.budget") is False
    assert store.is_favourite("hr.job-ad") and not store.is_favourite("finance.budget")
    store.close()
    with reopen(data_dir) as again:
        assert again.favourites() == {"hr.job-ad", "comms.press-release"}
        again.set_favourite("hr.job-ad", False)
    with reopen(data_dir) as again:
        assert again.favourites() == {"comms.press-release"}


def test_favourites_returned_set_is_a_copy(store: Store) -> None:
    store.set_favourite("a", True)
    store.favourites().add("b")
    assert store.favourites() == {"a"}


def test_bad_template_id_is_rejected(store: Store) -> None:
    with pytest.raises(ValueError):
        store.toggle_favourite("")
    with pytest.raises(ValueError):
        store.record_use("hr.job-ad", None)  # type: ignore[arg-type]


# -- history -------------------------------------------------------------------


def ticking_clock():
    moments = (datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=i) for i in range(10_000))
    return lambda: next(moments)


def test_history_is_newest_first_deduplicated_and_survives_reopen(data_dir: Path) -> None:
    with Store(data_dir, clock=ticking_clock()) as store:
        store.record_use("hr.job-ad", "fi")
        store.record_use("hr.job-ad", "sv")  # a translation is a separate use
        store.record_use("comms.news", "fi")
        store.record_use("hr.job-ad", "fi")  # moves to the top, no duplicate
    with reopen(data_dir) as store:
        assert store.recent() == [
            RecentUse("hr.job-ad", "fi", "2026-03-01T09:03:00+00:00"),
            RecentUse("comms.news", "fi", "2026-03-01T09:02:00+00:00"),
            RecentUse("hr.job-ad", "sv", "2026-03-01T09:01:00+00:00"),
        ]
        assert store.recent(limit=1) == [RecentUse("hr.job-ad", "fi", "2026-03-01T09:03:00+00:00")]


@pytest.mark.slow
def test_history_keeps_only_the_newest_entries(store: Store) -> None:
    for i in range(HISTORY_LIMIT + 25):
        store.record_use(f"t{i}", "fi")
    everything = store.recent(limit=10_000)
    assert len(everything) == HISTORY_LIMIT
    assert everything[0].template_id == f"t{HISTORY_LIMIT + 24}"
    assert everything[-1].template_id == "t25"


def test_history_used_at_is_iso_utc(data_dir: Path) -> None:
    helsinki = timezone(timedelta(hours=2))
    with Store(data_dir, clock=lambda: datetime(2026, 3, 1, 11, 0, tzinfo=helsinki)) as store:
        store.record_use("hr.job-ad", "fi")
        assert store.recent()[0].used_at == "2026-03-01T09:00:00+00:00"


def test_history_holds_no_filled_values(store: Store, data_dir: Path) -> None:
    assert list(inspect.signature(Store.record_use).parameters) == ["self", "template_id", "language"]
    store.record_use("hr.job-ad", "fi")
    on_disk = orjson.loads((data_dir / "state.json").read_bytes())
    assert [set(doc) for doc in on_disk["history"].values()] == [{"template_id", "language", "used_at"}]


# -- settings ------------------------------------------------------------------

VALUES = ["fi", 3, 2.5, True, None, ["hr", "finance"], {"width": 1200, "nested": {"ä": [1, 2]}}]


def test_settings_round_trip_across_reopen(store: Store, data_dir: Path) -> None:
    for i, value in enumerate(VALUES):
        store.set_setting(f"key{i}", value)
    store.set_setting("key0", "sv")  # overwrite
    store.close()
    with reopen(data_dir) as again:
        assert [again.setting(f"key{i}") for i in range(len(VALUES))] == ["sv", *VALUES[1:]]
        assert again.setting("nope", 42) == 42


def test_setting_values_are_not_aliased(store: Store) -> None:
    roles = ["hr"]
    store.set_setting("roles", roles)
    roles.append("finance")
    store.setting("roles").append("communications")
    assert store.setting("roles") == ["hr"]


@pytest.mark.parametrize("bad", [{1, 2}, {1: "int key"}, "lone \udc80 surrogate", object()])
def test_unstorable_setting_is_refused_and_nothing_changes(store: Store, data_dir: Path, bad: object) -> None:
    store.set_setting("ok", 1)
    before = (data_dir / "state.json").read_bytes()
    with pytest.raises(StoreError, match="cannot be stored as JSON"):
        store.set_setting("bad", bad)
    assert (data_dir / "state.json").read_bytes() == before
    assert store.setting("bad", "absent") == "absent"


# -- two instances ----------------------------------------------------------


def test_two_instances_do_not_lose_each_others_writes(data_dir: Path) -> None:
    with Store(data_dir) as first, Store(data_dir) as second:
        first.set_favourite("x", True)
        second.set_favourite("y", True)  # second never saw x in memory
        first.set_setting("language", "fi")
        second.set_setting("theme", "dark")
        first.record_use("x", "fi")
        second.record_use("y", "fi")
        first.install_packs([(make_pack("a"), {"source": "first"})])
        second.install_packs([(make_pack("b"), {"source": "second"})])
        assert second.favourites() == {"x", "y"}  # its own write re-read the file
        second.set_setting("late", 1)
        assert first.setting("late") is None  # served from memory ...
        first.reload()
        assert first.setting("late") == 1  # ... until reloaded
    with reopen(data_dir) as store:
        assert store.favourites() == {"x", "y"}
        assert (store.setting("language"), store.setting("theme")) == ("fi", "dark")
        assert [use.template_id for use in store.recent()] == ["y", "x"]
        assert [p.pack["id"] for p in store.installed_packs()] == ["a", "b"]


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from promptlib.core.store.database import Store
    store = Store(Path(sys.argv[1]), lock_timeout=30)
    for i in range(int(sys.argv[3])):
        store.set_favourite(f"{sys.argv[2]}-{i}", True)
        store.record_use(f"{sys.argv[2]}-{i}", "fi")
    store.close()
    """
)


@pytest.mark.slow
def test_concurrent_processes_do_not_lose_writes(data_dir: Path) -> None:
    Store(data_dir).close()
    children = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), tag, "60"], env=CHILD_ENV)
        for tag in ("a", "b", "c")
    ]
    assert [child.wait(timeout=120) for child in children] == [0, 0, 0]
    with reopen(data_dir) as store:
        assert store.favourites() == {f"{tag}-{i}" for tag in "abc" for i in range(60)}
        assert len(store.recent(limit=1000)) == 180


def test_busy_lock_gives_a_clear_error_and_changes_nothing(data_dir: Path) -> None:
    with Store(data_dir, lock_timeout=0.1) as store:
        store.set_favourite("kept", True)
        with (FileLock(data_dir / "state.json.lock"),
              pytest.raises(StoreError, match=r"another promptlib is busy writing state\.json")):
            store.toggle_favourite("new")
        assert store.favourites() == {"kept"}
    with reopen(data_dir) as store:
        assert store.favourites() == {"kept"}


def test_closed_store_refuses_writes(data_dir: Path) -> None:
    store = Store(data_dir)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.set_favourite("x", True)


# -- library packs -----------------------------------------------------------


def test_install_replace_and_remove_packs(store: Store, data_dir: Path) -> None:
    store.install_packs([(make_pack("fi.hr"), {"source": "hr.json"}), (make_pack("fi.comms"), {"source": "c.json"})])
    store.install_packs([(make_pack("fi.hr", "2.0.0", templates=3), {"source": "hr-v2.json"})])
    store.close()
    with reopen(data_dir) as again:
        packs = again.installed_packs()
        assert [(p.pack["id"], p.pack["version"]) for p in packs] == [("fi.hr", "2.0.0"), ("fi.comms", "1.0.0")]
        assert packs[0] == InstalledPack(make_pack("fi.hr", "2.0.0", templates=3), {"source": "hr-v2.json"})
        assert again.remove_pack("fi.hr") is True
        assert again.remove_pack("fi.hr") is False
    with reopen(data_dir) as again:
        assert [p.pack["id"] for p in again.installed_packs()] == ["fi.comms"]


def library_files(data_dir: Path) -> dict[str, bytes]:
    """The index and every file of the installed libraries, by name."""
    files = {"libraries.json": (data_dir / "libraries.json").read_bytes()}
    files.update({p.name: p.read_bytes() for p in sorted((data_dir / "libraries").iterdir())})
    return files


def the_library_file(data_dir: Path) -> Path:
    [path] = (data_dir / "libraries").glob("*.json")
    return path


def test_install_is_all_or_nothing(store: Store, data_dir: Path) -> None:
    store.install_packs([(make_pack("fi.hr"), {"source": "v1"})])
    before = library_files(data_dir)
    broken = make_pack("fi.broken")
    broken["name"] = "bad \ud800 text"
    with pytest.raises(StoreError):
        store.install_packs([(make_pack("fi.hr", "2.0.0"), {"source": "v2"}), (broken, {"source": "x"})])
    with pytest.raises(ValueError, match="twice"):
        store.install_packs([(make_pack("fi.new"), {}), (make_pack("fi.new"), {})])
    assert library_files(data_dir) == before
    assert [(p.pack["id"], p.provenance) for p in store.installed_packs()] == [("fi.hr", {"source": "v1"})]


def test_install_and_remove_happen_in_one_write(store) -> None:
    store.install_packs([(pack("team.a", "1", template("a.x")), {}), (pack("team.b", "1", template("b.x")), {})])
    before = store.library_signature()
    store.install_packs([(pack("team.c", "1", template("c.x")), {})], remove=["team.a"])
    assert [p.pack["id"] for p in store.installed_packs()] == ["team.b", "team.c"]
    assert store.library_signature() != before
    with pytest.raises(ValueError, match="both installed and removed"):
        store.install_packs([(pack("team.b", "2", template("b.x")), {})], remove=["team.b"])


def test_state_writes_never_touch_the_libraries(store: Store, data_dir: Path, monkeypatch) -> None:
    store.install_packs([(make_pack("fi.big", templates=200), {"source": "big.json"})])
    library = the_library_file(data_dir)
    before = (library_files(data_dir), os.stat(library).st_ino, os.stat(library).st_mtime_ns)

    def no_library_reads():
        raise AssertionError("a state change read the libraries")

    monkeypatch.setattr(store._libraries.index, "read", no_library_reads)
    monkeypatch.setattr(store._libraries.index, "write", no_library_reads)
    store.toggle_favourite("fi.big.t1")
    store.record_use("fi.big.t1", "fi")
    store.set_setting("language", "fi")
    assert (library_files(data_dir), os.stat(library).st_ino, os.stat(library).st_mtime_ns) == before


def test_installing_one_library_writes_only_its_file_and_the_index(store: Store, data_dir: Path) -> None:
    store.install_packs([(make_pack("org.a", templates=50), {}), (make_pack("org.b", templates=50), {})])
    before = library_files(data_dir)
    b_files = {name for name in before if name.startswith("org.b.")}
    store.install_packs([(make_pack("org.a", "2.0.0", templates=60), {"source": "v2"})])
    after = library_files(data_dir)
    assert {name: after[name] for name in b_files} == {name: before[name] for name in b_files}  # untouched
    assert {n for n in after if n.startswith("org.a.")} > {n for n in before if n.startswith("org.a.")}
    Store(data_dir).close()  # the replaced edition's files are deleted at the next open
    assert {n for n in library_files(data_dir) if n.startswith("org.a.")}.isdisjoint(before)
    assert [(p.pack_id, p.fields["version"], p.template_count) for p in store.installed_packs()] == [
        ("org.a", "2.0.0", 60), ("org.b", "1.0.0", 50)]


# -- damage and kills --------------------------------------------------------


def test_corrupt_state_at_start_is_moved_aside_and_backup_restored(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.set_favourite("saved", True)
    with Store(data_dir) as store:  # this load refreshes state.json.bak
        assert store.favourites() == {"saved"}
    (data_dir / "state.json").write_bytes(b'{"favourites": {"1": {"templ')
    with Store(data_dir) as store:
        assert store.favourites() == {"saved"}
        [notice] = store.recovery_notices
        assert notice.path == data_dir / "state.json"
        assert notice.restored_from_backup and "not valid JSON" in notice.reason
        assert notice.moved_to.read_bytes() == b'{"favourites": {"1": {"templ'
        store.set_favourite("after", True)
    with Store(data_dir) as store:
        assert store.favourites() == {"saved", "after"}
        assert store.recovery_notices == []


KILLED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from promptlib.core.store.database import Store
    store = Store(Path(sys.argv[1]))
    tag = sys.argv[2]
    templates = [{"id": f"t{i}", "language": "fi", "title": "T", "body": "x" * 200} for i in range(300)]
    i = 0
    while True:
        store.set_favourite(f"{tag}-{i}", True)
        print(f"fav {tag}-{i}", flush=True)
        store.set_setting(f"counter-{tag}", i)
        print(f"set {i}", flush=True)
        store.record_use(f"{tag}-{i}", "fi")
        print(f"use {tag}-{i}", flush=True)
        if i % 10 == 0:
            store.install_packs([({"id": f"pack-{tag}", "name": "P", "publisher": "p", "version": str(i),
                                   "templates": templates}, {})])
            print(f"pack {i}", flush=True)
        i += 1
    """
)


@pytest.mark.slow
def test_kill_at_random_moments_loses_no_acknowledged_write(data_dir: Path) -> None:
    rng = random.Random()
    seed = rng.randrange(10**9)
    rng.seed(seed)
    acked_favourites: set[str] = set()
    for round_no in range(12):
        tag = f"r{round_no}"
        child = subprocess.Popen(
            [sys.executable, "-c", KILLED, str(data_dir), tag], stdout=subprocess.PIPE, text=True, env=CHILD_ENV
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is up and writing
        try:
            child.wait(timeout=rng.uniform(0.0, 0.3))
        except subprocess.TimeoutExpired:
            child.kill()
        child.wait(timeout=10)
        lines = [first, *child.stdout.read().splitlines()]
        child.stdout.close()
        acks = [line.split() for line in lines if re.fullmatch(r"(fav|set|use|pack) \S+\d", line.strip())]
        assert acks, f"child wrote nothing (seed {seed})"
        acked_favourites |= {name for kind, name in acks if kind == "fav"}
        counters = [int(value) for kind, value in acks if kind == "set"]
        uses = [name for kind, name in acks if kind == "use"]
        packs = [int(value) for kind, value in acks if kind == "pack"]

        with Store(data_dir) as store:
            context = f"round {round_no}, seed {seed}"
            assert store.recovery_notices == [], context
            assert acked_favourites <= store.favourites(), context
            if counters:  # the write after the last ack may also have landed
                assert store.setting(f"counter-{tag}") in (counters[-1], counters[-1] + 1), context
            if uses:
                assert uses[-1] in [use.template_id for use in store.recent(limit=3)], context
            if packs:
                [pack] = [p.pack for p in store.installed_packs() if p.pack["id"] == f"pack-{tag}"]
                assert int(pack["version"]) in (packs[-1], packs[-1] + 10), context
                assert len(pack["templates"]) == 300, context
    assert not list(data_dir.glob("**/*.corrupt-*"))


# -- a read-only data folder: reading works, only writing needs the lock ------------------


def _filled(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.set_favourite("hr.job-ad", True)
        store.install_packs([(pack("org.a", "1.0", template("org.a.one")), {"source": "x"})])


@pytest.mark.parametrize("lock_files_exist", [True, False])
def test_a_read_only_folder_can_be_read_and_refuses_changes_in_one_line(
        data_dir: Path, monkeypatch, lock_files_exist: bool) -> None:
    from readonly import make_read_only

    _filled(data_dir)
    if not lock_files_exist:  # e.g. a folder copied without them, or made by an older version
        for lock in data_dir.glob("*.lock"):
            lock.unlink()
    before = sorted(p.name for p in data_dir.iterdir())
    make_read_only(monkeypatch, data_dir)
    with Store(data_dir) as store:
        assert store.favourites() == {"hr.job-ad"}
        assert [p.pack["id"] for p in store.installed_packs()] == ["org.a"]
        store.reload()
        with pytest.raises(StoreError) as raised:
            store.set_favourite("hr.other", True)
    assert "\n" not in str(raised.value)
    assert "Read-only file system" in str(raised.value) or "read-only" in str(raised.value)
    monkeypatch.undo()
    assert sorted(p.name for p in data_dir.iterdir()) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_folder_without_write_permission_can_be_read(data_dir: Path) -> None:
    _filled(data_dir)
    for lock in data_dir.glob("*.lock"):
        lock.unlink()
    data_dir.chmod(0o555)
    try:
        with Store(data_dir) as store:
            assert store.favourites() == {"hr.job-ad"}
            with pytest.raises(StoreError, match="cannot be created"):
                store.set_favourite("hr.other", True)
    finally:
        data_dir.chmod(0o755)


# -- valid JSON of the wrong shape is damaged like invalid JSON ------------------------------

WRONG_SHAPES = {
    "template without body": lambda p: p["templates"][0].pop("body"),
    "title null": lambda p: p["templates"][0].update(title=None),
    "templates a string": lambda p: p.update(templates="abc"),
}


@pytest.mark.parametrize("change", WRONG_SHAPES.values(), ids=WRONG_SHAPES.keys())
def test_a_library_file_of_the_wrong_shape_is_set_aside_and_the_backup_restored(data_dir: Path, change) -> None:
    from promptlib.core.workspace import Workspace

    with Store(data_dir) as store:
        store.install_packs([(make_pack("fi.good"), {"source": "good"})])
    library = the_library_file(data_dir)
    backup = library.with_name(library.name + ".bak")
    good_backup = backup.read_bytes()  # written with the library
    data = orjson.loads(library.read_bytes())
    change(data["packs"]["1"]["pack"])
    bad = orjson.dumps(data)
    library.write_bytes(bad)
    for _ in range(2):  # the first open repairs; the second finds nothing wrong
        workspace = Workspace.open(data_dir)
        try:
            assert workspace.catalog.get("fi.good.t0", "fi") is not None
            assert [p.pack["id"] for p in workspace.store.installed_packs()] == ["fi.good"]
            notices = workspace.store.recovery_notices
        finally:
            workspace.close()
        if notices:
            [notice] = notices
            assert notice.restored_from_backup and notice.moved_to.read_bytes() == bad
            assert "the last good copy was restored" in notice.describe()
    assert backup.read_bytes() == good_backup  # never the file that did not load
    assert len(list(library.parent.glob(f"{library.name}.corrupt-*"))) == 1


def test_a_wrong_shape_without_a_good_backup_starts_empty_and_is_never_backed_up(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    bad = orjson.dumps({"packs": {"1": {"pack": {"id": "x", "templates": "abc"}, "provenance": {}}}})
    (data_dir / "library.json").write_bytes(bad)  # an earlier version's file, migrated at open
    with Store(data_dir) as store:
        assert store.installed_packs() == []
        [notice] = store.recovery_notices
        assert not notice.restored_from_backup and "no backup was available" in notice.describe()
        assert notice.moved_to.read_bytes() == bad
    assert not (data_dir / "library.json.bak").exists() or (data_dir / "library.json.bak").read_bytes() != bad


def test_a_damaged_library_file_without_its_backup_drops_only_that_library(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.install_packs([(make_pack("org.a"), {}), (make_pack("org.b"), {})])
    [a_file] = (data_dir / "libraries").glob("org.a.*.json")
    a_file.with_name(a_file.name + ".bak").unlink()
    a_file.write_bytes(b"{not json")
    with Store(data_dir) as store:
        assert [p.pack_id for p in store.installed_packs() if p.template_count] == ["org.b"]
        [notice] = store.recovery_notices
        assert notice.path == a_file and notice.moved_to.read_bytes() == b"{not json"


def test_a_state_file_with_values_of_the_wrong_type_is_set_aside(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.set_favourite("hr.good", True)
    with Store(data_dir):
        pass  # loaded once: backed up
    data = orjson.loads((data_dir / "state.json").read_bytes())
    data["settings"] = {"1": {"key": "window_geometry", "value": 5}}
    (data_dir / "state.json").write_bytes(orjson.dumps(data))
    with Store(data_dir) as store:
        assert store.favourites() == {"hr.good"} and store.setting("window_geometry") is None
        [notice] = store.recovery_notices
        assert "setting 'window_geometry' must be a string" in notice.reason
