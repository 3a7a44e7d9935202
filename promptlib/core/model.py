"""The library's data: packs of templates, each with typed variables.

These objects are built only from data that passed validation (`library.validation`),
so their constructors trust their input; `to_dict` gives back library format v1.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson

VARIABLE_TYPES = ("text", "multiline", "choice", "number", "date")
DATA_POLICIES = ("no-personal-data", "pseudonymised", "public")
# The library that holds the templates the user writes in the app (core/owntemplates).
OWN_LIBRARY_ID = "user.own"


@dataclass(frozen=True)
class Variable:
    name: str
    label: str
    type: str = "text"
    required: bool = False
    help: str = ""
    example: Any = None
    default: Any = None
    choices: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Variable:
        return cls(
            name=data["name"],
            label=data.get("label") or data["name"],
            type=data.get("type", "text"),
            required=bool(data.get("required", False)),
            help=data.get("help", ""),
            example=data.get("example"),
            default=data.get("default"),
            choices=tuple(data.get("choices", ())),
            min=data.get("min"),
            max=data.get("max"),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "label": self.label, "type": self.type}
        if self.required:
            data["required"] = True
        for key in ("help", "example", "default", "min", "max"):
            value = getattr(self, key)
            if value not in (None, ""):
                data[key] = value
        if self.choices:
            data["choices"] = list(self.choices)
        return data


class LazyVariables(Sequence):
    """A template's variables, built from their dicts on first use.

    Start-up with 10,000 installed templates would otherwise spend a third of its
    time building Variable objects for forms nobody has opened yet.
    """

    __slots__ = ("_built", "_data")

    def __init__(self, data: Sequence[dict[str, Any]] | bytes) -> None:
        self._data = data
        self._built: tuple[Variable, ...] | None = None

    def _items(self) -> tuple[Variable, ...]:
        if self._built is None:
            data = orjson.loads(self._data) if isinstance(self._data, bytes) else self._data
            self._built = tuple(Variable.from_dict(item) for item in data)
            self._data = ()
        return self._built

    def __getitem__(self, index):
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())

    def __iter__(self) -> Iterator[Variable]:
        return iter(self._items())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (tuple, LazyVariables)):
            return self._items() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._items())

    def __repr__(self) -> str:
        return repr(self._items())


def installed_origin(provenance: Mapping[str, Any]) -> dict[str, str]:
    """The `Origin` fields an installed pack's provenance gives (library/importing.py
    writes it): where it came from, when, and what its signature said."""
    record = provenance.get("signature")
    record = record if isinstance(record, dict) else {}
    state = record.get("state")
    publisher = record.get("publisher")
    return {"source": str(provenance.get("source", "")), "installed_at": str(provenance.get("installed_at", "")),
            "signature": state if isinstance(state, str) else "",
            "verified_by": publisher if state == "verified" and isinstance(publisher, str) else ""}


def pack_names(data: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """A pack's `names` (its name by language) as (language, name) pairs, in file order."""
    names = data.get("names")
    if not isinstance(names, dict):
        return ()
    return tuple((language, name) for language, name in names.items() if isinstance(name, str) and name.strip())


class Origin(NamedTuple):
    """Which library provides a template: the pack, whether it is built in, and where an
    installed one came from. The one record of a library's provenance (templates carry
    it, import plans name the library already providing a template, `libraries` lists it)."""

    pack_id: str
    pack_name: str
    version: str
    publisher: str
    builtin: bool = True
    source: str = ""
    installed_at: str = ""
    names: tuple[tuple[str, str], ...] = ()  # the pack's `names`: (language, name) pairs
    # What its signature said at install (`library.signing`): "verified", "unsigned",
    # "untrusted", or "" (built in, or installed before signatures were checked).
    signature: str = ""
    verified_by: str = ""   # the trusted publisher's name, when verified

    @classmethod
    def of_pack(cls, data: Mapping[str, Any], *, builtin: bool, source: str = "",
                installed_at: str = "", signature: str = "", verified_by: str = "") -> Origin:
        """The origin of a pack given as library-format fields (id, name, version, publisher)."""
        return cls(data["id"], data["name"], data["version"], data["publisher"], builtin, source,
                   installed_at, pack_names(data), signature, verified_by)

    def name_in(self, language: str) -> str:
        """The library's name in *language*, else its `name`."""
        return dict(self.names).get(language) or self.pack_name

    @property
    def own(self) -> bool:
        """Whether this is the user's own library (templates they wrote in the app)."""
        return self.pack_id == OWN_LIBRARY_ID

    def describe(self) -> str:
        kind = ", built in" if self.builtin else ""
        return f"{self.pack_name} ({self.pack_id} {self.version}{kind})"


