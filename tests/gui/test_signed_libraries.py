"""Signed libraries in the window: "Verified: HR-tiimi" in the import review and in the
guidance panel's provenance (in English, Finnish and Swedish), a refused file names why,
and File → Publish to a team library… writes a signed pack."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from promptlib.core.library.signing import generate_key_pair, sign_pack, signature_path
from promptlib.core.policy import Policy, TrustedPublisher
from promptlib.gui import libraryactions, publishdialog
from promptlib.gui.app import compose_main_window, create_application
from promptlib.gui.importdialog import ImportPreviewDialog
from promptlib.gui.publishdialog import PublishDialog
from promptlib.gui.translations import Translations


def team_pack(sample_pack: dict, tmp_path: Path, key=None, version: str = "1.0") -> Path:
    data = {**sample_pack, "id": "org.hr", "name": "HR-tiimin kirjasto", "version": version, "publisher": "HR"}
    data["templates"] = [dict(t, id=f"team.{t['id']}") for t in sample_pack["templates"]]
    path = tmp_path / f"team-{version}.json"
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode()
    path.write_bytes(payload)
    if key is not None:
        signature_path(path).write_bytes(sign_pack(payload, key, pack_id="org.hr", version=version))
    return path


@pytest.fixture
def key(tmp_path):
    return generate_key_pair(tmp_path / "hr.key")


@pytest.fixture
def trusting(qtbot, workspace, key):
    """The window under a policy that trusts the HR team's key."""
    create_application()
    policy = Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),))
    parts = compose_main_window(workspace, policy=policy)
    qtbot.add_widget(parts.window)
    parts.window.show()
    qtbot.wait_exposed(parts.window)
    return parts


@pytest.fixture
def reviews(monkeypatch):
    shown = []

    def ask(plan, parent=None):
        dialog = ImportPreviewDialog(plan, parent)
        shown.append(dialog)
        return True

    monkeypatch.setattr(ImportPreviewDialog, "ask", staticmethod(ask))
    return shown


@pytest.fixture
def finnish():
    translations = Translations(create_application())
    yield translations
    translations.remove()


def test_a_signed_library_is_verified_in_the_review_and_in_the_guidance(trusting, reviews, key, sample_pack,
                                                                        tmp_path) -> None:
    assert trusting.library_actions.import_file(team_pack(sample_pack, tmp_path, key))
    [review] = reviews
    assert review.signature.text() == "Verified: HR-tiimi"
    assert review.signature.isVisibleTo(review)
    window = trusting.window
    assert window.select_template("team.sample.event")
    # In promptlib's own provenance label, outside the pack's text, which cannot forge it.
    assert window.guidance.provenance.text().splitlines()[-1] == "Verified: HR-tiimi"
    assert window.guidance.provenance.isVisibleTo(window)
    assert "Verified" not in window.guidance.notes.toPlainText()


def test_an_unsigned_library_is_marked_unverified(trusting, reviews, sample_pack, tmp_path) -> None:
    assert trusting.library_actions.import_file(team_pack(sample_pack, tmp_path))
    assert reviews[0].signature.text() == "Unverified: the library is not signed"
    assert trusting.window.select_template("team.sample.event")
    assert trusting.window.guidance.provenance.text().splitlines()[-1] == "Unverified: the library is not signed"


def test_guidance_that_claims_to_be_verified_does_not_make_it_so(trusting, reviews, sample_pack, tmp_path) -> None:
    data = {**sample_pack, "id": "org.hr", "name": "HR", "version": "1.0", "publisher": "HR"}
    data["templates"] = [dict(sample_pack["templates"][0], id="team.forged",
                              guidance="*Verified: HR-tiimi*\n\nKäytä vapaasti.")]
    path = tmp_path / "forged.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert trusting.library_actions.import_file(path)
    assert trusting.window.select_template("team.forged")
    provenance = trusting.window.guidance.provenance.text()
    assert "Verified: HR-tiimi" not in provenance
    assert provenance.splitlines()[-1] == "Unverified: the library is not signed"
    assert "Verified: HR-tiimi" in trusting.window.guidance.notes.toPlainText()   # the pack's own words, below


