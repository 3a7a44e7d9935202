"""Importing library packs safely: look first, then change everything at once (all or nothing).

`plan_import` compares a validated pack with what is installed and classifies each
template: new, updated (with the library's old -> new version), unchanged,
conflicting (the same id and language already comes from a *different* library), or
removed (in the installed edition of this library but not in the new one). For each
conflict the user picks: keep (the existing template wins), replace (the imported one
wins) or keep both (the imported copy gets a new, still safe id such as `hr.letter.2`).
`apply_import` turns the plan into one `Store.install_packs` call, so a kill at any
moment leaves the old library or the new one, never half of it.

After every import, no two *installed* libraries provide the same (id, language), so
what the user sees does not depend on install order. A template that lost a conflict
is not thrown away: it is kept in its library's provenance (`set_aside`, with the id
of the library that won), so removing the winner brings it back, and the choice is
remembered for the library's next update. Installed libraries always win over the
built-in ones (the catalog loads them later). The ids of the built-in libraries are
reserved: a pack with one is refused, whatever publisher it names, so no file can
pass itself off as an update of a built-in library.

Provenance (the dict stored beside each pack): `source` (path or URL), `installed_at`
(UTC, ISO 8601), `previous_version`, `subscription` (installed from a configured
source), `set_aside` and `renamed` (the conflict choices), and `signature`: what the
pack's signature said when it was installed (`signing.Verification.to_provenance`:
`{"state": "verified", "publisher": "HR-tiimi", "key_id": ...}`, or the state
`unsigned` or `untrusted`; absent for libraries installed before signatures were
checked). Id, version and publisher come from the pack itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import LibraryError, PromptlibError
from ..model import Origin, Pack, Template, pack_names
from ..problems import problem
from ..store.database import InstalledPack, Store
from .signing import Verification
from .validation import is_safe_id, validate_pack
from .versions import compare_versions

NEW, UPDATED, UNCHANGED, CONFLICT, REMOVED = "new", "updated", "unchanged", "conflict", "removed"
KEEP, REPLACE, KEEP_BOTH = "keep", "replace", "keep-both"
RESOLUTIONS = (KEEP, REPLACE, KEEP_BOTH)

Key = tuple[str, str]  # (template id, language)


class StalePlanError(PromptlibError):
    """The installed libraries changed between the preview and the install."""


@dataclass(frozen=True)
class PlanItem:
    template_id: str
    language: str
    title: str
    status: str
    old_version: str = ""            # this library's installed version (updated, unchanged, removed)
    new_version: str = ""
    existing: Origin | None = None  # the other library, for conflicts (and identical copies)
    remembered: str = ""             # the choice made for this conflict at an earlier import
    renamed_to: str = ""             # kept under this id by an earlier "keep both"

    @property
    def key(self) -> Key:
        return (self.template_id, self.language)


@dataclass
class ImportPlan:
    """What importing `pack` would do; change `resolutions` before `apply_import`."""

    pack: dict[str, Any]
    source: str
    items: list[PlanItem]
    previous: InstalledPack | None
    previous_version: str
    resolutions: dict[Key, str] = field(default_factory=dict)
    installed: list[InstalledPack] = field(default_factory=list)  # what the plan was made against
    signature: tuple | None = None  # `Store.library_signature()` before that was read, if known
    verification: Verification | None = None  # what the pack's signature says (None: not checked)
    builtin: list[Pack] = field(default_factory=list)  # the built-in libraries it was made against

    @property
    def pack_id(self) -> str:
        return self.pack["id"]

    @property
    def name(self) -> str:
        return self.pack["name"]

    def name_in(self, language: str) -> str:
        """The library's name in *language* (its `names`), else its `name`."""
        return dict(pack_names(self.pack)).get(language) or self.name

    @property
    def version(self) -> str:
        return self.pack["version"]

    @property
    def publisher(self) -> str:
        return self.pack["publisher"]

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    def conflicts(self) -> list[PlanItem]:
        return [item for item in self.items if item.status == CONFLICT]

    def resolve(self, key: Key, resolution: str) -> None:
        if resolution not in RESOLUTIONS:
            raise ValueError(f"unknown resolution {resolution!r} (one of {', '.join(RESOLUTIONS)})")
        if key not in self.resolutions:
            raise KeyError(f"{key} is not a conflict in this import")
        self.resolutions[key] = resolution

    def resolve_all(self, resolution: str) -> None:
        for key in list(self.resolutions):
            self.resolve(key, resolution)

    @property
    def changes_anything(self) -> bool:
        """False when installing would leave the library exactly as it is."""
        if self.previous is None or self.previous_version != self.version:
            return True
        if any(item.status in (NEW, UPDATED, REMOVED) for item in self.items):
            return True
        if _metadata(self.pack) != _metadata(self.previous.pack):  # name, publisher, roles...
            return True
        return any(resolution != KEEP for resolution in self.resolutions.values())

    @property
    def signature_changed(self) -> bool:
        """True when the installed edition was recorded with another signature state
        (e.g. the same version again, now signed): installing records the new one."""
        if self.previous is None or self.verification is None:
            return False
        return self.previous.provenance.get("signature") != self.verification.to_provenance()

    @property
    def loses_verification(self) -> bool:
        """True when the installed edition was verified and this one is not."""
        if self.previous is None or self.verification is None or self.verification.verified:
            return False
        before = self.previous.provenance.get("signature")
        return isinstance(before, dict) and before.get("state") == "verified"

    @property
    def is_downgrade(self) -> bool:
        """True when the installed edition of this library has a newer version."""
        return bool(self.previous_version) and compare_versions(self.version, self.previous_version) < 0

    def summary(self) -> str:
        """One line, e.g. `2 new, 1 updated (1.0 -> 1.1), 5 unchanged, 1 conflict`."""
        parts = []
        for status, word in ((NEW, "new"), (UPDATED, "updated"), (UNCHANGED, "unchanged"),
                             (CONFLICT, "conflict"), (REMOVED, "removed")):
            count = self.count(status)
            if not count and status not in (NEW, UPDATED):
                continue
            text = f"{count} {word}"
            if status == CONFLICT and count != 1:
                text += "s"
            if status == UPDATED and count and self.previous_version:
                text += f" ({self.previous_version} -> {self.version})"
            parts.append(text)
        return ", ".join(parts)


