"""The organisation's policy file: machine-wide settings IT deploys, read-only for the user.

Where it is (the first that applies):

* the path in the environment variable ``PROMPTLIB_POLICY``;
* Windows: ``%ProgramData%\\promptlib\\policy.json``;
* macOS: ``/Library/Application Support/promptlib/policy.json``;
* Linux and other systems: ``/etc/promptlib/policy.json``.

On Windows, Group Policy (``HKLM\\SOFTWARE\\Policies\\promptlib``, `grouppolicy`) wins
over the file field by field; `PolicyResult.sources` says where each field came from.

Reading it never raises.  Decisions (tested in tests/unit/core/test_policy.py):

* No file: the defaults below, no problems.  Most installations have none.
* A file that is there but cannot be used (unreadable, not UTF-8, not JSON, not an
  object): one problem, and the *restrictive* settings (`SAFE_POLICY`): no "copy anyway",
  no user-added sources.  IT put a file there to set something; a broken file must not
  quietly grant more than the organisation meant.
* One bad field (wrong type, unknown name, an ``http://`` link): one problem per field
  or entry, and that field alone falls back: a yes/no setting to its restrictive value
  ("no" for the permissions, "yes" for `require_signed_sources`), a list keeps its valid
  entries (a trusted publisher whose key is not a valid key line is not trusted), a link
  is left out.  The other fields still apply.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from .errors import describe_kind
from .jsonbytes import UnreadableBytes, decode_json
from .publickey import KeyTextError, read_public_key
from .regularfile import FileTooLarge, read_regular_file

__all__ = [
    "DEFAULT",
    "FILE",
    "POLICY_VARIABLE",
    "REGISTRY",
    "SAFE_POLICY",
    "AIService",
    "Policy",
    "PolicyResult",
    "TrustedPublisher",
    "default_policy_path",
    "load_policy",
    "parse_policy",
    "policy_path",
    "policy_to_json",
]

POLICY_VARIABLE = "PROMPTLIB_POLICY"
MAX_POLICY_BYTES = 1_000_000   # a policy is a few hundred bytes; anything huge is a mistake
MAX_NAME_LENGTH = 100
MAX_URL_LENGTH = 2_000


class AIService(NamedTuple):
    """An AI service the organisation approved; the app offers "Copy and open" for it."""

    name: str
    url: str


class TrustedPublisher(NamedTuple):
    """A library publisher the organisation trusts: the name shown beside a library it
    signed ("Verified: HR-tiimi") and its public key line (`publickey`)."""

    name: str
    public_key: str


class Policy(NamedTuple):
    approved_services: tuple[AIService, ...] = ()
    allow_copy_anyway: bool = True           # may a user copy after the guard found personal data?
    library_sources: tuple[str, ...] = ()    # shared library folders or https URLs
    allow_user_sources: bool = True          # may users add library sources of their own?
    ai_rules_url: str = ""                   # the organisation's AI rules, shown in the Help menu
    ai_rules_title: str = ""
    trusted_publishers: tuple[TrustedPublisher, ...] = ()   # whose signed libraries count as verified
    require_signed_sources: bool = False     # refuse libraries not signed by a trusted publisher?


# What a present but unusable policy file amounts to (see the module docstring): it
# trusts no publisher, and requires signatures, so nothing new is installed until IT
# has fixed the file (installed libraries stay).
SAFE_POLICY = Policy(allow_copy_anyway=False, allow_user_sources=False, require_signed_sources=True)


class PolicyResult(NamedTuple):
    policy: Policy
    problems: Sequence[str] = ()
    path: Path | None = None
    found: bool = False     # was there a file at `path`?
    sources: Mapping[str, str] | None = None   # field -> "default", "file" or "registry"


def default_policy_path(platform: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    """The machine-wide location for *platform* (``sys.platform`` values)."""
    platform = platform or sys.platform
    environ = os.environ if environ is None else environ
    if platform.startswith("win"):
        program_data = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(program_data) / "promptlib" / "policy.json"
    if platform == "darwin":
        return Path("/Library/Application Support/promptlib/policy.json")
    return Path("/etc/promptlib/policy.json")


def policy_path() -> Path:
    override = os.environ.get(POLICY_VARIABLE, "").strip()
    return Path(override).expanduser() if override else default_policy_path()


DEFAULT, FILE, REGISTRY = "default", "file", "registry"
_SYSTEM = object()   # load_policy's default: the machine's own registry, where it has one


def load_policy(path: Path | str | None = None, registry: Any = _SYSTEM) -> PolicyResult:
    """The effective machine policy; never raises.

    The file at *path* (default: `policy_path()`) over the defaults, and Group Policy
    (*registry*: a `grouppolicy.RegistryReader`; by default the Windows registry on
    Windows, none elsewhere) over the file, field by field. `PolicyResult.sources`
    says where each field came from.
    """
    path = Path(path) if path is not None else policy_path()
    policy, problems, found, file_fields = _read_file(path)
    fields = dict(policy._asdict())
    sources = {name: FILE if name in file_fields else DEFAULT for name in Policy._fields}
    if registry is _SYSTEM:
        from .grouppolicy import system_registry

        registry = system_registry()
    if registry is not None:
        from .grouppolicy import read_policy_values

        values, where, registry_problems = read_policy_values(registry)
        problems = [*problems, *registry_problems]
        for name, value in values.items():
            field_problems: list[str] = []
            fields[name] = _FIELDS[name](value, name, field_problems)
            sources[name] = REGISTRY
            problems += [f"{where[name]}: {problem}" for problem in field_problems]
    if fields["ai_rules_title"] and not fields["ai_rules_url"] and sources["ai_rules_title"] == REGISTRY:
        problems.append("ai_rules_title is set but ai_rules_url is not; the title is not used")
    return PolicyResult(Policy(**fields), problems, path, found, sources)


def _read_file(path: Path) -> tuple[Policy, list[str], bool, set[str]]:
    """The policy file's policy, its problems, whether it is there, and the fields it set."""
    try:
        raw = read_regular_file(path, MAX_POLICY_BYTES)  # a device or a FIFO is refused, not waited for
    except (FileNotFoundError, NotADirectoryError):
        return Policy(), [], False, set()
    except IsADirectoryError:
        return _unusable(path, "is a folder, not a file")
    except FileTooLarge:
        return _unusable(path, f"is larger than {MAX_POLICY_BYTES:,} bytes")
    except OSError as error:
        return _unusable(path, f"cannot be read ({error.strerror or error})")
    try:
        data = decode_json(raw, unique_keys=True)
    except UnreadableBytes as error:
        return _unusable(path, f"is not UTF-8 text ({error})" if error.encoding
                         else f"is not valid JSON ({error})")
    policy, problems = parse_policy(data)
    present = set(data) & set(_FIELDS) if isinstance(data, dict) else set(_SAFE_FIELDS)
    return policy, [f"{path}: {problem}" for problem in problems], True, present


