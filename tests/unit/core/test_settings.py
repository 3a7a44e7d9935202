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


def test_a_hand_edited_setting_of_the_wrong_type_is_set_aside_and_the_language_falls_back(tmp_path) -> None:
    import json

    from promptlib.core import settings as settings_module
    from promptlib.core.store.database import Store

    (tmp_path / "state.json").write_text(json.dumps({"settings": {
        "1": {"key": settings_module.TEMPLATE_LANGUAGE, "value": 42},
        "2": {"key": settings_module.UI_LANGUAGE, "value": ["sv"]}}}), encoding="utf-8")
    with Store(tmp_path) as store:
        assert settings_module.template_language(store, "en") == "en"
        [notice] = store.recovery_notices
        assert "setting 'template_language' must be a string, not int" in notice.reason


@pytest.mark.parametrize("key, value", [
    ("template_language", 42), ("ui_language", ["sv"]), ("library_sources", "https://x.fi/a.json"),
    ("library_sources", ["ok", 3]), ("splitter_sizes", [1, True]), ("splitter_sizes", "100,200"),
    ("answer_checklist_hidden", "yes"), ("window_geometry", 5), ("last_category", {"kind": "all"}),
])
def test_a_setting_of_the_wrong_type_is_refused_before_it_is_saved(tmp_path, key: str, value) -> None:
    from promptlib.core.settings import value_problem
    from promptlib.core.store.database import Store

    assert value_problem(key, value) is not None
    with Store(tmp_path) as store, pytest.raises(ValueError, match=f"setting '{key}' must be"):
        store.set_setting(key, value)


@pytest.mark.parametrize("key, value", [
    ("template_language", None), ("template_language", "sv"), ("library_sources", ["a", "b"]),
    ("splitter_sizes", [200, 500, 300]), ("answer_checklist_hidden", False), ("unknown.key", {"any": [1]}),
])
def test_a_setting_of_its_own_type_or_unset_is_fine(key: str, value) -> None:
    from promptlib.core.settings import value_problem

    assert value_problem(key, value) is None
