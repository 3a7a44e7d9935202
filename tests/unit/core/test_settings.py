"""Setting names live in one module, and one rule picks the language templates are shown in."""

from __future__ import annotations

import pytest

from promptlib.core import settings
from promptlib.core.settings import TEMPLATE_LANGUAGE, UI_LANGUAGE, template_language
from promptlib.core.store.database import Store


@pytest.fixture
def store(isolated_home):
    with Store(isolated_home) as opened:
        yield opened


@pytest.fixture
def system_swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Swedish-speaking system, as the environment tells it (see config.system_language)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "sv_FI.UTF-8")
    monkeypatch.setattr("sys.platform", "linux")


def test_every_setting_has_its_own_key() -> None:
    keys = [value for name, value in vars(settings).items() if name.isupper() and isinstance(value, str)]
    assert TEMPLATE_LANGUAGE in keys and UI_LANGUAGE in keys
    assert len(keys) == len(set(keys))


def test_with_nothing_chosen_templates_follow_the_system(store: Store, system_swedish, monkeypatch) -> None:
    assert template_language(store) == "sv"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert template_language(store) == "en"


def test_the_ui_language_setting_comes_before_the_system(store: Store, system_swedish) -> None:
    store.set_setting(UI_LANGUAGE, "en")
    assert template_language(store) == "en"


def test_the_ui_language_the_app_applied_comes_before_the_setting(store: Store, system_swedish) -> None:
    store.set_setting(UI_LANGUAGE, "en")
    assert template_language(store, ui_language="fi") == "fi"
    assert template_language(store, ui_language="en-GB") == "en"   # a locale name is read as its language


def test_the_users_own_template_language_comes_first(store: Store, system_swedish) -> None:
    store.set_setting(UI_LANGUAGE, "en")
    store.set_setting(TEMPLATE_LANGUAGE, "fi")
    assert template_language(store, ui_language="en") == "fi"
    assert template_language(store) == "fi"


@pytest.mark.parametrize("unusable", ["de", "", "klingon_KL"])
def test_an_unusable_language_setting_is_skipped_not_obeyed(store: Store, system_swedish, unusable: str) -> None:
    store.set_setting(TEMPLATE_LANGUAGE, unusable)
    store.set_setting(UI_LANGUAGE, unusable)
    assert template_language(store, ui_language="en") == "en"
    assert template_language(store) == "sv"


def test_a_hand_edited_setting_of_the_wrong_type_falls_back(tmp_path) -> None:
    from promptlib.core import settings as settings_module
    from promptlib.core.store.database import Store

    with Store(tmp_path) as store:
        store.set_setting(settings_module.TEMPLATE_LANGUAGE, 42)
        store.set_setting(settings_module.UI_LANGUAGE, ["sv"])
        assert settings_module.template_language(store, "en") == "en"
