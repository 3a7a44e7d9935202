"""The benchmark switches (PROMPTLIB_DISABLE): every trick is on by default, each name
reaches its module, and a trick switched off really takes the plain path."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from promptlib.core import gcpause, tricks
from promptlib.core.library.validation import validate_pack
from promptlib.core.model import Pack
from promptlib.core.render import sandbox, simple
from promptlib.core.render.renderer import Renderer
from promptlib.core.render.values import example_values
from promptlib.core.store import startup_cache
from promptlib.core.store.database import Store
from promptlib.core.store.library_files import FOLDER
from promptlib.core.workspace import Workspace

# -- reading the variable ---------------------------------------------------------------


def test_an_unset_or_empty_variable_disables_nothing() -> None:
    assert tricks.parse_disabled(None) == frozenset()
    assert tricks.parse_disabled("") == frozenset()
    assert tricks.parse_disabled(" , ") == frozenset()


def test_names_are_a_comma_list_with_spaces_and_case_ignored() -> None:
    assert tricks.parse_disabled("startup-cache, GC-Pause") == {"startup-cache", "gc-pause"}
    assert tricks.parse_disabled("all") == set(tricks.TRICKS)


def test_a_misspelt_name_is_an_error_not_a_silent_no_op() -> None:
    with pytest.raises(ValueError, match="unknown trick gc-paws"):
        tricks.parse_disabled("gc-paws")
    with pytest.raises(ValueError):
        tricks.enabled("gc-paws")


PROBE = """
import PySide6.QtCore as core
from promptlib.core import catalog, gcpause
from promptlib.core.render import simple
from promptlib.core.store import startup_cache
from promptlib.gui import app, lazyqt, templatepane
from promptlib.gui.lazyqt import solid_brush
print("search-index", catalog.INDEX_ENABLED)
print("gc-freeze", gcpause.FREEZE_ENABLED)
print("form-cache", templatepane.FORM_CACHE_ENABLED)
print("startup-cache", startup_cache.ENABLED)
print("gc-pause", gcpause.ENABLED)
print("simple-renderer", simple.ENABLED)
print("lazy-qt", lazyqt.ENABLED, "Qt" not in core.__dict__, lazyqt.Qt is not core.Qt)
qt_app = app.create_application()
print("brush", solid_brush("#336699").style() == core.Qt.BrushStyle.TexturePattern)
"""


@pytest.mark.parametrize("disabled", [None, *tricks.TRICKS])
def test_the_default_is_all_on_and_each_name_switches_off_its_trick(disabled: str | None) -> None:
    env = {key: value for key, value in os.environ.items() if key != tricks.ENVIRONMENT_VARIABLE}
    if disabled:
        env[tricks.ENVIRONMENT_VARIABLE] = disabled
    result = subprocess.run([sys.executable, "-c", PROBE], env={**env, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    on = "False" if disabled == "lazy-qt" else "True"
    expected = {trick: f"{trick} {'False' if trick == disabled else 'True'}" for trick in tricks.TRICKS}
    # lazy-qt off: the app's import builds PySide6's own namespace and `Qt` is it.
    expected["lazy-qt"] = f"lazy-qt {on} {on} {on}"
    printed = ("search-index", "gc-freeze", "form-cache", "startup-cache", "gc-pause", "simple-renderer", "lazy-qt")
    assert result.stdout.splitlines() == [*(expected[trick] for trick in printed),
                                          f"brush {on}"]


# -- start-up cache ------------------------------------------------------------------------


def _installed(workspace: Workspace) -> list[tuple]:
    return sorted((t.key, t.to_dict(), t.origin) for t in workspace.catalog.all_templates()
                  if t.origin and not t.origin.builtin)


def test_without_the_startup_cache_it_is_never_read_or_written(
        isolated_home: Path, sample_pack: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    def caches() -> list[Path]:
        return sorted((isolated_home / FOLDER).glob("*.cache"))

    monkeypatch.setattr(startup_cache, "ENABLED", False)
    with Store(isolated_home) as store:                       # no cache written at install
        store.install_packs([(sample_pack, {"source": "x", "installed_at": "2026-01-01"})])
    assert caches() == []
    workspace = Workspace.open(isolated_home)
    plain = _installed(workspace)
    workspace.close()
    assert caches() == []

    monkeypatch.setattr(startup_cache, "ENABLED", True)
    with Store(isolated_home) as store:                       # writes the cache
        store.install_packs([(sample_pack, {"source": "x", "installed_at": "2026-01-01"})])
    [cache] = caches()
    workspace = Workspace.open(isolated_home)                 # served from it
    assert _installed(workspace) == plain                     # the same templates either way
    workspace.close()

    monkeypatch.setattr(startup_cache, "ENABLED", False)
    opened: list[Path] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda path, *a, **k: opened.append(Path(path)) or real_open(path, *a, **k))
    monkeypatch.setattr(Pack, "from_summary", None)           # the plain path never builds from rows
    written = cache.stat().st_mtime_ns
    workspace = Workspace.open(isolated_home)
    assert _installed(workspace) == plain
    workspace.close()
    assert cache not in opened
    assert cache.stat().st_mtime_ns == written


# -- collector pause -----------------------------------------------------------------------


def test_without_the_collector_pause_the_collector_keeps_running(
        isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    switched_off: list[bool] = []
    monkeypatch.setattr(gcpause.gc, "disable", lambda: switched_off.append(True))  # a spy: never really off
    Workspace.open(isolated_home).close()
    assert switched_off, "the spy sees the pause when it is on"

    switched_off.clear()
    monkeypatch.setattr(gcpause, "ENABLED", False)
    with gcpause.collector_paused():
        assert gc.isenabled()
    Workspace.open(isolated_home).close()
    assert switched_off == []


# -- simple renderer -----------------------------------------------------------------------


class _Spy:
    def __init__(self, function) -> None:
        self.function, self.calls = function, 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


def _render_all(pack: Pack) -> list[str]:
    renderer = Renderer()
    return [renderer.render(t, example_values(t), placeholders=True).text for t in pack.templates]


def test_without_the_simple_renderer_jinja_renders_every_body(
        sample_pack: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = Pack.from_dict(sample_pack)
    from_string = _Spy(sandbox.ENVIRONMENT.from_string)
    monkeypatch.setattr(sandbox.ENVIRONMENT, "from_string", from_string)
    with_simple = _render_all(pack)
    assert from_string.calls == 0                             # all four bodies are simple ones

    monkeypatch.setattr(simple, "ENABLED", False)
    assert _render_all(pack) == with_simple                   # the same text from Jinja
    assert from_string.calls == len(pack.templates)


def test_without_the_simple_renderer_jinja_validates_every_body(
        sample_pack: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = json.loads(json.dumps(sample_pack))
    broken["templates"][0]["body"] += " {{ undeclared }}"
    parse_body = _Spy(sandbox.parse_body)
    monkeypatch.setattr(sandbox, "parse_body", parse_body)
    with_simple = [validate_pack(sample_pack), validate_pack(broken)]
    assert parse_body.calls == 0

    monkeypatch.setattr(simple, "ENABLED", False)
    assert [validate_pack(sample_pack), validate_pack(broken)] == with_simple
    assert with_simple[1]                                     # the same problem found either way
    assert parse_body.calls == 2 * len(sample_pack["templates"])
