"""Test configuration: Qt offscreen, and no test ever touches a real data folder."""

from __future__ import annotations

import gc
import json
import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

# Set before any Qt import so every GUI test runs headless, on a 1920×1080 screen: the
# main window opens at the size it opens at on a desktop monitor (it fits itself to
# the screen; tests/gui/test_window_size.py tries smaller ones).
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={FIXTURES / 'offscreen-screen.json'}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "promptlib-home"
    monkeypatch.setenv("PROMPTLIB_HOME", str(home))
    monkeypatch.delenv("PROMPTLIB_POLICY", raising=False)
    return home


@pytest.fixture(autouse=True)
def _collectable_after_each_test():
    """A workspace and a window freeze what they built out of the collector
    (core.gcpause.freeze_built); in a test process that would keep every earlier test's
    garbage for good."""
    yield
    gc.unfreeze()


@pytest.fixture
def sample_pack_path() -> Path:
    return FIXTURES / "sample_pack.json"


@pytest.fixture
def sample_pack(sample_pack_path: Path) -> dict:
    return json.loads(sample_pack_path.read_text(encoding="utf-8"))
