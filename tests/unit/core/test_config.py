"""Where the user's data lives, and the system's language as the command line and Qt read it."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core import config


def test_promptlib_home_overrides_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROMPTLIB_HOME", str(tmp_path / "elsewhere"))
    assert config.data_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("PROMPTLIB_HOME")
    assert config.data_dir().name == "promptlib"


LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "fi_FI.UTF-8"}, "fi"), ({"LANG": "sv_FI.UTF-8"}, "sv"), ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "C"}, "fi"), ({"LANG": "C.UTF-8"}, "fi"), ({"LANG": "POSIX"}, "fi"),
    ({"LANG": "de_DE.UTF-8"}, "fi"),                                   # a language we do not have
    ({"LC_ALL": "C", "LANG": "sv_FI.UTF-8"}, "fi"),                    # LC_ALL wins, and says none
    ({"LC_ALL": "C.UTF-8", "LANG": "en_GB.UTF-8"}, "fi"),
    ({"LC_MESSAGES": "sv_FI.UTF-8", "LANG": "fi_FI.UTF-8"}, "sv"),
    ({"LANG": "sv_FI.UTF-8", "LANGUAGE": "en_GB:sv"}, "en"),           # LANGUAGE first
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:sv"}, "sv"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "sv"}, "sv"),
    ({}, "fi"),                                                        # nothing set (not Windows)
])
def test_system_language_reads_the_environment_as_qt_does(monkeypatch: pytest.MonkeyPatch, env: dict,
                                                               expected: str) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.platform", "linux")
    # What Python 3.11 reports for the C.UTF-8 locale it sets itself: not a choice the user made.
    monkeypatch.setattr("locale.getlocale", lambda: ("en_US", "UTF-8"))
    assert config.system_language() == expected


@pytest.mark.parametrize("reported, expected", [(("Finnish_Finland", "1252"), "fi"),
                                                (("Swedish_Finland", "1252"), "sv"), ((None, None), "fi")])
def test_on_windows_the_system_locale_is_asked(monkeypatch: pytest.MonkeyPatch, reported, expected) -> None:
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setattr("locale.getlocale", lambda: reported)
    assert config.system_language() == expected


def test_a_blank_promptlib_home_is_no_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROMPTLIB_HOME", "   ")
    assert config.data_dir().name == "promptlib"
    monkeypatch.setenv("PROMPTLIB_HOME", "~/promptlib-test")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config.data_dir() == tmp_path / "promptlib-test"
