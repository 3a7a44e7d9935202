"""Problem codes: every problem validation reports has a stable code, and the English
message is made from the code's entry with its parameters."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from promptlib.core.errors import LibraryError
from promptlib.core.library.format import decode_pack_bytes
from promptlib.core.library.validation import validate_pack
from promptlib.core.problems import MESSAGES, fill, problem

SOURCE = Path(__file__).resolve().parents[3] / "promptlib"


def test_a_problem_carries_its_code_its_parameters_and_the_english_message():
    found = problem("templates[0].title", "too-long", length=2500, limit=2000)
    assert found.code == "too-long"
    assert found.values == {"length": "2500", "limit": "2000"}
    assert str(found) == "templates[0].title: is 2500 characters long; the limit is 2000"


def test_fill_leaves_braces_that_are_not_parameters():
    assert fill('e.g. {"fi": "..."} {name}', {"name": "x"}) == 'e.g. {"fi": "..."} x'


def _broken_packs(sample_pack: dict) -> list:
    """Packs that break many rules at once."""
    template = sample_pack["templates"][0]
    bad = copy.deepcopy(sample_pack)
    bad["extra"] = 1
    bad["id"] = "Not Safe"
    bad["name"] = ""
    bad["roles"] = [{"id": "x", "names": {"de": "X"}}, 3, {"id": "y", "names": []}]
    broken = copy.deepcopy(template)
    broken.update(language="de", roles=[], tags=[3], data_policy="secret", body="{% for x in y %}{{ x.a }}{% endfor %}")
    broken["variables"] = [
        {"name": "1bad", "label": "L", "type": "text"},
        {"name": "loop", "label": "L"},
        {"name": "n", "label": "L", "type": "number", "min": 5, "max": 1, "default": "x", "choices": ["a"]},
        {"name": "c", "label": "L", "type": "choice", "choices": ["a", "a"], "default": "b", "min": 1},
        {"name": "d", "label": "L", "type": "date", "default": "31.12.2026", "example": 5, "required": "yes"},
        {"name": "e", "label": "L", "type": "choice"},
        {"name": "f", "label": "L", "type": "wheel"},
        {"name": "g", "label": "L", "type": "text", "min": 1},
        "not a variable",
    ]
    bad["templates"] = [template, copy.deepcopy(template), broken, 5,
                        {**template, "body": "{{ undeclared | wordwrap }}{% set a = 1 %}", "id": "other"}]
    return [bad, [], {"format": "x"}, {"format": "promptlib-library"},
            {"format": "promptlib-library", "format_version": 9}, {**sample_pack, "templates": None},
            {**sample_pack, "templates": {}}, {**sample_pack, "\ud800": 1}]


def test_every_problem_validation_reports_has_a_known_code(sample_pack):
    problems = [found for pack in _broken_packs(sample_pack) for found in validate_pack(pack)]
    assert len({found.code for found in problems}) > 30
    for found in problems:
        assert found.code in MESSAGES, found
        assert found.message == fill(MESSAGES[found.code], found.values), found


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe{}", b"{\xff}", b"{,}", b"[]"])
def test_unreadable_files_have_codes_too(raw):
    with pytest.raises(LibraryError) as raised:
        decode_pack_bytes(raw, "pack.json")
    assert all(found.code in MESSAGES for found in raised.value.problems)


def test_every_code_is_used_in_the_code():
    text = "\n".join(path.read_text(encoding="utf-8") for path in SOURCE.rglob("*.py")
                     if path.name != "problems.py")
    used = set(re.findall(r'"([a-z0-9]+(?:-[a-z0-9]+)*)"', text))
    assert sorted(set(MESSAGES) - used) == []
