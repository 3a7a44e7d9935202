"""What every command group shares: exit codes, the usage error, output helpers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..core.errors import PromptlibError
from ..core.languages import LANGUAGES

if TYPE_CHECKING:
    from ..core.model import Template
    from ..core.workspace import Workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# The --lang choices of every command.
LANGUAGE_CHOICES = LANGUAGES

Handler = Callable[[argparse.Namespace], int]
Commands = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UsageError(PromptlibError):
    """Wrong arguments or input named on the command line."""


def add_command(commands: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """A subcommand *name* whose arguments lead to *handler*."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def open_workspace() -> Workspace:
    from ..core.workspace import Workspace

    return Workspace.open()


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def find_template(workspace: Workspace, template_id: str, language: str | None) -> Template:
    template = workspace.catalog.get(template_id, language or workspace.template_language())
    if template is None:
        raise UsageError(f"no template with id '{template_id}' (see `promptlib list`)")
    return template


def warn(message: str) -> None:
    print(f"promptlib: {message}", file=sys.stderr)
