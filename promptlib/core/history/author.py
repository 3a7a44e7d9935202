"""Who a history version is by: the display name set in Settings, else the OS user name."""

from __future__ import annotations

import getpass
from typing import Any, Protocol

from .. import settings

UNKNOWN_AUTHOR = "?"


class _Settings(Protocol):
    def setting(self, key: str, default: Any = None) -> Any: ...


def author_name(store: _Settings | None = None) -> str:
    """The display name setting when set, else the OS user name, else "?"."""
    chosen = store.setting(settings.DISPLAY_NAME) if store is not None else None
    if isinstance(chosen, str) and chosen.strip():
        return chosen.strip()
    try:
        return getpass.getuser() or UNKNOWN_AUTHOR
    except (OSError, KeyError, ImportError):   # no USER/LOGNAME and no passwd entry (a container)
        return UNKNOWN_AUTHOR
