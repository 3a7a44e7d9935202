"""Where a template body uses each variable, and renaming one everywhere it is used.

The editor needs places, not only names: a finding about an undeclared name points at
its first use, the completer and the highlighter know which names are declared, and a
rename rewrites `{{ x }}`, `{{ x | upper }}`, `{% if x %}`, `{% elif not x %}` and
`{% if x == "a" %}` alike while leaving filter names, test names, strings, comments and
other variables that merely contain the name alone. The bodies templates may have are
small (library/README.md: variables, if/elif/else, comparisons, a few filters), so
a scanner over their tags finds every name; the result is checked against the real
parser (`render.simple`, else the Jinja sandbox) so a rename never changes which other
variables a body uses.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..render.simple import parse_simple

_TAG = re.compile(r"\{\{(.*?)\}\}|\{%(.*?)%\}|\{#.*?#\}", re.S)
_TOKEN = re.compile(r"""'[^']*'|"[^"]*"|[A-Za-z_][A-Za-z0-9_]*|\S""")
_KEYWORDS = frozenset({"if", "elif", "else", "endif", "not", "and", "or", "is", "in", "true", "false",
                       "none", "True", "False", "None"})
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
VARIABLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")


class Use(NamedTuple):
    """One use of a variable: its name, where it is in the body (Python characters,
    *end* exclusive), whether it is an if/elif condition, and how many if blocks
    enclose it."""

    name: str
    start: int
    end: int
    condition: bool
    depth: int

    @property
    def guarded(self) -> bool:
        """Shown or tested only when some condition holds (or is itself the condition)."""
        return self.condition or self.depth > 0


def variable_uses(body: str) -> list[Use]:
    """Every use of a variable in *body*, in body order."""
    uses: list[Use] = []
    depth = 0
    for tag in _TAG.finditer(body):
        if tag.group(1) is not None:
            uses.extend(_names(body, tag.start(1), tag.end(1), condition=False, depth=depth))
            continue
        if tag.group(2) is None:
            continue  # a comment
        start, end = tag.start(2), tag.end(2)
        word = _NAME.search(body, start, end)
        keyword = word.group(0) if word else ""
        if keyword == "if":
            uses.extend(_names(body, word.end(), end, condition=True, depth=depth))  # type: ignore[union-attr]
            depth += 1
        elif keyword == "elif":
            uses.extend(_names(body, word.end(), end, condition=True, depth=max(depth - 1, 0)))  # type: ignore[union-attr]
        elif keyword == "endif":
            depth = max(depth - 1, 0)
    return uses


def _names(body: str, start: int, end: int, *, condition: bool, depth: int) -> list[Use]:
    found = []
    previous: list[str] = []
    for token in _TOKEN.finditer(body, start, end):
        text = token.group(0)
        is_name = _NAME.fullmatch(text) is not None
        after = previous[-1] if previous else ""
        after_test = after == "is" or (after == "not" and len(previous) > 1 and previous[-2] == "is")
        if is_name and text not in _KEYWORDS and after not in ("|", ".") and not after_test:
            following = body[token.end():end].lstrip()
            if not following.startswith("=") or following.startswith("=="):  # a keyword argument, refused by validation anyway
                found.append(Use(text, token.start(), token.end(), condition, depth))
        previous.append(text)
    return found


def parsed_names(body: str) -> set[str] | None:
    """The variables the real parser says *body* uses, or None when it does not parse."""
    simple = parse_simple(body)
    if simple is not None:
        return set(simple.variables)
    from ..render.sandbox import parse_body, used_variables

    tree, _problems = parse_body(body)
    return used_variables(tree) if tree is not None else None


def rename_variable(body: str, old: str, new: str) -> str:
    """*body* with every use of *old* renamed to *new*. ValueError when *new* is not a
    valid name or is already used in the body (two fields would become one)."""
    if not VARIABLE_NAME.fullmatch(new):
        raise ValueError(f"'{new}' is not a valid variable name")
    if old == new:
        return body
    uses = variable_uses(body)
    if any(use.name == new for use in uses):
        raise ValueError(f"'{new}' is already used in the body")
    renamed = body
    for use in reversed([use for use in uses if use.name == old]):
        renamed = renamed[:use.start] + new + renamed[use.end:]
    before, after = parsed_names(body), parsed_names(renamed)
    if before is not None and after != (before - {old}) | ({new} if old in before else set()):
        raise ValueError(f"renaming '{old}' would change other variables of the body")  # a scanner bug: refuse
    return renamed


def first_use(body: str, name: str) -> Use | None:
    return next((use for use in variable_uses(body) if use.name == name), None)