# The fields in which SAFE_POLICY differs from the defaults: what a broken file sets.
_SAFE_FIELDS = ("allow_copy_anyway", "allow_user_sources", "require_signed_sources")


def _unusable(path: Path, why: str) -> tuple[Policy, list[str], bool, set[str]]:
    problem = (f"{path}: the policy file {why}; using safe settings "
               f"(no copying of personal data anyway, no user-added library sources, "
               f"only libraries signed by a trusted publisher)")
    return SAFE_POLICY, [problem], True, set(_SAFE_FIELDS)


def policy_to_json(policy: Policy) -> dict[str, Any]:
    """The policy in the file's own JSON shape (what `promptlib policy --json` prints)."""
    values: dict[str, Any] = policy._asdict()
    values["approved_services"] = [{"name": s.name, "url": s.url} for s in policy.approved_services]
    values["library_sources"] = list(policy.library_sources)
    values["trusted_publishers"] = [{"name": p.name, "public_key": p.public_key} for p in policy.trusted_publishers]
    return values


def parse_policy(data: Any) -> tuple[Policy, list[str]]:
    """The policy in *data* (parsed JSON) and a message for each problem found."""
    if not isinstance(data, dict):
        return SAFE_POLICY, [f"the policy must be a JSON object {{...}}, not {describe_kind(data)}; "
                             f"using safe settings"]
    problems: list[str] = []
    values: dict[str, Any] = {}
    for key in data:
        if key not in _FIELDS:
            problems.append(f"unknown field '{key}' ignored (known fields: {', '.join(_FIELDS)})")
    for name, read in _FIELDS.items():
        if name in data:
            values[name] = read(data[name], name, problems)
    if "ai_rules_title" in values and not values.get("ai_rules_url"):
        problems.append("ai_rules_title is set but ai_rules_url is not; the title is not used")
    return Policy(**values), problems


# -- fields ------------------------------------------------------------------------------

def _flag(value: Any, name: str, problems: list[str]) -> bool:
    if isinstance(value, bool):
        return value
    problems.append(f"{name} must be true or false, not {describe_kind(value)} {_shown(value)}; "
                    f"using false")
    return False


def _strict_flag(value: Any, name: str, problems: list[str]) -> bool:
    """A yes/no setting whose restrictive value is "yes" (`require_signed_sources`)."""
    if isinstance(value, bool):
        return value
    problems.append(f"{name} must be true or false, not {describe_kind(value)} {_shown(value)}; "
                    f"using true")
    return True


def _https_url(value: str) -> str | None:
    """Why *value* is not an acceptable https link, or None when it is."""
    if len(value) > MAX_URL_LENGTH:
        return f"is longer than {MAX_URL_LENGTH} characters"
    if any(character.isspace() for character in value):
        return "contains spaces"
    try:
        parts = urlsplit(value)
    except ValueError as error:
        return f"is not a valid link ({error})"
    if parts.scheme.lower() != "https":
        return "must be an https:// link"
    if not parts.hostname:
        return "has no host name"
    return None


