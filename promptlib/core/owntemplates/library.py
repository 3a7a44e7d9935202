"""The user's own templates: the library `user.own` in the local store.

Own templates are an installed library like any other, so the catalog lists them
under their roles, search finds them and favourites, history, filling, copying and
export work unchanged. They are written through the store's install API
(`Store.install_packs`, one atomic write), never by hand: a crash mid-save leaves
the old library or the new one, whole.

Nothing is saved that the app could not use: the whole would-be library is checked
with `validate_pack`, exactly as an import of it would be, and the saved template
is rendered once with its examples. Saving or deleting one template never touches
the user's other templates, favourites, history or drafts; deleting one drops only
its own favourite mark (when no language of it is left), so a later template that
happens to get the same id does not start out as a favourite.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from ..errors import LibraryError, PromptlibError
from ..history.hooks import record_edit
from ..library.exporting import OWN_LIBRARY_ID
from ..library.importing import utc_now
from ..library.validation import FORMAT_NAME, FORMAT_VERSION, validate_pack
from ..model import Template
from ..roles import BUILTIN_ROLES
from ..store.database import Store

# The library's name in each UI language (the format's `names`).
OWN_LIBRARY_NAMES = {"fi": "Omat kehotepohjani", "sv": "Mina promptmallar", "en": "My templates"}
OWN_SOURCE = "own"  # the provenance `source` of the library, as `libraries` lists it

Key = tuple[str, str]  # (template id, language)


class OwnTemplateError(PromptlibError):
    """An own template that cannot be saved or deleted, said in one line (English).

    *code* and *params* say the same for the GUI, which words it in the UI language
    (`gui/editor/savetexts.py`): "template-exists" and "no-such-template" ({id},
    {language}), "cannot-fill" ({detail})."""

    def __init__(self, message: str, code: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def _key(template: Mapping[str, Any]) -> Key:
    return (str(template.get("id", "")), str(template.get("language", "")))


class OwnTemplates:
    """Reading, saving and deleting the templates of `user.own` in *store*."""

    def __init__(self, store: Store, clock: Callable[[], str] = utc_now) -> None:
        self.store = store
        self.clock = clock

    def pack(self) -> dict[str, Any] | None:
        """The installed `user.own` pack (a fresh copy), or None before the first save."""
        for installed in self.store.installed_packs():
            if installed.pack_id == OWN_LIBRARY_ID:  # only this library is read
                pack: dict[str, Any] = copy.deepcopy(installed.pack)
                return pack
        return None

    def templates(self) -> list[dict[str, Any]]:
        pack = self.pack()
        return list(pack["templates"]) if pack else []

    def ids(self) -> set[str]:
        return {template["id"] for template in self.templates()}

    def get(self, template_id: str, language: str) -> dict[str, Any] | None:
        return next((t for t in self.templates() if _key(t) == (template_id, language)), None)

    def save(self, template: Mapping[str, Any], *, replaces: Key | None = None,
             role_names: Mapping[str, Mapping[str, str]] | None = None, note: str = "",
             source: str = "edit") -> Template:
        """Save *template* (library format), in place of *replaces* when given (the
        template as it was before this edit). Returns the template as saved.

        *role_names* are the display names of roles not built in (from the catalog),
        declared in the library so it stays valid on its own, also when exported.
        Raises LibraryError listing every problem, OwnTemplateError for a clash.
        The saved template becomes a version in its history (*source*, *note*)."""
        data = {key: value for key, value in dict(template).items() if value not in (None, "", [], {})
                or key in ("id", "language", "title", "body", "roles")}
        new_key = _key(data)
        pack = self.pack() or self._new_pack()
        templates = list(pack["templates"])
        at = next((i for i, t in enumerate(templates) if replaces is not None and _key(t) == replaces), None)
        clash = next((i for i, t in enumerate(templates) if _key(t) == new_key), None)
        if clash is not None and clash != at:
            raise OwnTemplateError(f"you already have a template '{new_key[0]}' in language '{new_key[1]}'",
                                   "template-exists", id=new_key[0], language=new_key[1])
        if at is None:
            templates.append(data)
        else:
            templates[at] = data
        pack["templates"] = templates
        pack["roles"] = self._declared_roles(pack, templates, role_names or {})
        if not pack["roles"]:
            del pack["roles"]
        pack["version"] = _next_version(pack.get("version"))
        self._check(pack, len(templates) - 1 if at is None else at)
        saved = Template.from_dict(data)
        self._render_check(saved)
        self.store.install_packs([(pack, self._provenance())])
        record_edit(self.store, data, library=OWN_LIBRARY_ID, source=source, note=note)
        return saved

    def delete(self, template_id: str, language: str) -> dict[str, Any]:
        """Remove one own template (one language); returns it, so it can be put back."""
        pack = self.pack()
        templates: list[dict[str, Any]] = pack["templates"] if pack else []
        removed = next((t for t in templates if _key(t) == (template_id, language)), None)
        if pack is None or removed is None:
            raise OwnTemplateError(f"you have no template '{template_id}' in language '{language}'",
                                   "no-such-template", id=template_id, language=language)
        pack["templates"] = [t for t in templates if t is not removed]
        if not pack["templates"]:
            self.store.install_packs([], remove=[OWN_LIBRARY_ID])
        else:
            pack["roles"] = self._declared_roles(pack, pack["templates"], {})
            if not pack["roles"]:
                del pack["roles"]
            pack["version"] = _next_version(pack.get("version"))
            self.store.install_packs([(pack, self._provenance())])
        if not any(t["id"] == template_id for t in pack["templates"]):
            self.store.set_favourite(template_id, False)
        return removed

    # -- internals -----------------------------------------------------------------

    def _new_pack(self) -> dict[str, Any]:
        return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION, "id": OWN_LIBRARY_ID,
                "name": OWN_LIBRARY_NAMES["en"], "names": dict(OWN_LIBRARY_NAMES), "version": "0",
                "publisher": OWN_SOURCE, "templates": []}

    def _provenance(self) -> dict[str, Any]:
        return {"source": OWN_SOURCE, "installed_at": self.clock()}

    @staticmethod
    def _declared_roles(pack: Mapping[str, Any], templates: list[dict[str, Any]],
                        role_names: Mapping[str, Mapping[str, str]]) -> list[dict[str, Any]]:
        known = {role.get("id"): role for role in pack.get("roles", ()) if isinstance(role, dict)}
        used = dict.fromkeys(role for t in templates for role in t.get("roles", ()) if role not in BUILTIN_ROLES)
        declared = []
        for role in used:
            names = dict(role_names.get(role) or {}) or dict(known.get(role, {}).get("names") or {}) or {"en": role}
            declared.append({"id": role, "names": names})
        return declared

    @staticmethod
    def _check(pack: dict[str, Any], index: int) -> None:
        problems = validate_pack(pack)
        if problems:
            # The problems of the template being saved first; others (should there be
            # any in a library edited elsewhere) are reported as they are.
            mine = [p for p in problems if p.location.startswith(f"templates[{index}]")]
            raise LibraryError(OWN_LIBRARY_ID, mine or problems)

    @staticmethod
    def _render_check(template: Template) -> None:
        from ..render.renderer import Renderer
        from ..render.values import example_values

        try:
            Renderer().render(template, example_values(template), placeholders=True)
        except PromptlibError as error:
            raise OwnTemplateError(f"the template cannot be filled in: {error}", "cannot-fill",
                                   detail=str(error)) from None


def _next_version(version: Any) -> str:
    """Each save is a new version of the library (1, 2, 3, ...), so an export of it can
    be told apart from the one before."""
    try:
        return str(int(str(version)) + 1)
    except ValueError:
        return "1"
