"""Rendering a template with the user's values: one sandboxed environment, one entry point.

Values are passed to Jinja as data, never as template source, so a value such as
`{{ 7*7 }}` comes out exactly as typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from ..errors import MissingValuesError, RenderError, shorten
from ..model import Template
from . import simple
from .simple import SimpleTemplate, parse_simple
from .values import format_value, parse_values

MAX_OUTPUT_CHARS = 1_000_000


class Rendered(NamedTuple):
    text: str
    missing: tuple[str, ...]  # names of required variables that were empty


class Renderer:
    """Compiles each body once (after checking it) and renders it with values."""

    def __init__(self, max_output_chars: int = MAX_OUTPUT_CHARS) -> None:
        self.max_output_chars = max_output_chars
        self._compiled: dict[str, Any] = {}

    def compile(self, body: str) -> SimpleTemplate | Any:
        """A renderable for *body*: the Jinja-free SimpleTemplate when the body is in
        the simple forms, else a template from the sandboxed Jinja environment."""
        compiled = self._compiled.get(body)
        if compiled is None and simple.ENABLED:
            compiled = parse_simple(body)
        if compiled is None:
            from .sandbox import ENVIRONMENT, parse_body  # Jinja only when needed

            # Installed packs were validated on import, but the check is cheap and
            # rendering must never run a body that did not pass it.
            tree, problems = parse_body(body)
            if tree is None:
                from ..errors import Problem

                first = problems[0]
                error = RenderError(f"line {first.line}: {first.message}")
                error.problem = Problem(f"line {first.line}", first.message, first.code, first.params)
                raise error
            compiled = ENVIRONMENT.from_string(tree)
        if body not in self._compiled:
            if len(self._compiled) > 4096:
                self._compiled.clear()
            self._compiled[body] = compiled
        return compiled

    def render(self, template: Template, raw_values: Mapping[str, Any], *,
               placeholders: bool = False) -> Rendered:
        """Render *template*. Empty required values raise MissingValuesError, unless
        *placeholders* is set (the live preview): then they show as `[Label]`.
        Values that do not fit their type raise InvalidValueError. Nothing else
        escapes but RenderError: a body that cannot be rendered says so in one line.
        """
        values = parse_values(template, raw_values)
        missing = [v for v in template.variables if v.required and values[v.name] is None]
        if missing and not placeholders:
            raise MissingValuesError([v.name for v in missing], [v.label for v in missing])
        context = {v.name: format_value(v, values[v.name], template.language)
                   for v in template.variables}
        for variable in missing:
            context[variable.name] = f"[{variable.label}]"
        try:
            text = self._stream(self.compile(template.body), context)
        except RenderError:
            raise
        except Exception as error:
            raise _failure(error) from None
        return Rendered(text.strip() + "\n" if text.strip() else "", tuple(v.name for v in missing))

    def _stream(self, compiled: Any, context: dict[str, str]) -> str:
        if isinstance(compiled, SimpleTemplate):
            # Output is at most the body plus each value once per use: bounded, and
            # still held to the same cap.
            try:
                return compiled.render(context, limit=self.max_output_chars)
            except OverflowError:
                from ..problems import render_error  # only on failure: start-up loads no message catalogue

                raise render_error("render-too-long", limit=self.max_output_chars) from None
        parts: list[str] = []
        size = 0
        for chunk in compiled.generate(context):
            size += len(chunk)
            if size > self.max_output_chars:
                from ..problems import render_error

                raise render_error("render-too-long", limit=self.max_output_chars)
            parts.append(chunk)
        return "".join(parts)


def _failure(error: Exception) -> RenderError:
    """Any failure while compiling or rendering a body, as one line for the user.

    The body check (`sandbox.parse_body`) refuses what is known to fail, so this is
    the second line of defence: a pack that slipped past it still gives a message, in
    the app and on the command line, and never a traceback.
    """
    from jinja2 import TemplateError

    from ..problems import render_error

    if isinstance(error, TemplateError):
        return render_error("render-failed", detail=shorten(str(error), 300))
    if isinstance(error, (RecursionError, MemoryError)) or "indentation" in str(error):
        return render_error("render-too-deep")
    return render_error("render-crashed", detail=f"{type(error).__name__}: {shorten(str(error), 300)}")
