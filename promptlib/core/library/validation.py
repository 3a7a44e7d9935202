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


def id_problem(value: str) -> str | None:
    """Why *value* cannot be an id (of a pack, template or role), or None when it can."""
    if not SAFE_ID.fullmatch(value):
        return (f"'{shorten(value, 60)}' is not a safe id (lowercase a-z, 0-9, '.', '_', '-'; "
                "starts with a letter or digit, does not end with '.'; at most 100 characters)")
    if value.split(".", 1)[0] in WINDOWS_RESERVED:
        return (f"'{value}' is not a safe id: '{value.split('.', 1)[0]}' is a device name on Windows, "
                "so the library could not be exported there; choose another id")
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

_PACK_FIELDS = {"format", "format_version", "id", "name", "version", "publisher",
                "description", "roles", "templates"}
_TEMPLATE_FIELDS = {"id", "language", "title", "roles", "tags", "summary", "body",
                    "variables", "guidance", "data_policy"}
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
        checker.add("", "the file is nested too deeply to check")
    except Exception as error:
        checker.add("", f"the file cannot be checked ({type(error).__name__}: {shorten(error, 200)})")
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

    def add(self, location: str, message: str) -> None:
        self.problems.append(Problem(location, message))

    # -- field helpers -------------------------------------------------------------

    def text(self, obj: dict, key: str, where: str, *, required: bool,
             limit: int = MAX_TEXT_CHARS, one_line: bool = False) -> str | None:
        location = f"{where}.{key}" if where else key
        if key not in obj:
            if required:
                self.add(location, "missing (required)")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.add(location, f"must be a string, not {describe_kind(value)}")
            return None
        if required and not value.strip():
            self.add(location, "must not be empty")
        if len(value) > limit:
            self.add(location, f"is {len(value)} characters long; the limit is {limit}")
            return value
        problem = one_line_problem(value) if one_line else text_problem(value)
        if problem:
            self.add(location, problem)
        return value

    def safe_id(self, obj: dict, key: str, where: str) -> str | None:
        value = self.text(obj, key, where, required=True, one_line=True)
        problem = id_problem(value) if value else None
        if problem:
            self.add(f"{where}.{key}" if where else key, problem)
            return None
        return value

    def version(self, obj: dict) -> None:
        value = self.text(obj, "version", "", required=True, one_line=True)
        if value and value.strip() and not VERSION.fullmatch(value):
            self.add("version", f"'{shorten(value, 40)}' is not a version: ASCII digits and letters with "
                                "'.', '-', '+', '_' or '~', at most 64 characters (e.g. 2026.11.0)")

    def unknown_fields(self, obj: dict, allowed: set[str], where: str) -> None:
        for key in obj:
            if key not in allowed:
                self.add(f"{where}.{key}" if where else str(key), "unknown field")

    def string_list(self, obj: dict, key: str, where: str, *, limit: int) -> list[str]:
        location = f"{where}.{key}"
        value = obj.get(key, [])
        if not isinstance(value, list):
            self.add(location, f"must be a list of strings, not {describe_kind(value)}")
            return []
        if len(value) > limit:
            self.add(location, f"has {len(value)} entries; the limit is {limit}")
        elif self._all_good_strings(value):
            return value
        good = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.add(f"{location}[{index}]", "must be a non-empty string")
            elif len(item) > MAX_TEXT_CHARS:
                self.add(f"{location}[{index}]", f"is longer than {MAX_TEXT_CHARS} characters")
            elif (problem := one_line_problem(item)) is not None:
                self.add(f"{location}[{index}]", problem)
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
            self.add("", f"a library file must be a JSON object, not {describe_kind(data)}")
            return
        if _too_deep(data):
            self.add("", f"JSON is nested more than {MAX_DEPTH} levels deep")
            return
        unwritable = first_unstorable(data)
        if unwritable is not None:
            self.problems.append(unwritable)
            return
        if data.get("format") != FORMAT_NAME:
            self.add("format", f"must be \"{FORMAT_NAME}\" (is this a promptlib library file?)")
            return
        version = data.get("format_version")
        if "format_version" not in data:
            self.add("format_version", f"missing (required; this promptlib reads version {FORMAT_VERSION})")
            return
        if version != FORMAT_VERSION or isinstance(version, bool):
            self.add("format_version", f"unsupported version {version!r}; this promptlib reads "
                                       f"version {FORMAT_VERSION} (is there a newer promptlib?)")
            return
        self.unknown_fields(data, _PACK_FIELDS, "")
        self.safe_id(data, "id", "")
        for key in ("name", "publisher"):
            self.text(data, key, "", required=True, one_line=True)
        self.version(data)
        self.text(data, "description", "", required=False)
        known_roles = set(BUILTIN_ROLES) | self.pack_roles(data.get("roles", []))
        templates = data.get("templates")
        if not isinstance(templates, list):
            self.add("templates", "missing or not a list" if templates is None
                     else f"must be a list, not {describe_kind(templates)}")
            return
        if len(templates) > MAX_TEMPLATES:
            self.add("templates", f"{len(templates)} templates; the limit is {MAX_TEMPLATES}")
            return
        first_seen: dict[tuple[str, str], int] = {}
        for index, template in enumerate(templates):
            found = self.template(template, f"templates[{index}]", known_roles)
            if found is None:
                continue
            if found in first_seen:
                self.add(f"templates[{index}].id", f"duplicate template '{found[0]}' in language "
                                                   f"'{found[1]}' (first at templates[{first_seen[found]}])")
            else:
                first_seen[found] = index

    def pack_roles(self, roles: Any) -> set[str]:
        if not isinstance(roles, list):
            self.add("roles", f"must be a list, not {describe_kind(roles)}")
            return set()
        declared = set()
        for index, role in enumerate(roles):
            where = f"roles[{index}]"
            if not isinstance(role, dict):
                self.add(where, f"must be an object, not {describe_kind(role)}")
                continue
            self.unknown_fields(role, {"id", "names"}, where)
            role_id = self.safe_id(role, "id", where)
            names = role.get("names", {})
            if not isinstance(names, dict) or not names:
                self.add(f"{where}.names", "must be an object of names by language "
                                           "(e.g. {\"fi\": \"...\", \"sv\": \"...\", \"en\": \"...\"})")
            else:
                for language in names:
                    if language not in LANGUAGES:
                        self.add(f"{where}.names.{language}", "language must be one of fi, sv, en")
                    else:
                        self.text(names, language, f"{where}.names", required=True, one_line=True)
            if role_id:
                declared.add(role_id)
        return declared

    # -- template ------------------------------------------------------------------

    def template(self, data: Any, where: str, known_roles: set[str]) -> tuple[str, str] | None:
        if not isinstance(data, dict):
            self.add(where, f"must be an object, not {describe_kind(data)}")
            return None
        self.unknown_fields(data, _TEMPLATE_FIELDS, where)
        template_id = self.safe_id(data, "id", where)
        language = self.text(data, "language", where, required=True)
        if language is not None and language not in LANGUAGES:
            self.add(f"{where}.language", f"'{language[:20]}' is not one of fi, sv, en")
            language = None
        self.text(data, "title", where, required=True, one_line=True)
        self.text(data, "summary", where, required=False)
        self.text(data, "guidance", where, required=False, limit=MAX_GUIDANCE_CHARS)
        roles = self.string_list(data, "roles", where, limit=MAX_TAGS)
        if "roles" not in data or (isinstance(data.get("roles"), list) and not data["roles"]):
            self.add(f"{where}.roles", "needs at least one role")
        for index, role in enumerate(roles):
            if role not in known_roles:
                self.add(f"{where}.roles[{index}]", f"unknown role '{role[:40]}' (built-in roles: "
                         f"{', '.join(BUILTIN_ROLES)}; declare others in the pack's \"roles\")")
        self.string_list(data, "tags", where, limit=MAX_TAGS)
        policy = data.get("data_policy")
        if policy is not None and policy not in DATA_POLICIES:
            self.add(f"{where}.data_policy", f"must be one of {', '.join(DATA_POLICIES)}")
        declared = self.variables(data.get("variables", []), f"{where}.variables")
        body = self.text(data, "body", where, required=True, limit=MAX_BODY_CHARS)
        if body and len(body) <= MAX_BODY_CHARS and text_problem(body) is None:
            self.body(body, f"{where}.body", declared)
        if template_id and language:
            return (template_id, language)
        return None

    def body(self, body: str, where: str, declared: list[str] | None) -> None:
        tags = len(_TAG.findall(body))
        if tags > MAX_TAGS_PER_BODY:
            self.add(where, f"has {tags:,} template tags ({{{{ }}}}, {{% %}}, {{# #}}); the limit is "
                            f"{MAX_TAGS_PER_BODY:,} a template")
            return
        self.tags += tags
        if self.tags > MAX_TAGS_PER_PACK:
            if self.tags - tags <= MAX_TAGS_PER_PACK:
                self.add(where, f"the pack has more than {MAX_TAGS_PER_PACK:,} template tags in all "
                                "(the limit); split it into several packs")
            return
        simple = parse_simple(body) if simple_renderer.ENABLED else None
        used = set(simple.variables) if simple is not None else None
        if used is None:
            before = self.jinja_chars
            self.jinja_chars += _characters_in_tags(body)
            if self.jinja_chars > MAX_JINJA_TAG_CHARS_PER_PACK:
                if before <= MAX_JINJA_TAG_CHARS_PER_PACK:
                    self.add(where, f"the pack has more than {MAX_JINJA_TAG_CHARS_PER_PACK:,} characters inside "
                                    "template tags of bodies beyond the simple forms ({{ name }}, "
                                    "{{ name | lower }}, {% if name %}...), the limit; simplify them or "
                                    "split the pack")
                return
            # Not one of the simple forms: Jinja's parser decides, and names what is wrong.
            from ..render.sandbox import parse_body, used_variables

            tree, problems = parse_body(body)
            for problem in problems:
                self.add(f"{where} line {problem.line}", problem.message)
            if tree is None:
                return
            used = used_variables(tree)
        if declared is None:
            return
        for name in sorted(used - set(declared)):
            self.add(where, f"uses variable '{name}' that is not declared in \"variables\"")
        for name in declared:
            if name not in used:
                self.add(where, f"declared variable '{name}' is never used in the body")

    def variables(self, data: Any, where: str) -> list[str] | None:
        """Check the variable list; return declared names (None when unusable)."""
        if not isinstance(data, list):
            self.add(where, f"must be a list, not {describe_kind(data)}")
            return None
        if len(data) > MAX_VARIABLES:
            self.add(where, f"{len(data)} variables; the limit is {MAX_VARIABLES}")
        names: list[str] = []
        for index, variable in enumerate(data):
            name = self.variable(variable, f"{where}[{index}]")
            if name is None:
                continue
            if name in names:
                self.add(f"{where}[{index}].name", f"duplicate variable name '{name}'")
            else:
                names.append(name)
        return names

    def variable(self, data: Any, where: str) -> str | None:
        if not isinstance(data, dict):
            self.add(where, f"must be an object, not {describe_kind(data)}")
            return None
        self.unknown_fields(data, _VARIABLE_FIELDS, where)
        name = self.text(data, "name", where, required=True)
        if name is not None and not VARIABLE_NAME.fullmatch(name):
            self.add(f"{where}.name", f"'{shorten(name, 40)}' is not a valid variable name "
                                      "(lowercase letters, digits and _, not starting with a digit, "
                                      "at most 64 characters)")
            name = None
        elif name in RESERVED_NAMES:
            self.add(f"{where}.name", f"'{name}' means something of its own in templates; rename the "
                                      f"variable (e.g. '{name}_value') in \"variables\" and in the body")
            name = None
        self.text(data, "label", where, required=True, one_line=True)
        self.text(data, "help", where, required=False)
        required = data.get("required", False)
        if not isinstance(required, bool):
            self.add(f"{where}.required", f"must be true or false, not {describe_kind(required)}")
        kind = data.get("type", "text")
        if kind not in VARIABLE_TYPES:
            shown = kind if isinstance(kind, str) else describe_kind(kind)
            self.add(f"{where}.type", f"unknown type '{str(shown)[:40]}' "
                                      f"(one of {', '.join(VARIABLE_TYPES)})")
            return name
        if kind == "choice":
            self.choice_variable(data, where)
        else:
            if "choices" in data:
                self.add(f"{where}.choices", f"only choice variables have choices (type is '{kind}')")
            if kind == "number":
                self.number_variable(data, where)
            else:
                for key in ("min", "max"):
                    if key in data:
                        self.add(f"{where}.{key}", f"only number variables have '{key}'")
                for key in ("default", "example"):
                    if key in data and kind == "date":
                        self.date_value(data[key], f"{where}.{key}")
                    elif key in data:
                        self.text(data, key, where, required=False, limit=MAX_VALUE_CHARS)
        return name

    def choice_variable(self, data: dict, where: str) -> None:
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices:
            self.add(f"{where}.choices", "a choice variable needs a non-empty list of choices")
            return
        good = self.string_list(data, "choices", where, limit=MAX_CHOICES)
        if len(set(good)) != len(good):
            self.add(f"{where}.choices", "choices must not repeat")
        for key in ("default", "example"):
            if key in data and data[key] not in good:
                self.add(f"{where}.{key}", f"{shorten(data[key], 60)!r} is not one of the choices")
        for key in ("min", "max"):
            if key in data:
                self.add(f"{where}.{key}", f"only number variables have '{key}'")

    def number_variable(self, data: dict, where: str) -> None:
        bounds = {}
        for key in ("min", "max", "default", "example"):
            if key not in data:
                continue
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                self.add(f"{where}.{key}", f"must be a number, not {describe_kind(value)}")
            elif value != value or abs(value) > 1e15:
                self.add(f"{where}.{key}", "must be a finite number of reasonable size")
            else:
                bounds[key] = value
        low, high = bounds.get("min"), bounds.get("max")
        if low is not None and high is not None and low > high:
            self.add(f"{where}.min", f"min {low} is greater than max {high}")
        for key in ("default", "example"):
            value = bounds.get(key)
            if value is None:
                continue
            if (low is not None and value < low) or (high is not None and value > high):
                self.add(f"{where}.{key}", f"{value} is outside min..max")

    def date_value(self, value: Any, where: str) -> None:
        if not isinstance(value, str):
            self.add(where, f"must be a date string YYYY-MM-DD, not {describe_kind(value)}")
            return
        try:
            date.fromisoformat(value)
            if len(value) != 10:
                raise ValueError
        except ValueError:
            self.add(where, f"'{value[:40]}' is not a date in the form YYYY-MM-DD")
