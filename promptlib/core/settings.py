"""The names of the user's settings, in one place, and the rules that read them.

Settings live in the store's `state.json` (`Store.setting` / `Store.set_setting`);
every part of promptlib names a setting through these constants, so a key is never
spelled twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import config
from .languages import normalise_language

if TYPE_CHECKING:
    from .store.database import Store

UI_LANGUAGE = "ui_language"                  # "fi", "sv", "en"; unset: the system's
TEMPLATE_LANGUAGE = "template_language"      # unset: the UI language
LIBRARY_SOURCES = "library_sources"          # the user's own library sources (list of text)
LAST_CATEGORY = "last_category"              # the browser's category key at exit
LAST_TEMPLATE = "last_template"              # the template id selected at exit
WINDOW_GEOMETRY = "window_geometry"          # Qt's saveGeometry(), base64
SPLITTER_SIZES = "splitter_sizes"            # the main splitter's sizes, a list of int
ANSWER_CHECKLIST_HIDDEN = "answer_checklist_hidden"   # true: no checklist after copying
PUBLISHED = "published_libraries"            # what `publish` wrote, newest last (core/publishing.py)


def template_language(store: Store, ui_language: str | None = None) -> str:
    """The language templates are shown in: the user's choice, else the UI language
    (*ui_language* where the app has applied one, else the UI setting), else the
    system's."""
    return (normalise_language(store.setting(TEMPLATE_LANGUAGE))
            or normalise_language(ui_language)
            or normalise_language(store.setting(UI_LANGUAGE))
            or config.system_language())
