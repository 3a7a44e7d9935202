"""What to check in the AI's answer, taken from a template's guidance notes.

Guidance is Markdown with fixed section headings (library/README.md); the "check in
the answer" section is ``## Tarkista vastauksesta`` (fi), ``## Kontrollera i svaret``
(sv) or ``## Check in the answer`` (en).  Any of the three is recognised whatever the
template's language, at any heading level, with or without a trailing colon.

Guidance comes from library packs, which are untrusted: `markdown_for_display` is what
the guidance panel renders (no raw HTML, hidden characters shown).
"""

from __future__ import annotations

import re

from .invisible import reveal

__all__ = ["CHECK_HEADINGS", "DEFAULT_CHECKLIST", "DISCLOSURE_REMINDER", "MAX_ITEMS",
           "check_items", "checklist", "markdown_for_display"]

CHECK_HEADINGS = {
    "fi": "Tarkista vastauksesta",
    "sv": "Kontrollera i svaret",
    "en": "Check in the answer",
}

# For templates without the section: facts, figures, names, tone.
DEFAULT_CHECKLIST = {
    "fi": [
        "Tosiasiat: pitävätkö väitteet paikkansa? Tekoäly voi keksiä asioita.",
        "Luvut, päivämäärät ja summat.",
        "Nimet, nimikkeet ja viittaukset (lait, päätökset, lähteet).",
        "Sävy ja selkeys: sopiiko teksti lukijalle?",
    ],
    "sv": [
        "Fakta: stämmer påståendena? AI kan hitta på saker.",
        "Siffror, datum och belopp.",
        "Namn, titlar och hänvisningar (lagar, beslut, källor).",
        "Ton och tydlighet: passar texten läsaren?",
    ],
    "en": [
        "Facts: are the claims true? AI can make things up.",
        "Figures, dates and amounts.",
        "Names, titles and references (laws, decisions, sources).",
        "Tone and clarity: does the text suit its reader?",
    ],
}

DISCLOSURE_REMINDER = {
    "fi": "Kerro, että tekoälyä on käytetty, jos organisaatiosi sitä edellyttää.",
    "sv": "Berätta att AI har använts där din organisation kräver det.",
    "en": "Say that AI was used where your organisation requires it.",
}

MAX_ITEMS = 10  # a checklist is read at a glance; longer sections are cut

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$")
_CHECK_TITLES = {title.casefold() for title in CHECK_HEADINGS.values()}
# Inline Markdown that would show as stray characters in a plain list.
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def _language(language: str) -> str:
    code = (language or "")[:2].lower()
    return code if code in CHECK_HEADINGS else "fi"


def _plain(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())


def check_items(guidance_markdown: str) -> list[str]:
    """The items of the "check in the answer" section; [] when there is none.

    Bullet and numbered items become one entry each (indented continuation lines
    join their item); a section written as paragraphs gives one entry per paragraph.
    """
    items: list[str] = []
    current: list[str] | None = None
    inside = False
    heading_level = 0
    for line in (guidance_markdown or "").splitlines():
        heading = _HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2).rstrip(":").strip()
            if inside and level <= heading_level:
                break
            if not inside and title.casefold() in _CHECK_TITLES:
                inside, heading_level = True, level
            continue
        if not inside:
            continue
        bullet = _BULLET.match(line)
        if bullet:
            current = [bullet.group(1)]
            items.append("")
        elif not line.strip():
            current = None  # a blank line ends the item
            continue
        elif current is None:
            current = [line]
            items.append("")
        else:
            current.append(line)
        items[-1] = _plain(" ".join(current))
    return [item for item in items if item][:MAX_ITEMS]


def checklist(guidance_markdown: str, language: str, disclosure: bool = True) -> list[str]:
    """What to check in the answer: the template's own items, or the defaults for
    *language* (fi, sv or en; a locale such as sv_FI works; else Finnish), followed by
    the reminder to say that AI was used (unless *disclosure* is false)."""
    lang = _language(language)
    items = check_items(guidance_markdown) or list(DEFAULT_CHECKLIST[lang])
    if disclosure:
        items.append(DISCLOSURE_REMINDER[lang])
    return items


# A "<" that could open raw HTML (a tag, a closing tag, a comment, a declaration or a
# processing instruction), not already escaped: an even run of backslashes before it
# escapes only themselves.
_RAW_HTML = re.compile(r"(?<!\\)((?:\\\\)*)<(?=[A-Za-z/!?])")


def markdown_for_display(guidance_markdown: str) -> str:
    """A pack's guidance as the guidance panel may render it.

    Raw HTML would let a pack restyle or hide the panel (`<style>`, `<textarea>`), load
    files or forge what promptlib itself shows there, so every `<` that could open HTML
    is backslash-escaped and shows as itself. This applies inside code spans too, where
    a backslash is literal: such code shows `\\<` (guidance is prose; the renderer is
    also told not to read HTML, so this is the second of two locks, and the one that
    does not depend on how a renderer finds code). Hidden characters (bidi overrides,
    zero-width and control characters: `invisible.py`) are written as `⟨U+XXXX⟩`.
    """
    return _RAW_HTML.sub(r"\1\\<", reveal(guidance_markdown or ""))
