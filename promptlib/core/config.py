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

    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for value in candidates:
        code = value.split(":")[0].split(".")[0].split("_")[0].lower()
        if code in ("fi", "sv", "en"):
            return code
        if code in ("swedish", "finnish", "english"):
            return {"swedish": "sv", "finnish": "fi", "english": "en"}[code]
    return "fi"
