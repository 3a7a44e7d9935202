"""`promptlib history | diff | restore | prune-history`: every kept version of a template,
what changed between two of them, bringing an old one back (as a new version), and
dropping old unpublished versions of own templates."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import (
    EXIT_OK,
    LANGUAGE_CHOICES,
    UsageError,
    add_command,
    print_json,
    report_recoveries,
    say,
    shown,
)

CONTEXT_LINES = 3   # unchanged body lines shown around each change, as `diff -u` does


def register(commands: Any) -> None:
    history = add_command(commands, "history", cmd_history, "list the kept versions of a template")
    history.add_argument("id", metavar="ID", help="template id")
    history.add_argument("--lang", choices=LANGUAGE_CHOICES, help="template language (default: your setting)")
    history.add_argument("--json", action="store_true",
                         help='print a list of {"version", "time", "author", "note", "source"}')

    diff = add_command(commands, "diff", cmd_diff, "show what changed between two versions of a template")
    diff.add_argument("id", metavar="ID", help="template id")
    diff.add_argument("--lang", choices=LANGUAGE_CHOICES, help="template language (default: your setting)")
    diff.add_argument("--from", dest="old", type=int, metavar="N", help="the older version (default: the one before --to)")
    diff.add_argument("--to", dest="new", type=int, metavar="M", help="the newer version (default: the latest)")

    restore = add_command(commands, "restore", cmd_restore,
                          "bring back version N of a template, as a new version (history is kept)")
    restore.add_argument("id", metavar="ID", help="template id")
    restore.add_argument("number", type=int, metavar="N", help="the version to restore")
    restore.add_argument("--lang", choices=LANGUAGE_CHOICES, help="template language (default: your setting)")

    prune = add_command(commands, "prune-history", cmd_prune_history,
                        "drop old unpublished versions of your own templates (published ones and the newest stay)")
    prune.add_argument("--keep", type=_at_least_one, metavar="N",
                       help="unpublished versions to keep of each own template (default: your setting)")
    prune.add_argument("--json", action="store_true", help='print {"removed", "keep"}')


def _at_least_one(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("keep at least 1 version (to keep them all, do not prune)")
    return number


def _open(args: argparse.Namespace) -> tuple[Any, Any, str]:
    from ..core import config, settings
    from ..core.history.hooks import history_of
    from ..core.store.database import Store

    store = Store(config.data_dir())
    report_recoveries(store)
    history = history_of(store)
    return store, history, getattr(args, "lang", None) or settings.template_language(store)


def _versions(history: Any, template_id: str, language: str) -> list[Any]:
    versions: list[Any] = history.versions(template_id, language)
    report_recoveries(history)
    if not versions:
        raise UsageError(f"template '{template_id}' ({language}) has no history yet")
    return versions


def cmd_history(args: argparse.Namespace) -> int:
    store, history, language = _open(args)
    with store:
        versions = _versions(history, args.id, language)
    if args.json:
        print_json([v.to_json() for v in versions])
        return EXIT_OK
    say(f"{shown(args.id)} ({language}): {len(versions)} version{'s' if len(versions) != 1 else ''}")
    for v in versions:
        published = f"  published in {', '.join(v.published)}" if v.published else ""
        note = f"  {v.note}" if v.note else ""
        say(f"  {v.number:>4}  {v.time}  {shown(v.author)}  {shown(v.source)}{shown(note)}{shown(published)}")
    return EXIT_OK


def _pick(versions: list[Any], old: int | None, new: int | None) -> tuple[Any, Any]:
    by_number = {v.number: v for v in versions}
    for number in (old, new):
        if number is not None and number not in by_number:
            raise UsageError(f"there is no version {number} (versions: {', '.join(map(str, by_number))})")
    after = by_number[new] if new is not None else versions[-1]
    if old is not None:
        return by_number[old], after
    earlier = [v for v in versions if v.number < after.number]
    if not earlier:
        raise UsageError(f"version {after.number} is the first one; there is nothing before it to compare")
    return earlier[-1], after


def _body_lines(body: list[tuple[str, str]]) -> list[str]:
    """Changed lines with CONTEXT_LINES of unchanged ones around; gaps as `@@`."""
    from ..core.history.diff import SAME

    changed = [i for i, (tag, _line) in enumerate(body) if tag != SAME]
    wanted = {j for i in changed for j in range(i - CONTEXT_LINES, i + CONTEXT_LINES + 1)}
    out, last = [], -1
    for index, (tag, line) in enumerate(body):
        if index not in wanted:
            continue
        if index != last + 1:
            out.append("@@")
        out.append(f"{tag}{line}")
        last = index
    return out


def cmd_diff(args: argparse.Namespace) -> int:
    from ..core.history.diff import diff_templates

    store, history, language = _open(args)
    with store:
        old, new = _pick(_versions(history, args.id, language), args.old, args.new)
    diff = diff_templates(old.template, new.template)
    say(f"--- {shown(args.id)} ({language}) version {old.number}  {old.time}  {shown(old.source)}")
    say(f"+++ {shown(args.id)} ({language}) version {new.number}  {new.time}  {shown(new.source)}")
    if not diff.changes_anything:
        say("(no differences)")
        return EXIT_OK
    for line in _body_lines(diff.body):
        say(shown(line))
    for name in diff.variables_added:
        say(f"+variable {shown(name)}")
    for name in diff.variables_removed:
        say(f"-variable {shown(name)}")
    for change in diff.variables_changed:
        for field, (before, after) in change.fields.items():
            say(f"~variable {shown(change.name)}: {field} {shown(_value(before))} -> {shown(_value(after))}")
    for field, (before, after) in diff.metadata.items():
        say(f"-{field}: {shown(_value(before))}")
        say(f"+{field}: {shown(_value(after))}")
    return EXIT_OK


def _value(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "(none)"
    return str(value)


def cmd_restore(args: argparse.Namespace) -> int:
    from ..core.history.snapshots import NoSuchVersion
    from ..core.owntemplates.restoring import restore_version

    store, _history, language = _open(args)
    with store:
        try:
            restored = restore_version(store, args.id, language, args.number)
        except NoSuchVersion as error:
            raise UsageError(str(error)) from None
    say(f"{shown(args.id)} ({language}): version {restored.number} restores version {args.number}")
    return EXIT_OK


def cmd_prune_history(args: argparse.Namespace) -> int:
    from ..core import settings
    from ..core.library.exporting import OWN_LIBRARY_ID

    store, history, _language = _open(args)
    with store:
        keep = args.keep if args.keep is not None else settings.history_keep(store)
        if keep is None:
            raise UsageError("give --keep N: no number of versions to keep is set in Settings")
        removed: int = history.prune(OWN_LIBRARY_ID, keep)
    report_recoveries(history)
    if args.json:
        print_json({"removed": removed, "keep": keep})
        return EXIT_OK
    kept = f"the last {keep} unpublished version{'s' if keep != 1 else ''} of each own template and every published one"
    say(f"Removed {removed} old version{'s' if removed != 1 else ''}; kept {kept}.")
    return EXIT_OK
