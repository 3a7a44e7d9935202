"""Test configuration: Qt offscreen, and no test ever touches a real data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

# Set before any Qt import so every GUI test runs headless.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "promptlib-home"
    monkeypatch.setenv("PROMPTLIB_HOME", str(home))
    monkeypatch.delenv("PROMPTLIB_POLICY", raising=False)
    return home


@pytest.fixture
def sample_pack_path() -> Path:
    return FIXTURES / "sample_pack.json"


@pytest.fixture
def sample_pack(sample_pack_path: Path) -> dict:
    return json.loads(sample_pack_path.read_text(encoding="utf-8"))
