"""Turning what the user typed into typed values, and typed values into prompt text."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..dates import read_any_date
from ..errors import InvalidValueError, shorten
from ..model import Template, Variable


def parse_value(variable: Variable, raw: Any) -> Any:
    """The typed value for *raw* (str from a form or the CLI, or a JSON value).

    Returns None for an empty value. Raises InvalidValueError with a message that
    says what the field expects, also for a JSON value of the wrong type (a list or an
    object, or true/false: no type takes them).
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if variable.type in ("text", "multiline"):
        text = text_value(variable, raw)
        return text.strip() if variable.type == "text" else text.strip("\n")
    if variable.type == "choice":
        if not isinstance(raw, str | int | float) or isinstance(raw, bool):
            raise InvalidValueError(variable.name, f"expects one of: {', '.join(variable.choices)}; "
                                                   f"not {_json_kind(raw)}")
        text = str(raw).strip()
        if text not in variable.choices:
            raise InvalidValueError(variable.name, f"'{shorten(text)}' is not one of: {shorten(', '.join(variable.choices), 300)}")
        return text
    if variable.type == "number":
        return _parse_number(variable, raw)
    if variable.type == "date":
        return _parse_date(variable, raw)
    raise InvalidValueError(variable.name, f"unknown type '{variable.type}'")


def text_value(variable: Variable, raw: Any) -> str:
    """The text a `text` or `multiline` value *raw* stands for, before trimming: a
    string, or a number as it reads. What the prompt shows comes from here, and so does
    what the guard scans, so the two never differ. Anything else (a JSON list or object,
    true/false) raises InvalidValueError.
    """
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    raise InvalidValueError(variable.name, f"expects text, not {_json_kind(raw)}")


def _json_kind(raw: Any) -> str:
    """What a JSON value is, in the user's words (for messages)."""
    if isinstance(raw, bool):
        return "true/false"
    if isinstance(raw, int | float):
        return "a number"
    if isinstance(raw, list | tuple):
        return "a list"
    if isinstance(raw, dict):
        return "an object"
    if isinstance(raw, str):
        return "text"
    return f"a {type(raw).__name__}"


def _parse_number(variable: Variable, raw: Any) -> int | float:
    if isinstance(raw, bool) or not isinstance(raw, str | int | float):
        raise InvalidValueError(variable.name, f"expects a number, not {_json_kind(raw)}")
    if isinstance(raw, (int, float)):
        number = raw
    else:
        # Finnish and Swedish write 1 234,5; accept that as well as 1234.5.
        text = str(raw).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise InvalidValueError(variable.name, f"'{shorten(raw)}' is not a number") from None
        if number.is_integer() and abs(number) <= 1e15:
            number = int(number)
    # NaN, infinity (JSON's 1e400) and numbers beyond what a float holds exactly.
    if number != number or abs(number) > 1e15:
        raise InvalidValueError(variable.name, f"'{shorten(raw)}' is not a usable number")
    if variable.min is not None and number < variable.min:
        raise InvalidValueError(variable.name, f"must be at least {_plain(variable.min)}")
    if variable.max is not None and number > variable.max:
        raise InvalidValueError(variable.name, f"must be at most {_plain(variable.max)}")
    return number


def _parse_date(variable: Variable, raw: Any) -> date:
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str):
        raise InvalidValueError(variable.name, f"expects a date (2026-12-31 or 31.12.2026), "
                                               f"not {_json_kind(raw)}")
    text = raw.strip()
    value = read_any_date(text)
    if value is None:
        raise InvalidValueError(variable.name, f"'{shorten(text)}' is not a date (use 2026-12-31 or 31.12.2026)")
    return value


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def format_value(variable: Variable, value: Any, language: str) -> str:
    """How a typed value reads inside a prompt in *language*."""
    if value is None:
        return ""
    if variable.type == "date":
        return value.isoformat() if language == "en" else f"{value.day}.{value.month}.{value.year}"
    if variable.type == "number":
        text = _plain(value)
        return text if language == "en" else text.replace(".", ",")
    return str(value)


def parse_values(template: Template, raw_values: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values for every declared variable (None where empty).

    Names the template does not declare are ignored, so a values file can be shared
    between templates.
    """
    return {variable.name: parse_value(variable, raw_values.get(variable.name))
            for variable in template.variables}


def default_values(template: Template) -> dict[str, Any]:
    """The form's starting values: each variable's default, if it has one."""
    return {variable.name: variable.default for variable in template.variables
            if variable.default is not None}


def example_values(template: Template) -> dict[str, Any]:
    """Each variable's example (falling back to its default), for tests and demos."""
    return {variable.name: variable.example if variable.example is not None else variable.default
            for variable in template.variables}
