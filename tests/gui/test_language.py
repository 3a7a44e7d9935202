"""Choosing languages from the Settings menu: the UI's, and the templates'."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QMenu

from promptlib.gui import translations as translations_module
from promptlib.gui.app import MainWindowHost, create_application
from promptlib.gui.translations import Translations, system_ui_language

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
_spec = importlib.util.spec_from_file_location("update_translations", _TOOL)
tool = sys.modules.get(_spec.name) or importlib.util.module_from_spec(_spec)
if _spec.name not in sys.modules:
    sys.modules[_spec.name] = tool
    _spec.loader.exec_module(tool)


@pytest.fixture
def host(qtbot, workspace):
    """The real composition: a host that rebuilds its window when the UI language changes."""
    app = create_application()
    saved_locale = QLocale()
    translations = Translations(app)
    translations.apply("en")
    main = MainWindowHost(workspace, translations)
    window = main.open()
    window.show()
    qtbot.wait_exposed(window)
    yield main
    translations.remove()  # the QApplication outlives this test: leave it in English
    QLocale.setDefault(saved_locale)
    main.window.close()


def switch_ui_language(host, qtbot, code: str):
    old = host.window
    old.ui_language_actions[code].trigger()
    assert host.window is not old
    qtbot.waitUntil(host.window.isVisible)
    return host.window


def role_rows(window) -> list[str]:
    model = window.categories.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_swedish_then_finnish_from_the_menu(host, qtbot, workspace):
    assert host.window.pane.copy_button.text() == "Copy prompt"

    window = switch_ui_language(host, qtbot, "sv")
    assert window.pane.copy_button.text() == "Kopiera prompten"
    rows = role_rows(window)
    assert rows[0].startswith("Alla promptmallar (") and rows[1] == "Favoriter (0)"
    assert rows[2] == "Senast använda (0)"
    assert any(row.startswith("Kommunikation (") for row in rows)
    assert {"&Arkiv", "&Redigera", "&Inställningar", "&Hjälp"} <= set(menu_titles(window))
    assert re.fullmatch(r"\d+ promptmall(ar)?", window.result_count.text())
    assert window.ui_language_actions["sv"].isChecked()
    assert workspace.store.setting("ui_language") == "sv"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.buttons()[0].text() == "Stäng"  # Qt's own dialogs: qtbase_sv

    window = switch_ui_language(host, qtbot, "fi")
    assert window.pane.copy_button.text() == "Kopioi kehote"
    rows = role_rows(window)
    assert rows[0].startswith("Kaikki kehotepohjat (") and rows[1] == "Suosikit (0)"
    assert any(row.startswith("Viestintä (") for row in rows)
    assert re.fullmatch(r"\d+ kehotepohjaa?", window.result_count.text())
    assert workspace.store.setting("ui_language") == "fi"

    window = switch_ui_language(host, qtbot, "en")
    assert window.pane.copy_button.text() == "Copy prompt"
    assert re.fullmatch(r"\d+ templates?", window.result_count.text())  # the English plural forms


def test_the_rebuilt_window_keeps_template_typed_values_search_and_size(host, qtbot):
    window = host.window
    window.resize(700, 500)  # within the offscreen screen, which restoreGeometry clamps to
    assert window.select_template("sample.event")
    window.pane.form.widget_for("event").setText("Kevätjuhla")
    window.search.setText("tapahtuma")

    window = switch_ui_language(host, qtbot, "sv")
    assert window.pane.template.id == "sample.event"
    assert window.pane.form.values()["event"] == "Kevätjuhla"
    assert "Kevätjuhla" in window.pane.preview.plain_text()
    assert window.search.text() == "tapahtuma"
    assert (window.width(), window.height()) == (700, 500)


def _visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            texts += [widget.text(), widget.toolTip()]
    for edit in window.findChildren(QLineEdit):
        texts += [edit.placeholderText(), edit.accessibleName()]
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            texts += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
    texts += role_rows(window)
    return [text for text in texts if text]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_ui_text_is_left_after_switching(host, qtbot, language):
    """Catches strings set without tr(), or set once and never rebuilt in the new language."""
    host.window.select_template("sample.event")
    english = {m.source: m for m in tool.messages(tool.ts_path(language))
               if not m.numerus and m.translations[0] != m.source}
    window = switch_ui_language(host, qtbot, language)
    left = [text for text in _visible_texts(window) if text in english]
    assert not left, f"still English in {language}: {left}"


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_menu_accelerators_are_unique_in_each_menu(host, qtbot, language):
    window = host.window if language == "en" else switch_ui_language(host, qtbot, language)

    def letters(actions) -> list[str]:
        keys = []
        for action in actions:
            match = re.search(r"&([^&])", action.text().replace("&&", ""))
            if match:
                keys.append(match.group(1).casefold())
        return keys

    groups = [window.menuBar().actions()]
    menus = [action.menu() for action in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        groups.append(menu.actions())
        menus += [action.menu() for action in menu.actions() if isinstance(action.menu(), QMenu)]
    for actions in groups:
        keys = letters(actions)
        assert len(keys) == len(set(keys)), [action.text() for action in actions]


# -- template language --------------------------------------------------------------------

def test_template_language_menu_falls_back_with_a_visible_note(window, qtbot, workspace):
    """The sample pack has sample.plain in Finnish only and sample.event in fi and sv."""
    assert window.select_template("sample.plain")
    assert not window.pane.language_note.isVisible()

    window.template_language_actions["sv"].trigger()
    assert workspace.store.setting("template_language") == "sv"
    assert window.browser.language == "sv"
    assert window.pane.template.id == "sample.plain" and window.pane.template.language == "fi"
    assert window.pane.language_note.isVisible()
    assert window.pane.language_note.text() == "Shown in Finnish: this template has no Swedish version."
    row = window.browser.results.row_of("sample.plain")
    assert window.browser.results.index(row, 0).data().endswith("[fi]")

    assert window.select_template("sample.event")
    assert window.pane.title.text() == "Inbjudan till evenemang"
    assert not window.pane.language_note.isVisible()

    window.template_language_actions[""].trigger()  # same as the interface: English here
    assert workspace.store.setting("template_language") is None
    assert window.browser.language == "en"
    assert window.pane.language_note.text() == "Shown in Finnish: this template has no English version."
    assert window.template_language_actions[""].isChecked()
    assert not window.template_language_actions["sv"].isChecked()


def test_typed_values_survive_a_template_language_switch(window, qtbot):
    assert window.select_template("sample.event")
    window.pane.form.widget_for("event").setText("Kevätjuhla")
    window.template_language_actions["sv"].trigger()
    assert window.pane.template.language == "sv"
    assert window.pane.form.values()["event"] == "Kevätjuhla"


def test_template_language_follows_the_ui_language_by_default(host, qtbot, workspace):
    workspace.store.set_setting("template_language", None)
    window = switch_ui_language(host, qtbot, "sv")
    assert window.browser.language == "sv"
    assert window.template_language_actions[""].isChecked()


# -- the system's language ----------------------------------------------------------------

class _FakeLocale:
    languages: ClassVar[list[str]] = []

    @classmethod
    def system(cls):
        return cls

    @classmethod
    def uiLanguages(cls):
        return cls.languages


@pytest.mark.parametrize(("system", "expected"), [
    (["fi-FI"], "fi"), (["sv-FI", "fi-FI"], "sv"), (["en-GB"], "en"),
    (["de-DE", "en-US"], "en"), (["C"], "fi"), ([], "fi"),
])
def test_ui_language_comes_from_the_system_finnish_when_unknown(monkeypatch, system, expected):
    monkeypatch.setattr(_FakeLocale, "languages", system)
    monkeypatch.setattr(translations_module, "QLocale", _FakeLocale)
    assert system_ui_language() == expected


LANGUAGE_PROBE = """
from promptlib.core import config
from promptlib.gui.translations import system_ui_language
print(config.system_language(), system_ui_language())
"""


@pytest.mark.parametrize("env", [
    {"LANG": "C.UTF-8"}, {"LC_ALL": "C", "LANG": "sv_FI.UTF-8"},
    {"LANG": "sv_FI.UTF-8", "LANGUAGE": "en_GB:sv"}, {"LANG": "C.UTF-8", "LANGUAGE": "sv"},
    {"LANG": "de_DE.UTF-8"}, {"LC_MESSAGES": "sv_FI.UTF-8", "LANG": "fi_FI.UTF-8"}, {},
])
def test_the_command_line_and_the_app_pick_the_same_language(env: dict[str, str]) -> None:
    import os
    import subprocess

    clean = {name: value for name, value in os.environ.items()
             if name not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "LC_CTYPE")}
    result = subprocess.run([sys.executable, "-c", LANGUAGE_PROBE], env={**clean, **env},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    command_line, app = result.stdout.split()
    assert command_line == app
