"""The after-copy checklist, from a template's "check in the answer" guidance section."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from promptlib.core.guidance import (
    DEFAULT_CHECKLIST,
    DISCLOSURE_REMINDER,
    check_items,
    checklist,
    markdown_for_display,
)
from promptlib.core.resources import builtin_library_dir

FINNISH = """## Milloin käyttää
- Kun kutsut henkilöstöä.

## Älä syötä
- Henkilötunnuksia.

## Tarkista vastauksesta
- Päivämäärä ja paikka.
- **Sävy** sopii [ohjeeseen](https://example.fi/ohje).

## Vinkki
- Lue ääneen.
"""


def test_items_come_from_the_check_section_only() -> None:
    assert check_items(FINNISH) == ["Päivämäärä ja paikka.", "Sävy sopii ohjeeseen."]


def test_checklist_adds_the_disclosure_reminder_in_the_language() -> None:
    assert checklist(FINNISH, "fi") == ["Päivämäärä ja paikka.", "Sävy sopii ohjeeseen.",
                                       DISCLOSURE_REMINDER["fi"]]
    assert checklist(FINNISH, "fi", disclosure=False)[-1] == "Sävy sopii ohjeeseen."


@pytest.mark.parametrize("heading", ["## Kontrollera i svaret", "## Check in the answer",
                                     "### Tarkista vastauksesta:", "## check in the answer ##"])
def test_all_three_headings_any_level_or_case(heading: str) -> None:
    assert check_items(f"{heading}\n- One.\n* Two.\n1. Three.\n\n## Next\n- no") == ["One.", "Two.", "Three."]


def test_continuation_lines_join_their_item_and_paragraphs_count() -> None:
    guidance = "## Check in the answer\n- Figures add up\n  to the total.\n\nNames are spelt right.\n"
    assert check_items(guidance) == ["Figures add up to the total.", "Names are spelt right."]


def test_subheadings_stay_inside_a_higher_heading_ends_it() -> None:
    guidance = "## Check in the answer\n- A\n### Numbers\n- B\n# Other\n- C"
    assert check_items(guidance) == ["A", "B"]


@pytest.mark.parametrize("language, expected", [("fi", "fi"), ("sv", "sv"), ("en", "en"),
                                                ("sv_FI", "sv"), ("de", "fi"), ("", "fi")])
def test_default_list_when_the_template_has_none(language: str, expected: str) -> None:
    items = checklist("## Tip\n- Read it aloud.", language)
    assert items == DEFAULT_CHECKLIST[expected] + [DISCLOSURE_REMINDER[expected]]


def test_defaults_cover_facts_figures_names_and_tone() -> None:
    english = " ".join(DEFAULT_CHECKLIST["en"]).lower()
    for word in ("facts", "figures", "names", "tone"):
        assert word in english
    assert len(DEFAULT_CHECKLIST["fi"]) == len(DEFAULT_CHECKLIST["sv"]) == len(DEFAULT_CHECKLIST["en"])


def test_empty_section_falls_back_to_defaults() -> None:
    assert checklist("## Tarkista vastauksesta\n\n## Vinkki\n- x", "fi")[:-1] == DEFAULT_CHECKLIST["fi"]


def test_long_sections_are_cut_to_a_glance() -> None:
    guidance = "## Check in the answer\n" + "\n".join(f"- item {n}" for n in range(30))
    assert len(check_items(guidance)) == 10


def test_every_builtin_template_has_its_own_checklist() -> None:
    for path in sorted(builtin_library_dir().glob("*.json")):
        for template in json.loads(path.read_text(encoding="utf-8"))["templates"]:
            items = check_items(template.get("guidance", ""))
            assert items, f"{path.name}: {template['id']} ({template['language']}) has no check items"
            assert all(item and "##" not in item for item in items)


@pytest.mark.parametrize(("markdown", "shown"), [
    ("<style>*{display:none}</style>", r"\<style>*{display:none}\</style>"),
    ("Lue <textarea>tämä</textarea>", r"Lue \<textarea>tämä\</textarea>"),
    ("<!-- piilossa -->", r"\<!-- piilossa -->"),
    ("<?php ?> <!DOCTYPE html>", r"\<?php ?> \<!DOCTYPE html>"),
    ("<img src=file:///etc/passwd>", r"\<img src=file:///etc/passwd>"),
    (r"\\<b>kaksi kenoviivaa</b>", r"\\\<b>kaksi kenoviivaa\</b>"),   # \\ is a literal backslash
    (r"\<b> on jo suojattu", r"\<b> on jo suojattu"),
    ("1 < 2 ja 3 <= 4, <https://example.fi>", r"1 < 2 ja 3 <= 4, \<https://example.fi>"),
])
def test_guidance_carries_no_raw_html(markdown: str, shown: str) -> None:
    assert markdown_for_display(markdown) == shown


@given(st.text(alphabet="<\\/!?ab `>", max_size=40))
def test_no_html_can_open_after_escaping(markdown: str) -> None:
    shown = markdown_for_display(markdown)
    for index, char in enumerate(shown):
        if char == "<" and index + 1 < len(shown) and shown[index + 1] in "ab/!?":
            backslashes = len(shown[:index]) - len(shown[:index].rstrip("\\"))
            assert backslashes % 2 == 1, shown


def test_guidance_shows_hidden_characters_as_markers() -> None:
    assert markdown_for_display("Avaa \u202eliam-e\u202c tästä") == "Avaa ⟨U+202E⟩liam-e⟨U+202C⟩ tästä"
    assert markdown_for_display(FINNISH) == FINNISH  # ordinary guidance is untouched
