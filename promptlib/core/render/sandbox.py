"""The one Jinja2 environment, and the rule for what a template body may contain.

Library files are untrusted input. Jinja2's sandbox stops attribute escapes but not
resource exhaustion (`'x' * 10**9`, nested loops, huge `center` widths), so on top of
the sandbox a body may only use a small, checked subset of Jinja: output of variables,
if/elif/else, comparisons and a handful of string filters. Without loops, calls,
arithmetic or concatenation, rendering work and output are linear in the size of the
body and the values, whatever the file says. Rendering still streams with a size cap
as a second line of defence.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import StrictUndefined, TemplateSyntaxError, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..problems import problem

ALLOWED_FILTERS = frozenset({"lower", "upper", "capitalize", "title", "trim", "default", "d"})
ALLOWED_TESTS = frozenset({"defined", "undefined", "none", "number", "string"})

# Node types that can appear in a permitted body. Anything else is refused by name.
_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.If, nodes.Name, nodes.Const,
    nodes.Filter, nodes.Test, nodes.Compare, nodes.Operand, nodes.And, nodes.Or, nodes.Not,
    nodes.CondExpr,
)

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
    """Parse *body* and check it uses only permitted constructs.

    Returns the syntax tree (None when it cannot be used) and every problem found.
    """
    try:
        tree = ENVIRONMENT.parse(body)
    except TemplateSyntaxError as error:
        return None, [_problem(error.lineno or 1, "body-syntax", detail=error.message)]
    except RecursionError:
        return None, [_problem(1, "body-too-deep")]
    problems = _forbidden_constructs(tree)
    return (tree if not problems else None), problems


def _forbidden_constructs(tree: nodes.Node) -> list[BodyProblem]:
    found: list[BodyProblem] = []
    stack: list[nodes.Node] = [tree]
    while stack:
        node = stack.pop()
        line = getattr(node, "lineno", 1) or 1
        if not isinstance(node, _ALLOWED_NODES):
            kind = type(node).__name__
            construct = _CONSTRUCT_NAMES.get(kind, kind)
            found.append(_problem(line, "construct-not-allowed", construct=construct))
            continue  # one message per construct, not one per sub-node
        if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
            found.append(_problem(line, "filter-not-allowed", name=node.name,
                                  allowed=", ".join(sorted(ALLOWED_FILTERS))))
        if isinstance(node, nodes.Test) and node.name not in ALLOWED_TESTS:
            found.append(_problem(line, "test-not-allowed", name=node.name))
        if isinstance(node, (nodes.Filter, nodes.Test)):
            for argument in [*node.args, *(kw.value for kw in node.kwargs)]:
                if not isinstance(argument, nodes.Const):
                    found.append(_problem(line, "arguments-not-constant", name=node.name))
            if node.kwargs or node.dyn_args or node.dyn_kwargs:
                found.append(_problem(line, "keyword-arguments", name=node.name))
            if node.node is not None:
                stack.append(node.node)
            continue
        if isinstance(node, nodes.Name) and node.ctx != "load":
            found.append(_problem(line, "assignment"))
        stack.extend(node.iter_child_nodes())
    found.sort(key=lambda item: (item.line, item.message))
    return found


def used_variables(tree: nodes.Template) -> set[str]:
    """Names a checked body reads (it has no assignments, so every Name is an input)."""
    return {name.name for name in tree.find_all(nodes.Name)}
