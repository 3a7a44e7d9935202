"""Choosing languages from the Settings menu: the UI's, and the templates'."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QWidget,
)

from promptlib.core.guard.detection import scan
from promptlib.core.guard.screening import ValueFinding
from promptlib.core.library.exporting import Selection
from promptlib.gui import dialogs, exportdialog, guardmarks, importdialog
from promptlib.gui import translations as translations_module
from promptlib.gui.app import MainWindowHost, create_application
from promptlib.gui.checklist import AnswerChecklist
from promptlib.gui.dialogs import GuideDialog
from promptlib.gui.exportdialog import ExportDialog
from promptlib.gui.guarddialog import GuardDialog
from promptlib.gui.importdialog import ImportPreviewDialog
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


# -- no English in the Finnish or Swedish UI (issue 12) --------------------------------------

ALLOWED = {"promptlib", "JSON", "OK", "Ok", "IBAN", "fi", "sv", "en", "Suomi", "Svenska", "English"}


class RecordingTranslator(QTranslator):
    """Asked first (installed last), answers nothing: records every text a widget asks
    to have translated, so a test can tell which of them stayed in English."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source, disambiguation or ""))
        return None

    def untranslated(self, own_sources: set[str]) -> set[str]:
        """Qt's own texts that came back unchanged: no translator had them. promptlib's
        own are checked against its .ts files (PySide's tr() also asks under every base
        class, QDialog, QWidget, ..., before the class itself)."""
        left = set()
        for context, source, disambiguation in self.asked:
            if source in own_sources:
                continue
            if QCoreApplication.translate(context, source, disambiguation or None) == source:
                left |= {source, source.replace("&", "")}
        return left


def widget_texts(root: QWidget) -> list[str]:
    """Every text a user sees or hears in *root*: labels, buttons, titles, tooltips,
    accessible names, placeholders, combo items, table headers, status bar."""
    texts = [root.windowTitle(), root.accessibleName(), root.toolTip()]
    if isinstance(root, QMessageBox):
        texts += [root.text(), root.informativeText()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private
                columns = 1
            texts += [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]
            texts += [str(model.index(row, column).data() or "")
                      for row in range(min(model.rowCount(QModelIndex()), 30)) for column in range(columns)]
        if isinstance(widget, QStatusBar):
            texts.append(widget.currentMessage())
    return [text.strip() for text in texts if text and text.strip()]


def english_left(texts, recorder: RecordingTranslator, language: str) -> list[str]:
    messages = tool.messages(tool.ts_path(language))
    english = {m.source for m in messages if not m.numerus and m.translations[0] != m.source}
    english |= {source.replace("&", "") for source in english}
    english |= recorder.untranslated({m.source for m in messages})
    return sorted({text for text in texts if (text in english or text.replace("&", "") in english)
                   and text not in ALLOWED})


def modal_texts(qtbot, show) -> list[str]:
    """The texts of the modal dialog *show* opens, which is then closed."""
    seen: list[str] = []

    def grab():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, grab)
            return
        seen.extend(widget_texts(dialog))
        dialog.close()

    QTimer.singleShot(0, grab)
    show()
    return seen


def _newer_sample(sample_pack: dict, tmp_path: Path) -> Path:
    data = json.loads(json.dumps(sample_pack))
    data["version"] = "1.1.0"
    data["templates"][0]["title"] = "Tapahtumakutsu, uusi"
    data["templates"].append(dict(data["templates"][3], id="sample.extra", title="Lisäpohja"))
    path = tmp_path / "sample-1.1.0.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _conflicting_pack(sample_pack: dict, tmp_path: Path) -> Path:
    plain = dict(sample_pack["templates"][2], title="Meidän selkokieli")
    pack = {"format": "promptlib-library", "format_version": 1, "id": "team.lib", "name": "Tiimi",
            "version": "2.0", "publisher": "Tiimi", "templates": [plain]}
    path = tmp_path / "team.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def install_without_asking(monkeypatch):
    monkeypatch.setattr(importdialog.ImportPreviewDialog, "ask", classmethod(lambda cls, plan, parent=None: True))


@pytest.mark.parametrize(("language", "words"), [("fi", ["1 uusi", "1 päivitetty (1.0.0 → 1.1.0)", "ennallaan"]),
                                                 ("sv", ["1 ny", "1 uppdaterad (1.0.0 → 1.1.0)", "oförändrade"])])
def test_the_import_summary_is_in_the_ui_language(host, qtbot, install_without_asking, sample_pack, tmp_path,
                                                  language, words):
    window = switch_ui_language(host, qtbot, language)
    assert host.parts.library_actions.import_file(_newer_sample(sample_pack, tmp_path))
    message = window.statusBar().currentMessage()
    assert all(word in message for word in words), message
    assert not re.search(r"\b(new|updated|unchanged|conflicts?)\b", message), message


@pytest.mark.parametrize(("language", "text"), [("fi", "pitää olla tekstiä, ei luku"),
                                                ("sv", "måste vara text, inte ett tal")])
