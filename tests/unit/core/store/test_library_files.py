"""One file per installed library, the index, the migration of a single library.json,
and a kill at any moment of either."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from promptlib.core.store.database import Store
from promptlib.core.store.library_files import FOLDER, INDEX_FILE, LEGACY_FILE, MIGRATED_SUFFIX

REPO_ROOT = Path(__file__).resolve().parents[4]
CHILD_ENV = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}


def make_pack(pack_id: str, templates: int = 2, version: str = "1.0.0") -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": pack_id, "name": f"Pack {pack_id}",
            "version": version, "publisher": "Testikunta",
            "templates": [{"id": f"{pack_id}.t{i}", "language": "fi", "title": f"Kehote {i}",
                           "body": "Kirjoita " + "x" * 200} for i in range(templates)]}


def write_legacy(data_dir: Path, packs: list[dict]) -> bytes:
    """A data folder as an earlier version left it: every pack in one library.json."""
    data_dir.mkdir(parents=True, exist_ok=True)
    raw = orjson.dumps({"packs": {str(number): {"pack": pack, "provenance": {"source": f"s{number}"}}
                                  for number, pack in enumerate(packs, start=1)}})
    (data_dir / LEGACY_FILE).write_bytes(raw)
    return raw


def installed(data_dir: Path) -> list[tuple[str, str, int]]:
    with Store(data_dir) as store:
        assert store.recovery_notices == []
        return [(p.pack_id, p.provenance.get("source", ""), len(p.pack["templates"]))
                for p in store.installed_packs()]


# -- migration -------------------------------------------------------------------------

def test_a_single_library_json_is_migrated_once_and_kept(tmp_path: Path) -> None:
    packs = [make_pack("org.a"), make_pack("org.b", 3), make_pack("org.c", 1)]
    raw = write_legacy(tmp_path, packs)
    assert installed(tmp_path) == [("org.a", "s1", 2), ("org.b", "s2", 3), ("org.c", "s3", 1)]
    assert not (tmp_path / LEGACY_FILE).exists()
    assert (tmp_path / (LEGACY_FILE + MIGRATED_SUFFIX)).read_bytes() == raw  # nothing deleted
    assert len(list((tmp_path / FOLDER).glob("*.json"))) == 3
    with Store(tmp_path) as store:
        assert [p.pack for p in store.installed_packs()] == packs
        store.install_packs([(make_pack("org.b", 5, "2.0"), {"source": "new"})])
    assert installed(tmp_path) == [("org.a", "s1", 2), ("org.b", "new", 5), ("org.c", "s3", 1)]


def test_a_migration_killed_after_the_index_only_finishes_the_rename(tmp_path: Path) -> None:
    write_legacy(tmp_path, [make_pack("org.a")])
    assert installed(tmp_path) == [("org.a", "s1", 2)]
    os.replace(tmp_path / (LEGACY_FILE + MIGRATED_SUFFIX), tmp_path / LEGACY_FILE)  # as if killed before it
    assert installed(tmp_path) == [("org.a", "s1", 2)]  # not twice
    assert not (tmp_path / LEGACY_FILE).exists()


def test_a_read_only_folder_of_an_earlier_version_is_read_as_it_is(tmp_path: Path, monkeypatch) -> None:
    from readonly import make_read_only

    write_legacy(tmp_path, [make_pack("org.a")])
    before = sorted(p.name for p in tmp_path.iterdir())
    make_read_only(monkeypatch, tmp_path)
    with Store(tmp_path) as store:
        assert [p.pack_id for p in store.installed_packs()] == ["org.a"]
        assert [c.fields["id"] for c in store.installed_packs_for_startup()] == ["org.a"]
    monkeypatch.undo()
    assert sorted(p.name for p in tmp_path.iterdir()) == before


# -- the index and the files --------------------------------------------------------------

def test_files_no_index_lists_are_deleted_at_open_but_damaged_copies_are_kept(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.install_packs([(make_pack("org.a"), {})])
    folder = tmp_path / FOLDER
    listed = sorted(p.name for p in folder.iterdir())
    (folder / "org.z.0123abcd.json").write_bytes(b"{}")           # a killed install's file
    (folder / "org.z.0123abcd.json.cache").write_bytes(b"x")
    (folder / f"{listed[0]}.tmp-xyz").write_bytes(b"half")          # a killed writer's temporary file
    (folder / "org.y.0123abcd.json.corrupt-20260101T000000Z").write_bytes(b"{bad")
    Store(tmp_path).close()
    assert sorted(p.name for p in folder.iterdir()) == sorted([*listed, "org.y.0123abcd.json.corrupt-20260101T000000Z"])


def test_a_lost_index_is_rebuilt_from_the_library_files(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.install_packs([(make_pack("org.a"), {"source": "a"})])
        store.install_packs([(make_pack("org.b"), {"source": "b"})])
    (tmp_path / INDEX_FILE).unlink()
    (tmp_path / (INDEX_FILE + ".bak")).unlink(missing_ok=True)
    assert installed(tmp_path) == [("org.a", "a", 2), ("org.b", "b", 2)]


def test_a_damaged_index_is_restored_from_its_backup(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.install_packs([(make_pack("org.a"), {"source": "a"})])
    Store(tmp_path).close()  # loads the index once: its backup now holds it
    (tmp_path / INDEX_FILE).write_bytes(b'{"libraries": {"1": {"id": "org.a", "file": "../../etc/passwd"}}}')
    with Store(tmp_path) as store:
        [notice] = store.recovery_notices
        assert notice.restored_from_backup and "not the name of a library file" in notice.reason
        assert [p.pack_id for p in store.installed_packs()] == ["org.a"]


# -- kills -----------------------------------------------------------------------------

MIGRATING = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from promptlib.core.store.database import Store
    print("up", flush=True)
    Store(Path(sys.argv[1])).close()
    print("done", flush=True)
    """
)
PACKS = 24


