"""A library's signature in words, the same in the import review and the guidance panel:
"Verified: HR-tiimi", or why it is unverified (the text says it; colour never does).

The states are `core.library.signing`'s; the publisher's name is the one the
organisation's policy gives its key.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

VERIFIED, UNSIGNED, UNTRUSTED = "verified", "unsigned", "untrusted"


def signature_text(state: str, publisher: str = "") -> str:
    """The words for *state*; "" for a library whose signature was never checked."""
    if state == VERIFIED:
        return QCoreApplication.translate("signaturetext", "Verified: %1").replace("%1", publisher)
    if state == UNSIGNED:
        return QCoreApplication.translate("signaturetext", "Unverified: the library is not signed")
    if state == UNTRUSTED:
        return QCoreApplication.translate(
            "signaturetext", "Unverified: signed with a key your organisation has not named as a trusted publisher")
    return ""
