"""Small library packs built in code, and the user's view of them, for the library tests.

Imported by name (`from librarydata import pack`): pytest puts tests/support on the
path (`pythonpath` in pyproject.toml).
"""

from __future__ import annotations

from promptlib.core.catalog import Catalog
from promptlib.core.library.installed import Libraries
from promptlib.core.model import Pack
from promptlib.core.workspace import installed_packs

NOW = "2026-03-01T09:30:00+00:00"


def template(template_id: str, language: str = "fi", title: str | None = None, body: str = "Kirjoita {{ aihe }}.",
             roles=("hr",)) -> dict:
    return {"id": template_id, "language": language, "title": title or f"Otsikko {template_id}",
            "roles": list(roles), "tags": [], "summary": "", "body": body,
            "variables": [{"name": "aihe", "label": "Aihe", "type": "text", "required": True}],
            "guidance": "Tarkista vastaus."}


def pack(pack_id: str, version: str, *templates: dict, publisher: str = "Testikunta") -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": pack_id,
            "name": f"Kirjasto {pack_id}", "version": version, "publisher": publisher,
            "templates": list(templates)}


BUILTIN = Pack.from_dict(pack("builtin.hr", "2026.1", template("hr.letter", title="Alkuperäinen kirje"),
                              template("hr.ad")), builtin=True, source="built-in")


def visible(libraries: Libraries) -> Catalog:
    """What the user sees: built-in packs, then installed ones (as Workspace builds it)."""
    return Catalog([*libraries.builtin, *installed_packs(libraries.store)])


def statuses(plan) -> dict[tuple[str, str], str]:
    return {item.key: item.status for item in plan.items}


def install(libraries: Libraries, data: dict, source: str = "/share/kirjasto.json", **resolutions):
    plan = libraries.plan(data, source)
    for template_id, resolution in resolutions.items():
        plan.resolve((template_id.replace("_", "."), "fi"), resolution)
    libraries.apply(plan)
    return plan