@pytest.mark.slow
def test_a_migration_killed_at_random_moments_loses_no_pack_and_doubles_none(tmp_path: Path) -> None:
    rng = random.Random()
    seed = rng.randrange(10**9)
    rng.seed(seed)
    packs = [make_pack(f"org.p{number}", templates=300) for number in range(PACKS)]
    expected = [(f"org.p{number}", f"s{number + 1}", 300) for number in range(PACKS)]
    finished = 0
    for round_no in range(10):
        data_dir = tmp_path / f"round{round_no}"
        write_legacy(data_dir, packs)
        for _kill in range(2):  # killed while migrating, then killed again while finishing it
            child = subprocess.Popen([sys.executable, "-c", MIGRATING, str(data_dir)], stdout=subprocess.PIPE,
                                     text=True, env=CHILD_ENV)
            assert child.stdout is not None
            child.stdout.readline()  # the interpreter is up; the migration starts now
            try:
                child.wait(timeout=rng.uniform(0.0, 0.4))
            except subprocess.TimeoutExpired:
                child.kill()
            child.wait(timeout=30)
            finished += "done" in child.stdout.read()
            child.stdout.close()
        context = f"round {round_no}, seed {seed}"
        assert installed(data_dir) == expected, context
        with Store(data_dir) as store:
            assert [p.pack for p in store.installed_packs()] == packs, context
        library_files = sorted(p.name for p in (data_dir / FOLDER).glob("*.json"))
        assert len(library_files) == PACKS, context  # the killed attempts' files are gone
        assert not list(data_dir.glob("**/*.corrupt-*")), context
        assert (data_dir / (LEGACY_FILE + MIGRATED_SUFFIX)).exists(), context
    assert finished < 20, f"no kill landed during a migration (seed {seed})"


KILLED_INSTALLS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from promptlib.core.store.database import Store
    sys.path.insert(0, sys.argv[2])
    from test_library_files import make_pack
    store = Store(Path(sys.argv[1]))
    version = 0
    while True:
        version += 1
        # two packs replaced and one removed and put back, in one change each time
        store.install_packs([(make_pack("org.a", 200, str(version)), {}), (make_pack("org.b", 200, str(version)), {})],
                            remove=["org.c"])
        store.install_packs([(make_pack("org.c", 10, str(version)), {})])
        print(version, flush=True)
    """
)


@pytest.mark.slow
def test_an_install_of_several_packs_killed_at_random_moments_is_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random()
    seed = rng.randrange(10**9)
    rng.seed(seed)
    with Store(tmp_path) as store:
        store.install_packs([(make_pack("org.a", 200, "0"), {}), (make_pack("org.b", 200, "0"), {}),
                             (make_pack("org.c", 10, "0"), {})])
    for round_no in range(8):
        child = subprocess.Popen([sys.executable, "-c", KILLED_INSTALLS, str(tmp_path), str(Path(__file__).parent)],
                                 stdout=subprocess.PIPE, text=True, env=CHILD_ENV)
        try:
            child.wait(timeout=rng.uniform(0.3, 1.2))
        except subprocess.TimeoutExpired:
            child.kill()
        child.wait(timeout=30)
        assert child.stdout is not None
        child.stdout.close()
        with Store(tmp_path) as store:
            context = f"round {round_no}, seed {seed}"
            assert store.recovery_notices == [], context
            packs = {p.pack_id: p.pack for p in store.installed_packs()}
            assert packs["org.a"]["version"] == packs["org.b"]["version"], context  # never one without the other
            assert sorted(packs) in (["org.a", "org.b"], ["org.a", "org.b", "org.c"]), context
            files = sorted(p.name for p in (tmp_path / FOLDER).glob("*.json"))
            assert len(files) == len(packs), context
