"""The one reading of a language code: fi, sv or en, else nothing (or Finnish)."""

from __future__ import annotations

import pytest

from promptlib.core.languages import DEFAULT_LANGUAGE, LANGUAGES, language_or_default, normalise_language


def test_promptlib_speaks_finnish_swedish_and_english_finnish_first() -> None:
    assert LANGUAGES == ("fi", "sv", "en")
    assert DEFAULT_LANGUAGE == "fi"


@pytest.mark.parametrize("code, expected", [
    ("fi", "fi"), ("sv", "sv"), ("en", "en"),
    ("sv_FI", "sv"), ("fi_FI", "fi"), ("en-GB", "en"), ("en_US", "en"),   # locale names
    ("fi_FI.UTF-8", "fi"), ("sv_SE.utf8", "sv"),                         # with an encoding
    ("SV", "sv"), ("En-Us", "en"),                                       # any case
])
def test_a_code_or_locale_name_gives_its_language(code: str, expected: str) -> None:
    assert normalise_language(code) == expected


@pytest.mark.parametrize("code", ["de", "de_DE.UTF-8", "no_NO", "C", "C.UTF-8", "POSIX", "svenska", "f", "", None])
def test_a_language_promptlib_does_not_have_is_none(code: str | None) -> None:
    assert normalise_language(code) is None


@pytest.mark.parametrize("code, expected", [("sv_FI", "sv"), ("en", "en"), ("de_DE", "fi"), ("", "fi"), (None, "fi")])
def test_language_or_default_falls_back_to_finnish(code: str | None, expected: str) -> None:
    assert language_or_default(code) == expected
