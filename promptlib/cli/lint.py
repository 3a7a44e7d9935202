"""`promptlib lint PATH...`: prompt-quality hints, warnings and validation errors for pack files.

Exit codes (a contract for curators' CI): 0 no errors (with `--strict`: no findings at
all), 1 errors (with `--strict`: any finding), 2 a file could not be read as JSON.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.errors import LibraryError
from ._common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, add_command, library_files, print_json


def register(commands: Any) -> None:
    lint = add_command(commands, "lint", cmd_lint,
                       "check the prompts in library files: validation errors, warnings and hints "
                       "(exit 0 no errors, 1 errors, 2 unreadable)")
    lint.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="library files, or folders of them")
    lint.add_argument("--json", action="store_true", help='print {"findings": [...]}')
    lint.add_argument("--strict", action="store_true", help="fail (exit 1) on warnings and hints too")


def cmd_lint(args: argparse.Namespace) -> int:
    from ..core.library.format import read_pack_file
    from ..core.quality.lint import lint_pack

    findings = []
    unreadable = 0
    for path in library_files(args.paths):
        try:
            data = read_pack_file(path) if path.exists() else None
        except LibraryError as error:
            data = None
            reason = "; ".join(str(problem) for problem in error.problems)
        else:
            reason = "no such file or folder"
        if data is None:
            unreadable += 1
            print(f"promptlib: {path}: {reason}", file=sys.stderr)
            continue
        findings.extend(lint_pack(data, path=str(path)))
    if args.json:
        print_json({"findings": [finding.to_json() for finding in findings]})
    else:
        for finding in findings:
            print(f"{finding.path}: {finding.template or '-'} [{finding.language or '-'}] "
                  f"{finding.severity} {finding.rule}: {finding.message}")
    if unreadable:
        return EXIT_USAGE
    errors = sum(finding.severity == "error" for finding in findings)
    if errors or (args.strict and findings):
        if not args.json:
            print(f"promptlib: {len(findings)} finding(s), {errors} error(s)", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
