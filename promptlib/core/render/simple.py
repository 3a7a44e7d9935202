"""A renderer for the simple template bodies almost every library uses, without Jinja.

`{{ name }}`, `{{ name | lower }}` (lower, upper, capitalize, title, trim),
`{% if [not] name %}`, `{% elif [not] name %}`, `{% else %}`, `{% endif %}` and
`{# comments #}`, with Jinja's whitespace rules as promptlib configures them
(trim_blocks, lstrip_blocks, `-`/`+` markers, one trailing newline dropped).

Why: importing and compiling with Jinja costs ~30 ms at start-up and most of the
time of validating a 10,000-template pack, and these bodies need none of its power.
A body in any other form returns None here and goes to the sandboxed Jinja
environment. tests/unit/core/render/test_simple.py checks, on generated bodies and
values, that this module and Jinja produce exactly the same text. With the trick
switched off for a benchmark (`ENABLED`, see `tricks.py`) every body goes to Jinja.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from .. import tricks

# Whether the renderer and validation use this module; off only for a benchmark run.
ENABLED = tricks.enabled(tricks.SIMPLE_RENDERER)

# Names Jinja reads as something else even when a value of that name is passed in:
# constants (true, false, none), the operator `not`, and `self` (the template itself).
# Every other name, `namespace`, `loop`, `range` or `if` included, renders as the
# variable, since the environment has no globals and bodies have no loops or macros
# (tests/unit/core/render/test_simple.py checks each against Jinja).
RESERVED_NAMES = frozenset({"true", "false", "none", "True", "False", "None", "not", "self"})

# How deep a body may nest, in both renderers (`sandbox.py` says why these numbers):
# if blocks inside if blocks, and the parts of one expression (a filter is one).
# A simple body beyond them goes to the sandbox's check, which names the limit.
MAX_BLOCK_DEPTH = 20
MAX_EXPRESSION_DEPTH = 32

_NEWLINE = re.compile(r"\r\n|\r|\n")
_TAG_START = re.compile(r"\{([{%#])([-+]?)")
_NAME = r"([a-z_][a-z0-9_]*)"
_OUTPUT = re.compile(r"\s*" + _NAME + r"\s*((?:\|\s*(?:lower|upper|capitalize|title|trim)\s*)*)(-?)\}\}")
_BRANCH = re.compile(r"\s*(if|elif)\s+(not\s+)?" + _NAME + r"\s*([-+]?)%\}")
_KEYWORD = re.compile(r"\s*(else|endif)\s*([-+]?)%\}")
_COMMENT_END = re.compile(r"(?:\+#\}|-#\}\s*|#\}\n?)", re.S)
_COMMENT_BODY = re.compile(r".*?(?=[-+]?#\})", re.S)
_FILTER_NAME = re.compile(r"[a-z]+")
_TRAILING_SPACE = re.compile(r"\s*")
_WORD_BEGINNING = re.compile(r"([-\s({\[<]+)")  # as jinja2.filters.do_title


def _title(text: str) -> str:
    return "".join(item[0].upper() + item[1:].lower() for item in _WORD_BEGINNING.split(text) if item)


_FILTERS = {"lower": str.lower, "upper": str.upper, "capitalize": str.capitalize,
            "title": _title, "trim": str.strip}


class _Output(NamedTuple):
    name: str
    filters: tuple[str, ...]


class _If:
    """An if/elif/else block; the parser appends branches and sets `otherwise`."""

    __slots__ = ("branches", "otherwise")

    def __init__(self, branches: list[tuple[str, bool, list]], otherwise: list | None = None) -> None:
        self.branches = branches  # (name, negated, nodes)
        self.otherwise = otherwise


_Node = str | _Output | _If


class SimpleTemplate:
    """A parsed simple body; `render(values)` gives what Jinja would give."""

    def __init__(self, nodes: list[_Node], variables: frozenset[str]) -> None:
        self._nodes = nodes
        self.variables = variables

    def render(self, values: Mapping[str, str], limit: int | None = None) -> str:
        """The text; OverflowError as soon as it would pass *limit* characters."""
        parts: list[str] = []
        self._emit(self._nodes, values, parts, [limit if limit is not None else -1])
        return "".join(parts)

    def _emit(self, nodes: list[_Node], values: Mapping[str, str], parts: list[str],
              room: list[int]) -> None:
        for node in nodes:
            if isinstance(node, _If):
                for name, negated, body in node.branches:
                    if bool(values[name]) != negated:
                        self._emit(body, values, parts, room)
                        break
                else:
                    if node.otherwise is not None:
                        self._emit(node.otherwise, values, parts, room)
                continue
            if isinstance(node, str):
                text = node
            else:
                text = str(values[node.name])
                for name in node.filters:
                    text = _FILTERS[name](text)
            if room[0] >= 0:
                room[0] -= len(text)
                if room[0] < 0:
                    raise OverflowError("output limit reached")
            parts.append(text)


def parse_simple(body: str) -> SimpleTemplate | None:
    """The body as a SimpleTemplate, or None when it uses anything beyond the simple forms."""
    lines = _NEWLINE.split(body)
    if lines[-1] == "":
        del lines[-1]  # Jinja drops one trailing newline (keep_trailing_newline=False)
    source = "\n".join(lines)
    root: list[_Node] = []
    stack: list[tuple[_If, list[_Node]]] = []  # open ifs, and the list being filled
    current = root
    names: set[str] = set()
    position = 0
    line_starting = True
    while True:
        start = _TAG_START.search(source, position)
        if start is None:
            if position < len(source):
                current.append(source[position:])
            break
        text = source[position:start.start()]
        kind, sign = start.group(1), start.group(2)
        if sign == "-":
            text = text.rstrip()
        elif sign != "+" and kind != "{":
            line_start = text.rfind("\n") + 1
            if (line_start > 0 or line_starting) and line_start < len(text) \
                    and text[line_start:].isspace():
                text = text[:line_start]
        if text:
            current.append(text)
        at = start.end()
        if kind == "{":
            match = _OUTPUT.match(source, at)
            if match is None:
                return None
            filters = tuple(_FILTER_NAME.findall(match.group(2)))
            if len(filters) >= MAX_EXPRESSION_DEPTH:  # with the name: one level a filter
                return None
            current.append(_Output(match.group(1), filters))
            names.add(match.group(1))
            end, trim = match.end(), match.group(3)
        elif kind == "#":
            content = _COMMENT_BODY.match(source, at)
            if content is None:
                return None
            closing = _COMMENT_END.match(source, content.end())
            assert closing is not None  # the body match stops right before a closing "#}"
            end, trim = closing.end(), ""
        else:
            match = _BRANCH.match(source, at) or _KEYWORD.match(source, at)
            if match is None:
                return None
            word = match.group(1)
            if word == "if":
                block = _If([(match.group(3), match.group(2) is not None, [])])
                current.append(block)
                stack.append((block, current))
                if len(stack) > MAX_BLOCK_DEPTH:
                    return None
                current = block.branches[0][2]
                names.add(match.group(3))
            elif not stack or (word != "endif" and stack[-1][0].otherwise is not None):
                return None  # elif/else/endif out of place: let Jinja word the error
            elif word == "elif":
                branch: tuple[str, bool, list] = (match.group(3), match.group(2) is not None, [])
                stack[-1][0].branches.append(branch)
                current = branch[2]
                names.add(match.group(3))
            elif word == "else":
                stack[-1][0].otherwise = []
                current = stack[-1][0].otherwise
            else:  # endif
                block, current = stack.pop()
            end, trim = match.end(), match.group(match.lastindex or 0)
            if trim == "":
                trim = "\n"  # trim_blocks: drop one newline after a block tag
        if kind != "#":
            if trim == "-":
                end = _TRAILING_SPACE.match(source, end).end()  # type: ignore[union-attr]  # \s* always matches
            elif trim == "\n" and source.startswith("\n", end):
                end += 1
        position = end
        line_starting = source[end - 1:end] == "\n"
    if stack or names & RESERVED_NAMES:
        return None
    return SimpleTemplate(root, frozenset(names))
