"""New from text: a pasted prompt's placeholders proposed as form fields.

People keep prompts in documents with the blanks marked by hand: `[vastaanottajan
nimi]`, `<liitä teksti tähän>`, `{ämne}`, or `{{ name }}` from another tool. Each
distinct placeholder becomes one variable (label: its words; name: their ASCII form)
and its places in the text become `{{ name }}`. What looks like a placeholder but is
not one is left alone: Markdown links `[text](url)`, check boxes `[ ]`/`[x]`, tags
used as delimiters (`<text>…</text>`, which the lint recommends), JSON-like braces
and template tags already in the text.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from .ids import ascii_words, variable_name_for

_INSIDE = r"[^\[\]<>{}\n]{1,80}"
_PLACEHOLDER = re.compile(
    r"\{\{\s*(?P<jinja>[^{}\n]{1,80}?)\s*\}\}"        # {{ name }} from another tool
    r"|\{%.*?%\}|\{#.*?#\}"                            # template tags: kept as they are
    r"|\[(?P<square>" + _INSIDE + r")\](?!\()"          # [..], not a Markdown link
    r"|<(?P<angle>(?!/)" + _INSIDE + r")>"             # <..>, not a closing tag
    r"|\{(?P<curly>" + _INSIDE + r")\}",               # {..}
    re.S,
)
_SIMPLE_OUTPUT = re.compile(r"[a-z_][a-z0-9_]*(\s*\|\s*[a-z]+)*")
_LETTER = re.compile(r"[^\W\d_]")
# Words that say the blank takes pasted material rather than a few words.
_LONG_TEXT_WORDS = frozenset(ascii_words(
    "teksti tekstin tekstiä liitä liite sisältö muistiinpanot muistio aineisto viesti viestin luonnos pöytäkirja "
    "text texten klistra in innehåll anteckningar material meddelande utkast protokoll "
    "paste content notes draft message minutes transcript document body"))


class Proposal(NamedTuple):
    """The body with `{{ name }}` where the placeholders were, and the variables for them."""

    body: str
    variables: list[dict[str, Any]]


def _label(text: str) -> str:
    text = text.strip().strip(".…:").strip()
    return text[:1].upper() + text[1:]


def _is_placeholder(text: str, kind: str, whole: str) -> bool:
    stripped = text.strip()
    if not _LETTER.search(stripped) or len(stripped) < 2:
        return False  # [ ], [x], <3>, {1}
    if kind == "angle" and f"</{stripped}>" in whole:
        return False  # <text> … </text>: a delimiter around the input
    # {"a": 1}: JSON or code, not a blank
    return not (kind == "curly" and any(mark in stripped for mark in ('"', ":", "'")))


def _after_label_line(text: str, start: int, end: int) -> bool:
    """The placeholder is alone on its line, under a line ending in ":" ("Teksti:")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    before = text[:line_start].rstrip()
    return before.endswith(":")


def _kind(text: str, match: re.Match[str], words: str) -> str:
    """multiline for a blank that takes pasted material, else text."""
    long_text = bool(set(ascii_words(words.replace("_", " "))) & _LONG_TEXT_WORDS) \
        or _after_label_line(text, match.start(), match.end())
    return "multiline" if long_text else "text"


def propose_variables(text: str) -> Proposal:
    """Variables for the placeholders in *text*, and the body that uses them."""
    variables: list[dict[str, Any]] = []
    by_key: dict[str, str] = {}  # the placeholder's words (folded) -> variable name
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        kind = match.lastgroup
        if kind is None:
            continue  # a template tag
        inner = match.group(kind)
        if kind == "jinja" and _SIMPLE_OUTPUT.fullmatch(inner.strip()):
            name = inner.strip().split("|")[0].strip()
            if name not in by_key.values():
                by_key[name] = name
                variables.append({"name": name, "label": _label(name.replace("_", " ")),
                                  "type": _kind(text, match, name), "required": True})
            continue  # already a variable: the text stays as it is
        if kind != "jinja" and not _is_placeholder(inner, kind, text):
            continue
        key = " ".join(ascii_words(inner))
        name = by_key.get(key)
        if name is None:
            name = variable_name_for(inner, set(by_key.values()))
            by_key[key] = name
            variables.append({"name": name, "label": _label(inner), "type": _kind(text, match, inner),
                              "required": True})
        parts.append(text[position:match.start()])
        parts.append("{{ " + name + " }}")
        position = match.end()
    parts.append(text[position:])
    return Proposal("".join(parts), variables)
