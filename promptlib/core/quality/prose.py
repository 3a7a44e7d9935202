"""A template body as the prose the lint reads: template tags masked, offsets kept.

The rules look at what the author wrote, not at Jinja syntax, yet every finding must
point at a place in the real body (the editor moves the cursor there). So the prose
is exactly as long as the body: `{% ... %}` and `{# ... #}` become spaces, and each
`{{ ... }}` becomes a run of PLACEHOLDER characters, which no word pattern matches but
which a rule can recognise as "a value goes here".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A private-use character: not a letter, digit or space in any language's text.
PLACEHOLDER = "\ue000"

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_OUTPUT_NAME = re.compile(r"\{\{[-+]?\s*([a-z_][a-z0-9_]*)")
# Words: letters and digits, inner hyphens and apostrophes ("HR-asiantuntijana", "don't").
_WORD = re.compile(r"[^\W_](?:[\w'\u2019-]*[^\W_])?")
# What may stand between the start of a line and its first word: list markers,
# numbering, heading marks, quotes and brackets.
_LINE_LEAD = re.compile(r"[\s\-*•–—>#\"“”«»'(\[0-9.)]*")
_SENTENCE_END = ".!?:;"


@dataclass(frozen=True)
class Use:
    """One `{{ name }}` in the body."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class Word:
    text: str
    start: int
    end: int
    starts_sentence: bool


class Prose:
    """The masked body, its words and its variable uses."""

    def __init__(self, body: str) -> None:
        self.body = body
        parts: list[str] = []
        uses: list[Use] = []
        position = 0
        for match in _TAG.finditer(body):
            parts.append(body[position:match.start()])
            tag = match.group()
            if tag.startswith("{{"):
                parts.append(PLACEHOLDER * len(tag))
                name = _OUTPUT_NAME.match(tag)
                if name:
                    uses.append(Use(name.group(1), match.start(), match.end()))
            else:
                # Keep line breaks inside a tag so line numbers stay right.
                parts.append(re.sub(r"[^\n]", " ", tag))
            position = match.end()
        parts.append(body[position:])
        self.text = "".join(parts)
        self.uses = tuple(uses)
        self.words = tuple(self._words())

    def _words(self) -> list[Word]:
        words = []
        for match in _WORD.finditer(self.text):
            start = match.start()
            words.append(Word(match.group(), start, match.end(), self._starts_sentence(start)))
        return words

    def _starts_sentence(self, start: int) -> bool:
        line_start = self.text.rfind("\n", 0, start) + 1
        if _LINE_LEAD.fullmatch(self.text, line_start, start):
            return True
        before = self.text[line_start:start].rstrip(" \t\"“”«»'(")
        return before.endswith(tuple(_SENTENCE_END))

    def sentence_starts(self) -> list[int]:
        """Offsets of the words that begin a sentence, a line or a list item."""
        return [word.start for word in self.words if word.starts_sentence]

    def line_of(self, offset: int) -> int:
        """The 1-based line of *offset* in the body."""
        return self.body.count("\n", 0, offset) + 1

    def line_bounds(self, offset: int) -> tuple[int, int]:
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        return start, len(self.text) if end < 0 else end

    def previous_line(self, offset: int) -> str | None:
        """The nearest line above *offset*'s line with anything on it (tags count as nothing)."""
        end = self.text.rfind("\n", 0, offset)
        while end >= 0:
            start = self.text.rfind("\n", 0, end) + 1
            line = self.text[start:end]
            if line.strip():
                return line
            end = start - 1
        return None