def test_validation_problems_are_shown_in_the_ui_language(host, qtbot, monkeypatch, sample_pack, tmp_path,
                                                          language, text):
    bad = json.loads(json.dumps(sample_pack))
    bad["templates"][0]["title"] = 42
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    window = switch_ui_language(host, qtbot, language)
    shown = modal_texts(qtbot, lambda: host.parts.library_actions.import_file(path))
    expected = f"{path}:templates[0].title: {text}"  # the technical location as it is
    assert any(expected in line for line in shown), shown
    assert expected in window.statusBar().currentMessage()
    assert not any("must be a string" in line for line in shown)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_qt_file_dialog_has_no_english_labels(host, qtbot, language):
    def dialog_texts() -> list[str]:
        dialog = QFileDialog(host.window, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setNameFilter("JSON (*.json)")
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
                 if w.isVisibleTo(dialog) and w.text()]
        dialog.close()
        return texts

    english = set(dialog_texts())
    assert {"&Look in:", "Files of &type:"} <= english
    switch_ui_language(host, qtbot, language)
    assert QCoreApplication.translate("QFileDialog", "&Look in:") != "&Look in:"
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert set(dialog_texts()) & english - ALLOWED == set()


@pytest.mark.parametrize(("language", "name"), [("sv", "HR och rekrytering"), ("en", "HR and recruitment"),
                                                ("fi", "HR ja rekrytointi")])
def test_built_in_library_names_follow_the_ui_language(host, qtbot, language, name):
    window = host.window if language == "en" else switch_ui_language(host, qtbot, language)
    dialog = host.parts.library_actions.libraries_dialog()
    assert name in widget_texts(dialog)
    dialog.close()
    export = ExportDialog(window.browser.catalog, window.browser.language, parent=window)
    assert any(text.startswith(name + " (") for text in widget_texts(export))
    assert window.select_template("hr.job-ad")
    assert name in window.guidance.provenance.text()


@pytest.mark.parametrize(("language", "name"), [("fi", "Viedyt kehotepohjat (HR ja rekrytointi)"),
                                                ("sv", "Exporterade promptmallar (HR och rekrytering)")])
def test_the_exported_library_is_named_in_the_ui_language(host, qtbot, monkeypatch, tmp_path, language, name):
    switch_ui_language(host, qtbot, language)
    target = tmp_path / "out.json"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *args, **kwargs: Selection(role="hr")))
    monkeypatch.setattr(exportdialog, "choose_export_path", lambda parent, suggested: target)
    assert host.parts.library_actions.export_dialog()
    assert json.loads(target.read_text(encoding="utf-8"))["name"] == name


def test_the_guard_summary_keeps_acronyms_in_capitals(host, qtbot):
    switch_ui_language(host, qtbot, "fi")
    finding = scan("FI21 1234 5600 0007 85")[0]
    text = guardmarks.summary([ValueFinding("account", "Maksajan tili", finding)])
    assert "tilinumero (IBAN) kentässä Maksajan tili" in text


def test_the_count_says_when_the_template_shown_is_not_in_the_list(host, qtbot):
    window = switch_ui_language(host, qtbot, "fi")
    window.template_language_actions["en"].trigger()
    assert window.select_template("hr.job-ad") and window.pane.template.language == "en"
    window.search.setText("työpaikkailmoitus")  # Finnish words, English templates: no hits
    assert window.browser.results.rowCount() == 0
    assert window.result_count.text() == "Luettelossa 0 kehotepohjaa; näkyvä pohja ei ole niiden joukossa"
    window.search.clear()
    assert re.fullmatch(r"\d+ kehotepohjaa", window.result_count.text())


