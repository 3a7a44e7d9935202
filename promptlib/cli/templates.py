"""Commands over the templates: list, show, fill (and copy), validate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.errors import InvalidValueError, LibraryError, MissingValuesError, shorten
from ..core.problems import problem
from ._common import (
    EXIT_FAILED,
    EXIT_OK,
    LANGUAGE_CHOICES,
    UsageError,
    add_command,
    find_template,
    library_files,
    open_workspace,
    print_json,
    say,
    shown,
    stdout_is_terminal,
    write,
)

MAX_VALUES_BYTES = 10 * 1024 * 1024  # a values file is a few names and texts
MAX_VALUES_DEPTH = 32                # no variable takes more than a value; anything deeper is a mistake


def register(commands: Any) -> None:
    listing = add_command(commands, "list", cmd_list, "list templates")
    listing.add_argument("--role", help="only templates for this role id (e.g. hr)")
    listing.add_argument("--lang", choices=LANGUAGE_CHOICES, help="template language")
    listing.add_argument("--search", metavar="Q", default="", help="search words")
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    show = add_command(commands, "show", cmd_show, "show one template")
    show.add_argument("id")
    show.add_argument("--lang", choices=LANGUAGE_CHOICES)
    show.add_argument("--json", action="store_true", help="print the template in the library format")

    fill = add_command(commands, "fill", cmd_fill, "fill a template and print (or copy) the prompt")
    fill.add_argument("id")
    fill.add_argument("--lang", choices=LANGUAGE_CHOICES)
    fill.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                      help="a variable's value (repeatable)")
    fill.add_argument("--values", type=Path, metavar="FILE.json", help="values from a JSON object")
    fill.add_argument("--copy", action="store_true", help="copy the prompt to the clipboard")
    fill.add_argument("--allow-sensitive", action="store_true",
                      help="with --copy: copy even if the values look like personal data "
                           "(only where the organisation's policy allows it)")

    validate = add_command(commands, "validate", cmd_validate,
                           "check library files (exit 0 valid, 1 invalid)")
    validate.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                          help="library files, or folders of them")


def cmd_list(args: argparse.Namespace) -> int:
    workspace = open_workspace()
    language = args.lang or workspace.template_language()
    if args.role and args.role not in workspace.catalog.roles:
        raise UsageError(f"unknown role '{args.role}' (roles: {', '.join(workspace.catalog.roles)})")
    entries = workspace.catalog.search(args.search, language=language, role=args.role)
    if args.json:
        print_json([{
            "id": e.template.id, "language": e.template.language, "title": e.template.title,
            "roles": list(e.template.roles), "tags": list(e.template.tags),
            "summary": e.template.summary, "library": e.template.origin.pack_id if e.template.origin else "",
            "fallback_language": e.fallback,
        } for e in entries])
        return EXIT_OK
    width = max((len(shown(e.template.id)) for e in entries), default=0)
    for entry in entries:
        marker = f" [{entry.template.language}]" if entry.fallback else ""
        say(f"{shown(entry.template.id):<{width}}  {shown(entry.template.title)}{marker}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    workspace = open_workspace()
    template = find_template(workspace, args.id, args.lang)
    if args.json:
        print_json(template.to_dict())
        return EXIT_OK
    origin = template.origin
    say(f"{shown(template.title)}  ({shown(template.id)}, {template.language})")
    if template.summary:
        say(shown(template.summary))
    say(f"roles: {', '.join(map(shown, template.roles))}   tags: {', '.join(map(shown, template.tags))}")
    if origin:
        say(f"library: {shown(origin.pack_name)} ({shown(origin.pack_id)} {shown(origin.version)}, "
            f"{shown(origin.publisher)})")
    if template.data_policy:
        say(f"data policy: {shown(template.data_policy)}")
    say("\nvariables:")
    for variable in template.variables:
        flags = ", required" if variable.required else ""
        choices = f" [{' | '.join(map(shown, variable.choices))}]" if variable.choices else ""
        say(f"  {shown(variable.name)} ({shown(variable.type)}{flags}){choices}: {shown(variable.label)}")
    # The body and guidance as they are, to a file or pipe; on a terminal its controls are made visible.
    text = say if stdout_is_terminal() else (lambda line: write(line + "\n"))
    text("\nbody:\n" + template.body)
    if template.guidance:
        text("\nguidance:\n" + template.guidance)
    return EXIT_OK


def _collect_values(args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if args.values:
        from ..core.jsonbytes import UnreadableBytes, decode_json
        from ..core.regularfile import read_regular_file

        try:
            loaded = decode_json(read_regular_file(args.values, MAX_VALUES_BYTES), unique_keys=True)
        except OSError as error:
            raise UsageError(f"cannot read {args.values}: {error.strerror or error}") from None
        except UnreadableBytes as error:
            raise UsageError(f"{args.values} is not a JSON file: {error}") from None
        if not isinstance(loaded, dict):
            raise UsageError(f"{args.values} must hold a JSON object of name: value")
        if _depth(loaded) > MAX_VALUES_DEPTH:
            raise UsageError(f"{args.values}: values are nested more than {MAX_VALUES_DEPTH} levels deep; "
                             "give each variable a text, a number or a date")
        values.update(loaded)
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UsageError(f"--set expects NAME=VALUE, got '{shorten(item)}'")
        values[name.strip()] = value
    return values


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in *value* (without recursion: it may be 1,000 deep)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if depth <= MAX_VALUES_DEPTH:
                stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def cmd_fill(args: argparse.Namespace) -> int:
    from ..core.render.values import default_values

    workspace = open_workspace()
    template = find_template(workspace, args.id, args.lang)
    values = {**default_values(template), **_collect_values(args)}
    declared = {variable.name for variable in template.variables}
    unknown = sorted(set(values) - declared)
    if unknown and not args.values:  # a values file may be shared between templates
        raise UsageError(f"'{template.id}' has no variable {', '.join(shown(name)[:100] for name in unknown)} "
                         f"(variables: {', '.join(sorted(declared)) or 'none'})")
    try:
        text = workspace.renderer.render(template, values).text
    except MissingValuesError as error:
        missing = ", ".join(f"{name} ({label})" for name, label in zip(error.names, error.labels, strict=True))
        raise UsageError(f"missing required values: {missing}; give them with --set NAME=VALUE") from None
    except InvalidValueError as error:
        raise UsageError(f"invalid value for {error}") from None
    if args.copy:
        from .scan import refuse_personal_data  # the sensitive-data guard

        refuse_personal_data(template, values, args.allow_sensitive)
        return copy_to_clipboard(text)
    write(text)
    return EXIT_OK


def copy_to_clipboard(text: str) -> int:
    import pyperclip

    try:
        pyperclip.copy(text)
    except pyperclip.PyperclipException:
        print("promptlib: no clipboard is available here (on Linux install xclip, xsel or "
              "wl-clipboard); printing the prompt instead.", file=sys.stderr)
        write(text)
        return EXIT_OK
    print("Prompt copied to the clipboard.", file=sys.stderr)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from ..core.library.format import load_pack

    failed = 0
    for path in library_files(args.paths):
        try:
            if not path.exists():
                raise LibraryError(str(path), [problem("", "no-such-file")])
            pack = load_pack(path)
        except LibraryError as error:
            failed += 1
            for line in error.lines():
                say(shown(line))
            continue
        except Exception as error:
            failed += 1
            say(f"{shown(path)}: cannot be checked ({type(error).__name__}: {shorten(error, 200)}); "
                "please report this as a promptlib bug")
            continue
        say(f"{shown(path)}: ok ({len(pack.templates)} templates)")
    if failed:
        print(f"promptlib: {failed} file(s) invalid", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK

