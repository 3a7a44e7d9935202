"""Release notes suggested from the template history, for a publish given none.

A curator writes a note with each saved version ("fixed the order of steps"); what
subscribers of the next release want to read is those notes for every template the
release changes, since the version of it that was last published:
"Perehdytyssuunnitelma: fixed the order of steps; Tiedote: new template". The text is
a suggestion: the CLI uses it when `--notes` is not given, the publish dialog puts it
in its notes field to edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .snapshots import TemplateHistory, Version

__all__ = ["ReleaseNote", "release_notes", "release_notes_text"]

NEW_TEMPLATE = "new template"   # the CLI's word; the app passes its own translation


@dataclass(frozen=True)
class ReleaseNote:
    """What one changed template's entry in the notes says."""

    template_id: str
    language: str
    title: str
    notes: tuple[str, ...]   # the notes of its versions since it was last published, oldest first
    new: bool                # not in the pack subscribers have now


def _since_last_published(versions: list[Version]) -> list[Version]:
    published = [v.number for v in versions if v.published]
    return [v for v in versions if v.number > max(published, default=0)]


def release_notes(history: TemplateHistory, library: str,
                  changed: Iterable[tuple[str, str, str, bool]]) -> list[ReleaseNote]:
    """An entry for each changed template (*changed*: id, language, title, new) that has
    notes since its last published version, or is new; in the order given. The same
    note written for several versions is said once."""
    kept = history.library_versions(library)
    entries = []
    for template_id, language, title, new in changed:
        notes: list[str] = []
        for version in _since_last_published(kept.get((template_id, language), [])):
            note = " ".join(version.note.split())   # one line: notes are joined into one text
            if note and note not in notes:
                notes.append(note)
        if notes or new:
            entries.append(ReleaseNote(template_id, language, title, tuple(notes), new))
    return entries


def release_notes_text(entries: Iterable[ReleaseNote], new_template: str = NEW_TEMPLATE) -> str:
    """`Title: note, note; Title: new template`, or "" when there is nothing to say."""
    return "; ".join(f"{entry.title}: {', '.join(entry.notes) if entry.notes else new_template}"
                     for entry in entries)
