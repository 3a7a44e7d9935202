"""The one-line public key text IT pastes into the policy."""

from __future__ import annotations

import pytest

from promptlib.core.publickey import KeyTextError, key_id, public_key_text, read_public_key

RAW = bytes(range(32))


def test_a_key_line_round_trips_and_has_a_short_id() -> None:
    text = public_key_text(RAW)
    assert text.startswith("promptlib-ed25519:") and "\n" not in text
    assert read_public_key(f"  {text}\r\n") == RAW
    assert len(key_id(RAW)) == 16 and key_id(RAW) != key_id(bytes(32))


@pytest.mark.parametrize("text, why", [
    ("ssh-ed25519 AAAA", "does not start with"),
    ("promptlib-ed25519:AAAA", "holds 3 bytes"),
    ("promptlib-ed25519:" + "*" * 44, "not valid base64"),
    ("promptlib-ed25519:" + "A" * 500, "longer than"),
    (42, "must be a text"),
])
def test_what_is_not_a_key_line_says_why(text, why) -> None:
    with pytest.raises(KeyTextError, match=why):
        read_public_key(text)