# -- planning --------------------------------------------------------------------------

def _metadata(pack: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in pack.items() if key != "templates"}


def template_key(template: Mapping[str, Any]) -> Key:
    return (template["id"], template["language"])


def _provider(pack: Mapping[str, Any], builtin: bool) -> Origin:
    return Origin.of_pack(pack, builtin=builtin)


def _fingerprint(installed: Iterable[InstalledPack]) -> tuple:
    return tuple((p.pack_id, p.fields.get("version"), p.provenance.get("installed_at"), p.template_count)
                 for p in installed)


def _renames(provenance: Mapping[str, Any]) -> dict[Key, str]:
    renamed = {}
    for entry in provenance.get("renamed", ()):
        if isinstance(entry, dict) and all(isinstance(entry.get(k), str) for k in ("id", "language", "as")):
            renamed[(entry["id"], entry["language"])] = entry["as"]
    return renamed


def _set_aside(provenance: Mapping[str, Any]) -> dict[Key, dict[str, Any]]:
    found = {}
    for entry in provenance.get("set_aside", ()):
        template = entry.get("template") if isinstance(entry, dict) else None
        if isinstance(template, dict) and isinstance(template.get("id"), str) \
                and isinstance(template.get("language"), str):
            found[template_key(template)] = entry
    return found


