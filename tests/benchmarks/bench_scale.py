"""The scale run: 1,000, 10,000 and 100,000 templates installed from ten packs
(docs/ARCHITECTURE.md, "Performance targets"; issue 14). Cost must grow with the work,
not with what is installed.

For each size, in a fresh PROMPTLIB_HOME: a pack of 12-variable templates (for the
switch figure), then ten generated packs imported one after another with
`promptlib import PACK --yes` (each a whole process: the tenth against the first).
Then rounds, interleaved so all see the same machine load, of: a bare PySide6 window;
a new edition of the last pack imported, the first start after it and a warm start
(start-up as in `bench_app`: launch to the "ok" line of `promptlib --self-test`, from
compiled bytecode; peak memory is the VmHWM of each of those processes). Start-up
with the built-in library only is measured the same way in an empty home. Then, in
fresh processes driving the real window offscreen once search is ready: search
keystrokes (typed as bench_app types them) beside Qt's QSortFilterProxyModel over the
same titles, template switches between 12-variable templates, a full garbage
collection, and the peak memory; each also with the trick that serves it switched off
(PROMPTLIB_DISABLE=search-index / form-cache / gc-freeze), in an order rotated each
round, so the bench shows what each still buys.

    .venv/bin/python tests/benchmarks/bench_scale.py [--sizes 1000,10000,100000]
                                                     [--compare DIR] [--plain]

`--compare DIR` runs a second copy of promptlib (a checkout, e.g. `git archive main |
tar -x -C DIR`) in the same rounds, each with its own home, and prints its figures
beside this one's: a change measured against what it replaces, on one machine at one
time. `--plain` measures with every trick on only (no PROMPTLIB_DISABLE runs). The
compared copy is always run plain (an older checkout may not know the switches).

`make bench` runs it with every size (the 100,000 run takes some minutes); it is not
part of `make test`.
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
# promptlib as installed in the environment (PYTHONPATH can point at another checkout,
# to compare with it in the same session; see --plain).
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _harness import median, percentile, report  # noqa: E402
from generate import generated_pack  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
PACKS = 10
STARTS = 5        # rounds of start-ups per size, interleaved with a bare window
UPDATES = 3       # of those, rounds that first import a new edition of the last pack
ROUNDS = 2        # in-process rounds per variant
VARIANTS = (None, "search-index", "form-cache", "gc-freeze")
SWITCH_TEMPLATES = 6
WORDS = ["päätösesitys", "tiedote kunta", "perehdytys", "valtuustolle talousarvio", "selkeä muistio"]
_PEAK = "[line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')][0]"
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow(); window.resize(1340, 820); window.show()\n"
    "QTimer.singleShot(0, lambda: (print('ok', flush=True), app.quit()))\n"
    "app.exec()\n"
    f"print({_PEAK}, flush=True)\n"
)
# The app's self-test, printing its peak memory (kB) after the "ok" line.
APP = ("import atexit, sys\n"
       f"atexit.register(lambda: print({_PEAK}, flush=True))\n"
       "sys.argv = ['promptlib', '--self-test']\n"
       "from promptlib.cli import main\n"
       "sys.exit(main())\n")


def switch_pack() -> dict:
    """Templates with 12 variables each (text, multiline, choice, number, date)."""
    kinds = [{"type": "text"}, {"type": "multiline"}, {"type": "choice", "choices": ["virallinen", "lämmin"],
                                                       "default": "virallinen"},
             {"type": "number", "min": 1, "max": 1000, "default": 10}, {"type": "date"}, {"type": "text"}]
    templates = []
    for i in range(SWITCH_TEMPLATES):
        variables = [{"name": f"v{n}", "label": f"Kenttä {n}", "help": f"Ohje kentälle {n}.",
                      **kinds[n % len(kinds)]} for n in range(12)]
        body = "Toimi asiantuntijana.\n" + "\n".join(f"Kenttä {n}: {{{{ v{n} }}}}" for n in range(12))
        templates.append({"id": f"switch.t{i}", "language": "fi", "title": f"Kaksitoista kenttää {i}",
                          "roles": ["hr"], "summary": "Vaihdon mittaus.", "body": body, "variables": variables,
                          "data_policy": "no-personal-data"})
    return {"format": "promptlib-library", "format_version": 1, "id": "bench.switch", "name": "Switch",
            "version": "1.0.0", "publisher": "bench", "templates": templates}


class Code:
    """One copy of promptlib to run (this one, or the one compared), with its own homes."""

    def __init__(self, label: str, root: Path) -> None:
        self.label, self.root = label, root
        if not compileall.compile_dir(root / "promptlib", quiet=1):  # as an installed wheel runs
            raise SystemExit(f"compiling {root} failed")

    def env(self, home: Path, disabled: str | None = None) -> dict[str, str]:
        env = {**os.environ, "PROMPTLIB_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(self.root)}
        env.pop("PROMPTLIB_DISABLE", None)
        if disabled:
            env["PROMPTLIB_DISABLE"] = disabled
        return env

    def start(self, home: Path, code: str = "") -> tuple[float, float]:
        """(ms until the "ok" line, peak memory in MB) of a fresh process; in its own
        folder, since `-c` puts the current folder first on the path."""
        with tempfile.TemporaryFile("w+") as errors:
            started = time.perf_counter()
            process = subprocess.Popen([sys.executable, "-c", code or APP], env=self.env(home),
                                       stdout=subprocess.PIPE, stderr=errors, text=True, cwd=self.root)
            assert process.stdout is not None
            first = process.stdout.readline()
            ready = (time.perf_counter() - started) * 1000
            out = process.stdout.read()   # what follows "ok", from the same buffered reader
            process.wait(timeout=600)
            if first.strip() != "ok" or process.returncode != 0 or not out.split():
                errors.seek(0)
                raise SystemExit(f"{self.label}: start failed ({process.returncode}): {first} {out} "
                                 f"{errors.read()[-2000:]}")
        return ready, int(out.split()[-1]) / 1024

    def import_pack(self, home: Path, pack: Path) -> float:
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "promptlib", "import", str(pack), "--yes"],
                                env=self.env(home), capture_output=True, text=True, timeout=900, cwd=self.root)
        if result.returncode != 0:
            raise SystemExit(f"{self.label}: import failed: {result.stderr[-2000:]}")
        return time.perf_counter() - started

    def setup(self, home: Path) -> None:
        """The switch pack and the template language, written by this copy's own store."""
        code = ("import sys\nfrom pathlib import Path\nsys.path.insert(0, sys.argv[1])\n"
                "from bench_scale import switch_pack\nfrom promptlib.core.store.database import Store\n"
                "with Store(Path(sys.argv[2])) as store:\n"
                "    store.install_packs([(switch_pack(), {'source': 'bench'})])\n"
                "    store.set_setting('template_language', 'fi')\n")
        subprocess.run([sys.executable, "-c", code, str(HERE), str(home)], env=self.env(home), check=True,
                       cwd=self.root, timeout=600)

    def measured(self, home: Path, disabled: str | None) -> dict[str, float]:
        result = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure", str(home)],
                                env=self.env(home, disabled), capture_output=True, text=True, timeout=1200,
                                cwd=self.root)
        if result.returncode != 0:
            raise SystemExit(f"{self.label}: measuring failed ({disabled}): {result.stderr[-3000:]}")
        return json.loads(result.stdout.splitlines()[-1])


