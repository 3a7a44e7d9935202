"""The import review shows what changes: unchanged templates collapsed to a count, an
updated template's body diff one key away, and each conflict's consequence in words."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QTextBrowser

from promptlib.core.library.importing import CONFLICT, KEEP_BOTH, NEW, REPLACE, UNCHANGED, UPDATED
from promptlib.gui.importdialog import ImportPreviewDialog


def _write(tmp_path: Path, data: dict, name: str) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _changed_body(sample_pack: dict, tmp_path: Path) -> str:
    data = json.loads(json.dumps(sample_pack))
    data["version"] = "1.1.0"
    data["templates"][0]["body"] += "\nLisätty rivi."
    data["templates"].append(dict(data["templates"][3], id="sample.extra", title="Lisäpohja"))
    return _write(tmp_path, data, "newer.json")


def _conflicting(sample_pack: dict, tmp_path: Path) -> str:
    plain = dict(sample_pack["templates"][2], title="Meidän selkokieli")
    pack = {"format": "promptlib-library", "format_version": 1, "id": "team.lib", "name": "Tiimi",
            "version": "2.0", "publisher": "Tiimi", "templates": [plain]}
    return _write(tmp_path, pack, "team.json")


def _dialog(parts, qtbot, source: str) -> ImportPreviewDialog:
    plan = parts.library_actions.libraries.plan_source(source)
    dialog = ImportPreviewDialog(plan, parts.window)
    qtbot.add_widget(dialog)
    dialog.show()
    return dialog


def _statuses(dialog) -> list[str]:
    return [item.status for item in dialog.model.items]


def test_only_changes_are_listed_and_unchanged_is_a_count_with_a_toggle(parts, qtbot, sample_pack, tmp_path) -> None:
    dialog = _dialog(parts, qtbot, _changed_body(sample_pack, tmp_path))
    assert _statuses(dialog) == [NEW, UPDATED]
    count = dialog.findChild(type(dialog.unchanged), "unchangedCount")
    assert count.text() == "3 unchanged templates are not listed."
    toggle = dialog.findChild(QCheckBox, "showUnchanged")
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert _statuses(dialog) == [NEW, UPDATED, UNCHANGED, UNCHANGED, UNCHANGED]
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert UNCHANGED not in _statuses(dialog)


def test_an_updated_template_shows_its_diff_one_key_away(parts, qtbot, sample_pack, tmp_path) -> None:
    dialog = _dialog(parts, qtbot, _changed_body(sample_pack, tmp_path))
    diff = dialog.findChild(QTextBrowser, "importDiff")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)   # from the new template to the updated one
    assert dialog.current_item().status == UPDATED
    assert "1.0.0 → 1.1.0" in dialog.model.index(1, 4).data()
    lines = diff.toPlainText().splitlines()
    assert "+ Lisätty rivi." in lines
    headings = ["Details", "Variables", "Prompt"]
    assert [line for line in lines if line in headings] == headings
    assert all(line.startswith(("  ", "+ ", "- ", "~ ")) for line in lines if line and line not in headings)
    assert "#d7f5dd" in diff.toHtml().lower()   # colour as well as the mark
    assert "installed (-) and incoming (+)" in dialog.diff_heading.text()


def test_a_label_and_a_title_change_are_shown_as_text_with_marks(parts, qtbot, sample_pack, tmp_path) -> None:
    data = json.loads(json.dumps(sample_pack))
    data["version"] = "1.1.0"
    data["templates"][0]["title"] = "Kutsu tapahtumaan"
    data["templates"][0]["variables"][0]["label"] = "Tapahtuman nimi"
    dialog = _dialog(parts, qtbot, _write(tmp_path, data, "renamed.json"))
    assert dialog.current_item().status == UPDATED
    lines = dialog.diff.toPlainText().splitlines()
    assert "~ Title: “Tapahtumakutsu” → “Kutsu tapahtumaan”" in lines
    assert "~ event: label: “Tapahtuma” → “Tapahtuman nimi”" in lines
    assert "#fbf0c9" in dialog.diff.toHtml().lower()   # colour as well as the ~ mark


def test_a_conflict_says_what_each_choice_does_before_install(parts, qtbot, sample_pack, tmp_path) -> None:
    dialog = _dialog(parts, qtbot, _conflicting(sample_pack, tmp_path))
    assert dialog.model.items[0].status == CONFLICT
    effects = dialog.effects.text()
    assert "If you install now:" in effects   # the default's effect, before Install
    assert "the version from Tiimi will not be installed; the one in Testikirjasto stays." in effects
    dialog.choose("sample.plain", "fi", KEEP_BOTH)
    assert "the imported copy is installed as sample.plain.2." in dialog.effects.text()
    dialog.choose("sample.plain", "fi", REPLACE)
    assert "Testikirjasto loses this template." in dialog.effects.text()
    diff = dialog.findChild(QTextBrowser, "importDiff")
    assert "in Testikirjasto (-) and in this library (+)" in dialog.diff_heading.text()
    assert diff.toPlainText().strip()
