"""Exporting templates to a library pack file another workstation can import.

What can be exported: chosen templates, every template of a role, one library, or the
user's own templates (the library `OWN_LIBRARY_ID`, where templates the user writes
are kept). The result is checked with the same validation an import uses before the
file is written, and the file is written atomically, so an export never leaves a
half-written or invalid file where a colleague could pick it up. Exporting and then
importing gives back identical templates (tests/unit/core/library/test_exporting.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from ..catalog import Catalog
from ..errors import LibraryError
from ..model import OWN_LIBRARY_ID, Template
from ..problems import coded_error
from ..roles import BUILTIN_ROLES
from ..store.atomic import atomic_write_bytes
from .validation import FORMAT_NAME, FORMAT_VERSION, validate_pack

__all__ = ["OWN_LIBRARY_ID", "OWN_LIBRARY_NAME", "Selection", "export_pack", "select_templates", "write_pack"]

OWN_LIBRARY_NAME = "My templates"


@dataclass(frozen=True)
class Selection:
    """Which templates to export; the fields narrow each other, none means every template."""

    role: str | None = None
    library: str | None = None
    template_ids: tuple[str, ...] = ()
    language: str | None = None
    own: bool = False


def select_templates(catalog: Catalog, selection: Selection) -> list[Template]:
    """The templates the user sees (later libraries win) that match *selection*, in every
    language unless one is asked for, ordered by id and language."""
    library = OWN_LIBRARY_ID if selection.own else selection.library
    if selection.role and selection.role not in catalog.roles:
        raise coded_error("export-unknown-role", role=selection.role, roles=", ".join(catalog.roles))
    if library and not any(pack.id == library for pack in catalog.packs):
        if selection.own:
            raise coded_error("no-own-templates")
        raise coded_error("no-such-library", library=library,
                          libraries=", ".join(dict.fromkeys(p.id for p in catalog.packs)))
    if library:
        pack = next(p for p in reversed(catalog.packs) if p.id == library)
        candidates: Iterable[Template] = pack.templates
    else:
        candidates = catalog.all_templates()
    wanted_ids = set(selection.template_ids)
    chosen = [
        template for template in candidates
        if (not selection.role or selection.role in template.roles)
        and (not wanted_ids or template.id in wanted_ids)
        and (not selection.language or template.language == selection.language)
    ]
    missing = wanted_ids - {template.id for template in chosen}
    if missing:
        raise coded_error("no-template-in-selection", ids=", ".join(sorted(missing)))
    return sorted(chosen, key=lambda template: template.key)


def build_pack(templates: list[Template], catalog: Catalog, *, pack_id: str, name: str,
               version: str | None = None, publisher: str, description: str = "") -> dict[str, Any]:
    """A library format v1 pack holding *templates*, declaring any non-built-in role they use."""
    if not templates:
        raise coded_error("nothing-to-export")
    custom_roles = sorted({role for t in templates for role in t.roles if role not in BUILTIN_ROLES})
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": pack_id,
        "name": name,
        "version": version or date.today().strftime("%Y.%m.%d"),
        "publisher": publisher,
    }
    if description:
        data["description"] = description
    if custom_roles:
        data["roles"] = [{"id": role, "names": dict(catalog.roles[role].names) or {"en": role}}
                         for role in custom_roles]
    data["templates"] = [template.to_dict() for template in templates]
    return data


def library_pack(catalog: Catalog, library: str) -> dict[str, Any]:
    """One library as a pack, with its own id, name, version and publisher."""
    packs = [pack for pack in catalog.packs if pack.id == library]
    if not packs:
        raise coded_error("no-such-library", library=library,
                          libraries=", ".join(dict.fromkeys(p.id for p in catalog.packs)))
    pack = packs[-1]  # an installed edition of a built-in library is the one in use
    return build_pack(list(pack.templates), catalog, pack_id=pack.id, name=pack.name,
                      version=pack.version, publisher=pack.publisher, description=pack.description)


def write_pack(path: Path, data: dict[str, Any]) -> None:
    """Check *data* as an import would, then write it to *path* atomically (UTF-8, indented)."""
    problems = validate_pack(data)
    if problems:
        raise LibraryError(str(path), problems)
    payload = orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n"
    try:
        atomic_write_bytes(Path(path), payload, mode=0o644)  # a pack is meant to be shared
    except OSError as error:
        raise coded_error("cannot-write", path=path, reason=error.strerror or error) from None


def export_pack(catalog: Catalog, selection: Selection, *, pack_id: str | None = None,
                name: str | None = None, version: str | None = None,
                publisher: str | None = None) -> dict[str, Any]:
    """The pack to write for *selection*. A whole library keeps its own id, name and
    version (so exporting and importing it updates that library); anything else
    becomes a new library `export.<role>`, `export.own` or `export.templates`."""
    whole_library = selection.library and not (selection.role or selection.template_ids
                                               or selection.language or selection.own)
    if whole_library:
        data = library_pack(catalog, selection.library or "")
        for key, value in (("id", pack_id), ("name", name), ("version", version), ("publisher", publisher)):
            if value:
                data[key] = value
        return data
    templates = select_templates(catalog, selection)
    what = selection.role or ("own" if selection.own else "templates")
    default_name = OWN_LIBRARY_NAME if selection.own else f"Exported templates ({what})"
    return build_pack(templates, catalog, pack_id=pack_id or f"export.{what}", name=name or default_name,
                      version=version, publisher=publisher or "promptlib export")
