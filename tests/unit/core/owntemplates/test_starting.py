"""Where an own template starts: blank, from text, or a copy that records its source."""

from __future__ import annotations

from promptlib.core.guidance import CHECK_HEADINGS, check_items
from promptlib.core.model import Pack
from promptlib.core.owntemplates.starting import blank_template, copy_for_editing, from_text, guidance_skeleton


def test_the_guidance_skeleton_has_the_four_headings_in_the_language() -> None:
    for language in ("fi", "sv", "en"):
        skeleton = guidance_skeleton(language)
        assert skeleton.count("\n## ") + skeleton.startswith("## ") == 4
        assert f"## {CHECK_HEADINGS[language]}" in skeleton
    assert check_items(guidance_skeleton("fi") .replace("- \n\n## Vinkki", "- Luvut\n\n## Vinkki")) == ["Luvut"]


def test_blank_and_from_text_templates_get_a_fresh_id() -> None:
    blank = blank_template("sv", taken={"own.template"})
    assert blank["id"] == "own.template-2" and blank["language"] == "sv" and blank["roles"]
    made = from_text("Tiedote\nKirjoita tiedote aiheesta [aihe].", "fi")
    assert made["title"] == "Tiedote" and made["id"] == "own.tiedote"
    assert made["body"] == "Tiedote\nKirjoita tiedote aiheesta {{ aihe }}."
    assert [v["name"] for v in made["variables"]] == ["aihe"]


def test_a_copy_records_library_template_language_and_version(sample_pack: dict) -> None:
    template = Pack.from_dict(sample_pack, builtin=False).templates[0]
    copied = copy_for_editing(template)
    assert copied["copied_from"] == {"library": "test.sample", "template": template.id, "language": "fi",
                                     "version": "1.0.0"}
    assert copied["title"] == f"{template.title} (kopio)" and copied["id"].startswith("own.")
    assert copied["body"] == template.body and copied["variables"] == template.to_dict()["variables"]
