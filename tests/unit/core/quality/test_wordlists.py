"""The word lists cover the three languages and stay lowercase (they are matched folded)."""

from __future__ import annotations

from promptlib.core.languages import LANGUAGES
from promptlib.core.quality import wordlists


def test_every_list_has_every_language() -> None:
    for table in (wordlists.ROLE_AT_SENTENCE_START, wordlists.ROLE_ANYWHERE, wordlists.TASK_VERBS,
                  wordlists.TASK_FRAMES, wordlists.OUTPUT_FORMAT_ANYWHERE, wordlists.VAGUE):
        assert set(table) == set(LANGUAGES)


def test_task_verbs_are_lowercase_single_words() -> None:
    for verbs in wordlists.TASK_VERBS.values():
        assert len(verbs) > 30
        assert all(verb == verb.lower() and verb.isalpha() for verb in verbs)


def test_words_that_only_steer_style_are_not_task_verbs() -> None:
    # "Use plain language", "Ota huomioon", "Muuta huomioitavaa:" say nothing about what to produce.
    assert not {"use", "make", "add"} & wordlists.TASK_VERBS["en"]
    assert not {"ota", "muuta", "lisää"} & wordlists.TASK_VERBS["fi"]
    assert not {"ta", "håll", "lägg"} & wordlists.TASK_VERBS["sv"]


def test_the_finnish_role_forms() -> None:
    pattern = wordlists.ROLE_AT_SENTENCE_START["fi"]
    for text in ("Toimi kokeneena HR-asiantuntijana", "Olet kunnan viestijä", "Roolisi on neuvoa"):
        assert pattern.match(text), text
    assert not pattern.match("Toimi näin: kirjoita")
