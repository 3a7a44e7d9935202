"""`promptlib publish`: write a library to a team folder for its subscribers.

It shows what it will write before writing: the library, the version (suggested
from the pack already at the target when `--version` is not given), the lint's
findings (an error blocks), and what subscribers will get (new, updated and removed
templates against the pack at the target). It writes only after `--yes` or a yes on a
terminal; off a terminal without `--yes`, or at end of input, nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    add_command,
    open_workspace,
    report_recoveries,
    say,
    shown,
    stdin_is_terminal,
)

if TYPE_CHECKING:
    from ..core.publishing import PublishPlan

SHOWN = 50
YES = ("y", "yes", "k", "kyllä", "j", "ja")


def register(commands: Any) -> None:
    publish = add_command(commands, "publish", cmd_publish,
                          "write a library to a team folder: checked, compared with what is there, atomically")
    publish.add_argument("--library", required=True, metavar="ID",
                         help="user.own (your own templates) or an installed library's id")
    publish.add_argument("--to", required=True, type=Path, metavar="PATH", help="the library file to write")
    publish.add_argument("--version", metavar="V", help="the version to publish (default: the next one)")
    publish.add_argument("--notes", metavar="TEXT",
                         help="release notes: what changed and why (default: built from the notes of the "
                              "versions saved since the last publish)")
    publish.add_argument("--sign", type=Path, metavar="KEY",
                         help="sign with this private key (promptlib keygen); writes PATH.sig beside it")
    publish.add_argument("--yes", "-y", action="store_true",
                         help="publish without asking (needed when not run on a terminal)")


def cmd_publish(args: argparse.Namespace) -> int:
    from ..core.history.hooks import history_of
    from ..core.library.signing import load_private_key
    from ..core.publishing import plan_publish, publish

    key = load_private_key(args.sign) if args.sign else None   # a bad key stops before anything is shown
    workspace = open_workspace()
    history = history_of(workspace.store)
    plan = plan_publish(workspace.catalog, args.library, args.to, version=args.version, notes=args.notes or "",
                        installed=workspace.store.installed_packs(), history=history)
    report_recoveries(history)
    suggested = args.notes is None and bool(plan.release_notes)
    if suggested:   # `--notes ""` says: no notes
        plan.notes = plan.suggested_notes()
    print_publish_plan(plan, notes_suggested=suggested)
    if key is not None:
        say(f"Signed with: key {key.key_id} ({shown(key.path)})")
        _note_untrusted(key.key_id, key.public_text)
    else:
        say("Signed with: nothing (unsigned; subscribers see it as unverified)")
    if plan.blocked:
        for finding in plan.errors:
            say(f"{shown(finding.path)}: {shown(finding.template)} [{shown(finding.language)}] error "
                f"{finding.rule}: {shown(finding.message)}" if finding.template
                else f"{shown(finding.path)}: error {finding.rule}: {shown(finding.message)}", file=sys.stderr)
        for problem in plan.problems:
            say(f"promptlib: {shown(problem)}", file=sys.stderr)
        say("promptlib: nothing was published", file=sys.stderr)
        return EXIT_FAILED
    if not plan.changes.changes_anything and plan.same_bytes and key is None:
        say(f"Nothing to publish: {shown(plan.target)} already holds exactly this library.")
        return EXIT_OK
    if not args.yes:
        if not stdin_is_terminal():
            raise UsageError("not publishing without confirmation: run again with --yes "
                             "(or on a terminal to be asked)")
        try:
            answer = input("Publish? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in YES:
            say("Nothing was published.")
            return EXIT_FAILED
    record = publish(plan, key, store=workspace.store)
    signed = f", signed with key {record.key_id}" if record.key_id else ""
    say(f"Published {shown(plan.pack['name'])} {shown(record.version)} to {shown(record.path)}{signed}: "
        f"{plan.changes.summary()}.")
    return EXIT_OK


def print_publish_plan(plan: PublishPlan, *, notes_suggested: bool = False) -> None:
    """The plan, every field from the templates and the target made visible as text (`_common.say`)."""
    say(f"Library: {shown(plan.pack['name'])} ({shown(plan.pack_id)}) version {shown(plan.version)}, "
        f"by {shown(plan.pack['publisher'])}")
    say(f"To:      {shown(plan.target)}")
    if plan.published_version:
        say(f"There now: version {shown(plan.published_version)}")
    elif plan.published_problem:
        say(f"There now: a file that is not a library ({shown(plan.published_problem)}); it will be replaced")
    else:
        say("There now: nothing (a new library)")
    if plan.notes:
        say(f"Notes:   {shown(plan.notes)}")
        if notes_suggested:
            say("         (from the notes of the versions since the last publish; --notes replaces them)")
    say("What subscribers will get:")
    for status in ("new", "updated", "removed"):
        changes = plan.changes.of(status)
        for change in changes[:SHOWN]:
            say(f"  {status:<8} {shown(change.template_id)} [{shown(change.language)}]  {shown(change.title)}")
        if len(changes) > SHOWN:
            say(f"  ... and {len(changes) - SHOWN} more {status}")
    say(f"Summary: {plan.changes.summary()}")
    hints = plan.hints
    for finding in hints[:SHOWN]:
        say(f"  lint: {shown(finding.template)} [{shown(finding.language)}] {finding.severity} {finding.rule}: "
            f"{shown(finding.message)}")
    if len(hints) > SHOWN:
        say(f"  ... and {len(hints) - SHOWN} more lint findings (promptlib lint)")


def _note_untrusted(key_id: str, public_text: str) -> None:
    """Say so when this machine's policy does not trust the key: subscribers' machines
    will show the library as unverified until IT adds it."""
    from ..core.library.signing import trusted_keys
    from ..core.policy import load_policy

    if not any(key.key_id == key_id for key in trusted_keys(load_policy().policy)):
        say("Note: this key is not a trusted publisher in this machine's policy; for subscribers to see the "
            f"library as verified, IT adds to trusted_publishers: {public_text}")
