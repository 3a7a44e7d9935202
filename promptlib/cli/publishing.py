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

from ._common import EXIT_FAILED, EXIT_OK, UsageError, add_command, open_workspace

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
    publish.add_argument("--notes", default="", metavar="TEXT", help="release notes: what changed and why")
    publish.add_argument("--sign", type=Path, metavar="KEY",
                         help="sign with this private key (promptlib keygen); writes PATH.sig beside it")
    publish.add_argument("--yes", "-y", action="store_true",
                         help="publish without asking (needed when not run on a terminal)")


def cmd_publish(args: argparse.Namespace) -> int:
    from ..core.library.signing import load_private_key
    from ..core.publishing import plan_publish, publish

    key = load_private_key(args.sign) if args.sign else None   # a bad key stops before anything is shown
    workspace = open_workspace()
    plan = plan_publish(workspace.catalog, args.library, args.to, version=args.version, notes=args.notes,
                        installed=workspace.store.installed_packs())
    print_publish_plan(plan)
    if key is not None:
        print(f"Signed with: key {key.key_id} ({key.path})")
        _note_untrusted(key.key_id, key.public_text)
    else:
        print("Signed with: nothing (unsigned; subscribers see it as unverified)")
    if plan.blocked:
        for finding in plan.errors:
            print(f"{finding.path}: {finding.template} [{finding.language}] error {finding.rule}: {finding.message}"
                  if finding.template else f"{finding.path}: error {finding.rule}: {finding.message}",
                  file=sys.stderr)
        for problem in plan.problems:
            print(f"promptlib: {problem}", file=sys.stderr)
        print("promptlib: nothing was published", file=sys.stderr)
        return EXIT_FAILED
    if not plan.changes.changes_anything and plan.same_bytes and key is None:
        print(f"Nothing to publish: {plan.target} already holds exactly this library.")
        return EXIT_OK
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("not publishing without confirmation: run again with --yes "
                             "(or on a terminal to be asked)")
        try:
            answer = input("Publish? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in YES:
            print("Nothing was published.")
            return EXIT_FAILED
    record = publish(plan, key, store=workspace.store)
    signed = f", signed with key {record.key_id}" if record.key_id else ""
    print(f"Published {plan.pack['name']} {record.version} to {record.path}{signed}: {plan.changes.summary()}.")
    return EXIT_OK


def print_publish_plan(plan: PublishPlan) -> None:
    print(f"Library: {plan.pack['name']} ({plan.pack_id}) version {plan.version}, by {plan.pack['publisher']}")
    print(f"To:      {plan.target}")
    if plan.published_version:
        print(f"There now: version {plan.published_version}")
    elif plan.published_problem:
        print(f"There now: a file that is not a library ({plan.published_problem}); it will be replaced")
    else:
        print("There now: nothing (a new library)")
    if plan.notes:
        print(f"Notes:   {plan.notes}")
    print("What subscribers will get:")
    for status in ("new", "updated", "removed"):
        changes = plan.changes.of(status)
        for change in changes[:SHOWN]:
            print(f"  {status:<8} {change.template_id} [{change.language}]  {change.title}")
        if len(changes) > SHOWN:
            print(f"  ... and {len(changes) - SHOWN} more {status}")
    print(f"Summary: {plan.changes.summary()}")
    hints = plan.hints
    for finding in hints[:SHOWN]:
        print(f"  lint: {finding.template} [{finding.language}] {finding.severity} {finding.rule}: {finding.message}")
    if len(hints) > SHOWN:
        print(f"  ... and {len(hints) - SHOWN} more lint findings (promptlib lint)")


def _note_untrusted(key_id: str, public_text: str) -> None:
    """Say so when this machine's policy does not trust the key: subscribers' machines
    will show the library as unverified until IT adds it."""
    from ..core.library.signing import trusted_keys
    from ..core.policy import load_policy

    if not any(key.key_id == key_id for key in trusted_keys(load_policy().policy)):
        print("Note: this key is not a trusted publisher in this machine's policy; for subscribers to see the "
              f"library as verified, IT adds to trusted_publishers: {public_text}")