def _pack_file(folder: Path, size: int, number: int, version: str = "1.0.0") -> Path:
    pack = generated_pack(size // PACKS, seed=number, pack_id=f"bench.p{number}", id_prefix=f"bench.p{number}.t")
    pack["version"] = version
    path = folder / f"pack{number}-{version}.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return path


# -- in a fresh process: the real window, once search is ready -------------------------------


def measure(home: Path) -> dict[str, float]:
    """Keystrokes, switches, a full collection and peak memory (printed as JSON)."""
    import gc

    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QListView

    from promptlib.core.workspace import Workspace
    from promptlib.gui.app import build_main_window, create_application

    app = create_application()
    qInstallMessageHandler(lambda _kind, _context, message: None if "propagateSizeHints" in message
                           else print(message, file=sys.stderr))
    workspace = Workspace.open(home)
    window = build_main_window(workspace)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    while not window.browser.search_ready():
        app.processEvents()
    ready_ms = (time.perf_counter() - started) * 1000

    keys = []
    for _round in range(3):
        for phrase in WORDS:
            for end in range(1, len(phrase) + 1):
                started = time.perf_counter()
                window.search.setText(phrase[:end])
                app.processEvents()
                keys.append((time.perf_counter() - started) * 1000)
            window.search.clear()
            app.processEvents()

    window.search.setText("kaksitoista kenttää")  # the 12-variable templates, as a user finds them
    app.processEvents()
    first_opens, switches = [], []
    for round_ in range(8):
        for number in range(SWITCH_TEMPLATES):
            started = time.perf_counter()
            if not window.select_template(f"switch.t{number}"):
                raise SystemExit("switch template not listed")
            app.processEvents()
            (first_opens if round_ == 0 else switches).append((time.perf_counter() - started) * 1000)

    collections = []
    for _ in range(3):
        started = time.perf_counter()
        gc.collect()
        collections.append((time.perf_counter() - started) * 1000)
    peak = _peak_mb()   # the app's own: before the baseline's model of 100,000 titles is built
    source = QStringListModel([entry.template.title for entry in workspace.catalog.entries("fi")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(proxy)
    view.show()
    baseline = []
    for phrase in WORDS:
        for end in range(1, len(phrase) + 1):
            started = time.perf_counter()
            proxy.setFilterFixedString(phrase[:end])
            app.processEvents()
            baseline.append((time.perf_counter() - started) * 1000)
    view.close()

    window.close()
    return {"key_p50": median(keys), "key_p95": percentile(keys, 0.95), "base_p50": median(baseline),
            "base_p95": percentile(baseline, 0.95), "switch_p50": median(switches),
            "first_open_p50": median(first_opens), "gc_ms": median(collections), "peak_mb": peak,
            "ready_ms": ready_ms}


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would start from the parent's)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024


def _combine(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: median([run[key] for run in runs]) for key in runs[0]}


def _rotated(items: list, round_: int) -> list:
    shift = round_ % len(items)
    return items[shift:] + items[:shift]


def _beside(figures: dict[str, str], code: Code, codes: list[Code]) -> str:
    """The compared copy's figure, for the baseline column of this copy's row."""
    others = [f"{other.label} {figures[other.label]}" for other in codes if other is not code]
    return f"; {', '.join(others)}" if others else ""


def builtin_only(codes: list[Code], folder: Path) -> None:
    """Start-up with the built-in library only, against a bare window."""
    homes = {code.label: folder / f"empty-{code.label}" for code in codes}
    bare: list[float] = []
    warm: dict[str, list[float]] = {code.label: [] for code in codes}
    for code in codes:
        homes[code.label].mkdir()
        code.start(homes[code.label])   # the first start writes its settings; the rest are warm
    for round_ in range(STARTS):
        bare.append(codes[0].start(homes[codes[0].label], BARE_WINDOW)[0])
        for code in _rotated(codes, round_):
            warm[code.label].append(code.start(homes[code.label])[0])
    bare_ms = median(bare)
    shown = {label: f"{median(times):.0f} ms ({median(times) / bare_ms:.2f}x)" for label, times in warm.items()}
    for code in codes:
        ms = median(warm[code.label])
        report(f"[{code.label}] start-up, built-in library", f"{ms:.0f} ms", "<= 2x bare",
               f"bare window {bare_ms:.0f} ms ({ms / bare_ms:.2f}x){_beside(shown, code, codes)}", ms <= 2 * bare_ms)


def run_size(size: int, codes: list[Code], plain: bool) -> None:
    this = codes[0]
    with tempfile.TemporaryDirectory(prefix="promptlib-scale-") as temp:
        folder = Path(temp)
        homes = {code.label: folder / f"home-{code.label}" for code in codes}
        for code in codes:
            code.setup(homes[code.label])
        imports: dict[str, list[float]] = {code.label: [] for code in codes}
        for number in range(PACKS):
            pack = _pack_file(folder, size, number)
            for code in _rotated(codes, number):
                imports[code.label].append(code.import_pack(homes[code.label], pack))
            pack.unlink()
        bare, bare_peaks = [], []
        first: dict[str, list[float]] = {code.label: [] for code in codes}
        warm: dict[str, list[float]] = {code.label: [] for code in codes}
        first_peaks: dict[str, list[float]] = {code.label: [] for code in codes}
        warm_peaks: dict[str, list[float]] = {code.label: [] for code in codes}
        for code in codes:   # the first start after the last of the ten imports
            ready, peak = code.start(homes[code.label])
            first[code.label].append(ready)
            first_peaks[code.label].append(peak)
        for round_ in range(STARTS):
            ready, peak = this.start(homes[this.label], BARE_WINDOW)
            bare.append(ready)
            bare_peaks.append(peak)
            update = _pack_file(folder, size, PACKS - 1, f"1.{round_ + 1}.0") if round_ < UPDATES else None
            for code in _rotated(codes, round_):
                home = homes[code.label]
                if update is not None:   # a new edition of the last pack, then the first start after it
                    code.import_pack(home, update)
                    ready, peak = code.start(home)
                    first[code.label].append(ready)
                    first_peaks[code.label].append(peak)
                ready, peak = code.start(home)
                warm[code.label].append(ready)
                warm_peaks[code.label].append(peak)
            if update is not None:
                update.unlink()
        variants = (None,) if plain else VARIANTS
        runs: dict[tuple[str, str | None], list[dict[str, float]]] = {}
        jobs = [(this, variant) for variant in variants] + [(code, None) for code in codes[1:]]
        for round_ in range(ROUNDS):
            for code, variant in _rotated(jobs, round_):
                runs.setdefault((code.label, variant), []).append(code.measured(homes[code.label], variant))
    bare_ms = median(bare)
    n = f"{size:,}"
    print(f"  -- {n} templates installed from {PACKS} packs (+{SWITCH_TEMPLATES} with 12 variables) --")
    figures: dict[str, dict[str, float]] = {}
    for code in codes:
        label = code.label
        on = _combine(runs[(label, None)])
        figures[label] = {
            "warm": median(warm[label]), "first": median(first[label]),
            "import1": imports[label][0], "import10": imports[label][-1],
            "peak": max(median(first_peaks[label]), median(warm_peaks[label]), on["peak_mb"]),
            "first_peak": median(first_peaks[label]), "warm_peak": median(warm_peaks[label]), **on}

    def shown(form: str) -> dict[str, str]:
        return {label: form.format(**values) for label, values in figures.items()}

    for code in codes:
        label, f = code.label, figures[code.label]
        on = _combine(runs[(label, None)])
        off = {variant: _combine(runs[(label, variant)]) if (label, variant) in runs else on
               for variant in VARIANTS if variant}
        tag = f"[{label}] " if len(codes) > 1 else ""
        report(f"{tag}start-up, {n} (vs bare window)", f"{f['warm']:.0f} ms", "<= 3x bare",
               f"bare window {bare_ms:.0f} ms ({f['warm'] / bare_ms:.2f}x)"
               + _beside({k: f"{v['warm']:.0f} ms ({v['warm'] / bare_ms:.2f}x)" for k, v in figures.items()},
                         code, codes), f["warm"] <= 3 * bare_ms)
        report(f"{tag}first start after an import, {n}", f"{f['first']:.0f} ms", "<= 1.3x warm",
               f"warm start {f['warm']:.0f} ms ({f['first'] / f['warm']:.2f}x)"
               + _beside(shown("{first:.0f} ms"), code, codes), f["first"] <= 1.3 * f["warm"])
        report(f"{tag}import, 10th of {PACKS} packs, {n}", f"{f['import10']:.2f} s", "<= 1.5x the 1st",
               f"1st {f['import1']:.2f} s ({f['import10'] / f['import1']:.2f}x)"
               + _beside(shown("{import1:.2f} -> {import10:.2f} s"), code, codes),
               f["import10"] <= 1.5 * f["import1"])
        report(f"{tag}peak memory, {n}", f"{f['peak']:.0f} MB", "<= 300 MB",
               f"bare window {median(bare_peaks):.0f} MB; first start after an import {f['first_peak']:.0f} MB, "
               f"warm {f['warm_peak']:.0f} MB, searched and switched {f['peak_mb']:.0f} MB"
               + _beside(shown("{peak:.0f} MB"), code, codes), f["peak"] <= 300)
        index_off = f"; without the index {off['search-index']['key_p50']:.2f} ms" if not plain else ""
        report(f"{tag}search keystroke p50, {n}", f"{f['key_p50']:.2f} ms", "<= 5 ms",
               f"QSortFilterProxyModel {f['base_p50']:.2f} ms{index_off if label == this.label else ''}"
               + _beside(shown("{key_p50:.2f} ms"), code, codes), f["key_p50"] <= 5)
        index_off = f"; without the index {off['search-index']['key_p95']:.2f} ms" if not plain else ""
        report(f"{tag}search keystroke p95, {n}", f"{f['key_p95']:.2f} ms", "<= 16 ms",
               f"QSortFilterProxyModel {f['base_p95']:.2f} ms{index_off if label == this.label else ''}"
               + _beside(shown("{key_p95:.2f} ms"), code, codes), f["key_p95"] <= 16)
        print(f"     {tag}(search ready {f['ready_ms']:.0f} ms after the window was shown: folding and indexing "
              f"in idle time" + (f"; {off['search-index']['ready_ms']:.0f} ms folding alone)"
                                 if not plain and label == this.label else ")"))
        cache_off = f"; without the form cache {off['form-cache']['switch_p50']:.2f} ms" \
            if not plain and label == this.label else ""
        report(f"{tag}template switch p50, 12 variables, {n}", f"{f['switch_p50']:.2f} ms", "<= 16 ms",
               f"first open {f['first_open_p50']:.2f} ms{cache_off}"
               + _beside(shown("{switch_p50:.2f} ms"), code, codes), f["switch_p50"] <= 16)
        if not plain and label == this.label:
            report(f"{tag}full garbage collection, {n}", f"{f['gc_ms']:.1f} ms", "< without freeze",
                   f"without gc.freeze {off['gc-freeze']['gc_ms']:.1f} ms"
                   + _beside(shown("{gc_ms:.1f} ms"), code, codes), f["gc_ms"] < off["gc-freeze"]["gc_ms"])


def main(sizes: tuple[int, ...] = SIZES, plain: bool = False, compare: Path | None = None) -> None:
    codes = [Code("this", HERE.parents[1])]
    if compare is not None:
        codes.append(Code("compared", compare.resolve()))
    print(f"     promptlib from {codes[0].root}" + (f", compared with {codes[1].root}" if compare else "")
          + ("; every trick on only" if plain else ""))
    with tempfile.TemporaryDirectory(prefix="promptlib-scale-") as temp:
        builtin_only(codes, Path(temp))
    for size in sizes:
        run_size(size, codes, plain)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated, e.g. 1000,10000")
    parser.add_argument("--plain", action="store_true", help="no runs with a trick switched off")
    parser.add_argument("--compare", type=Path, help="another promptlib checkout, run in the same rounds")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        print(json.dumps(measure(arguments.measure)))
    else:
        main(tuple(int(size) for size in arguments.sizes.split(",")), arguments.plain, arguments.compare)
