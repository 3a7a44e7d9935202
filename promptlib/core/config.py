"""Where the user's data lives."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import platformdirs

from .languages import DEFAULT_LANGUAGE, normalise_language

APP_NAME = "promptlib"
HOME_VARIABLE = "PROMPTLIB_HOME"


def data_dir() -> Path:
    """The user's data folder: `PROMPTLIB_HOME` if set, else the platform's user data dir.

    Every test and script isolates itself by setting PROMPTLIB_HOME.
    """
    override = os.environ.get(HOME_VARIABLE, "").strip()
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def system_language() -> str:
    """fi, sv or en, read from the environment as Qt reads it (so the command line and
    the app agree); Finnish when unknown.

    The LANGUAGE list comes first, then the locale: the first of LC_ALL, LC_MESSAGES
    and LANG that is set. A "C" or "POSIX" locale means no language was chosen.
    Windows keeps its locale out of the environment, so there the system is asked;
    elsewhere Python would answer en_US for the C.UTF-8 locale it sets itself, which is
    no choice of the user's.
    """
    locale_name = next((value for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                        if (value := os.environ.get(name, ""))), "")
    candidates = os.environ.get("LANGUAGE", "").split(":")
    if locale_name.split(".")[0] not in ("C", "POSIX"):
        candidates.append(locale_name)
    if not locale_name and sys.platform == "win32":
        import locale

        with contextlib.suppress(ValueError):
            candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        if code := normalise_language(value):
            return code
        code = value.split(".")[0].split("_")[0].lower()
        if code in ("swedish", "finnish", "english"):   # Windows names ("Finnish_Finland")
            return {"swedish": "sv", "finnish": "fi", "english": "en"}[code]
    return DEFAULT_LANGUAGE
