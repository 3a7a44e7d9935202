"""`promptlib keygen` and `promptlib verify`: a curator's key pair, and checking a
library file's signature (for curators' CI).

`verify` exit codes (a contract): 0 signed by a trusted key (the policy's trusted
publishers, or the `--key` files instead), 1 a signature that does not match, or an
unverified file (unsigned, or signed with another key), 2 the file or its signature
cannot be read, or a `--key` file is not a public key.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.errors import LibraryError
from ._common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, add_command, print_json, say, shown

INVALID, UNREADABLE = "invalid", "unreadable"   # `verify --json` states besides the Verification's


def register(commands: Any) -> None:
    keygen = add_command(commands, "keygen", cmd_keygen,
                         "make a key pair for signing the libraries you publish (publish --sign FILE)")
    keygen.add_argument("--output", "-o", required=True, type=Path, metavar="FILE",
                        help="the private key file (created readable by you only); the public key goes to FILE.pub")

    verify = add_command(commands, "verify", cmd_verify,
                         "check a library file's signature (exit 0 verified, 1 bad or unverified, 2 unreadable)")
    verify.add_argument("pack", metavar="PACK", help="a library file (its signature is PACK.sig) or an https:// address")
    verify.add_argument("--key", action="append", default=[], type=Path, metavar="FILE.pub",
                        help="trust this public key instead of the policy's trusted publishers (repeatable)")
    verify.add_argument("--json", action="store_true",
                        help='print {"path", "state", "verified", "publisher", "key_id", "message"}')


def cmd_keygen(args: argparse.Namespace) -> int:
    from ..core.library.signing import generate_key_pair, public_key_path

    key = generate_key_pair(args.output)
    say(f"Private key: {shown(key.path)} (readable by you only; keep it safe, never share it)")
    say(f"Public key:  {shown(public_key_path(key.path))}")
    say(f"Key id:      {key.key_id}")
    say("For IT, to trust your libraries (policy trusted_publishers, public_key):")
    say(f"  {key.public_text}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from ..core.library.fetch import SourceUnreachable, read_source_signed
    from ..core.library.format import decode_pack_bytes
    from ..core.library.signing import KeyFileError, read_public_key_file, trusted_keys, verify_pack

    def report(state: str, message: str, code: int, publisher: str = "", key_id: str = "") -> int:
        if args.json:
            print_json({"path": args.pack, "state": state, "verified": code == EXIT_OK, "publisher": publisher,
                        "key_id": key_id, "message": message})
        elif code == EXIT_OK or state in ("unsigned", "untrusted"):
            say(f"{shown(args.pack)}: {shown(message)}")
        else:
            say(f"promptlib: {shown(message)}", file=sys.stderr)
        return code

    try:
        if args.key:
            trusted = [read_public_key_file(path) for path in args.key]
        else:
            from ..core.policy import load_policy

            trusted = trusted_keys(load_policy().policy)
    except KeyFileError as error:
        return report(UNREADABLE, str(error), EXIT_USAGE)
    try:
        raw, signature, where = read_source_signed(args.pack)
    except SourceUnreachable as error:
        return report(UNREADABLE, str(error), EXIT_USAGE)
    except LibraryError as error:
        return report(UNREADABLE, error.lines()[0], EXIT_USAGE)
    pack_id = version = ""
    try:
        data = decode_pack_bytes(raw, args.pack)
        pack_id = str(data["id"]) if isinstance(data.get("id"), str) else ""
        version = str(data["version"]) if isinstance(data.get("version"), str) else ""
    except LibraryError:
        pass  # the signature covers bytes; whether they are a valid library is `validate`'s question
    try:
        verification = verify_pack(raw, signature, trusted, source=args.pack, signature_source=where,
                                   pack_id=pack_id, version=version)
    except LibraryError as error:
        return report(INVALID, error.lines()[0], EXIT_FAILED)
    code = EXIT_OK if verification.verified else EXIT_FAILED
    return report(verification.state, verification.describe(), code, verification.publisher, verification.key_id)
