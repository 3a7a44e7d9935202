"""`make bench`: every bench_*.py in this folder, each figure beside its target and a baseline."""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    for path in sorted(HERE.glob("bench_*.py")):
        print(f"\n== {path.stem} ==", flush=True)
        importlib.import_module(path.stem).main()


if __name__ == "__main__":
    main()