def plan_import(pack: dict[str, Any], source: str, installed: list[InstalledPack],
                builtin: list[Pack], signature: tuple | None = None, *,
                verification: Verification | None = None) -> ImportPlan:
    """Compare *pack* (decoded, not yet validated) with the installed and built-in libraries.

    *signature* is `Store.library_signature()` taken before *installed* was read;
    *verification* what the pack's signature says, recorded in its provenance.
    Raises LibraryError listing every problem when the pack is not valid.
    """
    problems = validate_pack(pack)
    if problems:
        raise LibraryError(source, problems)
    pack_id, version = pack["id"], pack["version"]
    reserved = next((p for p in builtin if p.id == pack_id), None)
    if reserved is not None:
        # Built-in libraries ship with promptlib and are updated with it; a file cannot
        # prove it comes from us (a publisher is only a string), so it may not take
        # over their templates under their name.
        raise LibraryError(source, [problem("id", "reserved-builtin-id", id=pack_id, name=reserved.name)])
    previous = next((p for p in installed if p.pack_id == pack_id), None)
    own: dict[Key, dict[str, Any]] = {}
    renamed: dict[Key, str] = {}
    set_aside: dict[Key, dict[str, Any]] = {}
    if previous is not None:
        own = {template_key(t): t for t in previous.pack.get("templates", ())}
        renamed = _renames(previous.provenance)
        set_aside = _set_aside(previous.provenance)
    old_version = previous.fields.get("version", "") if previous else ""

    # Who else provides each key: built-in libraries, then installed ones (which win). An
    # installed library's templates are read only when the pack shares a key with it: an
    # import next to 100,000 installed templates parses none of them otherwise.
    others: dict[Key, tuple[Origin, Any]] = {}
    for builtin_pack in builtin:
        provider = Origin(builtin_pack.id, builtin_pack.name, builtin_pack.version,
                          builtin_pack.publisher, True, names=tuple(builtin_pack.names.items()))
        for builtin_template in builtin_pack.templates:
            others[builtin_template.key] = (provider, builtin_template)
    for installed_pack in installed:
        if installed_pack is previous:
            continue
        provider = _provider(installed_pack.fields, False)
        for key in installed_pack.keys:
            others[key] = (provider, installed_pack)
    read_templates: dict[int, dict[Key, dict[str, Any]]] = {}

    def their_template(holder: Any, key: Key) -> dict[str, Any]:
        if isinstance(holder, Template):
            return holder.to_dict()
        by_key = read_templates.get(id(holder))
        if by_key is None:
            by_key = read_templates[id(holder)] = {template_key(t): t for t in holder.pack.get("templates", ())}
        return by_key[key]

    items: list[PlanItem] = []
    resolutions: dict[Key, str] = {}
    seen: set[Key] = set()
    for template in pack["templates"]:
        key = template_key(template)
        seen.add(key)
        title = template["title"]
        base = dict(template_id=key[0], language=key[1], title=title, new_version=version,
                    old_version=old_version)
        other = others.get(key)
        if key in renamed and renamed[key] and (renamed[key], key[1]) in own:
            before = own[(renamed[key], key[1])]
            status = UNCHANGED if _same(before, template, renamed[key]) else UPDATED
            items.append(PlanItem(status=status, renamed_to=renamed[key], **base))
        elif key in own:
            status = UNCHANGED if own[key] == template else UPDATED
            items.append(PlanItem(status=status, **base))
        elif other is not None:
            provider, holder = other
            if their_template(holder, key) == template:
                items.append(PlanItem(status=UNCHANGED, existing=provider, **base))
            else:
                remembered = KEEP if key in set_aside else ""
                items.append(PlanItem(status=CONFLICT, existing=provider, remembered=remembered, **base))
                resolutions[key] = remembered or KEEP
        else:
            items.append(PlanItem(status=NEW, **base))
    renamed_back = {(new_id, key[1]): key for key, new_id in renamed.items()}
    for key, template in own.items():
        original = renamed_back.get(key, key)
        if original not in seen:
            items.append(PlanItem(original[0], original[1], template.get("title", ""), REMOVED,
                                  old_version=old_version, new_version=version))
    return ImportPlan(pack, source, items, previous, old_version, resolutions, installed, signature, verification,
                      list(builtin))


def _same(before: Mapping[str, Any], template: Mapping[str, Any], renamed_id: str) -> bool:
    return dict(before) == {**template, "id": renamed_id}


# -- applying ----------------------------------------------------------------------------

def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def taken_ids(plan: ImportPlan, installed: list[InstalledPack], builtin: list[Pack]) -> set[str]:
    """Every template id a "keep both" copy must not get: the pack's own, and those of
    every installed and built-in library (`build_install` and the review's `copy_id`)."""
    taken = {t["id"] for t in plan.pack["templates"]}
    for other in installed:
        taken.update(template_id for template_id, _language in other.keys)
    for builtin_pack in builtin:
        taken.update(t.id for t in builtin_pack.templates)
    return taken


