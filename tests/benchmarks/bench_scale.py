"""The scale run: 1,000, 10,000 and 100,000 templates installed from ten packs
(docs/ARCHITECTURE.md, "Performance targets"). Cost must grow with the work, not with
what is installed.

For each size, in a fresh PROMPTLIB_HOME: a pack of 12-variable templates (for the
switch figure), then ten generated packs imported one after another with
`promptlib import PACK --yes` (each a whole process: the tenth against the first), then
the app started once (the first start after an import) and again, warm, interleaved
with a bare PySide6 window. Then, in fresh processes driving the real window offscreen
once search is ready: search keystrokes (typed as bench_app types them) beside Qt's
QSortFilterProxyModel over the same titles, template switches between 12-variable
templates, a full garbage collection, and the peak memory; each also with the trick
that serves it switched off (PROMPTLIB_DISABLE=search-index / form-cache / gc-freeze),
in an order rotated each round, so the bench shows what each still buys.

    .venv/bin/python tests/benchmarks/bench_scale.py [--sizes 1000,10000,100000] [--plain]

`--plain` measures with every trick on only (no PROMPTLIB_DISABLE runs): for an older
checkout, which may not know the switches (PYTHONPATH=that/checkout).

`make bench` runs it with every size (the 100,000 run takes a few minutes); it is not
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
STARTS = 5        # warm start-ups per size, interleaved with a bare window
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


def _env(home: Path, disabled: str | None = None) -> dict[str, str]:
    env = {**os.environ, "PROMPTLIB_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PROMPTLIB_DISABLE", None)
    if disabled:
        env["PROMPTLIB_DISABLE"] = disabled
    return env


def _start(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(ms until the "ok" line, peak memory in MB) of a fresh process."""
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                                   stderr=errors, text=True)
        first = process.stdout.readline()
        ready = (time.perf_counter() - started) * 1000
        out = process.stdout.read()   # what follows "ok", from the same buffered reader
        process.wait(timeout=600)
        if first.strip() != "ok" or process.returncode != 0 or not out.split():
            errors.seek(0)
            raise SystemExit(f"start failed ({process.returncode}): {first} {out} {errors.read()[-2000:]}")
    return ready, int(out.split()[-1]) / 1024


def _build(home: Path, size: int, folder: Path) -> list[float]:
    """The switch pack, then ten generated packs imported in turn; seconds per import."""
    from promptlib.core.store.database import Store

    with Store(home) as store:
        store.install_packs([(switch_pack(), {"source": "bench"})])
        store.set_setting("template_language", "fi")
    seconds = []
    for number in range(PACKS):
        pack = folder / f"pack{number}.json"
        pack.write_text(json.dumps(generated_pack(size // PACKS, seed=number, pack_id=f"bench.p{number}",
                                                  id_prefix=f"bench.p{number}.t"), ensure_ascii=False),
                        encoding="utf-8")
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "promptlib", "import", str(pack), "--yes"],
                                env=_env(home), capture_output=True, text=True, timeout=600)
        seconds.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"import failed: {result.stderr[-2000:]}")
        pack.unlink()
    return seconds


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
    peak = _peak_mb()
    window.close()
    return {"key_p50": median(keys), "key_p95": percentile(keys, 0.95), "base_p50": median(baseline),
            "base_p95": percentile(baseline, 0.95), "switch_p50": median(switches),
            "first_open_p50": median(first_opens), "gc_ms": median(collections), "peak_mb": peak,
            "ready_ms": ready_ms}


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would start from the parent's)."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024


def _measured(home: Path, disabled: str | None) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--measure", str(home)], env=_env(home, disabled),
                            capture_output=True, text=True, timeout=1200)
    if result.returncode != 0:
        raise SystemExit(f"measuring failed ({disabled}): {result.stderr[-3000:]}")
    return json.loads(result.stdout.splitlines()[-1])


def _combine(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: median([run[key] for run in runs]) for key in runs[0]}


