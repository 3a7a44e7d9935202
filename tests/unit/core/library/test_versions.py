"""Which of two library versions is newer: what decides "updated" and "a downgrade"."""

from __future__ import annotations

import pytest

from promptlib.core.library.versions import compare_versions


@pytest.mark.parametrize("newer, older", [
    ("1.1", "1.0"), ("2026.10.0", "2026.9.3"), ("1.0", "1.0rc2"), ("1.0.1", "1.0"), ("2", "1.99"),
    ("1.0-beta", "1.0-alpha"),
])
def test_versions_compare_as_people_expect(newer: str, older: str) -> None:
    assert compare_versions(newer, older) == 1
    assert compare_versions(older, newer) == -1
    assert compare_versions(newer, newer) == 0


def test_1_0_and_1_0_0_are_the_same_version() -> None:
    assert compare_versions("1.0", "1.0.0") == 0
