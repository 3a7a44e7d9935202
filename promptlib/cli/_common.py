"""What every command group shares: exit codes, the usage error, output helpers.

Output: text from packs, sources and files is untrusted, and a terminal obeys the
escape sequences and control characters in it (clear the screen, move the cursor,
overwrite a line of the import plan) and shows bidi overrides reversed. So every
line printed goes through `say`, which makes C0 and C1 controls (except line feed
and tab), DEL, bidi controls and invisible format characters visible as `\x1b` or
`\u202e`; a field shown inside one line goes through `shown`, which also makes line
breaks and tabs visible, so a title cannot start a forged line of its own. JSON output
is escaped by its encoding (and C1 and bidi characters too, which JSON allows raw).
A body printed by `show` to a file or pipe stays exactly as it is.
"""

from __future__ import annotations

import argparse
import json
import re
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


class OutputError(PromptlibError):
    """Standard output cannot be written (a full disk, /dev/full); not a closed pipe."""


# Controls a terminal acts on, and characters that change how text around them is shown.
_INVISIBLE = "\x7f-\x9f\u061c\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
_UNSAFE_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_INVISIBLE}]")
_UNSAFE_IN_LINE = re.compile(f"[\x00-\x1f{_INVISIBLE}]")
_UNSAFE_IN_JSON = re.compile(f"[{_INVISIBLE}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object) -> str:
    """*value* as text to show inside one line: every control and invisible character visible."""
    return _UNSAFE_IN_LINE.sub(_escape, str(value))


def shown_text(text: str) -> str:
    """Multi-line *text* for a terminal: controls visible, line breaks and tabs kept."""
    return _UNSAFE_IN_TEXT.sub(_escape, text)


def say(text: str = "", *, file: Any = None) -> None:
    """Print one line (or lines) made safe for a terminal (`shown_text`)."""
    write(shown_text(text) + "\n", file=file)


def stdin_is_terminal() -> bool:
    """Whether a question can be asked; False also when there is no standard input at
    all (`promptlib import X <&-`)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed, or not a real stream
        return False


def write(text: str, *, file: Any = None) -> None:
    """Write *text* as it is; a full disk is an `OutputError`, a closed pipe stays a BrokenPipeError."""
    stream = file if file is not None else sys.stdout
    try:
        stream.write(text)
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output: {error.strerror or error}") from None


def flush_output() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"cannot write the output: {error.strerror or error}") from None
    except ValueError:  # stdout was closed by the command
        pass


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def add_command(commands: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """A subcommand *name* whose arguments lead to *handler*."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=help_text, description=help_text)
    sub.set_defaults(handler=handler)
    return sub


def open_workspace() -> Workspace:
    from ..core.workspace import Workspace

    workspace = Workspace.open()
    report_recoveries(workspace.store)
    return workspace


def report_recoveries(store: Any) -> None:
    """Say on stderr what the store repaired as it opened (the app shows the same notice)."""
    for notice in store.recovery_notices:
        warn(notice.describe())


def print_json(value: Any) -> None:
    write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False, indent=2))
          + "\n")


def find_template(workspace: Workspace, template_id: str, language: str | None) -> Template:
    template = workspace.catalog.get(template_id, language or workspace.template_language())
    if template is None:
        raise UsageError(f"no template with id '{template_id}' (see `promptlib list`)")
    return template


def warn(message: str) -> None:
    say(f"promptlib: {message}", file=sys.stderr)
