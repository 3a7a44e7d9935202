"""Where the user's data lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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
    """fi, sv or en from the environment's locale; Finnish when unknown (our users' default)."""
    import locale

    names = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    candidates = [value for name in names if (value := os.environ.get(name, ""))]
    if not candidates:  # e.g. Windows, where the locale is not in the environment
        try:
            candidates.append(locale.getlocale()[0] or "")
        except ValueError:
            pass
    # "C" or "POSIX" means no language was chosen (Python would still report en_US
    # for C.UTF-8): that is unknown, so Finnish.
    for value in candidates:
        code = value.split(":")[0].split(".")[0].split("_")[0].lower()
        if code in ("fi", "sv", "en"):
            return code
        if code in ("swedish", "finnish", "english"):
            return {"swedish": "sv", "finnish": "fi", "english": "en"}[code]
    return "fi"
