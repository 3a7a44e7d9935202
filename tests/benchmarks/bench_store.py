"""Favourite toggle and history write with 10,000 templates installed (docs/ARCHITECTURE.md,
"Performance targets").

Store keeps user state in its own small file, so these writes should not
depend on the library's size. The baseline is the same change through plain
TinyDB (`JSONStorage`, everything in one file), measured in the same run.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
for folder in (HERE, HERE.parents[1]):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from _harness import median, report, time_ms  # noqa: E402
from generate import generated_pack  # noqa: E402
from tinydb import Query, TinyDB  # noqa: E402
from tinydb.storages import JSONStorage  # noqa: E402

from promptlib.core.store.database import Store  # noqa: E402

TEMPLATES = 10_000
REPEAT = 60
TARGET_MS = 10.0


def bench_store(folder: Path, pack: dict) -> tuple[list[float], list[float]]:
    with Store(folder / "store") as store:
        store.install_packs([(pack, {"source": "generated"})])
        ids = [template["id"] for template in pack["templates"]]
        toggles = iter(ids * 2)
        uses = iter(ids)
        toggle = time_ms(lambda: store.toggle_favourite(next(toggles)), REPEAT)
        history = time_ms(lambda: store.record_use(next(uses), "fi"), REPEAT)
    return toggle, history


def bench_plain_tinydb(folder: Path, pack: dict) -> tuple[list[float], list[float]]:
    with TinyDB(folder / "plain.json", storage=JSONStorage) as db:
        db.table("templates").insert_multiple(pack["templates"])
        favourites = db.table("favourites")
        history = db.table("history")
        entry = Query()
        ids = iter([template["id"] for template in pack["templates"]] * 2)

        def toggle() -> None:
            template_id = next(ids)
            if favourites.contains(entry.template_id == template_id):  # one write either way
                favourites.remove(entry.template_id == template_id)
            else:
                favourites.insert({"template_id": template_id})

        uses = iter(template["id"] for template in pack["templates"])
        toggle_times = time_ms(toggle, REPEAT)
        history_times = time_ms(lambda: history.insert({"template_id": next(uses), "language": "fi"}), REPEAT)
    return toggle_times, history_times


def main() -> None:
    pack = generated_pack()
    with tempfile.TemporaryDirectory(prefix="promptlib-bench-") as temp:
        folder = Path(temp)
        store_toggle, store_history = bench_store(folder, pack)
        plain_toggle, plain_history = bench_plain_tinydb(folder, pack)
    for what, ours, plain in (
        ("favourite toggle, 10,000 templates installed", store_toggle, plain_toggle),
        ("history write, 10,000 templates installed", store_history, plain_history),
    ):
        figure = median(ours)
        report(
            what,
            f"{figure:.2f} ms",
            f"<= {TARGET_MS:g} ms",
            f"plain TinyDB {median(plain):.1f} ms",
            figure <= TARGET_MS,
        )


if __name__ == "__main__":
    main()
