"""Commands over libraries: import, export, libraries, remove, update.

`import` always shows what would change before changing anything, and installs only
after a yes: `--yes`, or an answer on a terminal. Without a terminal (a script, a
pipe) and without `--yes` it refuses, so nothing is installed by accident.
Conflicts (the same template id and language from another library) keep the
existing template unless `--replace` (the imported one wins) or `--keep-both` (the
imported copy gets a new id such as `hr.letter.2`); a choice made at an earlier
import of the same library is remembered.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import LibraryError
from ..core.workspace import save_first_view_after_change
from ._common import (
    EXIT_FAILED,
    EXIT_OK,
    LANGUAGE_CHOICES,
    UsageError,
    add_command,
    open_workspace,
    print_json,
    report_recoveries,
    say,
    shown,
    stdin_is_terminal,
)

if TYPE_CHECKING:
    from ..core.library.importing import ImportPlan
    from ..core.library.installed import Libraries

# Statuses and choices of `core.library.importing`, spelled out here so that registering these
# commands does not import the validator (and Jinja) for every other command.
NEW, UPDATED, UNCHANGED, CONFLICT, REMOVED = "new", "updated", "unchanged", "conflict", "removed"
REPLACE, KEEP_BOTH = "replace", "keep-both"

SHOWN_PER_STATUS = 50


def register(commands: Any) -> None:
    importing = add_command(commands, "import", cmd_import,
                        "show what a library file would change, then install it atomically")
    importing.add_argument("source", metavar="PATH", help="a library file or an https:// address")
    importing.add_argument("--yes", "-y", action="store_true",
                           help="install without asking (needed when not run on a terminal)")
    choice = importing.add_mutually_exclusive_group()
    choice.add_argument("--replace", action="store_true",
                        help="conflicts: the imported template replaces the existing one")
    choice.add_argument("--keep-both", action="store_true",
                        help="conflicts: keep the existing template and add the imported one under a new id")

    export = add_command(commands, "export", cmd_export, "write templates to a library file others can import")
    export.add_argument("--output", "-o", required=True, type=Path, metavar="FILE")
    export.add_argument("--role", metavar="R", help="only templates for this role id")
    export.add_argument("--library", metavar="ID", help="only this library (keeps its id and version)")
    export.add_argument("--template", action="append", default=[], metavar="ID",
                        help="only this template id (repeatable)")
    export.add_argument("--own", action="store_true", help="only your own templates")
    export.add_argument("--lang", choices=LANGUAGE_CHOICES, help="only this language")
    export.add_argument("--pack-id", metavar="ID", help="the new library's id (default export.<role>)")
    export.add_argument("--pack-name", metavar="NAME", help="the new library's name")
    export.add_argument("--pack-version", metavar="V", help="the new library's version (default: today)")
    export.add_argument("--publisher", metavar="P", help="who publishes it (default: promptlib export)")

    libraries = add_command(commands, "libraries", cmd_libraries, "list libraries with versions and sources")
    libraries.add_argument("--json", action="store_true", help="print a JSON array")

    remove = add_command(commands, "remove", cmd_remove, "uninstall a library (its templates go with it)")
    remove.add_argument("library_id", metavar="LIBRARY_ID")

    update = add_command(commands, "update", cmd_update,
                     "check the configured library sources and install newer versions")
    update.add_argument("--check", action="store_true", help="only report; install nothing")
    update.add_argument("--json", action="store_true", help="print the statuses as JSON")


def _libraries() -> Libraries:
    from ..core import config
    from ..core.library.installed import Libraries
    from ..core.store.database import Store

    store = Store(config.data_dir())
    report_recoveries(store)
    return Libraries(store)


# -- import --------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace) -> int:
    libraries = _libraries()
    try:
        plan = libraries.plan_source(args.source)
    except LibraryError as error:
        for line in error.lines():
            say(shown(line), file=sys.stderr)
        say("promptlib: nothing was installed", file=sys.stderr)
        return EXIT_FAILED
    if args.replace:
        plan.resolve_all(REPLACE)
    elif args.keep_both:
        plan.resolve_all(KEEP_BOTH)
    print_plan(plan)
    if not plan.changes_anything and not plan.signature_changed:
        say(f"Nothing to change: {shown(plan.name)} {shown(plan.version)} is already installed.")
        return EXIT_OK
    if not args.yes:
        if not stdin_is_terminal():
            raise UsageError("not installing without confirmation: run again with --yes "
                             "(or on a terminal to be asked)")
        try:
            answer = input("Install? [y/N] ")
        except EOFError:  # the input ended (Ctrl+D): that is no
            answer = ""
        if answer.strip().lower() not in ("y", "yes", "k", "kyllä", "j", "ja"):
            say("Nothing was installed.")
            return EXIT_FAILED
    libraries.apply(plan)
    save_first_view_after_change(libraries.store)   # so the next start reads no library
    say(f"Installed {shown(plan.name)} {shown(plan.version)}: {plan.summary()}.")
    return EXIT_OK


def print_plan(plan: ImportPlan) -> None:
    """The plan, every field from the pack made visible as text (see `_common.say`)."""
    say(f"Library: {shown(plan.name)} ({shown(plan.pack_id)}) version {shown(plan.version)}, "
        f"by {shown(plan.publisher)}")
    say(f"Source:  {shown(plan.source)}")
    if plan.verification is not None:  # a publisher's name is the policy's text, shown as text all the same
        say(f"Signature: {shown(plan.verification.describe())}")
    if plan.loses_verification:
        say("Note: the installed version was verified; this one is NOT.")
    if plan.previous is not None:
        say(f"Installed now: version {shown(plan.previous_version)}")
    if plan.is_downgrade:
        say(f"Note: this is an OLDER version than the installed {shown(plan.previous_version)}.")
    for status in (CONFLICT, NEW, UPDATED, REMOVED):
        items = [item for item in plan.items if item.status == status]
        for item in items[:SHOWN_PER_STATUS]:
            line = f"  {status:<9} {shown(item.template_id)} [{shown(item.language)}]  {shown(item.title)}"
            if status == UPDATED and item.old_version:
                line += f"  ({shown(item.old_version)} -> {shown(item.new_version)})"
            if item.renamed_to:
                line += f"  (kept as {shown(item.renamed_to)})"
            if status == CONFLICT and item.existing is not None:
                resolution = plan.resolutions.get(item.key)
                line += f"\n            also in {shown(item.existing.describe())}: {_explain(resolution)}"
            say(line)
        if len(items) > SHOWN_PER_STATUS:
            say(f"  ... and {len(items) - SHOWN_PER_STATUS} more {status}")
    same = sum(1 for item in plan.items if item.status == UNCHANGED and item.existing is not None)
    if same:
        say(f"  ({same} unchanged template(s) are already provided, identical, by other libraries)")
    say(f"Summary: {plan.summary()}")


def _explain(resolution: str | None) -> str:
    if resolution == REPLACE:
        return "replace it with the imported one"
    if resolution == KEEP_BOTH:
        return "keep both (the imported one gets a new id)"
    return "keep the existing one (use --replace or --keep-both to change)"


# -- export --------------------------------------------------------------------------

def cmd_export(args: argparse.Namespace) -> int:
    from ..core.library.exporting import Selection, export_pack, write_pack

    workspace = open_workspace()
    selection = Selection(role=args.role, library=args.library, template_ids=tuple(args.template),
                          language=args.lang, own=args.own)
    data = export_pack(workspace.catalog, selection, pack_id=args.pack_id, name=args.pack_name,
                       version=args.pack_version, publisher=args.publisher)
    try:
        write_pack(args.output, data)
    except LibraryError as error:
        for line in error.lines():
            say(shown(line), file=sys.stderr)
        say("promptlib: nothing was written (check --pack-id and the other --pack options)", file=sys.stderr)
        return EXIT_FAILED
    say(f"Exported {len(data['templates'])} template(s) to {shown(args.output)} "
        f"(library {shown(data['id'])} {shown(data['version'])}).")
    return EXIT_OK


# -- libraries, remove, update -------------------------------------------------------

def cmd_libraries(args: argparse.Namespace) -> int:
    infos = _libraries().list()
    if args.json:
        print_json([info.to_json() for info in infos])
        return EXIT_OK
    width = max((len(shown(info.id)) for info in infos), default=2)
    say(f"{'ID':<{width}}  {'VERSION':<12} {'TEMPLATES':>9}  {'PUBLISHER':<24} SOURCE")
    for info in infos:
        source = "built-in" if info.builtin else shown(info.source)
        if info.installed_at:
            source += f"  (installed {shown(info.installed_at)})"
        if info.subscription:
            source += "  [subscribed]"
        if info.origin.verified_by:
            source += f"  [verified: {shown(info.origin.verified_by)}]"
        elif info.origin.signature:
            source += "  [unverified]"
        say(f"{shown(info.id):<{width}}  {shown(info.version):<12} {info.templates:>9}  "
            f"{shown(info.publisher)[:24]:<24} {source}")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    libraries = _libraries()
    removed = libraries.remove(args.library_id)
    save_first_view_after_change(libraries.store)
    pack = removed.fields  # its file is gone: what it was is in the listing
    say(f"Removed {shown(pack.get('name'))} ({shown(args.library_id)} {shown(pack.get('version'))}, "
        f"{removed.template_count} templates).")
    return EXIT_OK


def cmd_update(args: argparse.Namespace) -> int:
    from ..core.library.subscriptions import check_sources

    libraries = _libraries()
    statuses = check_sources(libraries.store, libraries.builtin, apply=not args.check)
    if not args.check and any(status.changed for status in statuses):
        save_first_view_after_change(libraries.store)
    if args.json:
        print_json([{"source": s.source, "location": s.location, "state": s.state, "message": s.message,
                     "library": s.pack_id, "old_version": s.old_version, "new_version": s.new_version,
                     "details": list(s.details)} for s in statuses])
    elif not statuses:
        say("No library sources are configured (setting library_sources, or the policy file).")
    else:
        for status in statuses:
            say(shown(status.message))
            for detail in status.details[:SHOWN_PER_STATUS]:
                say(f"  {shown(detail)}")
    return EXIT_FAILED if any(status.failed for status in statuses) else EXIT_OK

