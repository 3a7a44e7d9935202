"""Template history: listing a history of 1,000 versions and diffing two 20,000-character
bodies, each beside a same-run baseline (issue 16's targets: both < 50 ms).

Listing baseline: reading and parsing the same history.json with orjson alone (the least
any listing must do cold). Diff baseline: `difflib.unified_diff` of the same bodies.
"""

from __future__ import annotations

import difflib
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parents[1]):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import orjson  # noqa: E402
from _harness import median, report, time_ms  # noqa: E402

from promptlib.core.history.diff import diff_templates, word_diff  # noqa: E402
from promptlib.core.history.snapshots import TemplateHistory  # noqa: E402

VERSIONS = 1_000
BODY_CHARS = 20_000
TARGET_MS = 50.0
REPEAT = 15


def body(rng: random.Random, chars: int) -> str:
    words = ["hakemus", "päätös", "asiakas", "kunta", "palvelu", "tarkista", "kirjoita", "lyhyesti", "{{ aihe }}"]
    lines = []
    while sum(len(line) + 1 for line in lines) < chars:
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(6, 14))) + ".")
    return "\n".join(lines)[:chars]


def changed(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    for index in rng.sample(range(len(lines)), len(lines) // 20):   # one line in twenty edited
        lines[index] = lines[index].replace("kunta", "hyvinvointialue", 1) + " Lisäys."
    return "\n".join(lines)


def main() -> None:
    rng = random.Random(16)
    with tempfile.TemporaryDirectory(prefix="promptlib-bench-") as temp:
        folder = Path(temp)
        writer = TemplateHistory(folder, author="bench")
        writer.record_many(({"id": "bench.t", "language": "fi", "title": f"Versio {n}",
                             "body": body(rng, 2_000)} for n in range(VERSIONS)),
                           source="edit", library="user.own")
        path = folder / "history.json"
        cold = time_ms(lambda: TemplateHistory(folder).versions("bench.t", "fi"), REPEAT)
        listing = TemplateHistory(folder)
        listing.versions("bench.t", "fi")
        warm = time_ms(lambda: listing.versions("bench.t", "fi"), REPEAT)
        parse = time_ms(lambda: orjson.loads(path.read_bytes()), REPEAT)
        assert len(listing.versions("bench.t", "fi")) == VERSIONS
    old = body(rng, BODY_CHARS)
    new = changed(rng, old)
    before = {"id": "t", "language": "fi", "body": old}
    after = {"id": "t", "language": "fi", "body": new}
    lines = time_ms(lambda: diff_templates(before, after), REPEAT)
    words = time_ms(lambda: word_diff(old, new), REPEAT)
    # The same bodies as one paragraph: no line breaks to match first.
    flat_old, flat_new = old.replace("\n", " "), new.replace("\n", " ")
    paragraph = time_ms(lambda: word_diff(flat_old, flat_new), REPEAT)
    unified = time_ms(lambda: list(difflib.unified_diff(old.splitlines(), new.splitlines())), REPEAT)
    for what, ours, baseline in (
        (f"history of {VERSIONS:,} versions lists (cold)", cold, f"orjson parse {median(parse):.1f} ms"),
        (f"history of {VERSIONS:,} versions lists (warm)", warm, f"orjson parse {median(parse):.1f} ms"),
        (f"line diff of two {BODY_CHARS:,}-char bodies", lines, f"unified_diff {median(unified):.1f} ms"),
        (f"word diff of two {BODY_CHARS:,}-char bodies", words, f"unified_diff {median(unified):.1f} ms"),
        (f"word diff, {BODY_CHARS:,} chars in one paragraph", paragraph, f"unified_diff {median(unified):.1f} ms"),
    ):
        figure = median(ours)
        report(what, f"{figure:.2f} ms", f"< {TARGET_MS:g} ms", baseline, figure < TARGET_MS)


if __name__ == "__main__":
    main()
