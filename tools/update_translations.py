"""Refresh the UI translation sources from the GUI code, then build the .qm files.

    .venv/bin/python tools/update_translations.py      (or: make translations)

1. `pyside6-lupdate` scans every promptlib/gui Python file and merges the strings
   passed to `tr()` / `QCoreApplication.translate()` into
   resources/translations/promptlib_{fi,sv,en}.ts. Existing translations are kept;
   a reworded string keeps the old translation as a suggestion marked unfinished.
   English is the source language, so promptlib_en.ts holds only the plural forms
   ("%n template(s)" -> "1 template" / "5 templates").
2. `pyside6-lrelease` builds promptlib_<lang>.qm next to each .ts (unfinished
   translations are left out, so the UI shows English rather than a guess).
3. It builds qtsupplement_<lang>.qm from the hand-written qtsupplement_<lang>.ts: Qt's
   own dialog texts (the file dialog's "&Look in:", ...) that Qt's qtbase_<lang>.qm lacks;
   gui/translations.py loads it after qtbase.
4. It lists what is still untranslated. Translate it in Qt Linguist
   (`pyside6-linguist resources/translations/promptlib_fi.ts`) or edit the XML, and
   run this again. tests/gui/test_translations.py fails until nothing is left.

Both the .ts and the .qm files are committed: the wheel ships resources/ as it is.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
GUI = REPO / "promptlib" / "gui"
# Target languages as Qt names them; Finland-Swedish for sv.
LANGUAGES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
SOURCE_ONLY_PLURALS = {"en"}  # languages whose .ts holds only plural forms


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]   # one, or one per plural form
    status: str                     # "" when finished, else "unfinished", "vanished", ...

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return not self.status and all(text.strip() for text in self.translations) and bool(self.translations)


def tool(name: str) -> str:
    """A Qt tool from the venv running this script, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into the venv (make run)")
    return found


def gui_sources(root: Path = REPO) -> list[str]:
    """The GUI's Python files, relative to *root*, so .ts locations stay portable."""
    return sorted(str(path.relative_to(root)) for path in (root / "promptlib" / "gui").rglob("*.py"))


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"promptlib_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"promptlib_{language}.qm"


SUPPLEMENT_LANGUAGES = ("fi", "sv")  # English is Qt's source language


def supplement_ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"qtsupplement_{language}.ts"


def supplement_qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"qtsupplement_{language}.qm"


def lupdate(language: str, ts_file: Path, root: Path = REPO) -> None:
    """Merge the code's current strings into *ts_file* (created when missing)."""
    command = [tool("pyside6-lupdate"), *gui_sources(root), "-no-obsolete", "-locations", "absolute",
               "-target-language", LANGUAGES[language]]
    if language in SOURCE_ONLY_PLURALS:
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", str(ts_file)], cwd=root, check=True, capture_output=True, text=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-nounfinished", "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True, capture_output=True, text=True)


def messages(ts_file: Path) -> list[Message]:
    """Every message in a .ts file, with its translation state."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                status = "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = tuple(form.text or "" for form in forms) if numerus else (translation.text or "",)
                status = translation.get("type", "")
            found.append(Message(name, message.findtext("source", ""), message.findtext("comment", ""),
                                 numerus, texts, status))
    return found


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    missing_total = 0
    for language in LANGUAGES:
        ts_file = ts_path(language)
        lupdate(language, ts_file)
        lrelease(ts_file, qm_path(language))
        todo = [message for message in messages(ts_file) if not message.finished]
        missing_total += len(todo)
        print(f"{ts_file.relative_to(REPO)}: {len(messages(ts_file))} strings, {len(todo)} to translate")
        for message in todo:
            print(f"    [{message.context}] {message.source!r}")
    for language in SUPPLEMENT_LANGUAGES:
        lrelease(supplement_ts_path(language), supplement_qm_path(language))
        print(f"{supplement_qm_path(language).relative_to(REPO)}: built")
    if missing_total:
        print("Translate the strings above (pyside6-linguist, or edit the .ts XML), then run this again.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
