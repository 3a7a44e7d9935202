"""The argument parser: the top-level options and each command group, registered here."""

from __future__ import annotations

import argparse

from .. import __version__
from . import exchange, lint, policy, publishing, scan, signing, templates

# Each group adds its commands to the parser; the order here is the order of `--help`.
COMMAND_GROUPS = (templates, lint, exchange, publishing, signing, scan, policy)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="promptlib",
        description="Prompt templates for Finnish public-sector work. Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"promptlib {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="open the main window, check the library and a render, print ok")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser
