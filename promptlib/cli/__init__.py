"""The command line (docs/ARCHITECTURE.md, "Command line": a contract) and the app's launcher.

`main` is the entry point (`promptlib.cli:main`). Every command works on the same
core as the app. User errors print one clear message to stderr and exit non-zero;
tracebacks are for bugs only.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Opening the app takes no command parser: building the parsers and importing every
# command group is a fifth of start-up.
APP_ARGUMENTS: tuple[list[str], ...] = ([], ["--self-test"])


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments in APP_ARGUMENTS:
        from ..gui.app import run_app

        return run_app(self_test=bool(arguments))
    from ..core.errors import PromptlibError
    from ._common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, OutputError, flush_output, warn
    from .parser import build_parser

    args = build_parser().parse_args(arguments)
    if args.command is None:
        from ..gui.app import run_app  # Qt is imported only when the app opens

        return run_app(self_test=args.self_test)
    try:
        code = int(args.handler(args))
        flush_output()  # a full disk shows here, not as a traceback at exit
        return code
    except OutputError as error:
        _discard_output()
        warn(str(error))
        return EXIT_USAGE if args.command == "scan" else EXIT_FAILED  # scan's 1 means "found"
    except PromptlibError as error:  # UsageError, LibraryError and the rest: one line
        warn(str(error))
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `promptlib list | head`
        _discard_output()
        return EXIT_OK


def _discard_output() -> None:
    """Point stdout at the null device, so that Python's own flush at exit finds nothing
    it cannot write and prints no traceback of its own."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests, embedding)
        pass
