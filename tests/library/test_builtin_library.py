"""Quality gates for the built-in library (library/*.json): valid, complete in three
languages, every template usable with its examples, and guidance that is not boilerplate."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from promptlib.core.guard.detection import scan
from promptlib.core.guidance import check_items
from promptlib.core.library.format import load_pack
from promptlib.core.render.renderer import Renderer
from promptlib.core.render.values import example_values
from promptlib.core.roles import BUILTIN_ROLES

REPO_ROOT = Path(__file__).resolve().parents[2]
LIBRARY = REPO_ROOT / "library"
LANGUAGES = ("fi", "sv", "en")
SECTIONS = {  # library/README.md: the four guidance sections, in order, per language
    "fi": ["Milloin käyttää", "Älä syötä", "Tarkista vastauksesta", "Vinkki"],
    "sv": ["När du använder den", "Skriv aldrig in", "Kontrollera i svaret", "Tips"],
    "en": ["When to use", "Never enter", "Check in the answer", "Tip"],
}
PACK_FILES = sorted(LIBRARY.glob("*.json"))
TEMPLATES = [template for path in PACK_FILES for template in load_pack(path).templates]


def _name(template) -> str:
    return f"{template.id}[{template.language}]"


def _sections(guidance: str) -> dict[str, str]:
    """Second-level heading -> the text under it."""
    parts = re.split(r"^##[ \t]+(.+?)[ \t]*$", guidance, flags=re.MULTILINE)
    return {title: body.strip() for title, body in zip(parts[1::2], parts[2::2], strict=False)}


def test_promptlib_validate_passes_on_the_library():
    result = subprocess.run([sys.executable, "-m", "promptlib", "validate", str(LIBRARY)],
                            capture_output=True, text=True, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ok (") == len(PACK_FILES) >= 8


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda path: path.stem)
def test_every_pack_is_named_in_every_ui_language(path):
    pack = load_pack(path)
    assert set(pack.names) == set(LANGUAGES)
    assert pack.names["fi"] == pack.name  # Finnish first: `name` is what the CLI shows
    assert len(set(pack.names.values())) == 3, "each language has its own name"


def test_counts_ids_roles_and_templates_per_role():
    ids = {template.id for template in TEMPLATES}
    assert len(ids) >= 60
    ids_per_role: dict[str, set[str]] = defaultdict(set)
    for template in TEMPLATES:
        for role in template.roles:
            ids_per_role[role].add(template.id)
    assert len(ids_per_role) >= 8
    thin = {role: len(members) for role, members in ids_per_role.items() if len(members) < 6}
    assert not thin, f"roles with fewer than 6 templates: {thin}"
    assert set(ids_per_role) <= set(BUILTIN_ROLES), "every role has display names in the UI's languages"


def test_every_id_is_in_finnish_swedish_and_english_alike():
    by_id: dict[str, dict[str, object]] = defaultdict(dict)
    for template in TEMPLATES:
        assert template.language not in by_id[template.id], f"duplicate {_name(template)}"
        by_id[template.id][template.language] = template
    problems = []
    for template_id, versions in sorted(by_id.items()):
        missing = [language for language in LANGUAGES if language not in versions]
        if missing:
            problems.append(f"{template_id}: missing {missing}")
            continue
        # The same fields and roles in every language, so values typed in one language
        # carry over when the user switches the template language.
        shapes = {language: [(v.name, v.type, v.required) for v in t.variables] for language, t in versions.items()}
        if len({repr(shape) for shape in shapes.values()}) != 1:
            problems.append(f"{template_id}: variables differ between languages: {shapes}")
        if len({tuple(sorted(t.roles)) for t in versions.values()}) != 1:
            problems.append(f"{template_id}: roles differ between languages")
    assert not problems, "\n".join(problems)


def test_titles_are_unique_within_a_language():
    titles = Counter((template.language, template.title.casefold()) for template in TEMPLATES)
    assert not [title for title, count in titles.items() if count > 1]


@pytest.mark.parametrize("template", TEMPLATES, ids=_name)
def test_template_renders_with_examples_and_with_only_the_required_values(template):
    renderer = Renderer()
    examples = example_values(template)
    full = renderer.render(template, examples).text
    required = {v.name: examples[v.name] for v in template.variables if v.required}
    minimal = renderer.render(template, required).text
    for text in (full, minimal):
        assert len(text) > 200, "a prompt worth the name says role, task, context and format"
        assert "{{" not in text and "{%" not in text and "None" not in text
        assert "\n\n\n" not in text, "an empty optional field left a gap"
    assert all(variable.label for variable in template.variables)


@pytest.mark.parametrize("template", TEMPLATES, ids=_name)
def test_every_variable_has_a_realistic_example_that_the_guard_accepts(template):
    for variable in template.variables:
        assert variable.example not in (None, ""), f"{variable.name} has no example"
        for value in (variable.example, variable.default):
            if value is not None:
                assert scan(str(value)) == [], f"{variable.name}: example {value!r} looks like personal data"
    rendered = Renderer().render(template, example_values(template)).text
    assert scan(rendered) == [], "the prompt with its examples would trip the personal-data guard"


@pytest.mark.parametrize("template", TEMPLATES, ids=_name)
def test_every_variable_tells_the_user_what_to_enter(template):
    # Issue 3: the form shows label, help and a sample value for every field, so a
    # user never faces a bare field name such as "topic" or "meeting_date".
    problems = []
    for variable in template.variables:
        if not (variable.help or "").strip():
            problems.append(f"{variable.name}: no help text")
        if variable.example in (None, "") and variable.default in (None, ""):
            problems.append(f"{variable.name}: neither an example nor a default")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("template", TEMPLATES, ids=_name)
def test_guidance_has_the_four_sections_of_its_language(template):
    sections = _sections(template.guidance)
    assert list(sections) == SECTIONS[template.language]
    assert all(len(text) >= 20 for text in sections.values()), sections
    assert len(check_items(template.guidance)) >= 2, "the after-copy checklist needs real items"


@pytest.mark.parametrize("language", LANGUAGES)
def test_guidance_is_not_boilerplate(language):
    templates = [t for t in TEMPLATES if t.language == language]
    guidance = Counter(" ".join(t.guidance.split()) for t in templates)
    checks = Counter(tuple(check_items(t.guidance)) for t in templates)
    tips = Counter(" ".join(_sections(t.guidance).get(SECTIONS[language][3], "").split()) for t in templates)
    shared = [
        *(f"identical guidance in {count} templates" for text, count in guidance.items() if count > 1),
        *(f"identical check list in {count} templates: {items}" for items, count in checks.items() if count > 1),
        *(f"identical tip in {count} templates: {text[:80]}" for text, count in tips.items() if count > 1),
    ]
    assert not shared, "\n".join(shared)
