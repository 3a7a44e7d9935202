"""Validate + import of a 10,000-template pack, whole process (docs/ARCHITECTURE.md,
"Performance targets": <= 2 s).

`promptlib import PACK --yes` into a fresh PROMPTLIB_HOME, so interpreter start,
imports, reading, full validation, the import plan and the atomic, fsynced store
write all count. The baseline, in the same run and also a whole process, inserts
the same 10,000 templates with plain TinyDB (`JSONStorage`, `insert_multiple`),
which validates nothing and writes without fsync or atomic replace. A second figure
imports a new version over the installed one (the update every workstation does).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for folder in (HERE, ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from _harness import median, report  # noqa: E402
from generate import generated_pack  # noqa: E402

TEMPLATES = 10_000
RUNS = 5
TARGET_S = 2.0
PLAIN_TINYDB = (
    "import json, sys\n"
    "from tinydb import TinyDB\n"
    "from tinydb.storages import JSONStorage\n"
    "with open(sys.argv[1], encoding='utf-8') as handle:\n"
    "    pack = json.load(handle)\n"
    "with TinyDB(sys.argv[2], storage=JSONStorage) as db:\n"
    "    db.table('templates').insert_multiple(pack['templates'])\n"
)


def _timed(command: list[str], env: dict[str, str], expect: str = "") -> float:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or expect not in result.stdout:
        raise SystemExit(f"{command} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed


def _import(pack: Path, home: Path) -> float:
    env = {**os.environ, "PROMPTLIB_HOME": str(home)}
    return _timed([sys.executable, "-m", "promptlib", "import", str(pack), "--yes"], env, "Installed")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="promptlib-bench-") as temp:
        folder = Path(temp)
        first = generated_pack(TEMPLATES)
        pack = folder / "pack.json"
        pack.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
        second = generated_pack(TEMPLATES, seed=8)
        second["version"] = "1.1.0"
        newer = folder / "pack-1.1.json"
        newer.write_text(json.dumps(second, ensure_ascii=False), encoding="utf-8")

        fresh, update, plain = [], [], []
        for run in range(RUNS):  # interleaved, so each sees the same machine load
            home = folder / f"home{run}"
            fresh.append(_import(pack, home))
            update.append(_import(newer, home))
            plain.append(_timed([sys.executable, "-c", PLAIN_TINYDB, str(pack), str(folder / f"plain{run}.json")],
                                dict(os.environ)))
    baseline = f"plain TinyDB insert {median(plain):.2f} s"
    report(f"validate + import {TEMPLATES:,} templates (process)", f"{median(fresh):.2f} s",
           f"<= {TARGET_S:g} s", baseline, median(fresh) <= TARGET_S)
    report(f"import a new version over {TEMPLATES:,} (process)", f"{median(update):.2f} s",
           f"<= {TARGET_S:g} s", baseline, median(update) <= TARGET_S)


if __name__ == "__main__":
    main()
