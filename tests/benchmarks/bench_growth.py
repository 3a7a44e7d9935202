"""What an installed library costs as it grows to 100,000 templates (docs/ARCHITECTURE.md,
"Performance targets"; issue 14).

Ten packs of 10,000 templates (`generate.py`, each with its own pack and template ids)
are imported one after another into a fresh home with `promptlib import PACK --yes`, as
whole processes: the tenth import should cost what the first did (target <= 1.5x).
Then, with 100,000 installed, rounds of: a new edition of the last pack imported, the
first start after it, a warm start and a bare PySide6 window, interleaved so all see
the same machine load (start-up as in `bench_app`: launch to the "ok" line of
`promptlib --self-test`, from compiled bytecode). Peak memory is VmHWM of a process
that opens the window and shows it, on the first start after an import and on a warm
one. Start-up with the built-in library only and with 10,000 installed (after the first
import) is measured the same way.

`--compare DIR` runs a second copy of promptlib (e.g. `git archive main promptlib | tar
-x -C DIR`) in the same rounds, each with its own home, so a change can be measured
against what it replaces on one machine at one time. `--packs N` imports N packs (10).
"""

from __future__ import annotations

import argparse
import compileall
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

PACK_TEMPLATES = 10_000
ROUNDS = 5
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow(); window.resize(1340, 820); window.show()\n"
    "QTimer.singleShot(0, lambda: (print('ok', flush=True), app.quit()))\n"
    "app.exec()\n"
)
PEAK_MEMORY = (
    "from promptlib.core.workspace import Workspace\n"
    "from promptlib.gui.app import build_main_window, create_application\n"
    "app = create_application()\n"
    "window = build_main_window(Workspace.open()); window.show()\n"
    "for _ in range(3): app.processEvents()\n"
    "print([line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')][0])\n"
)


def numbered_pack(number: int, version: str = "1.0.0") -> dict:
    """Pack *number* of the ten: its own pack id and template ids, so none conflict."""
    pack = generated_pack(PACK_TEMPLATES, seed=number, pack_id=f"bench.pack{number}")
    pack["version"] = version
    pack["name"] = f"Generated benchmark pack {number}"
    for template in pack["templates"]:
        template["id"] = template["id"].replace("bench.", f"bench.p{number}.", 1)
    return pack


class Code:
    """One copy of promptlib to run, with its own home."""

    def __init__(self, label: str, root: Path, home: Path) -> None:
        self.label, self.root, self.home = label, root, home
        home.mkdir(parents=True)
        self.env = {**os.environ, "PYTHONPATH": str(root), "PROMPTLIB_HOME": str(home),
                    "QT_QPA_PLATFORM": "offscreen"}
        self.env.pop("PROMPTLIB_DISABLE", None)
        if not compileall.compile_dir(root / "promptlib", quiet=1):
            raise SystemExit(f"compiling {root} failed")

    def run(self, args: list[str], *, expect: str = "") -> tuple[float, str]:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, *args], env=self.env, capture_output=True, text=True,
                                timeout=900, cwd=self.root)  # `-m` and `-c` put the folder first on the path
        elapsed = time.perf_counter() - started
        if result.returncode != 0 or expect not in result.stdout:
            raise SystemExit(f"{self.label}: {args} failed ({result.returncode}): {result.stderr[-3000:]}")
        return elapsed, result.stdout

    def import_pack(self, path: Path) -> float:
        return self.run(["-m", "promptlib", "import", str(path), "--yes"], expect="Installed")[0]

    def startup_ms(self) -> float:
        """Launch to the "ok" line of the self-test, in ms."""
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "promptlib", "--self-test"], env=self.env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=self.root)
        line = process.stdout.readline() if process.stdout else ""
        ready = (time.perf_counter() - started) * 1000
        _out, err = process.communicate(timeout=300)
        if process.returncode != 0 or line.strip() != "ok":
            raise SystemExit(f"{self.label}: the self-test failed: {err[-3000:]}")
        return ready

    def peak_mb(self) -> float:
        return int(self.run(["-c", PEAK_MEMORY])[1].split()[-1]) / 1024


