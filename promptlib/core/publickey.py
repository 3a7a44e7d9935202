"""A library publisher's public key as one line of text: ``promptlib-ed25519:<base64>``.

`promptlib keygen` writes this line to ``FILE.pub``; IT pastes it into the policy
(`trusted_publishers`); `library.signing` verifies signatures with it. Reading the
line needs no cryptography library, so the policy can check a key at start-up for
free: the 32 bytes of an Ed25519 public key, base64 (standard alphabet, padded).

A key's id is the first 16 hex digits of the SHA-256 of its 32 bytes: short enough to
read out over the phone, and what a signature file names as the key that made it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

KEY_PREFIX = "promptlib-ed25519:"
KEY_BYTES = 32
KEY_ID_DIGITS = 16
MAX_KEY_TEXT = 200   # the line is 62 characters; a longer one is a paste gone wrong


class KeyTextError(ValueError):
    """The text is not a public key line; the message says why, fit to show as it is."""


def read_public_key(text: str) -> bytes:
    """The 32 key bytes of a public key line; KeyTextError says what is wrong."""
    if not isinstance(text, str):
        raise KeyTextError("must be a text such as promptlib-ed25519:<base64>")
    text = text.strip()
    if len(text) > MAX_KEY_TEXT:
        raise KeyTextError(f"is longer than {MAX_KEY_TEXT} characters; paste only the one line of the .pub file")
    if not text.startswith(KEY_PREFIX):
        raise KeyTextError(f"does not start with {KEY_PREFIX} (paste the line of the .pub file "
                           "that `promptlib keygen` wrote)")
    encoded = text[len(KEY_PREFIX):]
    try:
        raw = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise KeyTextError("is not valid base64 after the prefix (a character is missing or wrong)") from None
    if len(raw) != KEY_BYTES:
        raise KeyTextError(f"holds {len(raw)} bytes, not the {KEY_BYTES} of an Ed25519 public key "
                           "(is part of the line missing?)")
    return raw


def public_key_text(raw: bytes) -> str:
    """The one line for the key bytes *raw*."""
    return KEY_PREFIX + base64.b64encode(raw).decode("ascii")


def key_id(raw: bytes) -> str:
    """The key's short id: the first 16 hex digits of SHA-256 of its bytes."""
    return hashlib.sha256(raw).hexdigest()[:KEY_ID_DIGITS]