@pytest.mark.parametrize(("language", "verified"), [("fi", "Varmennettu: HR-tiimi"), ("sv", "Verifierad: HR-tiimi")])
def test_the_verified_mark_is_in_the_ui_language(trusting, reviews, key, sample_pack, tmp_path, finnish,
                                                 language, verified) -> None:
    finnish.apply(language)
    assert trusting.library_actions.import_file(team_pack(sample_pack, tmp_path, key))
    assert reviews[0].signature.text() == verified
    assert trusting.window.select_template("team.sample.event")
    assert trusting.window.guidance.provenance.text().splitlines()[-1] == verified


def test_a_changed_file_is_refused_with_the_reason_and_nothing_installed(trusting, reviews, key, sample_pack,
                                                                         tmp_path, monkeypatch) -> None:
    reported = []
    monkeypatch.setattr(libraryactions, "show_import_problems", lambda parent, error: reported.append(error))
    path = team_pack(sample_pack, tmp_path, key)
    path.write_bytes(path.read_bytes().replace(b"Tapahtumakutsu", b"Tapahtumakutsx", 1))
    before = trusting.window.browser.workspace.store.installed_packs()
    assert not trusting.library_actions.import_file(path)
    assert reviews == [] and reported[0].problems[0].code == "signature-changed"
    assert trusting.window.browser.workspace.store.installed_packs() == before
    assert "changed after it was signed" in trusting.window.statusBar().currentMessage()


def test_publish_dialog_shows_what_subscribers_get_and_writes_a_signed_pack(trusting, reviews, key, sample_pack,
                                                                           tmp_path, qtbot, monkeypatch) -> None:
    assert trusting.library_actions.import_file(team_pack(sample_pack, tmp_path, key))
    window = trusting.window
    names = [action.objectName() for action in window.file_menu.actions()]
    assert names.index("publishLibrary") == names.index("exportTemplates") + 1  # beside export, in the File menu
    target = tmp_path / "share" / "team.json"
    target.parent.mkdir()
    monkeypatch.setattr(publishdialog, "choose_publish_file", lambda parent, current: target)
    dialog = PublishDialog(window.browser.workspace, window)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.library.currentData() == "org.hr"
    assert not dialog.publish_button.isEnabled()   # no target yet
    qtbot.mouseClick(dialog.browse_target, Qt.MouseButton.LeftButton)
    assert "What subscribers will get: 4 new, 0 updated, 0 removed, 0 unchanged" in dialog.summary.text()
    assert dialog.version.placeholderText() == "1.1"
    qtbot.keyClicks(dialog.key, str(key.path))
    assert dialog.notes.toPlainText().count(": new template") == 4   # the suggestion: every template is new
    dialog.notes.selectAll()
    qtbot.keyClicks(dialog.notes, "Uusi kirje")
    assert dialog.publish_button.isEnabled()
    qtbot.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PublishDialog.DialogCode.Accepted
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "1.1"
    assert dialog.record is not None and dialog.record.key_id == key.key_id
    assert dialog.record.notes == "Uusi kirje"
    assert signature_path(target).exists()


@pytest.mark.skipif(os.name != "posix", reason="file permission bits are POSIX")
def test_publish_dialog_names_a_key_with_loose_permissions_and_writes_nothing(trusting, reviews, key, sample_pack,
                                                                             tmp_path, qtbot) -> None:
    assert trusting.library_actions.import_file(team_pack(sample_pack, tmp_path, key))
    os.chmod(key.path, 0o644)
    target = tmp_path / "team.json"
    dialog = PublishDialog(trusting.window.browser.workspace, trusting.window)
    qtbot.add_widget(dialog)
    dialog.target.setText(str(target))
    dialog.key.setText(str(key.path))
    dialog.refresh()
    assert not dialog.publish()
    assert "can be read by other users" in dialog.summary.text()
    assert not target.exists()
