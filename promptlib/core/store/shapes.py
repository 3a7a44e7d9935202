"""What a loaded database file must hold, beyond TinyDB's own shape, before anything
is built from it.

The packs in the library files (`libraries/*.json`, and a `library.json` of an earlier
version) were validated when they were imported, but the file can
still be edited by hand, copied from elsewhere or written by another version: a
template without a body, a `title` that is null or `templates` that is a string would
crash every command and the app, far from the cause. So every loaded file is checked
for the types its readers rely on (`Pack.from_dict`, the start-up cache, the catalog,
the import plan), and a file that fails is treated as damaged (`atomic.py`): set
aside, the backup restored if it passes, never itself backed up. The same for
`state.json`: favourites, history and settings of the wrong type.

These are not the library rules (`library/validation.py` applied them at import, and
applying them again at every load would cost start-up): only types and the few
values the readers branch on. Each check returns the first problem, with its place,
or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..errors import describe_kind
from ..languages import LANGUAGES
from ..model import DATA_POLICIES, VARIABLE_TYPES
from ..settings import value_problem

__all__ = ["index_problem", "library_problem", "state_problem"]

_Checker = Callable[[Any, str], "str | None"]


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _wrong(where: str, wanted: str, value: Any) -> str:
    return f"{where} must be {wanted}, not {describe_kind(value)}"


def _texts(obj: dict[str, Any], where: str, required: tuple[str, ...], optional: tuple[str, ...]) -> str | None:
    for key in required:
        if key not in obj:
            return f"{where} has no {key!r}"
        if not isinstance(obj[key], str):
            return _wrong(f"{where}.{key}", "a string", obj[key])
    for key in optional:
        if key in obj and not isinstance(obj[key], str):
            return _wrong(f"{where}.{key}", "a string", obj[key])
    return None


def _list_of(obj: dict[str, Any], key: str, where: str, item: _Checker, *, required: bool = False) -> str | None:
    if key not in obj:
        return f"{where} has no {key!r}" if required else None
    items = obj[key]
    if not isinstance(items, list):
        return _wrong(f"{where}.{key}", "a list", items)
    for index, value in enumerate(items):
        problem = item(value, f"{where}.{key}[{index}]")
        if problem:
            return problem
    return None


def _text_item(value: Any, where: str) -> str | None:
    return None if isinstance(value, str) else _wrong(where, "a string", value)


# -- library files --------------------------------------------------------------------


# The hot path (10,000 templates at every full load of a library file) builds no place
# names: a check returns its problem relative to the object (".title must be ...") and
# the caller prefixes where it is, only when something is wrong.
_TEMPLATE_TEXTS = ("id", "language", "title", "body")
_TEMPLATE_OPTIONAL_TEXTS = ("summary", "guidance", "data_policy")
_VARIABLE_KEYS_OF_TYPE: dict[str, tuple[type, str]] = {
    "name": (str, "a string"), "label": (str, "a string"), "help": (str, "a string"),
    "required": (bool, "true or false")}


def _variable(variable: Any) -> str | None:
    if type(variable) is not dict:
        return _wrong("", "an object", variable)
    if "name" not in variable:
        return " has no 'name'"
    kind = variable.get("type", "text")
    if kind not in VARIABLE_TYPES:
        return f".type is not one of {', '.join(VARIABLE_TYPES)}"
    for key, value in variable.items():  # one pass over what is there: most keys are absent
        if key in _VARIABLE_KEYS_OF_TYPE:
            wanted, name = _VARIABLE_KEYS_OF_TYPE[key]
            if type(value) is not wanted:
                return _wrong(f".{key}", name, value)
        elif key == "choices":
            if type(value) is not list:
                return _wrong(".choices", "a list", value)
            for index, choice in enumerate(value):
                if type(choice) is not str:
                    return _wrong(f".choices[{index}]", "a string", choice)
        elif key in ("min", "max"):
            if value is not None and not _is_number(value):
                return _wrong(f".{key}", "a number", value)
        elif key in ("default", "example") and value is not None and \
                not (_is_number(value) if kind == "number" else _is_text(value)):
            return _wrong(f".{key}", "a number" if kind == "number" else "a string", value)
    return None


def _template(template: Any) -> str | None:
    if type(template) is not dict:
        return _wrong("", "an object", template)
    get = template.get
    for key in _TEMPLATE_TEXTS:
        if type(get(key)) is not str:
            return f" has no {key!r}" if key not in template else _wrong(f".{key}", "a string", template[key])
    for key in _TEMPLATE_OPTIONAL_TEXTS:
        if key in template and type(template[key]) is not str:
            return _wrong(f".{key}", "a string", template[key])
    if template["language"] not in LANGUAGES:
        return f".language is not one of {', '.join(LANGUAGES)}"
    if "data_policy" in template and template["data_policy"] not in DATA_POLICIES:
        return f".data_policy is not one of {', '.join(DATA_POLICIES)}"
    for key in ("roles", "tags"):
        items = get(key, ())
        if type(items) is not list and key in template:
            return _wrong(f".{key}", "a list", items)
        for index, item in enumerate(items):
            if type(item) is not str:
                return _wrong(f".{key}[{index}]", "a string", item)
    if "copied_from" in template:  # read as (field, value) pairs by Template and the start-up cache
        copied_from = template["copied_from"]
        if type(copied_from) is not dict:
            return _wrong(".copied_from", "an object", copied_from)
        for key, value in copied_from.items():
            if type(value) is not str:
                return _wrong(f".copied_from.{key}", "a string", value)
    if "lint" in template:  # read as .get("waive") / .get("why") by Template and the start-up cache
        waivers = template["lint"]
        if type(waivers) is not dict:
            return _wrong(".lint", "an object", waivers)
        if type(waivers.get("waive", [])) is not list or any(type(rule) is not str for rule in waivers.get("waive", [])):
            return _wrong(".lint.waive", "a list of strings", waivers.get("waive"))
        if type(waivers.get("why", "")) is not str:
            return _wrong(".lint.why", "a string", waivers.get("why"))
    variables = get("variables", ())
    if type(variables) is not list and "variables" in template:
        return _wrong(".variables", "a list", variables)
    for index, variable in enumerate(variables):
        problem = _variable(variable)
        if problem:
            return f".variables[{index}]{problem}"
    return None


def _templates(pack: dict[str, Any], where: str) -> str | None:
    if "templates" not in pack:
        return f"{where} has no 'templates'"
    templates = pack["templates"]
    if type(templates) is not list:
        return _wrong(f"{where}.templates", "a list", templates)
    for index, template in enumerate(templates):
        problem = _template(template)
        if problem:
            return f"{where}.templates[{index}]{problem}"
    return None


def _role(role: Any, where: str) -> str | None:
    if not isinstance(role, dict):
        return _wrong(where, "an object", role)
    if not isinstance(role.get("id"), str):
        return _wrong(f"{where}.id", "a string", role.get("id"))
    names = role.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(name, str) for name in names.values()):
        return f"{where}.names must be an object of strings"
    return None


def _pack(pack: Any, where: str) -> str | None:
    if not isinstance(pack, dict):
        return _wrong(where, "an object", pack)
    return (_texts(pack, where, ("id", "name", "version", "publisher"), ("description",))
            or _list_of(pack, "roles", where, _role)
            or _templates(pack, where))


def _set_aside(entry: Any, where: str) -> str | None:
    if not isinstance(entry, dict):
        return _wrong(where, "an object", entry)
    if not isinstance(entry.get("kept"), str):
        return _wrong(f"{where}.kept", "a string", entry.get("kept"))
    problem = _template(entry.get("template"))
    return f"{where}.template{problem}" if problem else None


def _renamed(entry: Any, where: str) -> str | None:
    if not isinstance(entry, dict):
        return _wrong(where, "an object", entry)
    return _texts(entry, where, ("id", "language", "as"), ())


def _provenance(provenance: Any, where: str) -> str | None:
    if not isinstance(provenance, dict):
        return _wrong(where, "an object", provenance)
    problem = _texts(provenance, where, (), ("source", "installed_at", "previous_version"))
    if problem:
        return problem
    if not isinstance(provenance.get("subscription", False), bool):
        return _wrong(f"{where}.subscription", "true or false", provenance["subscription"])
    return _list_of(provenance, "set_aside", where, _set_aside) or _list_of(provenance, "renamed", where, _renamed)


def library_problem(data: dict[str, dict[str, dict[str, Any]]]) -> str | None:
    """The first thing in a loaded library file its readers could not use, or None."""
    for doc_id, document in data.get("packs", {}).items():
        where = f"packs document {doc_id}"
        problem = _pack(document.get("pack"), f"{where}: pack") or \
            _provenance(document.get("provenance"), f"{where}: provenance")
        if problem:
            return problem
    return None


# -- libraries.json ----------------------------------------------------------------

# What `library_files.py` names a library file: no folder, no way out of `libraries/`.
LIBRARY_FILE_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,80}\.[0-9a-f]{8}\.json")


def index_problem(data: dict[str, dict[str, dict[str, Any]]]) -> str | None:
    """The first entry of a loaded `libraries.json` its readers could not use, or None."""
    for doc_id, document in data.get("libraries", {}).items():
        where = f"libraries document {doc_id}"
        problem = _texts(document, where, ("id", "file"), ())
        if problem:
            return problem
        if not LIBRARY_FILE_NAME.fullmatch(document["file"]):
            return f"{where}.file is not the name of a library file"
    return None


# -- state.json ----------------------------------------------------------------------


def state_problem(data: dict[str, dict[str, dict[str, Any]]]) -> str | None:
    """The first favourite, use or setting in a loaded `state.json` of the wrong type, or None."""
    for doc_id, document in data.get("favourites", {}).items():
        problem = _texts(document, f"favourites document {doc_id}", ("template_id",), ())
        if problem:
            return problem
    for doc_id, document in data.get("history", {}).items():
        problem = _texts(document, f"history document {doc_id}", ("template_id", "language"), ("used_at",))
        if problem:
            return problem
    for doc_id, document in data.get("settings", {}).items():
        where = f"settings document {doc_id}"
        if not isinstance(document.get("key"), str):
            return _wrong(f"{where}.key", "a string", document.get("key"))
        problem = value_problem(document["key"], document.get("value"))
        if problem:
            return f"{where}: {problem}"
    return None
