"""The frozen app's start-up beside the same wheel's in a venv (issue: freezing costs).

Both come from `make bundle` (dist/promptlib/ and build/bundle-venv/). When the bundle is
missing, root builds it (the build apt-installs what it needs); anyone else is told how.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _harness import median, report

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "promptlib" / "promptlib"
VENV_APP = ROOT / "build" / "bundle-venv" / "bin" / "promptlib"
RUNS = 7
# Freezing unpacks nothing (one-folder) but imports from an archive: a little slower.
TARGET_RATIO = 1.3

sys.path.insert(0, str(ROOT / "packaging"))


def main() -> None:
    if not (FROZEN.exists() and VENV_APP.exists()):
        if os.geteuid() != 0:
            print("SKIP frozen app start-up: no bundle here; `make bundle` (as root) builds it")
            return
        subprocess.run(["make", "-C", str(ROOT), "bundle"], check=True, stdout=subprocess.DEVNULL)
    from startup import run_once

    with tempfile.TemporaryDirectory() as scratch:
        environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROMPTLIB_HOME": scratch,
                   "PROMPTLIB_POLICY": os.path.join(scratch, "no-policy.json")}
        commands = {"frozen": [str(FROZEN), "--self-test"], "venv": [str(VENV_APP), "--self-test"]}
        for command in commands.values():
            run_once(command, environ)  # warm the caches, make the data folder
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):  # interleaved, so that a slow moment of the machine hits both
            for name, command in commands.items():
                wall, cpu = run_once(command, environ)
                walls[name].append(wall * 1000)
                cpus[name].append(cpu * 1000)
    frozen, venv = median(walls["frozen"]), median(walls["venv"])
    ratio = frozen / venv
    report("start-up, frozen bundle (vs the same wheel in a venv)", f"{frozen:.0f} ms",
           f"<= {TARGET_RATIO}x venv", f"venv {venv:.0f} ms ({ratio:.2f}x)", ratio <= TARGET_RATIO)
    print(f"     (CPU: frozen {median(cpus['frozen']):.0f} ms, venv {median(cpus['venv']):.0f} ms, "
          f"{median(cpus['frozen']) / median(cpus['venv']):.2f}x; medians of {RUNS} interleaved runs)")


if __name__ == "__main__":
    main()
