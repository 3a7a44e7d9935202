"""Library format v1: the rules a decoded pack must meet, and every problem it breaks.

A pack is untrusted input (it may come from a network share or a URL), so nothing
is built from it until `validate_pack` has found no problems, and each problem names
its place (`templates[3].variables[0].type: unknown type 'foo'`). Reading the file
and turning bytes into JSON is `format`'s part (`core/library/format.py`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..errors import Problem, describe_kind, shorten
from ..languages import LANGUAGES
from ..model import DATA_POLICIES, VARIABLE_TYPES
from ..problems import problem
from ..render import simple as simple_renderer
from ..render.simple import RESERVED_NAMES, parse_simple
from ..roles import BUILTIN_ROLES
from .characters import one_line_problem, text_problem
from .encodable import first_unstorable

FORMAT_NAME = "promptlib-library"
FORMAT_VERSION = 1

MAX_TEMPLATES = 20_000
# Real prompts are long (agent and system prompts of 20,000-144,000 characters); the
# renderer's output cap and the tag limits below keep rendering and validation bounded.
MAX_BODY_CHARS = 262_144
MAX_VALUE_CHARS = 20_000        # a text variable's default or example
MAX_GUIDANCE_CHARS = 20_000
MAX_TEXT_CHARS = 2_000
MAX_VARIABLES = 50
MAX_CHOICES = 200
MAX_TAGS = 30
MAX_DEPTH = 64
# Template tags (`{{`, `{%`, `{#`) bound the work of checking a pack: the simple forms
# cost a few microseconds a tag; Jinja's parser (any other body) 2-6 microseconds a
# character inside its tags. With these, the worst pack the 20 MB limit lets through
# validates in a few seconds (tests/benchmarks/bench_validate.py); real packs use a
# few tags a template, nearly all in the simple forms.
MAX_TAGS_PER_BODY = 1_000
MAX_TAGS_PER_PACK = 250_000
MAX_JINJA_TAG_CHARS_PER_PACK = 300_000

SAFE_ID = re.compile(r"[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9_-])?")
VARIABLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")
VERSION = re.compile(r"[0-9A-Za-z][0-9A-Za-z.+_~-]{0,63}")
_TAG = re.compile(r"\{[{%#]")
_TAG_END = {"{": "}}", "%": "%}", "#": "#}"}

# Names Windows keeps for devices, whatever the extension or case: an id becomes an
# export file name (`<id>.json`), and `con.json` cannot be created there.
WINDOWS_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                              *(f"lpt{n}" for n in range(1, 10))})


def id_problem(value: str) -> Problem | None:
    """Why *value* cannot be an id (of a pack, template or role), or None when it can."""
    if not SAFE_ID.fullmatch(value):
        return problem("", "unsafe-id", value=shorten(value, 60))
    if value.split(".", 1)[0] in WINDOWS_RESERVED:
        return problem("", "windows-device-id", value=value, device=value.split(".", 1)[0])
    return None


def is_safe_id(value: str) -> bool:
    return id_problem(value) is None


def _characters_in_tags(body: str) -> int:
    """How many characters of *body* are inside template tags (what Jinja's parser
    works through): one pass, at most one step a tag."""
    total = position = 0
    while (start := _TAG.search(body, position)) is not None:
        end = body.find(_TAG_END[start.group()[1]], start.end())
        if end < 0:
            return total + len(body) - start.start()
        total += end + 2 - start.start()
        position = end + 2
    return total

# The prompt-quality lint's rule ids, which a template's "lint": {"waive": [...]} may name
# (their texts are in core/quality/explanations.py; library/README.md, "Prompt-quality lint").
LINT_RULES = ("no-role", "no-task", "no-output-format", "undelimited-input", "vague-wording")

_PACK_FIELDS = {"format", "format_version", "id", "name", "names", "version", "publisher",
                "description", "roles", "templates"}
_TEMPLATE_FIELDS = {"id", "language", "title", "roles", "tags", "summary", "body",
                    "variables", "guidance", "data_policy", "lint", "copied_from"}
# Where a template the user copied and edited came from (library/README.md).
_COPIED_FROM_FIELDS = {"library", "template", "language", "version"}
_VARIABLE_FIELDS = {"name", "label", "type", "required", "help", "example", "default",
                    "choices", "min", "max"}


def validate_pack(data: Any) -> list[Problem]:
    """Every problem in a decoded pack, in file order. An empty list means valid.

    Never raises: a pack the checks themselves fail on is refused with a problem, so
    one bad file cannot stop the check of the others (or leave the app waiting).
    """
    checker = _Checker()
    try:
        checker.pack(data)
    except RecursionError:
        checker.add("", "too-deep-to-check")
    except Exception as error:
        checker.add("", "check-crashed", error=f"{type(error).__name__}: {shorten(error, 200)}")
    return checker.problems


def _too_deep(value: Any) -> bool:
    # Only containers go on the stack: a 10,000-template pack has ~500,000 strings
    # and numbers, and pushing each of them made this a third of validation time.
    if not isinstance(value, (dict, list)):
        return False
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        for child in (item.values() if isinstance(item, dict) else item):
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
    return False


class _Checker:
    """Walks a decoded pack and records problems instead of stopping at the first."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.tags = 0           # template tags in the pack so far
        self.jinja_chars = 0    # characters inside tags of bodies beyond the simple forms

    def add(self, location: str, code: str, **params: object) -> None:
        self.problems.append(problem(location, code, **params))

    # -- field helpers -------------------------------------------------------------

    def text(self, obj: dict, key: str, where: str, *, required: bool,
             limit: int = MAX_TEXT_CHARS, one_line: bool = False) -> str | None:
        location = f"{where}.{key}" if where else key
        if key not in obj:
            if required:
                self.add(location, "missing")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.add(location, "not-string", kind=describe_kind(value))
            return None
        if required and not value.strip():
            self.add(location, "empty")
        if len(value) > limit:
            self.add(location, "too-long", length=len(value), limit=limit)
            return value
        found = one_line_problem(value) if one_line else text_problem(value)
        if found:
            self.add(location, found.code, **dict(found.params))
        return value

    def safe_id(self, obj: dict, key: str, where: str) -> str | None:
        value = self.text(obj, key, where, required=True, one_line=True)
        found = id_problem(value) if value else None
        if found:
            self.add(f"{where}.{key}" if where else key, found.code, **dict(found.params))
            return None
        return value

    def version(self, obj: dict) -> None:
        value = self.text(obj, "version", "", required=True, one_line=True)
        if value and value.strip() and not VERSION.fullmatch(value):
            self.add("version", "bad-version", value=shorten(value, 40))

    def unknown_fields(self, obj: dict, allowed: set[str], where: str) -> None:
        for key in obj:
            if key not in allowed:
                self.add(f"{where}.{key}" if where else str(key), "unknown-field")

    def string_list(self, obj: dict, key: str, where: str, *, limit: int) -> list[str]:
        location = f"{where}.{key}"
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.add(location, "not-string-list", kind=describe_kind(value))
            return []
        if len(value) > limit:
            self.add(location, "too-many-entries", count=len(value), limit=limit)
        elif self._all_good_strings(value):
            return value
        good = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.add(f"{location}[{index}]", "empty-entry")
            elif len(item) > MAX_TEXT_CHARS:
                self.add(f"{location}[{index}]", "entry-too-long", limit=MAX_TEXT_CHARS)
            elif (found := one_line_problem(item)) is not None:
                self.add(f"{location}[{index}]", found.code, **dict(found.params))
            else:
                good.append(item)
        return good

    @staticmethod
    def _all_good_strings(items: list) -> bool:
        """The usual case of `string_list` in a few C-speed passes (a pack can hold a
        quarter of a million choice lists): every item a non-empty, clean string."""
        if not all(type(item) is str and item.strip() for item in items):
            return False
        return max(map(len, items), default=0) <= MAX_TEXT_CHARS and one_line_problem(" ".join(items)) is None

    # -- pack ----------------------------------------------------------------------

    def pack(self, data: Any) -> None:
        if not isinstance(data, dict):
            self.add("", "not-pack-object", kind=describe_kind(data))
            return
        if _too_deep(data):
            self.add("", "too-deep", limit=MAX_DEPTH)
            return
        unwritable = first_unstorable(data)
        if unwritable is not None:
            self.problems.append(unwritable)
            return
        if data.get("format") != FORMAT_NAME:
            self.add("format", "wrong-format", format=FORMAT_NAME)
            return
        version = data.get("format_version")
        if "format_version" not in data:
            self.add("format_version", "missing-format-version", version=FORMAT_VERSION)
            return
        if version != FORMAT_VERSION or isinstance(version, bool):
            self.add("format_version", "unsupported-format-version", found=repr(version)[:40],
                     version=FORMAT_VERSION)
            return
        self.unknown_fields(data, _PACK_FIELDS, "")
        self.safe_id(data, "id", "")
        for key in ("name", "publisher"):
            self.text(data, key, "", required=True, one_line=True)
        self.version(data)
        self.text(data, "description", "", required=False)
        if "names" in data:
            self.names(data["names"], "names")
        known_roles = set(BUILTIN_ROLES) | self.pack_roles(data.get("roles", []))
        templates = data.get("templates")
        if not isinstance(templates, list):
            if templates is None:
                self.add("templates", "missing-templates")
            else:
                self.add("templates", "not-list", kind=describe_kind(templates))
            return
        if len(templates) > MAX_TEMPLATES:
            self.add("templates", "too-many-templates", count=len(templates), limit=MAX_TEMPLATES)
            return
        first_seen: dict[tuple[str, str], int] = {}
        for index, template in enumerate(templates):
            found = self.template(template, f"templates[{index}]", known_roles)
            if found is None:
                continue
            if found in first_seen:
                self.add(f"templates[{index}].id", "duplicate-template", id=found[0], language=found[1],
                         first=first_seen[found])
            else:
                first_seen[found] = index

    def pack_roles(self, roles: Any) -> set[str]:
        if not isinstance(roles, list):
            self.add("roles", "not-list", kind=describe_kind(roles))
            return set()
        declared = set()
        for index, role in enumerate(roles):
            where = f"roles[{index}]"
            if not isinstance(role, dict):
                self.add(where, "not-object", kind=describe_kind(role))
                continue
            self.unknown_fields(role, {"id", "names"}, where)
            role_id = self.safe_id(role, "id", where)
            self.names(role.get("names", {}), f"{where}.names")
            if role_id:
                declared.add(role_id)
        return declared

    def names(self, names: Any, where: str) -> None:
        """A name by language: `{"fi": "...", "sv": "...", "en": "..."}` (a role's, the pack's)."""
        if not isinstance(names, dict) or not names:
            self.add(where, "names-not-object")
            return
        for language in names:
            if language not in LANGUAGES:
                self.add(f"{where}.{language}", "unknown-language-key", languages=", ".join(LANGUAGES))
            else:
                self.text(names, language, where, required=True)

    # -- template ------------------------------------------------------------------

    def template(self, data: Any, where: str, known_roles: set[str]) -> tuple[str, str] | None:
        if not isinstance(data, dict):
            self.add(where, "not-object", kind=describe_kind(data))
            return None
        self.unknown_fields(data, _TEMPLATE_FIELDS, where)
        template_id = self.safe_id(data, "id", where)
        language = self.text(data, "language", where, required=True)
        if language is not None and language not in LANGUAGES:
            self.add(f"{where}.language", "unknown-language", value=language[:20], languages=", ".join(LANGUAGES))
            language = None
        self.text(data, "title", where, required=True, one_line=True)
        self.text(data, "summary", where, required=False)
        self.text(data, "guidance", where, required=False, limit=MAX_GUIDANCE_CHARS)
        roles = self.string_list(data, "roles", where, limit=MAX_TAGS)
        if "roles" not in data or (isinstance(data.get("roles"), list) and not data["roles"]):
            self.add(f"{where}.roles", "no-roles")
        for index, role in enumerate(roles):
            if role not in known_roles:
                self.add(f"{where}.roles[{index}]", "unknown-role", role=role[:40], roles=", ".join(BUILTIN_ROLES))
        self.string_list(data, "tags", where, limit=MAX_TAGS)
        policy = data.get("data_policy")
        if policy is not None and policy not in DATA_POLICIES:
            self.add(f"{where}.data_policy", "unknown-data-policy", policies=", ".join(DATA_POLICIES))
        if "lint" in data:
            self.lint_waivers(data["lint"], f"{where}.lint")
        if "copied_from" in data:
            self.copied_from(data["copied_from"], f"{where}.copied_from")
        declared = self.variables(data.get("variables", []), f"{where}.variables")
        body = self.text(data, "body", where, required=True, limit=MAX_BODY_CHARS)
        if body and len(body) <= MAX_BODY_CHARS and text_problem(body) is None:
            self.body(body, f"{where}.body", declared)
        if template_id and language:
            return (template_id, language)
        return None

    def lint_waivers(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            self.add(where, "lint-not-object", kind=describe_kind(data))
            return
        self.unknown_fields(data, {"waive", "why"}, where)
        waived = data.get("waive")
        if not isinstance(waived, list) or not waived:
            self.add(f"{where}.waive", "lint-waive-not-list")
        else:
            for index, rule in enumerate(waived):
                if rule not in LINT_RULES:
                    shown = rule[:40] if isinstance(rule, str) else describe_kind(rule)
                    self.add(f"{where}.waive[{index}]", "unknown-lint-rule", rule=shown, rules=", ".join(LINT_RULES))
        self.text(data, "why", where, required=True)

    def copied_from(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            self.add(where, "not-object", kind=describe_kind(data))
            return
        self.unknown_fields(data, _COPIED_FROM_FIELDS, where)
        self.safe_id(data, "library", where)
        self.safe_id(data, "template", where)
        language = self.text(data, "language", where, required=True, one_line=True)
        if language is not None and language not in LANGUAGES:
            self.add(f"{where}.language", "unknown-language", value=shorten(language, 20),
                     languages=", ".join(LANGUAGES))
        # Any one line: the version is copied from an installed library, which may predate
        # the version rule, and the user cannot edit it in the editor.
        self.text(data, "version", where, required=True, one_line=True)

    def body(self, body: str, where: str, declared: list[str] | None) -> None:
        tags = len(_TAG.findall(body))
        if tags > MAX_TAGS_PER_BODY:
            self.add(where, "too-many-tags", count=f"{tags:,}", limit=f"{MAX_TAGS_PER_BODY:,}")
            return
        self.tags += tags
        if self.tags > MAX_TAGS_PER_PACK:
            if self.tags - tags <= MAX_TAGS_PER_PACK:
                self.add(where, "too-many-pack-tags", limit=f"{MAX_TAGS_PER_PACK:,}")
            return
        simple = parse_simple(body) if simple_renderer.ENABLED else None
        used = set(simple.variables) if simple is not None else None
        if used is None:
            before = self.jinja_chars
            self.jinja_chars += _characters_in_tags(body)
            if self.jinja_chars > MAX_JINJA_TAG_CHARS_PER_PACK:
                if before <= MAX_JINJA_TAG_CHARS_PER_PACK:
                    self.add(where, "too-many-jinja-characters", limit=f"{MAX_JINJA_TAG_CHARS_PER_PACK:,}")
                return
            # Not one of the simple forms: Jinja's parser decides, and names what is wrong.
            from ..render.sandbox import parse_body, used_variables

            tree, problems = parse_body(body)
            for found in problems:
                self.add(f"{where} line {found.line}", found.code, **dict(found.params))
            if tree is None:
                return
            used = used_variables(tree)
        if declared is None:
            return
        for name in sorted(used - set(declared)):
            self.add(where, "undeclared-variable", name=name)
        for name in declared:
            if name not in used:
                self.add(where, "unused-variable", name=name)

    def variables(self, data: Any, where: str) -> list[str] | None:
        """Check the variable list; return declared names (None when unusable)."""
        if not isinstance(data, list):
            self.add(where, "not-list", kind=describe_kind(data))
            return None
        if len(data) > MAX_VARIABLES:
            self.add(where, "too-many-variables", count=len(data), limit=MAX_VARIABLES)
        names: list[str] = []
        for index, variable in enumerate(data):
            name = self.variable(variable, f"{where}[{index}]")
            if name is None:
                continue
            if name in names:
                self.add(f"{where}[{index}].name", "duplicate-variable", name=name)
            else:
                names.append(name)
        return names

    def variable(self, data: Any, where: str) -> str | None:
        if not isinstance(data, dict):
            self.add(where, "not-object", kind=describe_kind(data))
            return None
        self.unknown_fields(data, _VARIABLE_FIELDS, where)
        name = self.text(data, "name", where, required=True)
        if name is not None and not VARIABLE_NAME.fullmatch(name):
            self.add(f"{where}.name", "bad-variable-name", name=shorten(name, 40))
            name = None
        elif name in RESERVED_NAMES:
            self.add(f"{where}.name", "reserved-variable-name", name=name)
            name = None
        self.text(data, "label", where, required=True, one_line=True)
        self.text(data, "help", where, required=False)
        required = data.get("required", False)
        if not isinstance(required, bool):
            self.add(f"{where}.required", "not-bool", kind=describe_kind(required))
        kind = data.get("type", "text")
        if kind not in VARIABLE_TYPES:
            shown = kind if isinstance(kind, str) else describe_kind(kind)
            self.add(f"{where}.type", "unknown-type", type=str(shown)[:40], types=", ".join(VARIABLE_TYPES))
            return name
        if kind == "choice":
            self.choice_variable(data, where)
        else:
            if "choices" in data:
                self.add(f"{where}.choices", "choices-not-allowed", type=kind)
            if kind == "number":
                self.number_variable(data, where)
            else:
                for key in ("min", "max"):
                    if key in data:
                        self.add(f"{where}.{key}", "bounds-not-allowed", field=key)
                for key in ("default", "example"):
                    if key in data and kind == "date":
                        self.date_value(data[key], f"{where}.{key}")
                    elif key in data:
                        self.text(data, key, where, required=False, limit=MAX_VALUE_CHARS)
        return name

    def choice_variable(self, data: dict, where: str) -> None:
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices:
            self.add(f"{where}.choices", "no-choices")
            return
        good = self.string_list(data, "choices", where, limit=MAX_CHOICES)
        if len(set(good)) != len(good):
            self.add(f"{where}.choices", "repeated-choices")
        for key in ("default", "example"):
            if key in data and data[key] not in good:
                self.add(f"{where}.{key}", "not-a-choice", value=repr(shorten(str(data[key]), 60)))
        for key in ("min", "max"):
            if key in data:
                self.add(f"{where}.{key}", "bounds-not-allowed", field=key)

    def number_variable(self, data: dict, where: str) -> None:
        bounds = {}
        for key in ("min", "max", "default", "example"):
            if key not in data:
                continue
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.add(f"{where}.{key}", "not-number", kind=describe_kind(value))
            elif value != value or abs(value) > 1e15:
                self.add(f"{where}.{key}", "unreasonable-number")
            else:
                bounds[key] = value
        low, high = bounds.get("min"), bounds.get("max")
        if low is not None and high is not None and low > high:
            self.add(f"{where}.min", "min-above-max", min=low, max=high)
        for key in ("default", "example"):
            value = bounds.get(key)
            if value is None:
                continue
            if (low is not None and value < low) or (high is not None and value > high):
                self.add(f"{where}.{key}", "outside-bounds", value=value)

    def date_value(self, value: Any, where: str) -> None:
        if not isinstance(value, str):
            self.add(where, "date-not-string", kind=describe_kind(value))
            return
        try:
            date.fromisoformat(value)
            if len(value) != 10:
                raise ValueError
        except ValueError:
            self.add(where, "not-a-date", value=value[:40])
