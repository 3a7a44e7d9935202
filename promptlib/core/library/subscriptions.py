"""Library subscriptions: shared sources that are checked for newer library versions.

A source is a library file, a folder (every `*.json` in it, e.g. on a network share)
or an `https://` address. Sources come from the machine-wide policy file (IT) and
from the user's setting `library_sources` (a list of strings), the latter only when
the policy allows users their own sources.

A check reads each source, validates it as an import would, and compares its
version with the installed one: a newer version is applied (one atomic write per
library, conflicts resolved as chosen before, else the existing template is kept)
and reported with a summary of what changed. A source that cannot be read, or whose
library is invalid, changes nothing: the last good copy stays installed and the
status says why. The same holds for a signature that does not match its file, and
for an unverified library when the policy requires signatures (`signing.py`; the
signature is read from ``FILE.sig`` or ``URL.sig``). Checking never raises for a bad
source; each gets a `SourceStatus`.

Sources are independent: all of them are read at the same time, each within its own
deadline (`fetch.start_reading_signed`: the pack, then its signature, in one thread
under one deadline), so one that hangs costs at most its deadline and holds up none
of the others; what was read is then verified, planned and applied one source at a
time, in order, because the store takes one change at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import LibraryError, Problem, PromptlibError
from ..model import Pack
from ..problems import problem
from ..store.database import Store
from .fetch import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, PendingRead, SourceUnreachable, check_url, is_url, start_reading_signed
from .importing import CONFLICT, KEEP, NEW, REMOVED, UPDATED, ImportPlan, utc_now
from .installed import Libraries
from .versions import compare_versions

SETTING = settings.LIBRARY_SOURCES

# States of a checked source.
INSTALLED = "installed"      # a library not installed before
UPDATED_STATE = "updated"    # a newer version was applied
CURRENT = "up-to-date"
AVAILABLE = "available"      # newer, found by a check that installs nothing
NOT_NEWER = "not-newer"      # the source has the same or an older version with other content
UNREACHABLE = "unreachable"
INVALID = "invalid"
IGNORED = "ignored"          # a user source the policy does not allow
FAILED = "failed"            # the local database could not be written


@dataclass(frozen=True)
class Source:
    location: str
    origin: str  # "policy" or "settings"


@dataclass(frozen=True)
class SourceStatus:
    source: str       # the configured source (a folder gives one status per file)
    location: str     # the file or address read
    state: str
    message: str      # one line for the user
    pack_id: str = ""
    old_version: str = ""
    new_version: str = ""
    details: tuple[str, ...] = ()  # e.g. "new: Budget letter (fin.letter, fi)"
    # What a UI needs to word the status in its own language (the message is the CLI's
    # English): the plan when the file was read, the coded problem when it could not be
    # used, and the last good copy that stays in use ("" when nothing is installed).
    plan: ImportPlan | None = field(default=None, compare=False, repr=False)
    problem: Problem | None = None
    more_problems: int = 0
    last_good: tuple[str, str, str] = ("", "", "")   # (name, version, installed date)

    @property
    def changed(self) -> bool:
        return self.state in (INSTALLED, UPDATED_STATE)

    @property
    def failed(self) -> bool:
        return self.state in (UNREACHABLE, INVALID, FAILED)


def machine_policy() -> Any:
    """The machine-wide policy (see `policy.py`); reading it never raises."""
    from ..policy import load_policy

    return load_policy().policy


def configured_sources(store: Store, policy: Any = None) -> tuple[list[Source], list[SourceStatus]]:
    """Sources from the policy, then the user's own; statuses for user sources ignored.

    *policy* is anything with `library_sources` and `allow_user_sources`; by default
    the machine-wide policy file.
    """
    if policy is None:
        policy = machine_policy()
    sources = [Source(location, "policy") for location in getattr(policy, "library_sources", ())]
    seen = {source.location for source in sources}
    ignored = []
    user = store.setting(SETTING, [])
    user = [entry.strip() for entry in user if isinstance(entry, str) and entry.strip()] \
        if isinstance(user, list) else []
    for location in user:
        if location in seen:
            continue
        seen.add(location)
        if not getattr(policy, "allow_user_sources", True):
            ignored.append(SourceStatus(location, location, IGNORED, f"{location}: not checked: your "
                                        "organisation's policy allows only the library sources it sets",
                                        problem=problem("", "source-not-allowed")))
        else:
            sources.append(Source(location, "settings"))
    return sources, ignored


class InvalidSource(PromptlibError):
    """A library source the user may not add (e.g. an http:// address)."""


def source_problem(location: str) -> str | None:
    """Why *location* cannot be a library source, or None when it can: a folder or file
    path, or an address `fetch` accepts (https only, the same rule as downloads)."""
    location = location.strip()
    if not location:
        return "a library source needs a folder, a file or an https:// address"
    if is_url(location):
        return check_url(location)
    return None


def user_sources(store: Store) -> list[str]:
    """The library sources the user added (setting `library_sources`), in order."""
    sources = store.setting(SETTING, [])
    return [s for s in sources if isinstance(s, str)] if isinstance(sources, list) else []


def add_user_source(store: Store, location: str) -> None:
    """Add *location* to the user's sources; InvalidSource says why it cannot be one."""
    location = location.strip()
    problem = source_problem(location)
    if problem is not None:
        raise InvalidSource(f"{location}: {problem}")
    sources = user_sources(store)
    if location not in sources:
        store.set_setting(SETTING, [*sources, location])


def remove_user_source(store: Store, location: str) -> None:
    store.set_setting(SETTING, [s for s in user_sources(store) if s != location])


def check_sources(store: Store, builtin: list[Pack] | None = None,
                  sources: Iterable[str | Source] | None = None, *, policy: Any = None,
                  apply: bool = True, timeout: float = DEFAULT_TIMEOUT, deadline: float = DEFAULT_DEADLINE,
                  allow_loopback: bool | None = None,
                  clock: Callable[[], str] = utc_now) -> list[SourceStatus]:
    """Check every source (by default the configured ones); apply newer versions when *apply*.

    *timeout* bounds each network operation, *deadline* the whole read of each source
    (its signature included). *policy* (by default the machine's) also says whose
    signatures count (`Libraries`).
    """
    statuses: list[SourceStatus] = []
    if policy is None:
        policy = machine_policy()
    if sources is None:
        configured, statuses = configured_sources(store, policy)
    else:
        configured = [s if isinstance(s, Source) else Source(s, "settings") for s in sources]
    libraries = Libraries(store, builtin, clock, policy=policy)
    checks: list[tuple[str, str, PendingRead | SourceStatus]] = []
    for source in configured:  # start every read first: they run side by side
        locations, unreadable = _locations(source.location)
        if unreadable is not None:
            checks.append((source.location, source.location, unreadable))
        for location in locations:
            try:
                checks.append((source.location, location, start_reading_signed(
                    location, timeout=timeout, deadline=deadline, allow_loopback=allow_loopback)))
            except SourceUnreachable as error:  # a refused address
                checks.append((source.location, location, _unreachable(libraries, source.location, error)))
    for source_location, location, pending in checks:
        if isinstance(pending, SourceStatus):
            statuses.append(pending)
            continue
        try:
            statuses.append(_check_one(libraries, source_location, location, pending, apply=apply))
        except Exception as error:  # a bug met by one source must not cost the others their check
            statuses.append(SourceStatus(source_location, location, FAILED,
                                         f"{location}: could not be checked ({type(error).__name__}: {error})",
                                         problem=problem("", "check-crashed", error=f"{type(error).__name__}: {error}")))
    return statuses


def _unreachable(libraries: Libraries, source: str, error: SourceUnreachable) -> SourceStatus:
    return SourceStatus(source, error.source, UNREACHABLE,
                        f"{error.source}: {error.reason}; {_last_good(libraries, error.source)}",
                        problem=error.problem, last_good=_last_good_copy(libraries, error.source))


def _locations(source: str) -> tuple[list[str], SourceStatus | None]:
    if is_url(source):
        return [source], None
    path = Path(source).expanduser()
    try:
        if not path.is_dir():
            return [source], None
        files = sorted(str(child) for child in path.glob("*.json") if child.is_file())
    except OSError as error:
        return [], SourceStatus(source, source, UNREACHABLE,
                                f"{source}: cannot be read ({error.strerror or error})",
                                problem=problem("", "cannot-read", reason=error.strerror or error))
    if not files:
        return [], SourceStatus(source, source, INVALID, f"{source}: no .json library files in this folder",
                                problem=problem("", "no-library-files"))
    return files, None


def _check_one(libraries: Libraries, source: str, location: str, pending: PendingRead, *,
               apply: bool) -> SourceStatus:
    def status(state: str, message: str, plan: ImportPlan | None = None, **extra: Any) -> SourceStatus:
        if plan is not None:
            extra = {"pack_id": plan.pack_id, "old_version": plan.previous_version,
                     "new_version": plan.version, "plan": plan, **extra}
        return SourceStatus(source, location, state, f"{location}: {message}", **extra)

    try:
        data, recorded, verification = libraries.verify(location, pending.result())
        plan = libraries.plan(data, recorded, verification)
    except SourceUnreachable as error:
        return status(UNREACHABLE, f"{error.reason}; {_last_good(libraries, location)}", problem=error.problem,
                      last_good=_last_good_copy(libraries, location))
    except LibraryError as error:
        first = error.problems[0] if error.problems else "invalid"
        more = f" (and {len(error.problems) - 1} more problems)" if len(error.problems) > 1 else ""
        return status(INVALID, f"not a valid library: {first}{more}; {_last_good(libraries, location)}",
                      problem=error.problems[0] if error.problems else None,
                      more_problems=max(len(error.problems) - 1, 0), last_good=_last_good_copy(libraries, location))

    name = f"{plan.name} {plan.version}"
    if plan.previous_version:
        order = compare_versions(plan.version, plan.previous_version)
        if order < 0:
            return status(NOT_NEWER, f"has {name}, older than the installed {plan.previous_version}; "
                                     "keeping the installed one", plan)
        if order == 0:
            if not plan.changes_anything or plan.previous is None:
                return status(CURRENT, f"{name} is up to date", plan)
            return status(NOT_NEWER, f"{name} differs from the installed copy but has the same version; "
                                     "not applied (ask its publisher to raise the version)", plan)
    details = _details(plan)
    if not apply:
        return status(AVAILABLE, f"{name} is available ({plan.summary()}); not installed", plan, details=details)
    try:
        libraries.apply(plan, subscription=True)
    except PromptlibError as error:
        return status(FAILED, f"{name} could not be installed: {error}", plan,
                      problem=problem("", "install-failed", reason=error))
    if plan.previous_version:
        return status(UPDATED_STATE, f"updated {plan.name} {plan.previous_version} -> {plan.version}: "
                                     f"{plan.summary()}", plan, details=details)
    return status(INSTALLED, f"installed {name}: {plan.summary()}", plan, details=details)


def _details(plan: ImportPlan) -> tuple[str, ...]:
    lines = [f"signature: {plan.verification.describe()}"] if plan.verification is not None else []
    for item in plan.items:
        if item.status in (NEW, UPDATED, REMOVED):
            lines.append(f"{item.status}: {item.title} ({item.template_id}, {item.language})")
        elif item.status == CONFLICT and item.existing is not None:
            lines.append(f"conflict, {plan.resolutions.get(item.key, KEEP)}: {item.title} "
                         f"({item.template_id}, {item.language}) is also in {item.existing.describe()}")
    return tuple(lines)


def _last_good_copy(libraries: Libraries, location: str) -> tuple[str, str, str]:
    """(name, version, installed date) of what stays in use when *location* cannot be used;
    empty strings when nothing from it is installed."""
    resolved = location if is_url(location) else str(Path(location).expanduser().resolve())
    for installed in libraries.installed():
        if installed.provenance.get("source") in (location, resolved):
            pack = installed.fields  # the templates are not needed: none are read
            return (str(pack.get("name", "")), str(pack.get("version", "")),
                    str(installed.provenance.get("installed_at", ""))[:10])
    return ("", "", "")


def _last_good(libraries: Libraries, location: str) -> str:
    """What stays in use when *location* cannot be used, in the CLI's words."""
    name, version, when = _last_good_copy(libraries, location)
    if not name:
        return "nothing from it is installed yet"
    return f"still using the last good copy, {name} {version}" + (f" (installed {when})" if when else "")
