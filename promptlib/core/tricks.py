"""Switches that turn promptlib's start-up tricks off: for benchmarks only.

`make bench` (tests/benchmarks/bench_app.py) starts the app with each trick switched
off in turn to print what each one still buys, so a trick that no longer pays can be
found and removed. Users never need these; with the variable unset every trick is on.

    PROMPTLIB_DISABLE=startup-cache,gc-pause,lazy-qt,simple-renderer,search-index,gc-freeze,form-cache

- `startup-cache`: the marshal copy of each installed library (`store/startup_cache.py`)
  is never read or written; start-up parses the library files and builds the packs with
  `Pack.from_dict`, as built-in packs are built.
- `gc-pause`: `gcpause.collector_paused()` leaves the garbage collector running.
- `lazy-qt`: `gui/lazyqt.py` hands out PySide6's own `Qt` namespace, imported (and so
  built) when the GUI loads.
- `simple-renderer`: every template body is rendered and validated by Jinja
  (`render/renderer.py`, `library/validation.py`), none by `render/simple.py`.
- `search-index`: no `searchindex.TextIndex` is built; every search reads the folded
  texts (`catalog.py`).
- `gc-freeze`: `gcpause.freeze_built()` freezes nothing, so every full collection walks
  the library again.
- `form-cache`: `gui/templatepane.py` builds a new form on every template switch
  instead of showing the one built when the template was last opened.

The first four are start-up tricks (`STARTUP_TRICKS`: `bench_app.py` starts the app
with each switched off); the others act after start-up and are measured by
`bench_scale.py`.

`all` switches every trick off. The variable is read once, when this module is first
imported; the modules using a trick copy their switch into a module constant then, so
checking it costs a global lookup at most. An unknown name is an error (a misspelt
switch would otherwise measure nothing).
"""

from __future__ import annotations

import os

ENVIRONMENT_VARIABLE = "PROMPTLIB_DISABLE"

STARTUP_CACHE = "startup-cache"
GC_PAUSE = "gc-pause"
LAZY_QT = "lazy-qt"
SIMPLE_RENDERER = "simple-renderer"
SEARCH_INDEX = "search-index"
GC_FREEZE = "gc-freeze"
FORM_CACHE = "form-cache"
STARTUP_TRICKS = (STARTUP_CACHE, GC_PAUSE, LAZY_QT, SIMPLE_RENDERER)
TRICKS = (*STARTUP_TRICKS, SEARCH_INDEX, GC_FREEZE, FORM_CACHE)


def parse_disabled(text: str | None) -> frozenset[str]:
    """The tricks named in a PROMPTLIB_DISABLE value ("a,b", spaces and case ignored)."""
    names = {part.strip().lower() for part in (text or "").split(",")} - {""}
    if "all" in names:
        names = (names - {"all"}) | set(TRICKS)
    unknown = names - set(TRICKS)
    if unknown:
        raise ValueError(f"{ENVIRONMENT_VARIABLE}: unknown trick {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(TRICKS)}, all)")
    return frozenset(names)


DISABLED = parse_disabled(os.environ.get(ENVIRONMENT_VARIABLE))


def enabled(trick: str) -> bool:
    """Whether *trick* (one of TRICKS) is on in this process."""
    if trick not in TRICKS:
        raise ValueError(f"unknown trick {trick!r}")
    return trick not in DISABLED
