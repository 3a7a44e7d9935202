"""Publishing a library to a team folder: check it, show what subscribers will get, and
write the pack and its signature so that no reader ever sees half of it.

`plan_publish` builds the pack of one library (`user.own`, the user's own templates,
or any installed library), suggests the next version, runs the full validator and
the prompt-quality lint (`quality.lint.lint_pack`; an error blocks), and compares it
with the pack already at the target path by (id, language): what subscribers will
get (`PackChanges`). `publish` writes it (`write_published`) and returns a
`PublishRecord`, which is also kept in the user's settings (`settings.PUBLISHED`):
what was published, when, where and with which key, and each template's content hash,
so that the template history can mark the versions that were published.

Identity: an installed library keeps its own id, name and publisher, and the target
must hold the same library (or nothing). `user.own` takes the identity of the library
already at the target, so a curator's own templates become the team library's next
version; with nothing there, the id comes from the file name (`hr-tiimi.json` →
`hr-tiimi`).

Versions: the suggestion is the newer of the published and the installed version with
its last number raised (`2026.12.1` → `2026.12.2`, `1.0rc1` → `1.0rc2`), so a
date-style version stays date-style. A version that is not newer than the published
one is refused: subscribers' update checks would ignore it (the same version may be
written again only with the very same bytes, to sign it).

The write (`write_published`): the pack and its signature go to temporary files in the
target folder (names not ending in ``.json``, so a folder source never reads them),
each flushed and fsynced; then the signature is renamed into place, then the pack. A
reader therefore sees the old pack with the old signature, the old pack with the new
signature (refused as "the signature is for another file", version named), or the new
pack with the new signature; never a new pack with an old signature, which would read
as tampering. An unsigned publish removes an old signature first, for the same reason.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from . import settings
from .catalog import Catalog
from .errors import LibraryError, PromptlibError
from .history.hooks import mark_published
from .history.releasenotes import NEW_TEMPLATE, ReleaseNote, release_notes, release_notes_text
from .history.snapshots import TemplateHistory
from .library.exporting import OWN_LIBRARY_ID, library_pack
from .library.format import MAX_FILE_BYTES, decode_pack_bytes
from .library.importing import utc_now
from .library.signing import SigningKey, sign_pack, signature_path
from .library.validation import is_safe_id
from .library.versions import compare_versions
from .model import Template, pack_names
from .quality.lint import LintFinding, lint_pack
from .regularfile import FileTooLarge, NotARegularFile, read_regular_file
from .store.database import InstalledPack, Store

NEW, UPDATED, REMOVED = "new", "updated", "removed"
MAX_RECORDS = 100   # publish records kept in the settings
FIRST_VERSION = "1.0.0"

Key = tuple[str, str]


@dataclass(frozen=True)
class TemplateChange:
    status: str   # NEW, UPDATED or REMOVED
    template_id: str
    language: str
    title: str


@dataclass(frozen=True)
class PackChanges:
    """What subscribers of the pack at the target get: templates by (id, language)."""

    changes: tuple[TemplateChange, ...]
    unchanged: int

    def of(self, status: str) -> list[TemplateChange]:
        return [change for change in self.changes if change.status == status]

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)

    def summary(self) -> str:
        """`2 new, 1 updated, 0 removed, 5 unchanged`."""
        return (f"{len(self.of(NEW))} new, {len(self.of(UPDATED))} updated, "
                f"{len(self.of(REMOVED))} removed, {self.unchanged} unchanged")


def _normalised(template: Mapping[str, Any]) -> Any:
    """A template as `Template.to_dict` writes it, so a hand-written pack (no empty
    `tags`, say) does not show every template as updated."""
    try:
        return Template.from_dict(dict(template)).to_dict()
    except (KeyError, TypeError, ValueError, AttributeError):
        return dict(template)


def _templates(pack: Mapping[str, Any] | None) -> dict[Key, Mapping[str, Any]]:
    found: dict[Key, Mapping[str, Any]] = {}
    templates = pack.get("templates") if pack is not None else None
    for template in templates if isinstance(templates, list) else ():
        if isinstance(template, dict) and isinstance(template.get("id"), str) \
                and isinstance(template.get("language"), str):
            found[(template["id"], template["language"])] = template
    return found


def pack_changes(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> PackChanges:
    """The templates *after* adds, changes and drops compared with *before* (None: nothing)."""
    old, new = _templates(before), _templates(after)
    changes = []
    unchanged = 0
    for key, template in new.items():
        title = str(template.get("title", ""))
        if key not in old:
            changes.append(TemplateChange(NEW, key[0], key[1], title))
        elif _normalised(old[key]) != _normalised(template):
            changes.append(TemplateChange(UPDATED, key[0], key[1], title))
        else:
            unchanged += 1
    changes += [TemplateChange(REMOVED, key[0], key[1], str(template.get("title", "")))
                for key, template in old.items() if key not in new]
    return PackChanges(tuple(changes), unchanged)


# -- versions ----------------------------------------------------------------------------

_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")


def bump_version(version: str) -> str:
    """*version* with its last number raised: `2026.12.1` → `2026.12.2`, `1.0rc1` → `1.0rc2`."""
    found = _LAST_NUMBER.search(version)
    if found is None or not found.group(1).isascii():
        return f"{version}.1" if version else FIRST_VERSION
    return version[:found.start()] + str(int(found.group(1)) + 1) + version[found.end():]


def next_version(*versions: str) -> str:
    """The version to suggest after all of *versions* (empty ones ignored)."""
    known = [version for version in versions if version]
    if not known:
        return FIRST_VERSION
    newest = known[0]
    for version in known[1:]:
        if compare_versions(version, newest) > 0:
            newest = version
    return bump_version(newest)


# -- planning ----------------------------------------------------------------------------

class PublishProblem(NamedTuple):
    """Why a plan cannot be published (besides lint errors): a stable code, its English
    message (the CLI's) and the parameters the app words it from."""

    code: str       # OTHER_LIBRARY or NOT_NEWER
    message: str
    params: dict[str, str]

    def __str__(self) -> str:
        return self.message


OTHER_LIBRARY, NOT_NEWER = "other-library", "not-newer"


@dataclass
class PublishPlan:
    """What `publish` would write; `blocked` until every problem is fixed."""

    library_id: str
    target: Path
    pack: dict[str, Any]
    payload: bytes
    published: dict[str, Any] | None      # the pack now at the target, if it is a library file
    published_bytes: bytes | None
    published_problem: str                # why the file at the target is not a library ("" if it is)
    installed_version: str
    suggested_version: str
    changes: PackChanges
    findings: list[LintFinding]
    problems: list[PublishProblem] = field(default_factory=list)   # blocking, besides lint errors
    notes: str = ""
    # From the history notes of the changed templates (`history.releasenotes`), for a
    # publish given no notes; empty without a history.
    release_notes: list[ReleaseNote] = field(default_factory=list)

    def suggested_notes(self, new_template: str = NEW_TEMPLATE) -> str:
        """The release notes to suggest: `Title: note; Title: new template` ("" if none)."""
        return release_notes_text(self.release_notes, new_template)

    @property
    def version(self) -> str:
        return str(self.pack["version"])

    @property
    def pack_id(self) -> str:
        return str(self.pack["id"])

    @property
    def published_version(self) -> str:
        version = self.published.get("version") if self.published else ""
        return version if isinstance(version, str) else ""

    @property
    def errors(self) -> list[LintFinding]:
        return [finding for finding in self.findings if finding.severity == "error"]

    @property
    def hints(self) -> list[LintFinding]:
        """Warnings and hints: shown, never blocking."""
        return [finding for finding in self.findings if finding.severity != "error"]

    @property
    def blocked(self) -> bool:
        return bool(self.problems or self.errors)

    @property
    def same_bytes(self) -> bool:
        """True when the target already holds exactly this pack (only a signature to write)."""
        return self.published_bytes == self.payload


def _library(catalog: Catalog, library_id: str) -> Any:
    packs = [pack for pack in catalog.packs if pack.id == library_id]
    if not packs:
        if library_id == OWN_LIBRARY_ID:
            raise PromptlibError("you have no templates of your own yet (library user.own)")
        installed = sorted({pack.id for pack in catalog.packs if not _is_builtin(pack)} | {OWN_LIBRARY_ID})
        raise PromptlibError(f"no library '{library_id}' to publish (yours: {', '.join(installed)})")
    pack = packs[-1]   # an installed edition wins over an earlier one
    if _is_builtin(pack):
        raise PromptlibError(f"'{library_id}' is a built-in library; it ships with promptlib and cannot be "
                             "published (publish user.own or an installed library)")
    return pack


def _is_builtin(pack: Any) -> bool:
    return any(template.origin is not None and template.origin.builtin for template in pack.templates)


def _read_target(target: Path) -> tuple[dict[str, Any] | None, bytes | None, str]:
    """The pack at *target*, its bytes, and why it is not a library ("" if it is one)."""
    try:
        if target.is_dir():
            raise PromptlibError(f"{target}: is a folder; give the library file to publish to (e.g. "
                                 f"{target / 'team.json'})")
        if not target.parent.is_dir():
            raise PromptlibError(f"{target.parent}: no such folder (is the network drive connected?)")
        raw = read_regular_file(target, MAX_FILE_BYTES)  # not /dev/zero, not a FIFO nobody writes
    except FileNotFoundError:
        raw = None
    except FileTooLarge as error:
        return None, None, f"it is larger than {error.limit:,} bytes"
    except NotARegularFile as error:
        raise PromptlibError(f"{target}: {error.strerror}; give the library file to publish to") from None
    except OSError as error:
        raise PromptlibError(f"{target}: cannot be read ({error.strerror or error})") from None
    if raw is None:
        return None, None, ""
    try:
        return decode_pack_bytes(raw, str(target)), raw, ""
    except LibraryError as error:
        return None, raw, str(error.problems[0]) if error.problems else "not a library file"


def _identity_from_file_name(target: Path) -> str:
    stem = re.sub(r"[^a-z0-9._-]+", "-", target.stem.lower()).strip(".-_")
    return stem if is_safe_id(stem) else "team.library"


def library_contents(installed: InstalledPack) -> dict[str, Any]:
    """An installed library as its publisher wrote it: the templates it yielded to other
    libraries (`set_aside`) back in, and those kept under a new id ("keep both") under
    their own id again, in the pack's own form (not rebuilt, so nothing reads as changed)."""
    pack = dict(installed.pack)
    renamed = {(entry["as"], entry["language"]): entry["id"] for entry in installed.provenance.get("renamed", ())
               if isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in ("id", "language", "as"))}
    templates = [{**t, "id": renamed[(t["id"], t["language"])]} if (t["id"], t["language"]) in renamed else t
                 for t in pack.get("templates", ())]
    templates += [entry["template"] for entry in installed.provenance.get("set_aside", ())
                  if isinstance(entry, dict) and isinstance(entry.get("template"), dict)]
    pack["templates"] = templates
    return pack


