from pathlib import Path

import pytest

from promptlib.core import config, resources


def test_builtin_library_and_resources_are_found() -> None:
    assert any(resources.builtin_library_dir().glob("*.json")) or resources.builtin_library_dir().is_dir()
    assert resources.resource_path("icons/promptlib.svg").is_file()
    assert resources.resource_path("guide/good-prompts.fi.md").is_file()


@pytest.mark.parametrize("name", ["../pyproject.toml", "/etc/passwd", "guide/../../x", "", "a\\..\\b"])
def test_resource_names_must_stay_inside_resources(name: str) -> None:
    with pytest.raises(ValueError):
        resources.resource_path(name)


def test_promptlib_home_overrides_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PROMPTLIB_HOME", str(tmp_path / "elsewhere"))
    assert config.data_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("PROMPTLIB_HOME")
    assert config.data_dir().name == "promptlib"


@pytest.mark.parametrize("env, expected", [("fi_FI.UTF-8", "fi"), ("sv_FI.UTF-8", "sv"), ("en_GB.UTF-8", "en"),
                                           ("C", "fi"), ("C.UTF-8", "fi"), ("POSIX", "fi")])
def test_system_language_defaults_to_finnish(monkeypatch: pytest.MonkeyPatch, env: str, expected: str) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", env)
    # What Python 3.11 reports for a C.UTF-8 locale: not a choice the user made.
    monkeypatch.setattr("locale.getlocale", lambda: ("en_US", "UTF-8"))
    assert config.system_language() == expected


@pytest.mark.parametrize("reported, expected", [(("Finnish_Finland", "1252"), "fi"),
                                                (("Swedish_Finland", "1252"), "sv"), ((None, None), "fi")])
def test_system_language_without_locale_variables_asks_the_system(monkeypatch: pytest.MonkeyPatch,
                                                                  reported, expected) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda: reported)
    assert config.system_language() == expected