def _editor_texts(host, qtbot, monkeypatch) -> list[str]:
    """The template editor with a finding of each kind, both tabs, and its questions."""
    from promptlib.gui.editor import actions as editor_actions
    from promptlib.gui.editor import window as editor_window

    editor = host.parts.editor_actions.new_template()
    editor.body.setPlainText("Kirjoita {{ puuttuu }} jne.{% if kentta %}{{ kentta }}{% endif %}")
    editor.variables.add_variable({"name": "kentta", "label": "kentta", "type": "number", "required": True,
                                   "example": 5, "min": 10})
    editor.run_checks()
    texts = widget_texts(editor)
    editor.tabs.setCurrentIndex(1)
    texts += widget_texts(editor)
    texts += modal_texts(qtbot, lambda: editor_window.ask_unsaved(editor, "Kutsu"))
    texts += modal_texts(qtbot, lambda: editor_actions.confirm_delete(host.window, "Kutsu", True, 1))
    texts += modal_texts(qtbot, lambda: editor_actions.ask_text(host.window))
    # Why a save, a delete or a draft failed: worded from codes, core's English only on stderr.
    from promptlib.core.errors import StoreError
    from promptlib.core.owntemplates.library import OwnTemplateError
    from promptlib.gui.editor.savetexts import save_error_text

    failures = [save_error_text(StoreError("cannot save library.json: No space left on device"))]
    failures += [save_error_text(OwnTemplateError("you already have a template", code, id="own.kutsu",
                                                  language="fi", detail="-"))
                 for code in ("template-exists", "no-such-template", "cannot-fill")]

    def full_disk(_draft) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(editor.drafts, "write", full_disk)
    editor.write_draft()
    failures.append(editor.state_line.text())
    assert not [text for text in failures if "No space left" in text or "you already have" in text], failures
    texts += failures
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "discard")
    editor.close()
    assert any("kentta" in text for text in texts) and len(texts) > 60  # the editor and its checks were seen
    return texts


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_in_any_window_or_dialog(host, qtbot, monkeypatch, install_without_asking, sample_pack,
                                            tmp_path, language):
    window = switch_ui_language(host, qtbot, language)
    recorder = RecordingTranslator(window)
    QApplication.instance().installTranslator(recorder)
    try:
        actions = host.parts.library_actions
        texts = widget_texts(window)
        assert actions.import_file(_newer_sample(sample_pack, tmp_path))
        texts += widget_texts(host.window)  # the status bar after an import
        plan = actions.libraries.plan_source(str(_conflicting_pack(sample_pack, tmp_path)))
        preview = ImportPreviewDialog(plan, host.window)
        preview.show()
        texts += widget_texts(preview)
        preview.close()
        export = ExportDialog(host.window.browser.catalog, host.window.browser.language, "sample.event", "hr",
                              host.window)
        export.show()
        texts += widget_texts(export)
        libraries = actions.libraries_dialog()
        texts += widget_texts(libraries)
        libraries.close()
        template = host.window.browser.catalog.get("sample.event", "fi")
        guard = GuardDialog([ValueFinding("event", "Tapahtuma", scan("040 1234567")[0])], False, "", host.window)
        guard.show()
        texts += widget_texts(guard)
        guard.close()
        checklist = AnswerChecklist(host.window.browser.workspace.store, host.window)
        checklist.show_for(template)
        texts += widget_texts(checklist)
        checklist.close()
        guide = GuideDialog(language, host.window)
        guide.show()
        texts += widget_texts(guide)
        guide.close()
        texts += modal_texts(qtbot, lambda: dialogs.show_about(host.window))
        texts += _editor_texts(host, qtbot, monkeypatch)
        for edit in (host.window.search,):
            texts += [action.text() for action in edit.createStandardContextMenu().actions()]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Yes
                                   | QDialogButtonBox.StandardButton.No)
        texts += [button.text() for button in buttons.buttons()]
        left = english_left(texts, recorder, language)
    finally:
        QApplication.instance().removeTranslator(recorder)
    assert len(texts) > 150
    assert not left, f"English in the {language} UI: {left}"


@pytest.mark.parametrize("code, words", [("fi", ("päivitetty", "ei voi lukea", "ei ole kelvollinen kirjasto")),
                                          ("sv", ("uppdaterade", "kan inte läsas", "är inte ett giltigt bibliotek"))])
def test_the_update_report_is_in_the_ui_language(host, qtbot, monkeypatch, sample_pack, tmp_path, code, words) -> None:
    from promptlib.gui import libraryactions

    window = switch_ui_language(host, qtbot, code)
    newer = {**sample_pack, "version": "9.0.0"}
    good = tmp_path / "newer.json"
    good.write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "promptlib-library", "format_version": 1}', encoding="utf-8")
    window.browser.workspace.store.set_setting("library_sources", [str(good), str(bad), str(tmp_path / "gone.json")])
    reports: list[list] = []
    monkeypatch.setattr(libraryactions, "show_message", lambda parent, title, text: reports.append([title, text]))
    actions = host.parts.library_actions
    with qtbot.waitSignal(actions.checker.finished, timeout=20_000):
        assert actions.check_for_updates(interactive=True)
    [[_title, text]] = reports
    for word in words:
        assert word in text
    english = ("updated", "cannot be read", "not a valid library", "still using", "nothing from it", "missing",
               "is up to date", "installed")
    assert not [word for word in english if word in text.replace(str(tmp_path), "")]


def test_export_remove_and_render_errors_are_in_the_ui_language(host, qtbot) -> None:
    from promptlib.core.errors import PromptlibError
    from promptlib.core.library.exporting import select_templates
    from promptlib.core.library.installed import remove_library
    from promptlib.core.problems import render_error
    from promptlib.gui.problemtexts import error_text

    window = switch_ui_language(host, qtbot, "fi")
    workspace = window.browser.workspace
    with pytest.raises(PromptlibError) as unknown_role:
        select_templates(workspace.catalog, Selection(role="ei-ole"))
    with pytest.raises(PromptlibError) as nothing_installed:
        remove_library(workspace.store, "ei.asennettu", [])
    texts = [error_text(unknown_role.value), error_text(nothing_installed.value),
             error_text(render_error("render-too-long", limit=1000))]
    assert texts[0].startswith("tuntematon rooli ”ei-ole”")
    assert texts[1].startswith("kirjastoa ”ei.asennettu” ei ole asennettu")
    assert texts[2] == "kehotteesta tulisi yli 1000 merkin pituinen"
