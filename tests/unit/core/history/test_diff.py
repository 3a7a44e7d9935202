"""Diffs of two template versions: what a reader must see changed, and nothing else."""

from __future__ import annotations

from typing import Any

from promptlib.core.history.diff import ADDED, REMOVED, SAME, diff_templates, line_diff, word_diff


def template(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "hr.kutsu", "language": "fi", "title": "Kutsu", "roles": ["hr"],
        "body": "Kirjoita kutsu.\nSävy on {{ tone }}.\nLopuksi kiitos.",
        "variables": [{"name": "tone", "label": "Sävy", "type": "choice", "choices": ["virallinen", "lämmin"]},
                      {"name": "old", "label": "Vanha", "type": "text"}]}
    data.update(changes)
    return data


def test_line_diff_marks_only_the_changed_line() -> None:
    assert line_diff("a\nb\nc", "a\nB\nc") == [(SAME, "a"), (REMOVED, "b"), (ADDED, "B"), (SAME, "c")]
    assert line_diff("", "uusi") == [(ADDED, "uusi")]


def test_word_diff_marks_the_changed_word_and_rebuilds_both_texts() -> None:
    old, new = "Kirjoita lyhyt kutsu.\nKiitos.", "Kirjoita pitkä kutsu.\nKiitos."
    runs = word_diff(old, new)
    assert (REMOVED, "lyhyt ") in runs and (ADDED, "pitkä ") in runs
    assert "".join(t for tag, t in runs if tag != ADDED) == old
    assert "".join(t for tag, t in runs if tag != REMOVED) == new


def test_variables_are_compared_by_name() -> None:
    new = template(variables=[{"name": "new", "label": "Uusi", "type": "text"},
                              {"name": "tone", "label": "Äänensävy", "type": "choice", "required": True,
                               "choices": ["virallinen"]}])
    diff = diff_templates(template(), new)
    assert diff.variables_added == ["new"] and diff.variables_removed == ["old"]
    [change] = diff.variables_changed
    assert change.name == "tone"
    assert change.fields == {"label": ("Sävy", "Äänensävy"), "required": (False, True),
                             "choices": (["virallinen", "lämmin"], ["virallinen"])}


def test_metadata_changes_are_listed_and_an_identical_version_changes_nothing() -> None:
    diff = diff_templates(template(), template(title="Kutsu tilaisuuteen", roles=["hr", "communications"],
                                               guidance="Tarkista päivämäärä."))
    assert diff.metadata == {"title": ("Kutsu", "Kutsu tilaisuuteen"),
                             "roles": (["hr"], ["hr", "communications"]),
                             "guidance": (None, "Tarkista päivämäärä.")}
    assert not diff_templates(template(), template()).changes_anything


def test_a_long_paragraph_without_line_breaks_still_diffs_word_by_word() -> None:
    sentences = [f"Lause {n} kertoo asiasta {n % 7}." for n in range(600)]
    old = " ".join(sentences)
    new = " ".join(s.replace("asiasta 3", "aiheesta 3") for s in sentences)
    runs = word_diff(old, new)
    assert (REMOVED, "asiasta ") in runs and (ADDED, "aiheesta ") in runs
    assert "".join(t for tag, t in runs if tag != ADDED) == old
    assert "".join(t for tag, t in runs if tag != REMOVED) == new
