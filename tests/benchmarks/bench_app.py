"""Start-up, search-as-you-type, preview re-render and memory (docs/ARCHITECTURE.md,
"Performance targets").

Start-up is measured from launching a process to its "ok" line (`promptlib
--self-test` prints it once the main window is shown, the library loaded and a
template rendered; the bare PySide6 window prints it once shown), so interpreter
start and every import count; the whole process including shutdown is printed too.
Both run from compiled bytecode, as an installed wheel (pip compiles at install) or a
frozen bundle does: the package is compiled before timing, since an editable checkout
on a machine with PYTHONDONTWRITEBYTECODE set would otherwise recompile every module
on every launch and time the compiler, not the app.
The in-process figures drive the real main window offscreen with 10,000 templates
installed.

What each start-up trick buys (see promptlib/core/tricks.py) is measured in the same
rounds: after the first round (whose app run writes the start-up cache) each round
also starts the app once per trick with that trick switched off
(PROMPTLIB_DISABLE=<trick>), the app runs in an order rotated each round, and a
trick's saving is the median over those rounds of (start-up without it - start-up
with every trick on in the same round). The runs without a trick are stopped once
they print "ok": only their start-up is needed.
"""

from __future__ import annotations

import compileall
import os
import statistics
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _harness import median, percentile, report  # noqa: E402
from generate import generated_pack  # noqa: E402

from promptlib.core import tricks  # noqa: E402

RUNS = 11  # start-up varies run to run on a shared machine: medians of 11, interleaved
TRICK_NAMES = {tricks.STARTUP_CACHE: "start-up cache", tricks.GC_PAUSE: "collector pause",
               tricks.LAZY_QT: "lazy Qt namespace", tricks.SIMPLE_RENDERER: "simple renderer"}
APP = [sys.executable, "-m", "promptlib", "--self-test"]
BARE_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow(); window.resize(1340, 820); window.show()\n"
    "QTimer.singleShot(0, lambda: (print('ok', flush=True), app.quit()))\n"
    "app.exec()\n"
)


def _run_ms(command: list[str], env: dict[str, str], *, stop_when_ready: bool = False) -> tuple[float, float]:
    """(ms until the process printed "ok", i.e. its window was up and checked;
    ms until it had exited). Start-up is the first: closing down is not start-up.
    With *stop_when_ready* the process is killed at "ok" (nothing is written after it)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first_line = process.stdout.readline()
    ready = (time.perf_counter() - started) * 1000
    if stop_when_ready and first_line.strip() == "ok":
        process.kill()
        process.communicate(timeout=120)
        return ready, float("nan")
    _out, err = process.communicate(timeout=120)
    finished = (time.perf_counter() - started) * 1000
    if process.returncode != 0 or first_line.strip() != "ok":
        raise SystemExit(f"{command} failed: {err}")
    return ready, finished


def _compile_package() -> None:
    """Write promptlib's bytecode next to its sources, as `pip install` does for a wheel."""
    import promptlib

    if not compileall.compile_dir(Path(promptlib.__file__).parent, quiet=1):
        raise SystemExit("compiling promptlib failed")


class Startup:
    """Medians of one library's interleaved rounds, and each trick's per-round saving."""

    def __init__(self, bare: list[tuple[float, float]], app: list[tuple[float, float]],
                 without: dict[str, list[float]]) -> None:
        self.bare, self.app = median([b[0] for b in bare]), median([a[0] for a in app])
        self.bare_exit, self.app_exit = median([b[1] for b in bare]), median([a[1] for a in app])
        self.without = {trick: median(times) for trick, times in without.items()}
        # Paired within each round, so a busy moment on the machine cancels out; the
        # first round has no runs without a trick.
        self.savings = {trick: [off - on[0] for off, on in zip(times, app[1:], strict=True)]
                        for trick, times in without.items()}

    def saving(self, trick: str) -> float:
        return median(self.savings[trick])

    def share(self, trick: str) -> float:
        """The saving as a share of start-up without the trick."""
        return self.saving(trick) / self.without[trick]

    def spread(self, trick: str) -> str:
        low, _median, high = statistics.quantiles(self.savings[trick], n=4)
        return f"{low:.0f} to {high:.0f} ms"


