"""What changed between two versions of a template: the body line by line (and word by
word inside changed lines), the variables by name, and the metadata users read.

Linear enough for the largest bodies: lines are matched first (`difflib` over whole
lines, a few hundred items even for 20,000 characters) and words only inside a block of
changed lines, so two long bodies never meet as one quadratic sequence of words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

__all__ = [
    "ADDED",
    "METADATA_FIELDS",
    "REMOVED",
    "SAME",
    "VARIABLE_FIELDS",
    "TemplateDiff",
    "VariableChange",
    "diff_templates",
    "line_diff",
    "word_diff",
]

SAME, ADDED, REMOVED = " ", "+", "-"
# What a reader compares in a variable; `example`, `help`, `default`, `min` and `max`
# matter less, but a change in them is still shown.
VARIABLE_FIELDS = ("type", "label", "required", "choices", "default", "min", "max", "help", "example")
METADATA_FIELDS = ("title", "roles", "guidance", "summary", "tags")
_WORDS = re.compile(r"\w+\s*|[^\w\s]+\s*|\s+")   # a word with the space after it
_SENTENCES = re.compile(r"[^.!?;:]*(?:[.!?;:]+\s*|$)")
_MOST_WORD_PAIRS = 90_000   # 300 words against 300: a few milliseconds


@dataclass(frozen=True)
class VariableChange:
    """A variable present in both versions whose *fields* changed: field → (old, new)."""

    name: str
    fields: dict[str, tuple[Any, Any]]


@dataclass(frozen=True)
class TemplateDiff:
    body: list[tuple[str, str]]                      # (SAME/ADDED/REMOVED, line)
    variables_added: list[str] = field(default_factory=list)
    variables_removed: list[str] = field(default_factory=list)
    variables_changed: list[VariableChange] = field(default_factory=list)
    metadata: dict[str, tuple[Any, Any]] = field(default_factory=dict)   # field → (old, new)

    @property
    def changes_anything(self) -> bool:
        return (any(tag != SAME for tag, _ in self.body) or bool(self.variables_added or self.variables_removed
                or self.variables_changed or self.metadata))


def line_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Every line of both texts, tagged SAME, REMOVED or ADDED, in reading order."""
    before, after = old.splitlines(), new.splitlines()
    result: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            result.extend((SAME, line) for line in before[i1:i2])
            continue
        result.extend((REMOVED, line) for line in before[i1:i2])
        result.extend((ADDED, line) for line in after[j1:j2])
    return result


def _matched(before: Sequence[str], after: Sequence[str],
             inside: Callable[[str, str], Iterable[tuple[str, str]]]) -> Iterator[tuple[str, str]]:
    """Runs of equal items as SAME; each changed block handed to *inside* to refine."""
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            yield SAME, "".join(before[i1:i2])
        else:
            yield from inside("".join(before[i1:i2]), "".join(after[j1:j2]))


def _words(old: str, new: str) -> Iterator[tuple[str, str]]:
    before, after = _WORDS.findall(old), _WORDS.findall(new)
    if len(before) * len(after) > _MOST_WORD_PAIRS:   # a rewritten paragraph: shown as replaced
        yield REMOVED, old
        yield ADDED, new
        return
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag == "equal":
            yield SAME, "".join(before[i1:i2])
            continue
        yield REMOVED, "".join(before[i1:i2])
        yield ADDED, "".join(after[j1:j2])


def _sentences(old: str, new: str) -> Iterator[tuple[str, str]]:
    return _matched(_SENTENCES.findall(old), _SENTENCES.findall(new), _words)


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Both texts as runs of words (and the spaces between), tagged SAME, REMOVED or
    ADDED; joining the SAME and REMOVED runs gives *old*, SAME and ADDED gives *new*.

    Lines are matched first, then sentences inside changed lines, then words inside
    changed sentences: each step compares a few hundred items at most."""
    runs = _matched(old.splitlines(keepends=True), new.splitlines(keepends=True), _sentences)
    merged: list[tuple[str, str]] = []
    for kind, text in runs:
        if not text:
            continue
        if merged and merged[-1][0] == kind:
            merged[-1] = (kind, merged[-1][1] + text)
        else:
            merged.append((kind, text))
    return merged


def _variables(template: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    found = {}
    for variable in template.get("variables", ()) or ():
        if isinstance(variable, Mapping) and isinstance(variable.get("name"), str):
            found[variable["name"]] = variable
    return found


def _field_value(variable: Mapping[str, Any], name: str) -> Any:
    value = variable.get(name)
    return bool(value) if name == "required" else value   # missing `required` means false


def diff_templates(old: Mapping[str, Any], new: Mapping[str, Any]) -> TemplateDiff:
    """The difference from *old* to *new* (library-format template dicts)."""
    old_vars, new_vars = _variables(old), _variables(new)
    changed = []
    for name in old_vars.keys() & new_vars.keys():
        fields = {f: (_field_value(old_vars[name], f), _field_value(new_vars[name], f)) for f in VARIABLE_FIELDS}
        fields = {f: values for f, values in fields.items() if values[0] != values[1]}
        if fields:
            changed.append(VariableChange(name, fields))
    changed.sort(key=lambda change: list(new_vars).index(change.name))
    metadata = {f: (old.get(f), new.get(f)) for f in METADATA_FIELDS if (old.get(f) or None) != (new.get(f) or None)}
    return TemplateDiff(line_diff(str(old.get("body", "")), str(new.get("body", ""))),
                        [n for n in new_vars if n not in old_vars], [n for n in old_vars if n not in new_vars],
                        changed, metadata)