_DETAIL_FIELDS = frozenset(("body", "guidance", "data_policy", "variables", "lint_waive", "lint_why", "copied_from"))


class PackDetails:
    """The details (body, guidance, variables...) of a pack's templates built from summary
    rows: *load* gives one row per template, in order, as `store.startup_cache.DETAIL_FIELDS`."""

    __slots__ = ("_load", "_lock", "templates")

    def __init__(self, load: Callable[[], Sequence[tuple]]) -> None:
        self._load: Callable[[], Sequence[tuple]] | None = load
        self._lock = threading.Lock()
        self.templates: tuple[Template, ...] = ()

    def fill(self) -> None:
        with self._lock:
            if self._load is None:
                return
            rows = self._load()
            for template, (body, guidance, data_policy, variables, lint_waive, lint_why, copied_from) in \
                    zip(self.templates, rows, strict=True):
                template.__dict__.update(body=body, guidance=guidance, data_policy=data_policy,
                                         variables=LazyVariables(variables), lint_waive=tuple(lint_waive),
                                         lint_why=lint_why, copied_from=tuple(tuple(pair) for pair in copied_from))
                del template.__dict__["_details"]
            self._load = None

    def bodies(self) -> list[str]:
        """The bodies of `templates`, in order, without keeping them in the templates: what
        the search index reads, pack by pack, so 100,000 bodies are never in memory at once."""
        with self._lock:
            if self._load is not None:
                return [row[0] for row in self._load()]
        return [template.body for template in self.templates]


@dataclass(frozen=True)
class Template:
    id: str
    language: str
    title: str
    body: str
    roles: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    summary: str = ""
    variables: tuple[Variable, ...] = ()
    guidance: str = ""
    data_policy: str = ""
    # The prompt-quality lint rules the curator has waived for this template, and why
    # (library/README.md, "Prompt-quality lint").
    lint_waive: tuple[str, ...] = ()
    lint_why: str = ""
    # Where a copy the user edited came from: (field, value) pairs of the format's
    # `copied_from` (library, template, language, version); library/README.md.
    copied_from: tuple[tuple[str, str], ...] = ()
    origin: Origin | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.language)

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute that is not there: the details of a template built
        # by `from_summary`, read for its whole pack when one of them is first wanted.
        details = self.__dict__.get("_details")
        if details is None or name not in _DETAIL_FIELDS:
            raise AttributeError(name)
        details.fill()
        return self.__dict__[name]

    def variable(self, name: str) -> Variable:
        for variable in self.variables:
            if variable.name == name:
                return variable
        raise KeyError(name)

    @classmethod
    def from_dict(cls, data: dict[str, Any], origin: Origin | None = None) -> Template:
        return cls(
            id=data["id"],
            language=data["language"],
            title=data["title"],
            body=data["body"],
            roles=tuple(data.get("roles", ())),
            tags=tuple(data.get("tags", ())),
            summary=data.get("summary", ""),
            variables=LazyVariables(data.get("variables", ())),  # type: ignore[arg-type]
            guidance=data.get("guidance", ""),
            data_policy=data.get("data_policy", ""),
            lint_waive=tuple(data.get("lint", {}).get("waive", ())),
            lint_why=data.get("lint", {}).get("why", ""),
            copied_from=tuple(data.get("copied_from", {}).items()),
            origin=origin,
        )

    @classmethod
    def from_summary(cls, row: tuple, origin: Origin | None, details: PackDetails) -> Template:
        """From a `store.startup_cache` summary row; the body and the rest come from
        *details* when first wanted (start-up with 100,000 templates reads no bodies)."""
        template = object.__new__(cls)
        template_id, language, title, roles, tags, summary = row
        template.__dict__.update(id=template_id, language=language, title=title, roles=roles, tags=tags,
                                 summary=summary, origin=origin, _details=details)
        return template

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "language": self.language,
            "title": self.title,
            "roles": list(self.roles),
            "tags": list(self.tags),
            "summary": self.summary,
            "body": self.body,
            "variables": [variable.to_dict() for variable in self.variables],
            "guidance": self.guidance,
        }
        if self.data_policy:
            data["data_policy"] = self.data_policy
        if self.lint_waive:
            data["lint"] = {"waive": list(self.lint_waive), "why": self.lint_why}
        if self.copied_from:
            data["copied_from"] = dict(self.copied_from)
        return data


