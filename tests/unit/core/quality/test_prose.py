"""The body as prose: tags masked at the same length, so offsets and lines stay the body's."""

from __future__ import annotations

from promptlib.core.quality.prose import PLACEHOLDER, Prose


def test_tags_are_masked_without_moving_anything() -> None:
    body = "Kirjoita {{ topic | lower }}.\n{% if notes %}\nMuistiinpanot:\n{{ notes }}\n{% endif %}{# huom #}"
    prose = Prose(body)
    assert len(prose.text) == len(body)
    assert prose.text.count("\n") == body.count("\n")
    assert "if" not in prose.text and "huom" not in prose.text
    assert prose.text[9:28] == PLACEHOLDER * len("{{ topic | lower }}")
    assert [(use.name, body[use.start:use.end]) for use in prose.uses] == [
        ("topic", "{{ topic | lower }}"), ("notes", "{{ notes }}")]


def test_words_know_whether_they_begin_a_sentence_a_line_or_a_list_item() -> None:
    prose = Prose("Toimi viestijänä. Kirjoita tiedote: tiivistä\n- laadi lista\n2. kerro, ja muuta")
    starts = {word.text for word in prose.words if word.starts_sentence and word.text.isalpha()}
    assert starts == {"Toimi", "Kirjoita", "tiivistä", "laadi", "kerro"}


def test_lines_and_the_label_line_above() -> None:
    body = "Tausta:\n\n{% if x %}\n{{ notes }}"
    prose = Prose(body)
    offset = body.index("{{")
    assert prose.line_of(offset) == 4
    assert prose.previous_line(offset) == "Tausta:"
    assert prose.previous_line(0) is None
