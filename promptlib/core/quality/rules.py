"""The prompt-quality rules: each reads a body's prose and says where it falls short.

A rule returns `Hit`s: the rule id, the span of the body it concerns and, where it
helps, the words found. A rule about something *missing* (no role, no task, no output
format) points where the fix usually goes: the start of the body for a role or a
task, the end for the form of the answer. Severities, messages and explanations are in
`explanations`; waivers and validation errors are `lint`'s part.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from . import wordlists as words
from .prose import Prose


class Hit(NamedTuple):
    rule: str
    start: int
    end: int
    detail: str = ""


def no_role(prose: Prose, language: str, variable_types: Mapping[str, str]) -> list[Hit]:
    pattern = words.ROLE_AT_SENTENCE_START[language]
    if any(pattern.match(prose.text, start) for start in prose.sentence_starts()):
        return []
    if words.ROLE_ANYWHERE[language].search(prose.text):
        return []
    return [Hit("no-role", 0, 0)]


def no_task(prose: Prose, language: str, variable_types: Mapping[str, str]) -> list[Hit]:
    verbs = words.TASK_VERBS[language]
    if words.TASK_FRAMES[language].search(prose.text):
        return []
    previous = ""
    clause_start = True
    for word in prose.words:
        folded = word.text.lower()
        # A clause also begins after a comma, semicolon or colon: "As an HR adviser, prepare ...",
        # "Lopuksi: luettele ...". (A noun there, "the report, list and minutes", only makes the
        # rule fire less: precision before recall.)
        if word.starts_sentence or previous in words.TASK_CONJUNCTIONS or \
                prose.text[:word.start].rstrip()[-1:] in (",", ";", ":"):
            clause_start = True
        if clause_start and _is_task_verb(folded, verbs, language):
            return []
        # A lead word ("Lopuksi", "Please") keeps the clause open for the verb after it.
        clause_start = clause_start and folded in words.TASK_LEAD_WORDS
        previous = folded
    return [Hit("no-task", 0, 0)]


def _is_task_verb(word: str, verbs: frozenset[str], language: str) -> bool:
    if word in verbs:
        return True
    if language == "fi":  # the 2nd person present: "Kirjoitat", "Laadit", "Teet"
        return word.endswith("t") and word[:-1] in verbs
    if language == "sv":  # the infinitive after "ska", "bör": "skriva", "sammanfatta"
        return word.endswith("a") and word[:-1] in verbs
    return False


def no_output_format(prose: Prose, language: str, variable_types: Mapping[str, str]) -> list[Hit]:
    if words.OUTPUT_FORMAT_ANYWHERE[language].search(prose.text):
        return []
    if words.OUTPUT_FORMAT_ANY_LANGUAGE.search(prose.text):
        return []
    end = len(prose.body.rstrip())
    return [Hit("no-output-format", end, end)]


def undelimited_input(prose: Prose, language: str, variable_types: Mapping[str, str]) -> list[Hit]:
    hits = []
    for use in prose.uses:
        if variable_types.get(use.name) != "multiline":
            continue
        line_start, line_end = prose.line_bounds(use.start)
        before = prose.text[line_start:use.start]
        after = prose.text[use.end:line_end]
        if not words.CLOSING_DELIMITER.fullmatch(after):
            hits.append(Hit("undelimited-input", use.start, use.end, use.name))
            continue
        if before.strip():
            opened = words.OPENING_DELIMITER.search(before) is not None
        else:
            above = prose.previous_line(use.start)
            opened = above is not None and words.DELIMITER_LINE.fullmatch(above) is not None
        if not opened:
            hits.append(Hit("undelimited-input", use.start, use.end, use.name))
    return hits


def vague_wording(prose: Prose, language: str, variable_types: Mapping[str, str]) -> list[Hit]:
    hits = []
    for pattern in (words.VAGUE[language], words.VAGUE_ANY_LANGUAGE):
        for match in pattern.finditer(prose.text):
            if _quoted(prose.text, match.start(), match.end()):
                continue  # named as an example ("avoid fillers like 'etc.'"), not used
            hits.append(Hit("vague-wording", match.start(), match.end(), match.group()))
    return sorted(hits, key=lambda hit: hit.start)


def _quoted(text: str, start: int, end: int) -> bool:
    quotes = "\"“”'\u2018\u2019«»"
    return start > 0 and text[start - 1] in quotes and end < len(text) and text[end] in quotes


Rule = Callable[[Prose, str, Mapping[str, str]], list[Hit]]

# In the order findings are listed for a template.
RULES: tuple[Rule, ...] = (no_role, no_task, no_output_format, undelimited_input, vague_wording)
