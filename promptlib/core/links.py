"""Which links promptlib may open in the user's browser.

Library packs and the policy file are untrusted text, and a link in them is opened by the
desktop, which hands `smb:`, `file:`, `ms-settings:` and any other scheme to whatever
program claims it. So only one kind of link is ever opened: a plain `https://` address
with a host name. Everything else is shown as text and never opened or loaded
(the guidance panel, "Copy and open" and the AI-rules link all ask `openable_link`).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

__all__ = ["MAX_LINK_LENGTH", "openable_link"]

MAX_LINK_LENGTH = 2_000  # as the policy file's links (core/policy.py)


def openable_link(url: str) -> str | None:
    """*url* if promptlib may open it in the browser, else None.

    Refused: any scheme but https (`http:`, `file:`, `smb:`, `javascript:`, `data:`,
    relative links); no host name; a user name or password before the host
    (`https://intra.fi@evil.example` opens evil.example); spaces, control, format or
    bidi characters anywhere (they hide what the address really is); backslashes
    (browsers read them as `/`); longer than MAX_LINK_LENGTH.
    """
    if not isinstance(url, str) or not url or len(url) > MAX_LINK_LENGTH:
        return None
    if "\\" in url or any(ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") for ch in url):
        return None
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return None
    if url[:8].lower() != "https://" or not hostname:
        return None
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return None
    return url
