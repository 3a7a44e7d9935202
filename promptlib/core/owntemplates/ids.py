"""Template and variable ids made from what the user wrote: ASCII, safe, unique.

A new template's id follows its title until the template is first saved and is then
fixed, because favourites and history are keyed by it (library/README.md: ids are
lowercase ASCII letters, digits, `.`, `_` and `-`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from ..render.simple import RESERVED_NAMES

MAX_ID_CHARS = 60       # well under the format's 100, room for a "-2" suffix
MAX_NAME_CHARS = 40     # a variable name people can still read in the body
_NOT_ID = re.compile(r"[^a-z0-9]+")
# Letters NFKD does not take apart into a base letter and a mark.
_SPELLED_OUT = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ð": "d", "þ": "th", "ł": "l"})
# Names a proposed variable avoids: the reserved ones, and Jinja's own words, which a
# variable may be called (core/render/simple.py) but which make `{% if if %}` hard to read.
_AVOIDED = RESERVED_NAMES | {"and", "or", "in", "is", "if", "else", "elif", "endif", "for", "endfor",
                             "loop", "range", "set", "with", "block", "filter", "macro", "call", "raw"}


def ascii_words(text: str) -> list[str]:
    """The words of *text* in lowercase ASCII: "Päätös äänestä" → ["paatos", "aanesta"]."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_SPELLED_OUT))
    plain = "".join(character for character in folded if not unicodedata.combining(character))
    return [word for word in _NOT_ID.split(plain.encode("ascii", "ignore").decode()) if word]


def _unique(base: str, taken: Collection[str], joiner: str, limit: int) -> str:
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"{joiner}{number}"
        candidate = base[:limit - len(suffix)].rstrip("-_") + suffix
        if candidate not in taken:
            return candidate
        number += 1


def template_id_for(title: str, taken: Collection[str], prefix: str = "own.") -> str:
    """A safe template id from *title*, not in *taken*: "Työpaikkailmoitus" → "own.tyopaikkailmoitus".

    The prefix keeps the user's templates from shadowing a library's (the catalog lets
    a later library win on the same id)."""
    slug = "-".join(ascii_words(title))[:MAX_ID_CHARS - len(prefix)].strip("-") or "template"
    return _unique(prefix + slug, taken, "-", MAX_ID_CHARS)


def variable_name_for(text: str, taken: Collection[str], *, max_words: int = 4) -> str:
    """A variable name from a label or placeholder: "vastaanottajan nimi" → "vastaanottajan_nimi".

    Lowercase ASCII and `_`, starting with a letter, never a reserved word, not in *taken*."""
    words = ascii_words(text)[:max_words]
    name = "_".join(words)[:MAX_NAME_CHARS].strip("_")
    if not name:
        name = "field"
    if name[0].isdigit():
        name = "field_" + name
    name = name[:MAX_NAME_CHARS].strip("_")
    if name in _AVOIDED:
        name += "_value"
    return _unique(name, set(taken) | _AVOIDED, "_", MAX_NAME_CHARS)