def plan_publish(catalog: Catalog, library_id: str, target: Path, *, version: str | None = None,
                 notes: str = "", installed: Sequence[InstalledPack] = (),
                 installed_version: str | None = None, history: TemplateHistory | None = None) -> PublishPlan:
    """What publishing *library_id* to *target* would write, with every check done.

    *installed* (`Store.installed_packs()`) gives the library as it was installed; a
    library found only in *catalog* is rebuilt from its templates. With *history*, the
    plan's `release_notes` are built from the notes of the changed templates' versions.
    Raises PromptlibError when there is nothing to plan (no such library, a built-in
    one, a target that is a folder or cannot be read); every other problem is in the
    plan, which is then `blocked`.
    """
    source = _library(catalog, library_id)
    stored = next((item for item in installed if item.pack_id == library_id), None)
    if stored is not None:
        pack = library_contents(stored)
    else:
        pack = library_pack(catalog, library_id)
        if source.names:
            pack = {**{key: pack[key] for key in ("format", "format_version", "id", "name")},
                    "names": dict(source.names), **pack}
    published, published_bytes, published_problem = _read_target(target)
    problems: list[PublishProblem] = []
    published_id = published.get("id") if published else None
    if library_id == OWN_LIBRARY_ID:
        # The user's own templates become the next version of the team library there.
        if published is not None and isinstance(published_id, str):
            for key in ("id", "name", "publisher", "description"):
                if isinstance(published.get(key), str):
                    pack[key] = published[key]
            names = pack_names(published)
            pack.pop("names", None)
            if names:
                pack = {**{key: pack[key] for key in ("format", "format_version", "id", "name")},
                        "names": dict(names), **pack}
        else:
            pack["id"] = _identity_from_file_name(target)
            pack["name"] = target.stem or pack["id"]
            pack["publisher"] = _user_name()
    elif isinstance(published_id, str) and published_id != library_id:
        problems.append(PublishProblem(OTHER_LIBRARY, f"{target} holds another library ({published_id}); "
                                       f"publish {library_id} to a file of its own",
                                       {"found": published_id, "library": library_id}))
    published_version = published.get("version") if published else None
    published_version = published_version if isinstance(published_version, str) else ""
    local_version = installed_version if installed_version is not None else \
        ("" if library_id == OWN_LIBRARY_ID else str(source.version))
    suggested = next_version(published_version, local_version)
    pack["version"] = version.strip() if version and version.strip() else suggested
    payload = orjson.dumps(pack, option=orjson.OPT_INDENT_2) + b"\n"
    if published_version and pack["version"] and isinstance(pack["version"], str):
        order = compare_versions(pack["version"], published_version)
        if order < 0 or (order == 0 and payload != published_bytes):
            problems.append(PublishProblem(
                NOT_NEWER, f"version {pack['version']} is not newer than the published {published_version}; "
                           f"subscribers would not get it (use {suggested} or later)",
                {"version": pack["version"], "published": published_version, "suggested": suggested}))
    findings = lint_pack(pack, path=str(target))
    changes = pack_changes(published, pack)
    notes_from_history = [] if history is None else release_notes(
        history, library_id, [(c.template_id, c.language, c.title, c.status == NEW)
                              for c in changes.changes if c.status in (NEW, UPDATED)])
    return PublishPlan(library_id, target, pack, payload, published, published_bytes, published_problem,
                       local_version, suggested, changes, findings, problems, notes.strip(), notes_from_history)


