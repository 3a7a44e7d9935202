"""Validating the worst packs the 20 MB limit lets through (library/README.md, "Limits";
target: a few seconds, here <= 3 s each).

Each shape aims at one cost of `load_pack` (read, decode, check every rule): the most
template tags in the simple forms, the most characters Jinja's parser must read, the
shape that once took 175 s (1,040 templates of 4,000 variable uses), the most
variables, the most templates, and 20 MB of long prompts. The baseline, in the same
run, is decoding the same file with orjson alone, the collector paused as promptlib
does (what any check costs at least).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for folder in (HERE, ROOT):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import orjson  # noqa: E402
from _harness import median, report  # noqa: E402

from promptlib.core.errors import LibraryError  # noqa: E402
from promptlib.core.gcpause import collector_paused  # noqa: E402
from promptlib.core.library.format import MAX_FILE_BYTES, load_pack  # noqa: E402
from promptlib.core.library.validation import MAX_TAGS_PER_BODY, MAX_TEMPLATES  # noqa: E402

RUNS = 3
TARGET_S = 3.0
BUDGET = MAX_FILE_BYTES - 64 * 1024  # room for the pack's own fields


def _template(index: int, body: str, variables: list[dict]) -> dict:
    return {"id": f"t{index}", "language": "fi", "title": f"Pohja {index}", "roles": ["hr"], "body": body,
            "variables": variables}


def _fill(make) -> dict:
    """As many templates of `make(index)` as fit in the size limit."""
    templates: list[dict] = []
    size = 0
    while len(templates) < MAX_TEMPLATES:
        template = make(len(templates))
        size += len(orjson.dumps(template)) + 1
        if size > BUDGET:
            break
        templates.append(template)
    return {"format": "promptlib-library", "format_version": 1, "id": "bench.worst", "name": "Pahin",
            "version": "1.0", "publisher": "bench", "templates": templates}


A = [{"name": "a", "label": "A"}]
SHAPES = {
    "simple tags (if blocks)": lambda i: _template(i, "{% if a %}x{% endif %}" * (MAX_TAGS_PER_BODY // 2), A),
    "Jinja's parser (filter chains)": lambda i: _template(i, ("{{ a" + " | d" * 30 + " }}") * 600, A),
    "1,040 x 4,000 uses (once 175 s)": lambda i: _template(i, "{{ a|default }} " * 4_000, A),
    "most variables (50 a template)": lambda i: _template(
        i, "".join(f"{{{{ v{n} }}}}" for n in range(50)),
        [{"name": f"v{n}", "label": f"Muuttuja {n}", "type": "choice", "choices": ["a", "b", "c"]} for n in range(50)]),
    "most templates (20,000)": lambda i: _template(i, "Kirjoita {{ a }}.", A),
    "long prompts (256 KB bodies)": lambda i: _template(i, ("Pitkä ohje {like this}. " * 11_000)[:262_000]
                                                        + "{{ a }}", A),
}


def _validate(path: Path) -> tuple[float, str]:
    started = time.perf_counter()
    try:
        pack = load_pack(path)
        outcome = f"valid, {len(pack.templates):,} templates"
    except LibraryError as error:
        outcome = f"refused: {error.problems[0]}"[:70]
    return time.perf_counter() - started, outcome


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="promptlib-bench-") as temp:
        for name, make in SHAPES.items():
            data = _fill(make)
            path = Path(temp) / "pack.json"
            path.write_bytes(orjson.dumps(data))
            raw = path.read_bytes()
            checked, decoded, outcome = [], [], ""
            for _ in range(RUNS):  # interleaved, so both see the same machine load
                seconds, outcome = _validate(path)
                checked.append(seconds)
                started = time.perf_counter()
                with collector_paused():
                    orjson.loads(raw)
                decoded.append(time.perf_counter() - started)
            report(f"validate worst pack: {name}", f"{median(checked):.2f} s", f"<= {TARGET_S:g} s",
                   f"orjson decode {median(decoded):.2f} s ({len(raw) / 1e6:.1f} MB; {outcome})",
                   median(checked) <= TARGET_S)


if __name__ == "__main__":
    main()
