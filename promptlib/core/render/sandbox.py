"""The one Jinja2 environment, and the rule for what a template body may contain.

Library files are untrusted input. Jinja2's sandbox stops attribute escapes but not
resource exhaustion (`'x' * 10**9`, nested loops, huge `center` widths), so on top of
the sandbox a body may only use a small, checked subset of Jinja: output of variables,
if/elif/else, comparisons and a handful of string filters. Without loops, calls,
arithmetic or concatenation, rendering work and output are linear in the size of the
body and the values, whatever the file says. Rendering still streams with a size cap
as a second line of defence.

What validates must render: every value a template sees is text (`render/values.py`
formats numbers and dates before rendering), so the check also knows the type of
every expression and refuses what would fail at render time instead of rendering
wrongly: a filter or test given arguments it does not take, `<` or `in` between text
and a number or none (or the nothing an inline if without an else gives), a number
literal too large or not finite, and nesting deeper than Jinja's compiler and
Python's own parser can take (blocks, and chains of and/or/not/filters).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..problems import problem
from .simple import MAX_BLOCK_DEPTH, MAX_EXPRESSION_DEPTH

ALLOWED_FILTERS = frozenset({"lower", "upper", "capitalize", "title", "trim", "default", "d"})
ALLOWED_TESTS = frozenset({"defined", "undefined", "none", "number", "string"})

# How many constant arguments each filter takes (at most), and of what type; tests take none.
_FILTER_ARGUMENTS: dict[str, tuple[tuple[type, ...] | None, ...]] = {
    "lower": (), "upper": (), "capitalize": (), "title": (),
    "trim": ((str, type(None)),),          # the characters to strip
    "default": (None, None), "d": (None, None),  # the default (any constant), and `boolean`
}

# Nesting limits. Jinja compiles a body to Python: each if block is one level of
# indentation (Python stops at 100) and each and/or/not/filter/comparison one level
# of recursion in Jinja's compiler and of parentheses in Python's parser (200).
# MAX_BLOCK_DEPTH and MAX_EXPRESSION_DEPTH are set in `simple.py`, which keeps to them too.
MAX_NODES = 20_000          # syntax-tree nodes in one body: bounds the compile of one body
MAX_NUMBER = 10 ** 15       # as for number variables (`library/validation.py`)

# Node types that can appear in a permitted body. Anything else is refused by name.
_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.If, nodes.Name, nodes.Const,
    nodes.Filter, nodes.Test, nodes.Compare, nodes.Operand, nodes.And, nodes.Or, nodes.Not,
    nodes.CondExpr,
)
_BLOCKS = (nodes.If,)
_STATEMENT_LIKE = (nodes.Template, nodes.Output, nodes.TemplateData, nodes.If)

# Plain-language names for the constructs people try, so the message says what to change.
_CONSTRUCT_NAMES = {
    "For": "for-loop", "Macro": "macro", "CallBlock": "call block", "Call": "function call",
    "Include": "include", "Import": "import", "FromImport": "import", "Extends": "extends",
    "Block": "block", "Assign": "set", "AssignBlock": "set block", "With": "with block",
    "FilterBlock": "filter block", "Getattr": "attribute access", "Getitem": "item access",
    "Slice": "slice", "Mul": "multiplication", "Pow": "power", "Add": "addition",
    "Sub": "subtraction", "Div": "division", "FloorDiv": "division", "Mod": "modulo",
    "Concat": "concatenation (~)", "List": "list literal", "Tuple": "tuple literal",
    "Dict": "dict literal", "Neg": "negation", "Pos": "unary plus", "Scope": "scope",
    "ScopedEvalContextModifier": "autoescape block", "EvalContextModifier": "autoescape block",
    "ExprStmt": "do statement", "Continue": "continue", "Break": "break",
}

_ORDERING = {"lt": "<", "gt": ">", "lteq": "<=", "gteq": ">="}
_MEMBERSHIP = {"in": "in", "notin": "not in"}
_NUMERIC = frozenset({int, float, bool})
_TEXT = frozenset({str})


class _Nothing:
    """The kind of `x if y` without an else when y is false: prints as "", compares
    equal to nothing, and fails `<` and `in`."""


@dataclass(frozen=True)
class BodyProblem:
    line: int
    message: str                    # English, from the code's entry in core/problems.py
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()


def _problem(line: int, code: str, **params: object) -> BodyProblem:
    found = problem("", code, **params)
    return BodyProblem(line, found.message, found.code, found.params)


def make_environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        cache_size=2000,
    )
    # Nothing reachable from a template but the values we pass in.
    env.globals.clear()
    env.filters = {name: env.filters[name] for name in ALLOWED_FILTERS}
    env.tests = {name: env.tests[name] for name in ALLOWED_TESTS}
    return env


ENVIRONMENT = make_environment()


def parse_body(body: str) -> tuple[nodes.Template | None, list[BodyProblem]]:
    """Parse *body* and check it uses only permitted constructs, in a form that renders.

    Returns the syntax tree (None when it cannot be used) and every problem found.
    Never raises: whatever Jinja's parser fails with becomes a problem.
    """
    try:
        tree = ENVIRONMENT.parse(body)
    except TemplateSyntaxError as error:
        return None, [_problem(error.lineno or 1, "body-syntax", detail=error.message)]
    except RecursionError:
        return None, [_problem(1, "body-too-deep")]
    except ValueError as error:  # int() of a literal past Python's digit limit (4,300)
        if "digits" in str(error):
            return None, [_problem(1, "body-number-too-many-digits")]
        return None, [_problem(1, "body-unreadable", detail=_first_line(error))]
    except Exception as error:
        return None, [_problem(1, "body-unreadable", detail=f"{type(error).__name__}: {_first_line(error)}")]
    problems = _Checker().check(tree)
    return (tree if not problems else None), problems


def _first_line(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else ""
    return text[:200]


def _describe(kinds: frozenset[type]) -> str:
    words = {str: "text", int: "a number", float: "a number", bool: "true/false", type(None): "none",
             _Nothing: "nothing (an inline if without else)"}
    return " or ".join(sorted({words.get(kind, kind.__name__) for kind in kinds}))


class _Checker:
    """One pass over a parsed body: forbidden constructs, then (for an allowed tree)
    nesting, arguments and the types of comparisons."""

    def __init__(self) -> None:
        self.found: list[BodyProblem] = []

    def add(self, node: nodes.Node, code: str, **params: object) -> None:
        self.found.append(_problem(getattr(node, "lineno", 1) or 1, code, **params))

    def check(self, tree: nodes.Template) -> list[BodyProblem]:
        if self._constructs_and_shape(tree):
            # Within the nesting limits, so the recursive type check below stays shallow.
            self._statements(tree)
        self.found.sort(key=lambda item: (item.line, item.message))
        return self.found

    def _constructs_and_shape(self, tree: nodes.Template) -> bool:
        """Forbidden constructs, node count and nesting, without recursion. True when
        the tree is small and shallow enough to type-check."""
        count = 0
        too_deep_blocks = too_deep_expression = False
        # (node, enclosing blocks, expression depth)
        stack: list[tuple[nodes.Node, int, int]] = [(tree, 0, 0)]
        while stack:
            node, blocks, depth = stack.pop()
            count += 1
            if not isinstance(node, _ALLOWED_NODES):
                construct = _CONSTRUCT_NAMES.get(type(node).__name__, type(node).__name__)
                self.add(node, "construct-not-allowed", construct=construct)
                continue  # one message per construct, not one per sub-node
            if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
                self.add(node, "filter-not-allowed", name=node.name, allowed=", ".join(sorted(ALLOWED_FILTERS)))
            if isinstance(node, nodes.Test) and node.name not in ALLOWED_TESTS:
                self.add(node, "test-not-allowed", name=node.name, allowed=", ".join(sorted(ALLOWED_TESTS)))
            if isinstance(node, nodes.Name) and node.ctx != "load":
                self.add(node, "assignment")
            if isinstance(node, _BLOCKS):
                blocks += 1
                if blocks == MAX_BLOCK_DEPTH + 1:
                    if not too_deep_blocks:  # once: every branch of a deep tree gets here
                        self.add(node, "blocks-too-deep", limit=MAX_BLOCK_DEPTH)
                    too_deep_blocks = True
            if not isinstance(node, _STATEMENT_LIKE):
                depth += 1
                if depth == MAX_EXPRESSION_DEPTH + 1:
                    if not too_deep_expression:
                        self.add(node, "expression-too-deep", limit=MAX_EXPRESSION_DEPTH)
                    too_deep_expression = True
                    continue
            if count > MAX_NODES:
                self.add(tree, "body-too-many-parts", limit=f"{MAX_NODES:,}")
                return False
            if isinstance(node, nodes.If):
                # The test and each elif's test are expressions; bodies are statements.
                stack.append((node.test, blocks - 1, 0))
                for branch in node.elif_:
                    stack.append((branch, blocks - 1, 0))
                for child in (*node.body, *node.else_):
                    stack.append((child, blocks, 0))
                continue
            if isinstance(node, (nodes.Filter, nodes.Test)):
                if node.kwargs or node.dyn_args or node.dyn_kwargs:
                    self.add(node, "keyword-arguments", name=node.name)
                if any(not isinstance(argument, nodes.Const) for argument in node.args):
                    self.add(node, "arguments-not-constant", name=node.name)
                if node.node is not None:
                    stack.append((node.node, blocks, depth))
                continue
            for child in node.iter_child_nodes():
                stack.append((child, blocks, depth))
        return not self.found  # the nesting limits add to it too

    def _statements(self, node: nodes.Node) -> None:
        if isinstance(node, nodes.Output):
            for expression in node.nodes:
                if not isinstance(expression, nodes.TemplateData):
                    self._kinds(expression)
        elif isinstance(node, nodes.If):
            self._kinds(node.test)
            for branch in node.elif_:
                self._statements(branch)
            for statement in (*node.body, *node.else_):
                self._statements(statement)
        elif isinstance(node, nodes.Template):
            for statement in node.body:
                self._statements(statement)

    def _kinds(self, node: nodes.Node) -> frozenset[type]:
        """The Python types *node* can evaluate to; records what would fail."""
        if isinstance(node, nodes.Name):
            return _TEXT  # every variable is formatted to text before rendering
        if isinstance(node, nodes.Const):
            return frozenset({type(self._constant(node, node.value))})
        if isinstance(node, nodes.Not):
            self._kinds(node.node)
            return frozenset({bool})
        if isinstance(node, (nodes.And, nodes.Or)):
            return self._kinds(node.left) | self._kinds(node.right)
        if isinstance(node, nodes.CondExpr):
            self._kinds(node.test)
            if node.expr2 is None:
                return self._kinds(node.expr1) | {_Nothing}
            return self._kinds(node.expr1) | self._kinds(node.expr2)
        if isinstance(node, nodes.Test):
            self._kinds(node.node)
            if node.args:
                self.add(node, "test-takes-no-arguments", name=node.name)
            return frozenset({bool})
        if isinstance(node, nodes.Filter):
            return self._filter(node)
        if isinstance(node, nodes.Compare):
            self._compare(node)
            return frozenset({bool})
        self.add(node, "construct-not-allowed", construct=type(node).__name__)  # not reached: checked before
        return _TEXT

    def _constant(self, node: nodes.Node, value: object) -> object:
        if isinstance(value, float) and not math.isfinite(value):
            self.add(node, "body-number-infinite")
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > MAX_NUMBER:
            self.add(node, "body-number-too-large", limit=f"{MAX_NUMBER:.0e}")
        return value

    def _filter(self, node: nodes.Filter) -> frozenset[type]:
        incoming = self._kinds(node.node) if node.node is not None else _TEXT
        expected = _FILTER_ARGUMENTS.get(node.name, ())
        if len(node.args) > len(expected):
            if expected:
                self.add(node, "filter-too-many-arguments", name=node.name, limit=len(expected), count=len(node.args))
            else:
                self.add(node, "filter-takes-no-arguments", name=node.name, count=len(node.args))
        arguments: list[object] = []
        for argument, kinds in zip(node.args, expected, strict=False):
            if not isinstance(argument, nodes.Const):
                continue  # refused in the first pass
            value = self._constant(argument, argument.value)
            arguments.append(value)
            if kinds is not None and not isinstance(value, kinds):
                self.add(node, "filter-argument-not-text", name=node.name, kind=_describe(frozenset({type(value)})))
        if node.name in ("default", "d"):
            fallback = arguments[0] if arguments else ""
            return incoming | {type(fallback)}
        return _TEXT

    def _compare(self, node: nodes.Compare) -> None:
        left = self._kinds(node.expr)
        for operand in node.ops:
            right = self._kinds(operand.expr)
            if operand.op in _ORDERING:
                if not ((left <= _TEXT and right <= _TEXT) or (left <= _NUMERIC and right <= _NUMERIC)):
                    self.add(node, "compare-kinds", op=_ORDERING[operand.op], left=_describe(left),
                             right=_describe(right))
            elif operand.op in _MEMBERSHIP and not (left <= _TEXT and right <= _TEXT):
                self.add(node, "membership-kinds", op=_MEMBERSHIP[operand.op], left=_describe(left),
                         right=_describe(right))
            left = right


def used_variables(tree: nodes.Template) -> set[str]:
    """Names a checked body reads (it has no assignments, so every Name is an input)."""
    names: set[str] = set()
    stack: list[nodes.Node] = [tree]
    while stack:  # not `find_all`: that recurses, and a refused deep tree must not crash here
        node = stack.pop()
        if isinstance(node, nodes.Name):
            names.add(node.name)
        stack.extend(node.iter_child_nodes())
    return names