def _user_name() -> str:
    try:
        return getpass.getuser() or "promptlib"
    except (OSError, KeyError, ImportError):   # no user name in the environment or the user database
        return "promptlib"


# -- writing -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PublishRecord:
    """What one publish wrote: the hook through which history marks published versions."""

    library_id: str
    pack_id: str
    version: str
    path: str
    published_at: str
    sha256: str          # of the pack file's bytes
    notes: str = ""
    key_id: str = ""     # the signing key's id; "" when unsigned
    templates: tuple[tuple[str, str, str], ...] = ()   # (id, language, SHA-256 of the template's JSON)

    def to_json(self) -> dict[str, Any]:
        return {"library": self.library_id, "id": self.pack_id, "version": self.version, "path": self.path,
                "published_at": self.published_at, "sha256": self.sha256, "notes": self.notes,
                "key_id": self.key_id,
                "templates": [{"id": i, "language": language, "sha256": digest}
                              for i, language, digest in self.templates]}


def template_digest(template: Mapping[str, Any]) -> str:
    """SHA-256 of a template's JSON with sorted keys: the same content, the same digest."""
    return hashlib.sha256(orjson.dumps(template, option=orjson.OPT_SORT_KEYS)).hexdigest()


def publish(plan: PublishPlan, key: SigningKey | None = None, *, store: Store | None = None,
            clock: Callable[[], str] = utc_now) -> PublishRecord:
    """Write *plan* (refused while it is `blocked`), signed with *key* if given; the
    record is kept in *store*'s settings when one is given."""
    if plan.blocked:
        first = str(plan.problems[0]) if plan.problems else plan.errors[0].message
        raise PromptlibError(f"{plan.target}: not published: {first}")
    signature = sign_pack(plan.payload, key, pack_id=plan.pack_id, version=plan.version) if key else None
    write_published(plan.target, plan.payload, signature)
    record = PublishRecord(
        plan.library_id, plan.pack_id, plan.version, str(plan.target), clock(),
        hashlib.sha256(plan.payload).hexdigest(), plan.notes, key.key_id if key else "",
        tuple((t["id"], t["language"], template_digest(t)) for t in plan.pack["templates"]))
    if store is not None:
        record_publish(store, record)
        mark_published(store, plan.library_id, plan.version, plan.pack["templates"])
    return record