def _startup(home: Path) -> Startup:
    """Interleaved rounds: a bare window, then the app with every trick on and (after
    the first round) with each trick off, in an order rotated each round."""
    _compile_package()
    env = {**os.environ, "PROMPTLIB_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop(tricks.ENVIRONMENT_VARIABLE, None)
    variants = [None, *tricks.STARTUP_TRICKS]
    bare, app = [], []
    without: dict[str, list[float]] = {trick: [] for trick in tricks.STARTUP_TRICKS}
    for round_ in range(RUNS):  # interleaved, so all see the same machine load
        bare.append(_run_ms([sys.executable, "-c", BARE_WINDOW], env))
        shift = round_ % len(variants)
        order = variants[shift:] + variants[:shift] if round_ else [None]
        for trick in order:
            if trick is None:
                app.append(_run_ms(APP, env))
            else:
                off_env = {**env, tricks.ENVIRONMENT_VARIABLE: trick}
                without[trick].append(_run_ms(APP, off_env, stop_when_ready=True)[0])
    return Startup(bare, app, without)


def _report_tricks(builtin: Startup, large: Startup) -> None:
    print(f"     what each start-up trick saves: start-up with it switched off (PROMPTLIB_DISABLE) minus "
          f"with all on, median of {RUNS - 1} rounds interleaved with the runs above")
    for trick, name in TRICK_NAMES.items():
        saved = large.saving(trick)
        report(f"{name}, 10,000 templates installed", f"saves {saved:.0f} ms", "> 0 ms",
               f"without it {large.without[trick]:.0f} ms, all on {large.app:.0f} ms: "
               f"{large.share(trick):.0%} of start-up without it", saved > 0)
        print(f"     (built-in library: saves {builtin.saving(trick):.0f} ms of {builtin.without[trick]:.0f} ms, "
              f"{builtin.share(trick):.0%}; the middle half of the rounds saved {large.spread(trick)} at "
              f"10,000 templates, {builtin.spread(trick)} built-in)")


def _install(home: Path, count: int) -> None:
    from promptlib.core.store.database import Store

    with Store(home) as store:
        store.install_packs([(generated_pack(count), {"source": "bench"})])
        store.set_setting("template_language", "fi")


def _quiet_offscreen_warnings() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" line, printed
    on every layout change, so the figures stay readable; other Qt messages still show."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _in_process(home: Path) -> dict[str, float]:
    os.environ["PROMPTLIB_HOME"] = str(home)
    from jinja2 import Environment
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QListView

    from promptlib.core.workspace import Workspace
    from promptlib.gui.app import build_main_window, create_application

    app = create_application()
    _quiet_offscreen_warnings()
    workspace = Workspace.open(home)
    window = build_main_window(workspace)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    while not window.browser.search_ready():  # idle-time work after start-up
        app.processEvents()
    preparation_ms = (time.perf_counter() - started) * 1000

    words = ["päätösesitys", "tiedote kunta", "perehdytys", "valtuustolle talousarvio", "selkeä muistio"]
    keystrokes = []
    for _round in range(3):
        for phrase in words:
            for end in range(1, len(phrase) + 1):
                started = time.perf_counter()
                window.search.setText(phrase[:end])
                app.processEvents()
                keystrokes.append((time.perf_counter() - started) * 1000)
            window.search.clear()
            app.processEvents()

    # Baseline: Qt's stock QSortFilterProxyModel over the same 10,000 titles.
    titles = [entry.template.title for entry in workspace.catalog.entries("fi")]
    source = QStringListModel(titles)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(proxy)
    view.show()
    baseline_keys = []
    for phrase in words:
        for end in range(1, len(phrase) + 1):
            started = time.perf_counter()
            proxy.setFilterFixedString(phrase[:end])
            app.processEvents()
            baseline_keys.append((time.perf_counter() - started) * 1000)

    window.search.clear()
    window.select_template("bench.t00042")
    app.processEvents()
    field = window.pane.form.widget_for("topic")
    previews = []
    for index in range(200):
        started = time.perf_counter()
        field.setText(f"uusi asiointipalvelu {index}")  # the form re-renders the preview on this signal
        previews.append((time.perf_counter() - started) * 1000)
    template = window.pane.template
    bare_jinja = Environment().from_string(template.body)
    jinja_times = []
    for index in range(200):
        started = time.perf_counter()
        bare_jinja.render(topic=f"uusi asiointipalvelu {index}", tone="virallisen", audience="",
                          length=300, details="")
        jinja_times.append((time.perf_counter() - started) * 1000)

    toggles = []
    for _ in range(50):
        started = time.perf_counter()
        window.browser.toggle_favourite("bench.t00042")
        app.processEvents()
        toggles.append((time.perf_counter() - started) * 1000)
    window.close()
    return {
        "key_p50": median(keystrokes), "key_p95": percentile(keystrokes, 0.95),
        "base_p50": median(baseline_keys), "base_p95": percentile(baseline_keys, 0.95),
        "preview": median(previews), "jinja": median(jinja_times),
        "toggle": median(toggles), "preparation": preparation_ms,
    }


APP_WINDOW = (
    "import sys\n"
    "from promptlib.core.workspace import Workspace\n"
    "from promptlib.gui.app import build_main_window, create_application\n"
    "app = create_application()\n"
    "window = build_main_window(Workspace.open()); window.show()\n"
    "while not window.browser.search_ready(): app.processEvents()\n"
    "window.search.setText('muistio'); app.processEvents()\n"
)


def _app_rss(home: Path) -> float:
    """Peak resident memory of the app with *home*'s library, searched once."""
    code = APP_WINDOW + ("print([line.split()[1] for line in open('/proc/self/status')"
                         " if line.startswith('VmHWM')][0])\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROMPTLIB_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


def _bare_window_rss() -> float:
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss starts from its parent's peak.
    code = BARE_WINDOW + ("print([line.split()[1] for line in open('/proc/self/status')"
                          " if line.startswith('VmHWM')][0])\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as full:
        builtin = _startup(Path(empty))
        report("start-up, built-in library (vs bare window)", f"{builtin.app:.0f} ms", "<= 2x bare",
               f"bare window {builtin.bare:.0f} ms ({builtin.app / builtin.bare:.2f}x)",
               builtin.app <= 2 * builtin.bare)
        print(f"     (whole process including shutdown: {builtin.app_exit:.0f} ms, bare window "
              f"{builtin.bare_exit:.0f} ms, {builtin.app_exit / builtin.bare_exit:.2f}x)")
        _install(Path(full), 10_000)
        large = _startup(Path(full))
        report("start-up, 10,000 templates installed", f"{large.app:.0f} ms", "<= 3x bare",
               f"bare window {large.bare:.0f} ms ({large.app / large.bare:.2f}x)", large.app <= 3 * large.bare)
        print(f"     (whole process including shutdown: {large.app_exit:.0f} ms, bare window "
              f"{large.bare_exit:.0f} ms, {large.app_exit / large.bare_exit:.2f}x)")
        _report_tricks(builtin, large)
        figures = _in_process(Path(full))
        report("search keystroke p50, 10,000 templates", f"{figures['key_p50']:.2f} ms", "<= 5 ms",
               f"QSortFilterProxyModel {figures['base_p50']:.2f} ms", figures["key_p50"] <= 5)
        report("search keystroke p95, 10,000 templates", f"{figures['key_p95']:.2f} ms", "<= 16 ms",
               f"QSortFilterProxyModel {figures['base_p95']:.2f} ms", figures["key_p95"] <= 16)
        from promptlib.gui.mainwindow import SEARCH_PREPARATION_DELAY_MS

        print(f"     (search ready {figures['preparation']:.0f} ms after the window was shown: folding "
              f"10,000 templates in idle time, 500 a step, after a "
              f"{SEARCH_PREPARATION_DELAY_MS} ms wait for the first paint)")
        report("preview re-render on a keystroke", f"{figures['preview']:.3f} ms", "<= 2 ms",
               f"bare jinja2 render {figures['jinja']:.3f} ms", figures["preview"] <= 2)
        report("favourite toggle in the app (store + models)", f"{figures['toggle']:.2f} ms", "<= 10 ms",
               "see bench_store for plain TinyDB", figures["toggle"] <= 10)
        bare_rss, app_rss = _bare_window_rss(), _app_rss(Path(full))
        report("resident memory (peak), 10,000 templates", f"{app_rss:.0f} MB", "<= 200 MB",
               f"bare window {bare_rss:.0f} MB", app_rss <= 200)


if __name__ == "__main__":
    main()
