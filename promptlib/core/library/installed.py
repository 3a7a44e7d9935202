"""Installed libraries: listing them with their provenance, removing one, and the
`Libraries` object through which the command line and the app import, export,
remove and update libraries (so both behave the same way).

`Libraries` reads every pack with its signature and checks it against the policy's
trusted publishers (`signing.py`) before planning: a signature that does not match is
refused, and so is an unverified pack when the policy requires signatures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LibraryError
from ..history.hooks import record_import
from ..model import Origin, Pack, installed_origin, pack_names
from ..problems import coded_error
from ..store.database import InstalledPack, Store
from .fetch import SignedRead, SourceUnreachable, is_url, read_source_signed
from .format import decode_pack_bytes
from .importing import ImportPlan, apply_import, plan_import, template_key, utc_now
from .signing import TrustedKey, Verification, require_verified, trusted_keys, verify_pack

# -- removing ---------------------------------------------------------------------------

def remove_library(store: Store, pack_id: str, builtin: list[Pack]) -> InstalledPack:
    """Uninstall *pack_id*; templates it had won from other libraries go back to them.

    All or nothing. Raises PromptlibError for a built-in or unknown library. The
    InstalledPack returned has its fields, provenance and keys; its file is gone.
    """
    installed = store.installed_packs()
    target = next((p for p in installed if p.pack_id == pack_id), None)
    if target is None:
        if any(p.id == pack_id for p in builtin):
            raise coded_error("builtin-not-removable", library=pack_id)
        known = ", ".join(p.pack_id or "?" for p in installed) or "none"
        raise coded_error("not-installed", library=pack_id, installed=known)
    # Who provides what once *target* is gone: a template it had won goes back to
    # its library unless a third library provides it now (then it stays set aside
    # for that one). Only the libraries getting a template back are read whole.
    provided = {key: other.pack_id for other in installed if other is not target for key in other.keys}
    restored = []
    for other in installed:
        entries = other.provenance.get("set_aside", ())
        if other is target or not any(isinstance(e, dict) and e.get("kept") == pack_id for e in entries):
            continue
        pack, provenance = dict(other.pack), dict(other.provenance)
        pack["templates"] = list(pack["templates"])
        still_aside = []
        for entry in provenance["set_aside"]:
            if isinstance(entry, dict) and entry.get("kept") == pack_id:
                key = template_key(entry["template"])
                if key not in provided:
                    pack["templates"].append(entry["template"])
                    provided[key] = pack["id"]
                    continue
                if provided[key] == pack["id"]:
                    continue  # it has its own copy again
                entry = {**entry, "kept": provided[key]}
            still_aside.append(entry)
        if still_aside:
            provenance["set_aside"] = still_aside
        else:
            del provenance["set_aside"]
        restored.append((pack, provenance))
    store.install_packs(restored, remove=[pack_id])
    return target


# -- listing ----------------------------------------------------------------------------

@dataclass(frozen=True)
class LibraryInfo:
    """A library as `libraries` lists it: its origin and what it holds."""

    origin: Origin
    templates: int
    description: str = ""
    subscription: bool = False
    set_aside: int = 0  # templates not shown because another library's version was kept

    id = property(lambda self: self.origin.pack_id)
    name = property(lambda self: self.origin.pack_name)
    name_in = property(lambda self: self.origin.name_in)  # the name in a language, else `name`
    version = property(lambda self: self.origin.version)
    publisher = property(lambda self: self.origin.publisher)
    builtin = property(lambda self: self.origin.builtin)
    source = property(lambda self: self.origin.source)
    installed_at = property(lambda self: self.origin.installed_at)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "version": self.version, "publisher": self.publisher,
                "builtin": self.builtin, "source": self.source, "installed_at": self.installed_at,
                "templates": self.templates, "subscription": self.subscription,
                "set_aside": self.set_aside, "signature": self.origin.signature,
                "verified_by": self.origin.verified_by}


def list_libraries(installed: list[InstalledPack], builtin: list[Pack]) -> list[LibraryInfo]:
    """Built-in libraries first, then installed ones in install order."""
    infos = [LibraryInfo(Origin(p.id, p.name, p.version, p.publisher, True, "built-in", names=tuple(p.names.items())),
                         len(p.templates), p.description) for p in builtin]
    for item in installed:
        pack, provenance = item.fields, item.provenance  # no templates needed: none are read
        infos.append(LibraryInfo(
            Origin(pack.get("id", ""), pack.get("name", ""), pack.get("version", ""),
                   pack.get("publisher", ""), False, names=pack_names(pack), **installed_origin(provenance)),
            item.template_count, pack.get("description", ""),
            bool(provenance.get("subscription")), len(provenance.get("set_aside", ()))))
    return infos


class Libraries:
    """Library operations bound to one store and the built-in packs."""

    def __init__(self, store: Store, builtin: list[Pack] | None = None,
                 clock: Callable[[], str] = utc_now, policy: Any = None) -> None:
        """*policy*: anything with `trusted_publishers` and `require_signed_sources`
        (`policy.Policy`); by default the machine's, read when a pack is first read."""
        if builtin is None:
            from ..workspace import load_builtin_packs

            builtin, _errors = load_builtin_packs()
        self.store = store
        self.builtin = builtin
        self.clock = clock
        self._policy = policy

    @property
    def policy(self) -> Any:
        if self._policy is None:
            from ..policy import load_policy

            self._policy = load_policy().policy
        return self._policy

    @property
    def trusted(self) -> list[TrustedKey]:
        return trusted_keys(self.policy)

    def installed(self) -> list[InstalledPack]:
        return self.store.installed_packs()

    def list(self) -> list[LibraryInfo]:
        return list_libraries(self.installed(), self.builtin)

    def read(self, source: str, **fetch_options: Any) -> tuple[dict[str, Any], str]:
        """The decoded pack at a path or https:// address, and the source to record.

        Anything that cannot be read or is not a library file is a LibraryError
        saying where and what; so is a signature that does not match, and an
        unverified pack when the policy requires signatures.
        """
        data, recorded, _verification = self.read_verified(source, **fetch_options)
        return data, recorded

    def read_verified(self, source: str, **fetch_options: Any) -> tuple[dict[str, Any], str, Verification]:
        """`read`, and what the pack's signature says (`signing.Verification`)."""
        try:
            return self.fetch(source, **fetch_options)
        except SourceUnreachable as error:
            raise LibraryError(error.source, [error.problem]) from None

    def fetch(self, source: str, **fetch_options: Any) -> tuple[dict[str, Any], str, Verification]:
        """`read_verified`, but SourceUnreachable when the pack or its signature cannot be
        read at all (a library source keeps its last good copy then)."""
        return self.verify(source, read_source_signed(source, **fetch_options))

    def verify(self, source: str, read: SignedRead) -> tuple[dict[str, Any], str, Verification]:
        """Decode what `fetch.read_source_signed` (or a `start_reading_signed` read) gave
        for *source* and check its signature against the policy, as `fetch` does."""
        raw, signature, where = read
        recorded = source if is_url(source) else str(Path(source).expanduser().resolve())
        data = decode_pack_bytes(raw, source)
        pack_id, version = data.get("id"), data.get("version")
        verification = verify_pack(raw, signature, self.trusted, source=source, signature_source=where,
                                   pack_id=pack_id if isinstance(pack_id, str) else "",
                                   version=version if isinstance(version, str) else "")
        if getattr(self.policy, "require_signed_sources", False):
            require_verified(verification, source)
        return data, recorded, verification

    def plan(self, data: dict[str, Any], source: str, verification: Verification | None = None) -> ImportPlan:
        signature = self.store.library_signature()  # before the read, so any later write shows
        return plan_import(data, source, self.installed(), self.builtin, signature, verification=verification)

    def plan_source(self, source: str, **fetch_options: Any) -> ImportPlan:
        """Read, check the signature, validate and compare: what importing *source* would change."""
        data, recorded, verification = self.read_verified(source, **fetch_options)
        try:
            return self.plan(data, recorded, verification)
        except LibraryError as error:
            raise LibraryError(source, error.problems) from None

    def apply(self, plan: ImportPlan, *, subscription: bool = False) -> None:
        apply_import(self.store, plan, self.builtin, clock=self.clock, subscription=subscription)
        record_import(self.store, plan)   # after the library's commit; a failure is only said on stderr

    def remove(self, pack_id: str) -> InstalledPack:
        return remove_library(self.store, pack_id, self.builtin)
