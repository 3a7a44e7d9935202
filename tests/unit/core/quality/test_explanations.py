"""Every lint rule is explained in fi, sv and en and cites public guidance over https."""

from __future__ import annotations

from promptlib.core.library.validation import LINT_RULES
from promptlib.core.quality.explanations import RULE_TEXTS, SEVERITIES, explanation


def test_the_texts_cover_exactly_the_rule_ids_of_the_format() -> None:
    assert list(RULE_TEXTS) == list(LINT_RULES)


def test_each_rule_has_a_severity_a_message_three_explanations_and_a_source() -> None:
    for rule, text in RULE_TEXTS.items():
        assert text.severity in SEVERITIES and text.severity != "error", rule
        assert text.message and text.message.isascii(), rule
        assert set(text.explanation) == {"fi", "sv", "en"}, rule
        assert all(len(value) > 60 for value in text.explanation.values()), rule
        assert text.sources and all(url.startswith("https://") for _, url in text.sources), rule


def test_the_explanations_are_in_their_own_language() -> None:
    assert "Kehotteesta" in explanation("no-role", "fi")
    assert "Prompten" in explanation("no-role", "sv")
    assert explanation("no-role", "de") == explanation("no-role", "en")
