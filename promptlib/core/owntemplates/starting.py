"""Where a new own template starts: blank, a copy of a library's template, or pasted text.

Each gives a library-format dict for the editor (not yet valid: a blank one has no
body). A copy records where it came from in the format's `copied_from` (library,
template id, language, library version; library/README.md), so a curator can later
tell which version of the municipality's template their own one was made from.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ..library.exporting import OWN_LIBRARY_ID
from ..model import Template
from .ids import template_id_for
from .placeholders import propose_variables

# The four headings of a template's guidance (library/README.md), in each language.
GUIDANCE_HEADINGS = {
    "fi": ("Milloin käyttää", "Älä syötä", "Tarkista vastauksesta", "Vinkki"),
    "sv": ("När du använder den", "Skriv aldrig in", "Kontrollera i svaret", "Tips"),
    "en": ("When to use", "Never enter", "Check in the answer", "Tip"),
}
COPY_SUFFIX = {"fi": "(kopio)", "sv": "(kopia)", "en": "(copy)"}
DEFAULT_ROLE = "documentation"  # a blank template needs one role; the user picks the right one


def guidance_skeleton(language: str) -> str:
    """The guidance headings in *language* with a "-" bullet under each, to fill in."""
    headings = GUIDANCE_HEADINGS.get(language, GUIDANCE_HEADINGS["fi"])
    return "\n\n".join(f"## {heading}\n- " for heading in headings) + "\n"


def blank_template(language: str, taken: Collection[str] = ()) -> dict[str, Any]:
    return {"id": template_id_for("", taken), "language": language, "title": "", "roles": [DEFAULT_ROLE],
            "tags": [], "summary": "", "body": "", "variables": [], "guidance": "",
            "data_policy": "no-personal-data"}


def from_text(text: str, language: str, taken: Collection[str] = ()) -> dict[str, Any]:
    """A template whose body is *text* with its placeholders turned into variables."""
    proposal = propose_variables(text.replace("\r\n", "\n").replace("\r", "\n"))
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first_line[:60].rstrip(" .:") if len(first_line) <= 60 else ""
    return {**blank_template(language, taken), "id": template_id_for(title, taken), "title": title,
            "body": proposal.body, "variables": proposal.variables}


def copy_for_editing(template: Template, taken: Collection[str] = ()) -> dict[str, Any]:
    """An own copy of *template*: the same prompt and fields, a new id and title, and
    where it came from (an own template's copy keeps the original's `copied_from`)."""
    data = template.to_dict()
    title = f"{template.title} {COPY_SUFFIX.get(template.language, COPY_SUFFIX['en'])}"
    origin = template.origin
    if origin is not None and origin.pack_id == OWN_LIBRARY_ID:
        copied_from = dict(template.copied_from)
    else:
        copied_from = {"library": origin.pack_id if origin else "unknown", "template": template.id,
                       "language": template.language, "version": origin.version if origin else "unknown"}
    data.update(id=template_id_for(title, taken), title=title[:2000])
    if copied_from:
        data["copied_from"] = copied_from
    else:
        data.pop("copied_from", None)
    return data