def record_publish(store: Store, record: PublishRecord) -> None:
    earlier = store.setting(settings.PUBLISHED, [])
    earlier = earlier if isinstance(earlier, list) else []
    store.set_setting(settings.PUBLISHED, [*earlier, record.to_json()][-MAX_RECORDS:])


def published_records(store: Store) -> list[dict[str, Any]]:
    """Every kept publish record, oldest first (`PublishRecord.to_json`)."""
    records = store.setting(settings.PUBLISHED, [])
    return [record for record in records if isinstance(record, dict)] if isinstance(records, list) else []


def _temporary(folder: Path, name: str, payload: bytes) -> str:
    fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".new", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":   # mkstemp made it private; a pack is meant to be shared
            os.chmod(temp_name, 0o644)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp_name)
        raise
    return temp_name


def write_published(path: Path, payload: bytes, signature: bytes | None) -> None:
    """Put *payload* at *path* and *signature* at ``PATH.sig`` (None: no signature) in the
    order the module docstring explains; on failure the old files stay."""
    folder = path.parent
    sig_path = signature_path(path)
    temporaries: list[str] = []
    signature_changed = False
    try:
        pack_temp = _temporary(folder, path.name, payload)
        temporaries.append(pack_temp)
        if signature is not None:
            sig_temp = _temporary(folder, sig_path.name, signature)
            temporaries.append(sig_temp)
            os.replace(sig_temp, sig_path)
        else:
            with suppress(FileNotFoundError):
                os.unlink(sig_path)
        signature_changed = True
        os.replace(pack_temp, path)
    except OSError as error:
        # Only the pack's own rename can fail after the signature changed: readers then see
        # the old pack refused as "signed for another file" until the next publish.
        state = ("the signature there was changed but the library file was not; publish again"
                 if signature_changed else "the files there were not changed")
        raise PromptlibError(f"cannot publish to {path}: {error.strerror or error}; {state}") from None
    finally:
        for temp_name in temporaries:
            with suppress(OSError):
                os.unlink(temp_name)
    if os.name == "posix":   # the renames themselves live in the folder
        with suppress(OSError):
            fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
