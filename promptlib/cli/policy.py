"""`promptlib policy`: the effective machine policy, where each field came from, and any
problems; what IT runs on a workstation to check a rollout."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import EXIT_FAILED, EXIT_OK, add_command, print_json, say, shown

POLICY_HELP = "show the organisation's effective policy and where each setting came from"


def register(commands: Any) -> None:
    policy = add_command(commands, "policy", cmd_policy, POLICY_HELP)
    policy.add_argument("--json", action="store_true",
                        help='print {"policy": {...}, "sources": {...}, "problems": [...]}')


def cmd_policy(args: argparse.Namespace) -> int:
    """Exit 0 when the policy has no problems, 1 when it has (they are listed)."""
    from ..core.policy import load_policy, policy_to_json

    result = load_policy()
    values = policy_to_json(result.policy)
    sources = dict(result.sources or {})
    if args.json:
        print_json({"policy": values, "sources": sources, "problems": list(result.problems)})
    else:
        file_state = "found" if result.found else "not found"
        say(f"Policy file: {shown(result.path)} ({file_state})")
        width = max(len(name) for name in values)
        for name, value in values.items():
            say(f"  {name:<{width}}  {shown(_shown(value))}  [{sources.get(name, 'default')}]")
        for problem in result.problems:
            say(f"problem: {shown(problem)}")
    return EXIT_FAILED if result.problems else EXIT_OK


def _key_id(text: str) -> str:
    """A trusted publisher's key by its short id, as `verify` and the signature file name it."""
    from ..core.publickey import key_id, read_public_key

    return key_id(read_public_key(text))   # the policy has already checked the line


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return ", ".join(f"{item['name']} <{item['url']}>" if "url" in item
                             else f"{item['name']} (key {_key_id(item['public_key'])})" for item in value)
        return ", ".join(value) or "(none)"
    return value or "(not set)"
