"""The prompt-quality lint: findings about a template's prompt, with where they apply.

`lint_template` is what the editor calls as the user types (one template, as a
library-format dict or a `Template`); `lint_pack` is what `promptlib lint` calls on
each file. Both return `LintFinding`s: validation errors first (severity `error`,
rule `invalid`, from the very validator that `promptlib validate` and import use),
then the quality rules of `rules` in their order. A finding a template waives
(`"lint": {"waive": [...], "why": "..."}`) is left out unless `include_waived`,
and then marked `waived`. library/README.md, "Prompt-quality lint", lists the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from ..errors import Problem
from ..languages import LANGUAGES
from ..library.validation import FORMAT_NAME, FORMAT_VERSION, validate_pack
from ..model import Template
from .explanations import ERROR, INVALID, RULE_TEXTS
from .prose import Prose
from .rules import RULES

_TEMPLATE_LOCATION = re.compile(r"templates\[(\d+)\]\.?")
_BODY_LINE = re.compile(r"\.body line (\d+)$")
# How a hit's detail is named in the message.
_DETAIL = {"undelimited-input": "field ", "vague-wording": "found "}


class LintFinding(NamedTuple):
    """One finding. `offset` and `length` are in characters of the body, `line` is 1-based;
    all three are None when the finding is not about a place in the body (most
    validation errors)."""

    path: str
    template: str
    language: str
    rule: str
    severity: str
    message: str
    offset: int | None = None
    length: int | None = None
    line: int | None = None
    waived: bool = False

    def to_json(self) -> dict[str, str]:
        """The fields of `promptlib lint --json` (docs/ARCHITECTURE.md, "Command line")."""
        return {"path": self.path, "template": self.template, "language": self.language,
                "rule": self.rule, "severity": self.severity, "message": self.message}


def lint_template(template: Template | Mapping[str, Any], *, path: str = "",
                  pack_roles: Iterable[Mapping[str, Any]] = (), include_waived: bool = False) -> list[LintFinding]:
    """Every finding for one template. *pack_roles* are the pack's declared roles, so a
    template using one is not reported as having an unknown role."""
    data = template.to_dict() if isinstance(template, Template) else dict(template)
    pack = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "id": "lint", "name": "lint",
            "version": "0", "publisher": "lint", "roles": list(pack_roles), "templates": [data]}
    problems = [problem for problem in validate_pack(pack) if problem.location.startswith("templates[0]")]
    findings = [_error(path, data, problem) for problem in problems]
    return findings + _quality(path, data, include_waived)


def lint_pack(data: Any, *, path: str = "", include_waived: bool = False) -> list[LintFinding]:
    """Every finding for a decoded pack, template by template in file order; problems of
    the pack itself (not of one template) come first."""
    problems = validate_pack(data)
    templates = data.get("templates") if isinstance(data, dict) else None
    if not isinstance(templates, list):
        return [_error(path, {}, problem) for problem in problems]
    by_template: dict[int, list[Problem]] = {}
    findings = []
    for problem in problems:
        found = _TEMPLATE_LOCATION.match(problem.location)
        if found and int(found.group(1)) < len(templates):
            by_template.setdefault(int(found.group(1)), []).append(problem)
        else:
            findings.append(_error(path, {}, problem))
    for index, template in enumerate(templates):
        fields = template if isinstance(template, dict) else {}
        findings.extend(_error(path, fields, problem) for problem in by_template.get(index, ()))
        findings.extend(_quality(path, fields, include_waived))
    return findings


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _error(path: str, data: Mapping[str, Any], problem: Problem) -> LintFinding:
    location = _TEMPLATE_LOCATION.sub("", problem.location, count=1)
    line = _BODY_LINE.search("." + location)
    message = f"{location}: {problem.message}" if location else problem.message
    return LintFinding(path, _text(data, "id"), _text(data, "language"), INVALID, ERROR, message,
                       line=int(line.group(1)) if line else None)


def _quality(path: str, data: Mapping[str, Any], include_waived: bool) -> list[LintFinding]:
    body, language = _text(data, "body"), _text(data, "language")
    if not body.strip() or language not in LANGUAGES:
        return []  # nothing to judge; validation has said what is missing
    variables = data.get("variables")
    types = {}
    for variable in variables if isinstance(variables, list) else ():
        if isinstance(variable, dict) and isinstance(variable.get("name"), str):
            types[variable["name"]] = variable.get("type", "text")
    lint = data.get("lint")
    waive = lint.get("waive") if isinstance(lint, dict) else None
    waived = set(waive) if isinstance(waive, list) and all(isinstance(rule, str) for rule in waive) else set()
    prose = Prose(body)
    findings = []
    for rule in RULES:
        for hit in rule(prose, language, types):
            if hit.rule in waived and not include_waived:
                continue
            text = RULE_TEXTS[hit.rule]
            message = text.message + (f" ({_DETAIL.get(hit.rule, '')}'{hit.detail}')" if hit.detail else "")
            findings.append(LintFinding(path, _text(data, "id"), language, hit.rule, text.severity, message,
                                        hit.start, hit.end - hit.start, prose.line_of(hit.start),
                                        hit.rule in waived))
    return findings
