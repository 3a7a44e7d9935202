"""Built-in job roles and their names in the three UI languages."""

from __future__ import annotations

import pytest

from promptlib.core.languages import LANGUAGES
from promptlib.core.library.validation import SAFE_ID
from promptlib.core.roles import BUILTIN_ROLES, Role


def test_a_role_is_named_in_the_language_asked_for() -> None:
    role = BUILTIN_ROLES["finance"]
    assert [role.name(language) for language in LANGUAGES] == ["Talous", "Ekonomi", "Finance"]


@pytest.mark.parametrize("names, expected", [
    ({"sv": "Arkiv", "en": "Archive"}, "Arkiv"),     # no Finnish name: Swedish next
    ({"en": "Archive"}, "Archive"),
    ({"fi": "", "en": "Archive"}, "Archive"),        # an empty name is no name
    ({}, "archive"),                                 # nothing: the id
])
def test_a_missing_name_falls_back_through_fi_sv_en_then_the_id(names: dict, expected: str) -> None:
    assert Role("archive", names).name("fi") == expected


def test_an_unknown_language_gets_the_finnish_name() -> None:
    assert BUILTIN_ROLES["hr"].name("de") == BUILTIN_ROLES["hr"].name("fi")


def test_every_built_in_role_has_a_safe_id_and_a_name_in_every_language() -> None:
    assert BUILTIN_ROLES
    for role_id, role in BUILTIN_ROLES.items():
        assert role.id == role_id and SAFE_ID.fullmatch(role_id)
        assert all(role.names.get(language) for language in LANGUAGES), role_id


def test_roles_are_the_same_role_whatever_their_names() -> None:
    assert Role("hr", {"fi": "Henkilöstö"}) == BUILTIN_ROLES["hr"]
    assert hash(Role("hr")) == hash(BUILTIN_ROLES["hr"])
