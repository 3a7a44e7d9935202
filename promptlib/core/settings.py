"""The names of the user's settings, in one place, and the rules that read them.

Settings live in the store's `state.json` (`Store.setting` / `Store.set_setting`);
every part of promptlib names a setting through these constants, so a key is never
spelled twice.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from . import config
from .languages import normalise_language


class _Settings(Protocol):
    """What reads settings (the store's `Store`); a protocol, so the store can import this module."""

    def setting(self, key: str, default: Any = None) -> Any: ...

UI_LANGUAGE = "ui_language"                  # "fi", "sv", "en"; unset: the system's
TEMPLATE_LANGUAGE = "template_language"      # unset: the UI language
LIBRARY_SOURCES = "library_sources"          # the user's own library sources (list of text)
LAST_CATEGORY = "last_category"              # the browser's category key at exit
LAST_TEMPLATE = "last_template"              # the template id selected at exit
WINDOW_GEOMETRY = "window_geometry"          # Qt's saveGeometry(), base64
SPLITTER_SIZES = "splitter_sizes"            # the main splitter's sizes, a list of int
ANSWER_CHECKLIST_HIDDEN = "answer_checklist_hidden"   # true: no checklist after copying
PUBLISHED = "published_libraries"            # what `publish` wrote, newest last (core/publishing.py)
DISPLAY_NAME = "display_name"                # who the user is in template history; unset: the OS user name
HISTORY_KEEP = "history_keep"                # unpublished versions kept per own template; unset or 0: all

# The JSON type of each setting (None always means unset) and, for a list, of its items.
# The store refuses to save another type and treats a loaded state.json holding one as
# damaged (`store/shapes.py`), so every reader can trust the type it gets.
VALUE_TYPES: dict[str, tuple[type, type | None]] = {
    UI_LANGUAGE: (str, None),
    TEMPLATE_LANGUAGE: (str, None),
    LIBRARY_SOURCES: (list, str),
    LAST_CATEGORY: (str, None),
    LAST_TEMPLATE: (str, None),
    WINDOW_GEOMETRY: (str, None),
    SPLITTER_SIZES: (list, int),
    ANSWER_CHECKLIST_HIDDEN: (bool, None),
    DISPLAY_NAME: (str, None),
    HISTORY_KEEP: (int, None),
}
_KIND_NAMES = {str: "a string", list: "a list", bool: "true or false", int: "a whole number"}


def value_problem(key: str, value: Any) -> str | None:
    """Why *value* cannot be the setting *key* (a known setting of another type), or None."""
    if key not in VALUE_TYPES or value is None:
        return None
    kind, item = VALUE_TYPES[key]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        return f"setting {key!r} must be {_KIND_NAMES[kind]}, not {type(value).__name__}"
    if item is not None and not all(isinstance(v, item) and not isinstance(v, bool) for v in cast(list[Any], value)):
        return f"setting {key!r} must be a list of {_KIND_NAMES[item].removeprefix('a ')}s"
    return None


def template_language(store: _Settings, ui_language: str | None = None) -> str:
    """The language templates are shown in: the user's choice, else the UI language
    (*ui_language* where the app has applied one, else the UI setting), else the
    system's."""
    return (normalise_language(store.setting(TEMPLATE_LANGUAGE))
            or normalise_language(ui_language)
            or normalise_language(store.setting(UI_LANGUAGE))
            or config.system_language())


def history_keep(store: _Settings) -> int | None:
    """How many unpublished versions of each own template to keep (`HISTORY_KEEP`): a
    whole number of at least 1, or None to keep them all (unset, 0 or negative)."""
    keep = store.setting(HISTORY_KEEP)
    return keep if isinstance(keep, int) and not isinstance(keep, bool) and keep >= 1 else None
