"""Start-up of the frozen app beside the venv's: the median of N `--self-test` runs each.

    python3 packaging/startup.py [--runs N] NAME=COMMAND...

e.g. `frozen=dist/promptlib/promptlib venv=build/bundle-venv/bin/promptlib`. Each run is
`COMMAND --self-test` (the commands take turns, so a slow moment of the machine hits all)
under QT_QPA_PLATFORM=offscreen with a scratch PROMPTLIB_HOME (made by one untimed run
first) and no policy file; wall time is to the process's exit, CPU time
is the child's user + system time. Prints one line per command and the frozen/venv ratio
of the first two.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command: list[str], environ: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=environ, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or done.stdout.strip() != "ok":
        sys.exit(f"startup: {' '.join(command)} failed: {done.stdout}{done.stderr}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("commands", nargs="+", metavar="NAME=COMMAND")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROMPTLIB_HOME": scratch,
                   "PROMPTLIB_POLICY": os.path.join(scratch, "no-policy.json")}
        commands = [item.partition("=")[::2] for item in args.commands]
        for _name, command in commands:
            run_once([command, "--self-test"], environ)  # warm the caches, make the data folder
        times: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in commands}
        for _ in range(args.runs):  # interleaved, so that a slow moment of the machine hits all
            for name, command in commands:
                times[name].append(run_once([command, "--self-test"], environ))
        results = []
        for name, command in commands:
            wall = statistics.median(t[0] for t in times[name])
            cpu = statistics.median(t[1] for t in times[name])
            results.append((name, wall, cpu))
            print(f"{name:>9}: median of {args.runs} --self-test runs: "
                  f"{wall * 1000:5.0f} ms wall, {cpu * 1000:5.0f} ms CPU  ({command})")
    if len(results) >= 2:
        (first, wall1, cpu1), (second, wall2, cpu2) = results[:2]
        print(f"{first} / {second}: wall {wall1 / wall2:.2f}x, CPU {cpu1 / cpu2:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
