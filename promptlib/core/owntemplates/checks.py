"""The editor's live checks: everything wrong with a template being written, each
pointing at its place.

Errors are exactly what `promptlib validate` and an import reject (the same
`validate_pack`, on the pack the template would be saved in), so they block saving a
version; a draft still saves. Warnings and hints come from the prompt-quality lint
(`quality.lint`, the same code as `promptlib lint`) and from checks that only make
sense while writing: a field the form would show by its raw name, a field without
help, a required field used only inside `{% if %}`, and an example or default value
the guard would flag as personal data. The GUI words each check from its code and
parameters (problem codes: `core/problems.py`; rule ids: `quality/explanations.py`;
the editor's own: `EDITOR_CHECKS` here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from ..errors import Problem
from ..library.validation import FORMAT_NAME, FORMAT_VERSION, validate_pack
from ..quality.explanations import ERROR, HINT, INVALID, WARNING
from ..quality.lint import lint_template
from .bodyuses import first_use, variable_uses

VALIDATION, LINT, EDITOR = "validation", "lint", "editor"

# The editor's own checks: severity and English message ({name}, {field}, {kind} filled in).
EDITOR_CHECKS: dict[str, tuple[str, str]] = {
    "label-is-name": (WARNING, "field '{name}' has no label of its own: the form would show its raw name"),
    "no-help": (HINT, "field '{name}' has no help: say what to write, or give an example"),
    "required-only-conditional": (WARNING, "required field '{name}' is used only inside {% if %}: "
                                           "make it optional, or use it outside the condition"),
    "personal-data-value": (WARNING, "the {field} of field '{name}' looks like personal data ({kind}): "
                                     "use a made-up value"),
}

_LOCATION = re.compile(r"templates\[0\]\.?(?P<field>[a-z_]+)?(?:\[(?P<index>\d+)\])?\.?(?P<column>[a-z_]+)?"
                       r"(?: line (?P<line>\d+))?")


class Check(NamedTuple):
    """One finding about the template being edited.

    Where it points: *field* is a template field ("title", "roles", "body",
    "variables", ...); for a variable, *variable* is its row and *column* its field
    ("name", "default", ...); in the body, *offset*/*length* (Python characters) or
    just *line* (1-based)."""

    severity: str
    code: str
    message: str
    params: tuple[tuple[str, str], ...] = ()
    source: str = VALIDATION
    field: str = ""
    variable: int | None = None
    column: str = ""
    offset: int | None = None
    length: int | None = None
    line: int | None = None

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)

    @property
    def blocks_save(self) -> bool:
        return self.severity == ERROR


def would_be_pack(template: Mapping[str, Any], pack_roles: Iterable[Mapping[str, Any]] = ()) -> dict[str, Any]:
    """A pack holding only *template*, as validation sees it."""
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "id": "user.own", "name": "My templates",
            "version": "1", "publisher": "me", "roles": [dict(role) for role in pack_roles],
            "templates": [dict(template)]}


def check_template(template: Mapping[str, Any], *, pack_roles: Iterable[Mapping[str, Any]] = ()) -> list[Check]:
    """Every check for *template* (a library-format dict): errors, then warnings, then hints."""
    roles = list(pack_roles)
    found_body, found_variables = template.get("body"), template.get("variables")
    body: str = found_body if isinstance(found_body, str) else ""
    variables: list[Any] = found_variables if isinstance(found_variables, list) else []
    names = [v.get("name") if isinstance(v, dict) else None for v in variables]
    checks = [_from_problem(problem, body, names) for problem in validate_pack(would_be_pack(template, roles))
              if problem.location.startswith("templates[0]")]
    for finding in lint_template(template, pack_roles=roles):
        if finding.rule == INVALID:
            continue  # the same problems as above, which carry their codes and places
        checks.append(Check(finding.severity, finding.rule, finding.message, source=LINT, field="body",
                            offset=finding.offset, length=finding.length, line=finding.line))
    checks.extend(_editor_checks(body, variables))
    order = {ERROR: 0, WARNING: 1, HINT: 2}
    return sorted(checks, key=lambda check: order.get(check.severity, 3))  # stable: file order within each


def _from_problem(problem: Problem, body: str, names: list[Any]) -> Check:
    found = _LOCATION.match(problem.location)
    field = (found.group("field") or "") if found else ""
    index = int(found.group("index")) if found and found.group("index") else None
    column = (found.group("column") or "") if found else ""
    line = int(found.group("line")) if found and found.group("line") else None
    check = Check(ERROR, problem.code, problem.message, problem.params, VALIDATION, field, line=line)
    if field == "variables" and index is not None:
        return check._replace(variable=index, column=column or "name")
    if field == "roles":
        return check
    if problem.code == "undeclared-variable":
        use = first_use(body, problem.values.get("name", ""))
        if use is not None:
            return check._replace(offset=use.start, length=use.end - use.start)
    if problem.code == "unused-variable":
        name = problem.values.get("name")
        if name in names:
            return check._replace(field="variables", variable=names.index(name), column="name")
    return check


def _editor_checks(body: str, variables: list[Any]) -> list[Check]:
    checks = []
    uses = variable_uses(body)
    for index, variable in enumerate(variables):
        if not isinstance(variable, dict) or not isinstance(variable.get("name"), str):
            continue
        name = variable["name"]
        label = variable.get("label")
        if isinstance(label, str) and label.strip() and label.strip() == name:
            checks.append(_editor("label-is-name", index, "label", name=name))
        if not str(variable.get("help") or "").strip() and variable.get("example") in (None, ""):
            checks.append(_editor("no-help", index, "help", name=name))
        own_uses = [use for use in uses if use.name == name]
        if variable.get("required") is True and own_uses and all(use.guarded for use in own_uses):
            checks.append(_editor("required-only-conditional", index, "required", name=name)._replace(
                offset=own_uses[0].start, length=own_uses[0].end - own_uses[0].start))
        if variable.get("type", "text") in ("text", "multiline"):
            for column in ("example", "default"):
                value = variable.get(column)
                if isinstance(value, str) and value.strip():
                    for kind in _personal_data(value):
                        checks.append(_editor("personal-data-value", index, column, name=name, field=column,
                                              kind=kind))
    return checks


def _personal_data(value: str) -> list[str]:
    if not re.search(r"[0-9@]", value):
        return []  # every kind the guard finds has a digit or an @ (guard/screening.py)
    from ..guard.detection import scan

    return list(dict.fromkeys(finding.kind for finding in scan(value)))


def _editor(code: str, index: int, column: str, **params: str) -> Check:
    severity, message = EDITOR_CHECKS[code]
    text = message
    for key, value in params.items():
        text = text.replace("{" + key + "}", value)
    return Check(severity, code, text, tuple(params.items()), EDITOR, "variables", index, column)