# The dataclass leaves each default as a class attribute, which a template built by
# `from_summary` would show instead of its own details (`__getattr__` is asked only for
# what is missing). `__init__` keeps the defaults itself.
for _detail in _DETAIL_FIELDS:
    if _detail in Template.__dict__:
        delattr(Template, _detail)


@dataclass(frozen=True)
class Pack:
    id: str
    name: str
    version: str
    publisher: str
    templates: tuple[Template, ...]
    description: str = ""
    role_names: dict[str, dict[str, str]] = field(default_factory=dict, compare=False)
    names: dict[str, str] = field(default_factory=dict, compare=False)  # `name` by language

    def name_in(self, language: str) -> str:
        """The library's name in *language*, else its `name`."""
        return self.names.get(language) or self.name

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, builtin: bool = True, source: str = "",
                  installed_at: str = "", signature: str = "", verified_by: str = "") -> Pack:
        origin = Origin.of_pack(data, builtin=builtin, source=source, installed_at=installed_at,
                                signature=signature, verified_by=verified_by)
        return cls(
            id=data["id"],
            name=data["name"],
            version=data["version"],
            publisher=data["publisher"],
            description=data.get("description", ""),
            templates=tuple(Template.from_dict(t, origin) for t in data.get("templates", ())),
            role_names={role["id"]: dict(role.get("names", {})) for role in data.get("roles", ())},
            names=dict(pack_names(data)),
        )

    @classmethod
    def from_summary(cls, fields: dict[str, Any], templates: list[tuple],
                     load_details: Callable[[], Sequence[tuple]], *, builtin: bool = False,
                     source: str = "", installed_at: str = "", signature: str = "", verified_by: str = "") -> Pack:
        """From a `store.startup_cache.CachedLibrary`: each template's body and the rest are
        read (for the whole pack) when one of them is first wanted."""
        origin = Origin.of_pack(fields, builtin=builtin, source=source, installed_at=installed_at,
                                signature=signature, verified_by=verified_by)
        details = PackDetails(load_details)
        details.templates = tuple(Template.from_summary(row, origin, details) for row in templates)
        return cls(
            id=fields["id"], name=fields["name"], version=fields["version"], publisher=fields["publisher"],
            description=fields.get("description", ""), templates=details.templates,
            role_names={role["id"]: dict(role.get("names", {})) for role in fields.get("roles", ())},
            names=dict(pack_names(fields)),
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": "promptlib-library",
            "format_version": 1,
            "id": self.id,
            "name": self.name,
            "version": self.version,
            "publisher": self.publisher,
        }
        if self.names:
            data["names"] = dict(self.names)
        if self.description:
            data["description"] = self.description
        if self.role_names:
            data["roles"] = [{"id": rid, "names": names} for rid, names in self.role_names.items()]
        data["templates"] = [template.to_dict() for template in self.templates]
        return data