def free_id(template_id: str, taken: set[str]) -> str:
    """`<id>.2`, `<id>.3`... : the first that is a safe id nobody uses."""
    for number in range(2, 10_000):
        suffix = f".{number}"
        candidate = template_id[: 100 - len(suffix)] + suffix
        if candidate not in taken and is_safe_id(candidate):
            return candidate
    raise PromptlibError(f"cannot find a free id for a copy of '{template_id}'")


def build_install(plan: ImportPlan, installed: list[InstalledPack], builtin: list[Pack], *,
                  installed_at: str, subscription: bool = False) -> list[tuple[dict, dict]]:
    """The (pack, provenance) pairs that carry out *plan*: this library, and any other
    installed library that yields a template to it (a "replace")."""
    pack = dict(plan.pack)  # shallow: nothing below changes a template dict in place
    by_key = {template_key(t): t for t in pack["templates"]}
    kept: list[dict[str, Any]] = []
    set_aside: list[dict[str, Any]] = []
    renamed: list[dict[str, str]] = []
    yielding: dict[str, InstalledPack] = {}  # other libraries losing a template, by id
    yielded: dict[str, list[Key]] = {}
    taken = taken_ids(plan, installed, builtin)
    new_ids: dict[str, str] = {}
    for item in plan.items:
        if item.status == REMOVED:
            continue
        template = by_key[item.key]
        if item.renamed_to:
            kept.append({**template, "id": item.renamed_to})
            renamed.append({"id": item.template_id, "language": item.language, "as": item.renamed_to})
            continue
        resolution = plan.resolutions.get(item.key, KEEP) if item.status == CONFLICT else None
        if item.existing is not None and (item.status == UNCHANGED or resolution == KEEP):
            set_aside.append({"template": template, "kept": item.existing.pack_id})
        elif resolution == KEEP_BOTH:
            # One new id per template id, so its translations stay together.
            new_id = new_ids.get(item.template_id) or free_id(item.template_id, taken)
            new_ids[item.template_id] = new_id
            taken.add(new_id)
            kept.append({**template, "id": new_id})
            renamed.append({"id": item.template_id, "language": item.language, "as": new_id})
        else:
            kept.append(template)
            if resolution == REPLACE and item.existing is not None and not item.existing.builtin:
                loser = next(p for p in installed if p.pack_id == item.existing.pack_id)
                yielding[loser.pack_id] = loser
                yielded.setdefault(loser.pack_id, []).append(item.key)
    pack["templates"] = kept
    provenance: dict[str, Any] = {"source": plan.source, "installed_at": installed_at,
                                  "previous_version": plan.previous_version if plan.previous else ""}
    if subscription:
        provenance["subscription"] = True
    if plan.verification is not None:
        provenance["signature"] = plan.verification.to_provenance()
    if set_aside:
        provenance["set_aside"] = set_aside
    if renamed:
        provenance["renamed"] = renamed
    result = [(pack, provenance)]
    for loser_id, loser in yielding.items():
        result.append(_without(loser, yielded[loser_id], winner=plan.pack_id))
    return result


def _without(installed: InstalledPack, keys: list[Key], winner: str) -> tuple[dict, dict]:
    """*installed* with *keys* moved from its templates to its provenance's set_aside."""
    pack, provenance = dict(installed.pack), dict(installed.provenance)
    drop = set(keys)
    moved = [t for t in pack["templates"] if template_key(t) in drop]
    pack["templates"] = [t for t in pack["templates"] if template_key(t) not in drop]
    provenance["set_aside"] = [*provenance.get("set_aside", []),
                               *({"template": t, "kept": winner} for t in moved)]
    return pack, provenance


def apply_import(store: Store, plan: ImportPlan, builtin: list[Pack], *,
                 clock: Callable[[], str] = utc_now, subscription: bool = False) -> None:
    """Install *plan*, all or nothing; StalePlanError if the libraries changed since."""
    if plan.signature is not None and store.library_signature() == plan.signature:
        installed = plan.installed  # unchanged on disk: no need to read 10,000 templates again
    else:
        installed = store.installed_packs()
        if _fingerprint(installed) != _fingerprint(plan.installed):
            raise StalePlanError("the installed libraries changed since this import was previewed "
                                 "(another promptlib window?); nothing was installed, please import again")
    pairs = build_install(plan, installed, builtin, installed_at=clock(), subscription=subscription)
    store.install_packs(pairs)
