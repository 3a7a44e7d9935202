"""Validate + import of a 10,000-template pack, whole process (docs/ARCHITECTURE.md,
"Performance targets": <= 2 s).

`promptlib import PACK --yes` into a fresh PROMPTLIB_HOME, so interpreter start,
imports, reading, full validation, the import plan and the atomic, fsynced store
write all count. The baseline, in the same run and also a whole process, inserts
the same 10,000 templates with plain TinyDB (`JSONStorage`, `insert_multiple`),
which validates nothing and writes without fsync or atomic replace.

The update every workstation does (issue 16: "importing a 10,000-template update with
history still within the 2 s import target"): a new version of the installed pack in
which every body changed, so the import replaces all 10,000 templates and the history
keeps 10,000 new versions beside the 10,000 of the first import. It is timed with the
history recorded, as always, beside the same update with the history hook switched off
(only in this benchmark's child process), in the same interleaved runs: as a whole
process, and in-process (the import command alone, without interpreter start-up).

    .venv/bin/python tests/benchmarks/bench_import.py [--runs N]
"""

from __future__ import annotations

import argparse
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


# `promptlib import PACK --yes` with the command's own time on stderr; with "off" first,
# without the history hook (the library import is all that is left).
IMPORT_CHILD = (
    "import sys, time\n"
    "if sys.argv[1] == 'off':\n"
    "    import promptlib.core.library.installed as installed\n"
    "    installed.record_import = lambda store, plan: []\n"
    "from promptlib.cli import main\n"
    "started = time.perf_counter()\n"
    "code = main(['import', sys.argv[2], '--yes'])\n"
    "print(f'in-process {time.perf_counter() - started:.6f}', file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _timed(command: list[str], env: dict[str, str], expect: str = "") -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or expect not in result.stdout:
        raise SystemExit(f"{command} failed ({result.returncode}): {result.stderr[-2000:]}")
    return elapsed, result.stderr


def _import(pack: Path, home: Path, *, history: bool = True) -> tuple[float, float]:
    """The whole process's time and the import command's own, in seconds."""
    env = {**os.environ, "PROMPTLIB_HOME": str(home)}
    elapsed, stderr = _timed([sys.executable, "-c", IMPORT_CHILD, "on" if history else "off", str(pack)], env,
                             "Installed")
    inside = [line for line in stderr.splitlines() if line.startswith("in-process ")]
    if "history could not be kept" in stderr or not inside:
        raise SystemExit(f"import of {pack} did not run as measured: {stderr[-2000:]}")
    return elapsed, float(inside[-1].split()[1])


def changed_bodies(pack: dict, version: str) -> dict:
    """The next version of *pack* with every template's body changed (one line added)."""
    return {**pack, "version": version,
            "templates": [{**t, "body": t["body"] + "\nTarkista lopuksi oikeinkirjoitus."} for t in pack["templates"]]}


def main(runs: int = RUNS) -> None:
    with tempfile.TemporaryDirectory(prefix="promptlib-bench-") as temp:
        folder = Path(temp)
        first = generated_pack(TEMPLATES)
        pack = folder / "pack.json"
        pack.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
        newer = folder / "pack-1.1.json"
        newer.write_text(json.dumps(changed_bodies(first, "1.1.0"), ensure_ascii=False), encoding="utf-8")

        fresh, plain = [], []
        update: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        history_bytes = 0
        for run in range(runs):  # interleaved, so each sees the same machine load
            for history in (True, False):
                home = folder / f"home{run}-{'on' if history else 'off'}"
                installed = _import(pack, home, history=history)
                if history:
                    fresh.append(installed[0])
                update[history].append(_import(newer, home, history=history))
                if history:
                    history_bytes = (home / "history.json").stat().st_size
            plain.append(_timed([sys.executable, "-c", PLAIN_TINYDB, str(pack), str(folder / f"plain{run}.json")],
                                dict(os.environ))[0])
    baseline = f"plain TinyDB insert {median(plain):.2f} s"
    report(f"validate + import {TEMPLATES:,} templates (process)", f"{median(fresh):.2f} s",
           f"<= {TARGET_S:g} s", baseline, median(fresh) <= TARGET_S)
    for where, index in (("process", 0), ("in-process", 1)):
        with_history = [times[index] for times in update[True]]
        without = [times[index] for times in update[False]]
        report(f"update of {TEMPLATES:,}, bodies changed, history ({where})", f"{median(with_history):.2f} s",
               f"<= {TARGET_S:g} s", f"without history {median(without):.2f} s", median(with_history) <= TARGET_S)
        print(f"     each run, with / without history ({where}): "
              + ", ".join(f"{a:.2f} / {b:.2f}" for a, b in zip(with_history, without, strict=True)))
    print(f"     history.json after the update: {history_bytes / 1e6:.1f} MB ({2 * TEMPLATES:,} versions)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"interleaved runs (default {RUNS})")
    main(parser.parse_args().runs)

