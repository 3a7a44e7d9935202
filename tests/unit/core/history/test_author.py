"""The author of a history version: the display name when set, else the OS user."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from promptlib.core import settings
from promptlib.core.history.author import UNKNOWN_AUTHOR, author_name
from promptlib.core.store.database import Store


def test_the_display_name_wins_over_the_os_user(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "mvirtanen")
    with Store(tmp_path) as store:
        assert author_name(store) == "mvirtanen"
        store.set_setting(settings.DISPLAY_NAME, "  Maija Virtanen ")
        assert author_name(store) == "Maija Virtanen"


def test_no_user_name_at_all_is_not_an_error(monkeypatch) -> None:
    def nobody() -> str:
        raise OSError("no user")

    monkeypatch.setattr(getpass, "getuser", nobody)
    assert author_name(None) == UNKNOWN_AUTHOR


def test_a_display_name_must_be_text(tmp_path: Path) -> None:
    with Store(tmp_path) as store, pytest.raises(ValueError):
        store.set_setting(settings.DISPLAY_NAME, 5)