def _link(value: Any, name: str, problems: list[str]) -> str:
    if not isinstance(value, str):
        problems.append(f"{name} must be a text (an https:// link), not {describe_kind(value)}; ignored")
        return ""
    if not value.strip():
        return ""
    why = _https_url(value.strip())
    if why:
        problems.append(f"{name} {_shown(value)} {why}; ignored")
        return ""
    return value.strip()


def _title(value: Any, name: str, problems: list[str]) -> str:
    if not isinstance(value, str):
        problems.append(f"{name} must be a text, not {describe_kind(value)}; ignored")
        return ""
    if len(value) > MAX_NAME_LENGTH:
        problems.append(f"{name} is longer than {MAX_NAME_LENGTH} characters; ignored")
        return ""
    return value.strip()


def _services(value: Any, name: str, problems: list[str]) -> tuple[AIService, ...]:
    if not isinstance(value, list):
        problems.append(f"{name} must be a list of {{\"name\": ..., \"url\": ...}} objects, "
                        f"not {describe_kind(value)}; no approved services")
        return ()
    services = []
    for index, entry in enumerate(value):
        where = f"{name}[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} must be an object {{\"name\": ..., \"url\": ...}}, "
                            f"not {describe_kind(entry)}; ignored")
            continue
        unknown = sorted(set(entry) - {"name", "url"})
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(unknown)} ignored")
        service_name, url = entry.get("name"), entry.get("url")
        if not isinstance(service_name, str) or not service_name.strip():
            problems.append(f"{where}.name must be a non-empty text; service ignored")
            continue
        if len(service_name) > MAX_NAME_LENGTH:
            problems.append(f"{where}.name is longer than {MAX_NAME_LENGTH} characters; service ignored")
            continue
        if not isinstance(url, str):
            problems.append(f"{where}.url must be a text (an https:// link), "
                            f"not {describe_kind(url)}; service ignored")
            continue
        why = _https_url(url.strip())
        if why:
            problems.append(f"{where}.url {_shown(url)} {why}; service ignored")
            continue
        services.append(AIService(service_name.strip(), url.strip()))
    return tuple(services)


def _sources(value: Any, name: str, problems: list[str]) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.append(f"{name} must be a list of folder paths or https:// links, "
                        f"not {describe_kind(value)}; no shared sources")
        return ()
    sources = []
    for index, entry in enumerate(value):
        where = f"{name}[{index}]"
        if not isinstance(entry, str) or not entry.strip():
            problems.append(f"{where} must be a non-empty text (a folder path or an https:// link); ignored")
            continue
        entry = entry.strip()
        if "://" in entry:  # a link; anything else is a path (C:\..., \\server\share, /srv/...)
            why = _https_url(entry)
            if why:
                problems.append(f"{where} {_shown(entry)} {why}; ignored")
                continue
        sources.append(entry)
    return tuple(sources)


def _publishers(value: Any, name: str, problems: list[str]) -> tuple[TrustedPublisher, ...]:
    if not isinstance(value, list):
        problems.append(f"{name} must be a list of {{\"name\": ..., \"public_key\": ...}} objects, "
                        f"not {describe_kind(value)}; no publisher is trusted")
        return ()
    publishers: list[TrustedPublisher] = []
    for index, entry in enumerate(value):
        where = f"{name}[{index}]"
        if not isinstance(entry, dict):
            problems.append(f"{where} must be an object {{\"name\": ..., \"public_key\": ...}}, "
                            f"not {describe_kind(entry)}; ignored")
            continue
        unknown = sorted(set(entry) - {"name", "public_key"})
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(unknown)} ignored")
        publisher, key = entry.get("name"), entry.get("public_key")
        if not isinstance(publisher, str) or not publisher.strip():
            problems.append(f"{where}.name must be a non-empty text; publisher not trusted")
            continue
        if len(publisher) > MAX_NAME_LENGTH or any(not character.isprintable() for character in publisher):
            problems.append(f"{where}.name is longer than {MAX_NAME_LENGTH} characters or holds control "
                            f"characters; publisher not trusted")
            continue
        if not isinstance(key, str):
            problems.append(f"{where}.public_key must be a text such as promptlib-ed25519:<base64>, "
                            f"not {describe_kind(key)}; {publisher.strip()} is not trusted")
            continue
        try:
            read_public_key(key)
        except KeyTextError as error:
            problems.append(f"{where}.public_key {error}; {publisher.strip()} is not trusted")
            continue
        publishers.append(TrustedPublisher(publisher.strip(), key.strip()))
    return tuple(publishers)


_FIELDS = {
    "approved_services": _services,
    "allow_copy_anyway": _flag,
    "library_sources": _sources,
    "allow_user_sources": _flag,
    "ai_rules_url": _link,
    "ai_rules_title": _title,
    "trusted_publishers": _publishers,
    "require_signed_sources": _strict_flag,
}


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