def run_size(size: int, variants: tuple[str | None, ...] = VARIANTS) -> None:
    with tempfile.TemporaryDirectory(prefix="promptlib-scale-") as temp:
        folder = Path(temp)
        home = folder / "home"
        imports = _build(home, size, folder)
        first_start, first_peak = _start(APP, _env(home))   # the first start after the last import
        bare, warm, bare_peaks, warm_peaks = [], [], [], []
        for _ in range(STARTS):
            ready, peak = _start(BARE_WINDOW, _env(home))
            bare.append(ready)
            bare_peaks.append(peak)
            ready, peak = _start(APP, _env(home))
            warm.append(ready)
            warm_peaks.append(peak)
        runs: dict[str | None, list[dict[str, float]]] = {variant: [] for variant in variants}
        for round_ in range(ROUNDS):
            shift = round_ % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                runs[variant].append(_measured(home, variant))
    on = _combine(runs[None])
    off = {variant: _combine(runs[variant]) if variant in runs else on for variant in VARIANTS if variant}
    n = f"{size:,}"
    bare_ms, warm_ms = median(bare), median(warm)
    print(f"  -- {n} templates installed from {PACKS} packs (+{SWITCH_TEMPLATES} with 12 variables) --")
    report(f"start-up, {n} (vs bare window)", f"{warm_ms:.0f} ms", "<= 3x bare",
           f"bare window {bare_ms:.0f} ms ({warm_ms / bare_ms:.2f}x)", warm_ms <= 3 * bare_ms)
    report(f"first start after the last import, {n}", f"{first_start:.0f} ms", "<= 1.3x warm",
           f"warm start {warm_ms:.0f} ms ({first_start / warm_ms:.2f}x)", first_start <= 1.3 * warm_ms)
    report(f"import, 10th of 10 packs, {n}", f"{imports[-1]:.2f} s", "<= 1.5x the 1st",
           f"1st {imports[0]:.2f} s ({imports[-1] / imports[0]:.2f}x)", imports[-1] <= 1.5 * imports[0])
    peak = max(first_peak, on["peak_mb"])
    report(f"peak memory, {n} (first start, or window searched)", f"{peak:.0f} MB", "<= 300 MB",
           f"bare window {median(bare_peaks):.0f} MB; first start {first_peak:.0f} MB, warm "
           f"{median(warm_peaks):.0f} MB, searched and switched {on['peak_mb']:.0f} MB", peak <= 300)
    report(f"search keystroke p50, {n}", f"{on['key_p50']:.2f} ms", "<= 5 ms",
           f"QSortFilterProxyModel {on['base_p50']:.2f} ms; without the index {off['search-index']['key_p50']:.2f} ms",
           on["key_p50"] <= 5)
    report(f"search keystroke p95, {n}", f"{on['key_p95']:.2f} ms", "<= 16 ms",
           f"QSortFilterProxyModel {on['base_p95']:.2f} ms; without the index {off['search-index']['key_p95']:.2f} ms",
           on["key_p95"] <= 16)
    print(f"     (search ready {on['ready_ms']:.0f} ms after the window was shown: folding and indexing in "
          f"idle time; {off['search-index']['ready_ms']:.0f} ms folding alone)")
    report(f"template switch p50, 12 variables, {n}", f"{on['switch_p50']:.2f} ms", "<= 16 ms",
           f"first open {on['first_open_p50']:.2f} ms; without the form cache "
           f"{off['form-cache']['switch_p50']:.2f} ms", on["switch_p50"] <= 16)
    report(f"full garbage collection, {n}", f"{on['gc_ms']:.1f} ms", "< without freeze",
           f"without gc.freeze {off['gc-freeze']['gc_ms']:.1f} ms", on["gc_ms"] < off["gc-freeze"]["gc_ms"])


def main(sizes: tuple[int, ...] = SIZES, plain: bool = False) -> None:
    import promptlib

    compileall.compile_dir(Path(promptlib.__file__).parent, quiet=1)  # as an installed wheel runs
    print(f"     promptlib from {Path(promptlib.__file__).parent}" + ("; every trick on only" if plain else ""))
    for size in sizes:
        run_size(size, (None,) if plain else VARIANTS)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated, e.g. 1000,10000")
    parser.add_argument("--plain", action="store_true", help="no runs with a trick switched off")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        print(json.dumps(measure(arguments.measure)))
    else:
        main(tuple(int(size) for size in arguments.sizes.split(",")), arguments.plain)
