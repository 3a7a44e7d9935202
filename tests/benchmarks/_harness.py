"""Shared helpers for `make bench`: timing and one printed row per figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def time_ms(action: Callable[[], object], repeat: int) -> list[float]:
    """Run *action* `repeat` times and return each duration in milliseconds."""
    durations = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        durations.append((time.perf_counter() - started) * 1000)
    return durations


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def report(what: str, measured: str, target: str, baseline: str, ok: bool) -> None:
    """Print one benchmark row: figure, target, same-run baseline, verdict."""
    verdict = "OK  " if ok else "MISS"
    print(f"{verdict} {what:<52} {measured:>14}   target {target:<16} baseline {baseline}")