def bare_ms(env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", BARE_WINDOW], env=env, stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline() if process.stdout else ""
    ready = (time.perf_counter() - started) * 1000
    process.communicate(timeout=120)
    if line.strip() != "ok":
        raise SystemExit("the bare window failed")
    return ready


def startup_rounds(codes: list[Code], rounds: int) -> tuple[dict[str, float], float]:
    """Median warm start-up per code and of the bare window, interleaved."""
    times: dict[str, list[float]] = {code.label: [] for code in codes}
    bare: list[float] = []
    for code in codes:
        code.startup_ms()  # the first start after a change is measured apart; this one warms
    for round_ in range(rounds):
        bare.append(bare_ms(codes[0].env))
        for code in codes[round_ % len(codes):] + codes[:round_ % len(codes)]:
            times[code.label].append(code.startup_ms())
    return {label: median(values) for label, values in times.items()}, median(bare)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, help="another promptlib checkout to run in the same rounds")
    parser.add_argument("--packs", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="promptlib-growth-") as temp:
        folder = Path(temp)
        packs = []
        for number in range(options.packs):
            path = folder / f"pack{number}.json"
            path.write_text(json.dumps(numbered_pack(number), ensure_ascii=False), encoding="utf-8")
            packs.append(path)
        codes = [Code("this", ROOT, folder / "home-this")]
        if options.compare:
            codes.append(Code("compared", options.compare.resolve(), folder / "home-compared"))

        builtin, bare = startup_rounds(codes, options.rounds)
        for code in codes:
            report(f"[{code.label}] start-up, built-in library", f"{builtin[code.label]:.0f} ms", "<= 2x bare",
                   f"bare window {bare:.0f} ms ({builtin[code.label] / bare:.2f}x)",
                   builtin[code.label] <= 2 * bare)

        imports: dict[str, list[float]] = {code.label: [] for code in codes}
        for index, path in enumerate(packs):
            for code in codes if index % 2 == 0 else codes[::-1]:
                imports[code.label].append(code.import_pack(path))
            if index == 0:
                at_10k, bare = startup_rounds(codes, options.rounds)
                for code in codes:
                    report(f"[{code.label}] start-up, 10,000 installed", f"{at_10k[code.label]:.0f} ms",
                           "<= 3x bare", f"bare window {bare:.0f} ms ({at_10k[code.label] / bare:.2f}x)",
                           at_10k[code.label] <= 3 * bare)
        installed = options.packs * PACK_TEMPLATES
        for code in codes:
            times = imports[code.label]
            print(f"     [{code.label}] imports, s: {' '.join(f'{t:.2f}' for t in times)}")
            report(f"[{code.label}] import #{len(times)} vs #1 ({PACK_TEMPLATES:,} each)", f"{times[-1]:.2f} s",
                   "<= 1.5x the first", f"first {times[0]:.2f} s ({times[-1] / times[0]:.2f}x)",
                   times[-1] <= 1.5 * times[0])

        first: dict[str, list[float]] = {code.label: [] for code in codes}
        warm: dict[str, list[float]] = {code.label: [] for code in codes}
        first_mb: dict[str, list[float]] = {code.label: [] for code in codes}
        warm_mb: dict[str, list[float]] = {code.label: [] for code in codes}
        bare_times = []
        last = options.packs - 1
        for round_ in range(options.rounds):
            bare_times.append(bare_ms(codes[0].env))
            updates = []
            for edition in (2 * round_ + 1, 2 * round_ + 2):  # each a newer edition of the last pack
                updates.append(folder / f"update{edition}.json")
                updates[-1].write_text(json.dumps(numbered_pack(last, f"1.{edition}.0"), ensure_ascii=False),
                                       encoding="utf-8")
            for code in codes if round_ % 2 == 0 else codes[::-1]:
                code.import_pack(updates[0])
                first[code.label].append(code.startup_ms())
                warm[code.label].append(code.startup_ms())
                if round_ < 3:
                    code.import_pack(updates[1])
                    first_mb[code.label].append(code.peak_mb())
                    warm_mb[code.label].append(code.peak_mb())
        bare = median(bare_times)
        for code in codes:
            label = code.label
            app, after = median(warm[label]), median(first[label])
            report(f"[{label}] start-up, {installed:,} installed", f"{app:.0f} ms", "<= 3x bare",
                   f"bare window {bare:.0f} ms ({app / bare:.2f}x)", app <= 3 * bare)
            report(f"[{label}] first start after an import, {installed:,}", f"{after:.0f} ms", "<= 1.3x warm",
                   f"warm {app:.0f} ms ({after / app:.2f}x)", after <= 1.3 * app)
            peak = max(median(first_mb[label]), median(warm_mb[label]))
            report(f"[{label}] peak memory, first window, {installed:,}", f"{peak:.0f} MB", "<= 300 MB",
                   f"first start after an import {median(first_mb[label]):.0f} MB, warm "
                   f"{median(warm_mb[label]):.0f} MB", peak <= 300)


if __name__ == "__main__":
    main(sys.argv[1:])
