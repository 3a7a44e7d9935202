"""Library versions: which of two version strings is newer."""

from __future__ import annotations

import re

__all__ = ["compare_versions"]


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1 as version *a* is older than, the same as or newer than *b*.

    Numbers compare as numbers (`2026.10.0` > `2026.9.1`), words as text, a number
    beats a word, `1.0` is `1.0.0`, and a word after the common part marks a
    pre-release (`1.0rc1` < `1.0`).
    """
    left, right = _version_parts(a), _version_parts(b)
    for x, y in zip(left, right, strict=False):  # lengths differ: 1.2 < 1.2.1
        if x == y:
            continue
        if isinstance(x, int) and isinstance(y, int):
            return -1 if x < y else 1
        if isinstance(x, str) and isinstance(y, str):
            return -1 if x < y else 1
        return 1 if isinstance(x, int) else -1
    longer, sign = (left, 1) if len(left) > len(right) else (right, -1)
    for extra in longer[min(len(left), len(right)):]:
        if extra == 0:
            continue
        return sign if isinstance(extra, int) else -sign
    return 0


def _version_parts(version: str) -> list[int | str]:
    # `isdigit` alone is true for '²' and Arabic-Indic digits, which int() refuses or reads as digits:
    # only ASCII digits are numbers (validation lets no other digit into a version).
    return [int(part) if part.isascii() and part.isdigit() else part.casefold()
            for part in re.findall(r"[0-9]+|[^\W\d_]+", version)]
