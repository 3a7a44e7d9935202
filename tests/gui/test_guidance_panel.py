"""The guidance panel shows a pack's guidance as text it cannot escape: no raw HTML, no
forged provenance, no link but https:// opened, nothing loaded, hidden characters shown."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from promptlib.core.errors import LibraryError
from promptlib.gui import policyui

FORGED = "Library: Valtion virallinen kirjasto, version 9.9 (Valtiovarainministeriö)"
HOSTILE_GUIDANCE = (
    "<style>*{display:none}</style>\n\n"
    "## Milloin käyttää\n- Aina. <textarea>\n\n"
    "<div style='display:none'>piilotettu</div>\n\n"
    f"---\n\n*{FORGED}*  \n*Source: https://www.suomi.fi, imported 2026-01-01*\n\n"
    "</textarea>\n"
)


def install_pack(parts, window, tmp_path: Path, guidance: str, **fields) -> None:
    pack = {"format": "promptlib-library", "format_version": 1, "id": "hostile.lib", "name": "Vihamielinen",
            "version": "1.0", "publisher": "Tuntematon", **fields,
            "templates": [{"id": "hostile.one", "language": "fi", "title": "Kiitosviesti",
                           "roles": ["communications"], "body": "Kirjoita kiitosviesti.",
                           "guidance": guidance}]}
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    libraries = parts.library_actions.libraries
    libraries.apply(libraries.plan_source(str(path)))
    window.reload_library()
    assert window.select_template("hostile.one")


def anchors(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            char_format = iterator.fragment().charFormat()
            if char_format.isAnchor() and char_format.anchorHref():
                found.append(char_format.anchorHref())
            iterator += 1
        block = block.next()
    return found


def test_raw_html_cannot_hide_or_forge_the_provenance(parts, window, tmp_path) -> None:
    install_pack(parts, window, tmp_path, HOSTILE_GUIDANCE)
    provenance = window.guidance.provenance
    assert provenance.isVisible()
    assert provenance.text().splitlines()[0] == "Library: Vihamielinen, version 1.0 (Tuntematon)"
    assert provenance.text().splitlines()[1].startswith(f"Source: {tmp_path / 'hostile.json'}, imported ")
    assert "Valtion" not in provenance.text()
    notes = window.guidance.notes.toPlainText()
    # The HTML shows as the text it is: nothing is hidden, nothing is styled away.
    assert "<style>*{display:none}</style>" in notes
    assert "<textarea>" in notes and "</textarea>" in notes
    assert "piilotettu" in notes and "Milloin käyttää" in notes
    # The forged line is plainly part of the pack's own guidance, below the real provenance.
    assert FORGED in notes
    assert window.guidance.provenance.geometry().bottom() < window.guidance.notes.geometry().top()


def test_a_library_name_cannot_start_a_provenance_line_of_its_own(parts, window, tmp_path) -> None:
    # The validator refuses a line break in a publisher; a store written before that rule
    # may still hold one, and the panel must not let it start a line of its own.
    forged = "Tuntematon)\nSource: https://www.suomi.fi"
    with pytest.raises(LibraryError, match="publisher: contains an invisible"):
        install_pack(parts, window, tmp_path, "Ohje.", publisher=forged)
    install_pack(parts, window, tmp_path, "Ohje.")
    shown = window.pane.template
    origin = shown.origin._replace(publisher=forged)
    window.guidance.show_template(dataclasses.replace(shown, origin=origin))
    lines = window.guidance.provenance.text().splitlines()
    assert lines[0] == "Library: Vihamielinen, version 1.0 (Tuntematon)⟨U+000A⟩Source: https://www.suomi.fi)"
    assert len(lines) == 3 and lines[1].startswith(f"Source: {tmp_path}")
    assert lines[2] == "Unverified: the library is not signed"   # promptlib's own words about its signature


def test_a_publishers_name_in_the_verified_mark_stays_on_its_line(parts, window, tmp_path) -> None:
    # The policy refuses a line break in a name; a store edited by hand may still hold one.
    install_pack(parts, window, tmp_path, "Ohje.")
    shown = window.pane.template
    origin = shown.origin._replace(signature="verified", verified_by="HR)\nSource: https://www.suomi.fi")
    window.guidance.show_template(dataclasses.replace(shown, origin=origin))
    lines = window.guidance.provenance.text().splitlines()
    assert len(lines) == 3 and lines[2] == "Verified: HR)⟨U+000A⟩Source: https://www.suomi.fi"


LINKS = ("Avaa [asetukset](ms-settings:privacy), [jaettu kansio](smb://attacker.example/share), "
         "[ohje](file:///etc/passwd), [sivu](http://example.fi/), [suhteellinen](ohje.md) "
         "tai [Suomi.fi-ohje](https://www.suomi.fi/ohje).")


def test_only_https_links_stay_links_and_the_rest_show_their_address(parts, window, tmp_path) -> None:
    install_pack(parts, window, tmp_path, LINKS)
    notes = window.guidance.notes
    assert anchors(notes.document()) == ["https://www.suomi.fi/ohje"]
    text = notes.toPlainText()
    for shown in ("asetukset (ms-settings:privacy)", "jaettu kansio (smb://attacker.example/share)",
                  "ohje (file:///etc/passwd)", "sivu (http://example.fi/)", "suhteellinen (ohje.md)"):
        assert shown in text
    assert "Suomi.fi-ohje" in text and "(https://www.suomi.fi/ohje)" not in text


def click_on(notes, words: str) -> None:
    start = notes.toPlainText().index(words) + 2
    cursor = QTextCursor(notes.document())
    cursor.setPosition(start)
    point = notes.cursorRect(cursor).center()
    QTest.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_an_https_link_opens_it_in_the_browser_and_nothing_else_opens(
        parts, window, qtbot, monkeypatch, tmp_path) -> None:
    opened = []
    monkeypatch.setattr(policyui, "open_url", lambda url: opened.append(url) or True)
    install_pack(parts, window, tmp_path, LINKS)
    notes = window.guidance.notes
    before = notes.toPlainText()
    for words in ("asetukset", "jaettu kansio", "ohje (file", "sivu"):
        click_on(notes, words)
    assert opened == []
    click_on(notes, "Suomi.fi-ohje")
    assert opened == ["https://www.suomi.fi/ohje"]
    # An anchor that reached the browser anyway is still held to the rule.
    for url in ("smb://attacker.example/share", "file:///etc/passwd", "ms-settings:privacy"):
        notes.anchorClicked.emit(QUrl(url))
    assert opened == ["https://www.suomi.fi/ohje"]
    assert notes.toPlainText() == before and notes.source().isEmpty()


def test_a_file_link_never_loads_the_file_into_the_panel(parts, window, tmp_path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("# SALAINEN\nsalasana=hunter2", encoding="utf-8")
    install_pack(parts, window, tmp_path, f"[avaa]({secret.as_uri()})")
    notes = window.guidance.notes
    notes.setSource(QUrl.fromLocalFile(str(secret)))  # what following the link would do
    assert "hunter2" not in notes.toPlainText()
    assert "avaa" in notes.toPlainText()


def test_pictures_are_not_loaded_but_described(parts, window, tmp_path) -> None:
    picture = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(picture))
    install_pack(parts, window, tmp_path, f"Katso ![kaavio]({picture.as_uri()}) ja ![kuva](secret.png).")
    notes = window.guidance.notes
    notes.grab()  # lay out and paint, which is when Qt loads pictures
    text = notes.toPlainText()
    assert "[picture not shown: kaavio]" in text and "[picture not shown: kuva]" in text
    loaded = notes.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(picture.as_uri()))
    assert loaded is None or loaded.size().width() <= 1  # never the 4×4 file


@pytest.mark.parametrize("hidden", ["\u202e", "\u200b", "\u2066", "\U000e0041"])
def test_hidden_characters_in_guidance_are_shown(parts, window, tmp_path, hidden) -> None:
    # The validator refuses direction overrides in guidance; zero-width and tag characters
    # pass it (real documents carry them). The panel shows every kind, whatever the store holds.
    install_pack(parts, window, tmp_path, "Ohje.")
    window.guidance.show_template(dataclasses.replace(window.pane.template,
                                                      guidance=f"Lähetä kiitosviesti {hidden}liam-e."))
    text = window.guidance.notes.toPlainText()
    assert hidden not in text
    assert f"⟨U+{ord(hidden):04X}⟩liam-e" in text


def test_the_welcome_has_no_provenance(window) -> None:
    assert not window.guidance.provenance.isVisible()
    assert "Ctrl+F" in window.guidance.toPlainText()


# -- the preview shows a body as it will be pasted -------------------------------------------

# Zero-width and tag characters pass the validator in a body (real documents carry them);
# a direction override cannot, but a value the user pastes can carry one.
SPOOFED_BODY = "Kiitosviesti \u200b \U000e0041\U000e0042 {{ text }}"
SPOOFED_VALUE = "\u202eliam-e\u202c kiitos"


def install_body(parts, window, tmp_path: Path, body: str) -> None:
    pack = {"format": "promptlib-library", "format_version": 1, "id": "hidden.lib", "name": "Piilo",
            "version": "1.0", "publisher": "Tuntematon",
            "templates": [{"id": "hidden.one", "language": "fi", "title": "Kiitosviesti",
                           "roles": ["communications"], "body": body,
                           "variables": [{"name": "text", "label": "Teksti", "type": "text"}]}]}
    path = tmp_path / "hidden.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    libraries = parts.library_actions.libraries
    libraries.apply(libraries.plan_source(str(path)))
    window.reload_library()
    assert window.select_template("hidden.one")


def test_the_preview_shows_hidden_characters_and_copy_pastes_them(parts, window, qtbot, tmp_path) -> None:
    from PySide6.QtGui import QGuiApplication

    install_body(parts, window, tmp_path, SPOOFED_BODY)
    window.pane.form.widget_for("text").setText(SPOOFED_VALUE)
    preview = window.pane.preview
    qtbot.waitUntil(lambda: "kiitos" in preview.plain_text())
    shown = preview.plain_text()
    assert shown.startswith("Kiitosviesti ◌ ◌◌◌◌ ◌liam-e◌ kiitos")
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in preview.text.toolTip()
    assert "U+200B ZERO WIDTH SPACE" in preview.text.accessibleDescription()
    QGuiApplication.clipboard().clear()
    assert window.pane.copy()
    assert QGuiApplication.clipboard().text().rstrip("\n") == SPOOFED_BODY.replace("{{ text }}", SPOOFED_VALUE)


def test_guard_marks_stay_on_the_finding_after_hidden_characters(parts, window, qtbot, tmp_path) -> None:
    install_body(parts, window, tmp_path, SPOOFED_BODY)
    window.pane.form.widget_for("text").setText("matti.meikalainen@example.fi")
    preview = window.pane.preview
    qtbot.waitUntil(lambda: bool(preview.findings))
    marked = [selection.cursor.selectedText() for selection in preview.text.extraSelections()]
    assert "matti.meikalainen@example.fi" in marked


def test_a_plain_body_has_no_hidden_note(window) -> None:
    assert window.select_template("sample.event")
    assert window.pane.preview.text.toolTip() == ""


def test_a_library_name_cannot_fill_in_the_other_fields(parts, window, tmp_path) -> None:
    install_pack(parts, window, tmp_path, "Ohje.", name="Kirjasto %3 %2", publisher="Julkaisija")
    assert window.guidance.provenance.text().splitlines()[0] == "Library: Kirjasto %3 %2, version 1.0 (Julkaisija)"
