"""`promptlib scan`, and the guard in front of `promptlib fill --copy`."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..core.guard import detection as guard
from ..core.guard.copycheck import check_before_copy
from ..core.guard.screening import KIND_NAMES
from ..core.jsonbytes import UnreadableBytes, decode_text
from ..core.model import Template
from ..core.policy import load_policy
from ._common import UsageError, add_command, print_json, say, shown, warn

EXIT_CLEAN, EXIT_FOUND, EXIT_UNREADABLE = 0, 1, 2
BYTE_ORDER_MARK = "\ufeff"
MAX_SCAN_BYTES = 50 * 1024 * 1024  # a file or standard input; the guard takes ~1 s for 20 MB

SCAN_HELP = "find personal data in text (exit 0 clean, 1 found, 2 unreadable)"
SCAN_EPILOG = """\
Looks for Finnish personal identity codes (hetu), phone numbers (phone),
e-mail addresses (email) and IBAN account numbers (iban).

Output, one line per finding:
  FILE:LINE:COL: kind: text        LINE and COL start at 1 (COL in characters)

With --json:
  {"findings": [{"kind": "hetu", "line": 3, "start": 41, "end": 52, "text": "..."}]}
  line   1-based line number
  start  0-based offset of the first character in the whole text
  end    offset just after the last character (so text[start:end] is the finding)
Offsets count characters (Unicode code points), not bytes. Line ends are not
translated (a \\r\\n counts as two characters); a leading UTF-8 byte-order mark is
not counted. The input must be UTF-8.

Exit status: 0 nothing found, 1 something found, 2 the input cannot be read
(or the output cannot be written).
"""


def register(commands: Any) -> None:
    scan = add_command(commands, "scan", cmd_scan, SCAN_HELP)
    scan.formatter_class = argparse.RawDescriptionHelpFormatter
    scan.epilog = SCAN_EPILOG
    scan.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                      help="a UTF-8 text file; - or nothing reads standard input")
    scan.add_argument("--json", action="store_true",
                      help='print {"findings": [{"kind", "line", "start", "end", "text"}]}')



# -- scan ------------------------------------------------------------------------------

class _Unreadable(Exception):
    pass


def _read_input(source: str) -> str:
    """The text of a regular file, or of standard input (a pipe is fine there), up to the limit."""
    from ..core.regularfile import FileTooLarge, read_regular_file

    name = "standard input" if source == "-" else source
    too_large = f"cannot read {name}: it is larger than {MAX_SCAN_BYTES // (1024 * 1024)} MB; scan it in parts"
    try:
        if source == "-":
            if sys.stdin is None:  # `promptlib scan - <&-`
                raise _Unreadable("cannot read standard input: it is closed")
            stream: Any = getattr(sys.stdin, "buffer", sys.stdin)
            raw = stream.read(MAX_SCAN_BYTES + 1)
            if len(raw) > MAX_SCAN_BYTES:
                raise _Unreadable(too_large)
            if isinstance(raw, str):  # a text stream without a byte buffer (embedding, tests)
                return raw.removeprefix(BYTE_ORDER_MARK)
        else:
            raw = read_regular_file(Path(source), MAX_SCAN_BYTES)  # not /dev/zero, not a FIFO
    except FileTooLarge:
        raise _Unreadable(too_large) from None
    except IsADirectoryError:
        raise _Unreadable(f"cannot read {name}: it is a folder") from None
    except (OSError, ValueError) as error:  # ValueError: standard input was closed
        if source == "-" and (isinstance(error, ValueError) or error.errno == errno.EBADF):
            raise _Unreadable("cannot read standard input: it is closed") from None
        raise _Unreadable(f"cannot read {name}: {getattr(error, 'strerror', None) or error}") from None
    try:
        return decode_text(raw)
    except UnreadableBytes as error:
        raise _Unreadable(f"{name}: {error}") from None


def findings_with_lines(text: str) -> list[dict[str, Any]]:
    """The guard's findings as the --json rows (offsets in the whole text, 1-based line)."""
    rows = []
    line, line_start, position = 1, 0, 0
    for finding in guard.scan(text):
        # Findings come sorted, so lines are counted in one pass over the text.
        newlines = text.count("\n", position, finding.start)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", position, finding.start) + 1
        position = finding.start
        rows.append({"kind": finding.kind, "line": line, "start": finding.start,
                     "end": finding.end, "text": finding.text, "_column": finding.start - line_start + 1})
    return rows


def cmd_scan(args: argparse.Namespace) -> int:
    try:
        text = _read_input(args.file)
    except _Unreadable as error:
        warn(shown(error))
        return EXIT_UNREADABLE
    rows = findings_with_lines(text)
    if args.json:
        print_json({"findings": [{key: row[key] for key in ("kind", "line", "start", "end", "text")}
                                     for row in rows]})
    else:
        name = "<stdin>" if args.file == "-" else args.file
        for row in rows:
            say(f"{shown(name)}:{row['line']}:{row['_column']}: {row['kind']}: {shown(row['text'])}")
    return EXIT_FOUND if rows else EXIT_CLEAN


# -- fill --copy ------------------------------------------------------------------------

def refuse_personal_data(template: Template, values: Mapping[str, Any], allow_sensitive: bool) -> None:
    """Raise a UsageError listing what was found in the filled values, unless the user
    said --allow-sensitive and the organisation's policy allows copying anyway."""
    policy = load_policy()
    check = check_before_copy(template, values, policy.policy)
    if check.clean:
        return
    lines = []
    for item in check.findings:
        lines.append(f"  {shown(item.name)} ({shown(item.label)}): {KIND_NAMES[item.finding.kind]} "
                     f"'{shown(item.finding.text)}' -> {check.placeholder(item)}")
    listing = "\n".join(lines)
    if allow_sensitive:
        for problem in policy.problems:
            warn(f"policy: {problem}")
        if check.copy_anyway_allowed:
            warn(f"warning: copying personal data anyway (--allow-sensitive):\n{listing}")
            return
        raise UsageError(
            f"not copied: the values look like personal data:\n{listing}\n"
            f"Your organisation's policy does not allow copying personal data anyway "
            f"(--allow-sensitive). Replace them with placeholders such as those shown, and try again.")
    raise UsageError(
        f"not copied: the values look like personal data:\n{listing}\n"
        f"Replace them with placeholders such as those shown and try again; or, only if the AI "
        f"service is approved for this data, add --allow-sensitive.")
