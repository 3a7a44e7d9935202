"""Signed libraries: a curator's key pair, the signature beside a pack, and its check.

A curator makes an Ed25519 key pair once (`generate_key_pair`, `promptlib keygen`):
the private key in a file only its owner can read, the public key as one line
(`core/publickey.py`) that IT pastes into the policy's `trusted_publishers`. Publishing
with the key (`sign_pack`) writes ``PACK.json.sig`` beside the pack; the pack itself is
not touched, so the library format stays v1 and a promptlib that knows nothing of
signatures still reads it.

The signature covers the pack file's exact bytes. The ``.sig`` file is a small JSON
object (library/README.md, "Signed libraries")::

    {"format": "promptlib-signature", "format_version": 1, "algorithm": "ed25519",
     "key_id": "1a2b3c4d5e6f7a8b",
     "signed": {"id": "org.example.hr", "version": "2026.12.1", "sha256": "<hex>"},
     "signature": "<base64 of 64 bytes>"}

Only ``signature`` (checked with the key named by ``key_id``) decides anything. The
``signed`` fields are not trusted: they only let a refusal say *why* the bytes and the
signature disagree: the file was changed after signing (same library and version,
other bytes), or the signature belongs to another file (another library or version,
e.g. a publish caught half-way: `core/publishing.py` renames the new signature into
place just before the new pack).

`verify_pack` gives a `Verification`: verified (by a trusted publisher, named),
unsigned, or untrusted (signed with a key the policy does not name). A signature that
does not match is never a state: it raises `LibraryError`, whatever the policy, with
one line saying what is wrong. `require_verified` refuses the unverified ones when the
policy sets `require_signed_sources`.

The ``cryptography`` package is imported only when a key is made, loaded or checked,
so start-up does not pay for it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LibraryError, PromptlibError
from ..problems import problem
from ..publickey import KeyTextError, key_id, public_key_text, read_public_key
from ..regularfile import FileTooLarge, NotARegularFile, read_regular_file, read_with_status

SIGNATURE_SUFFIX = ".sig"
SIGNATURE_FORMAT = "promptlib-signature"
SIGNATURE_FORMAT_VERSION = 1
ALGORITHM = "ed25519"
SIGNATURE_BYTES = 64
MAX_SIGNATURE_FILE = 8192   # a signature file is about 300 bytes
MAX_KEY_FILE = 8192
PUBLIC_SUFFIX = ".pub"

VERIFIED, UNSIGNED, UNTRUSTED = "verified", "unsigned", "untrusted"


class KeyFileError(PromptlibError):
    """A key file that cannot be made or used; the message is one line, fit to show, and
    `code` says which case it is, for the app to word (EXISTS, MISSING, LOOSE, ...)."""

    def __init__(self, message: str, code: str = "unusable") -> None:
        super().__init__(message)
        self.code = code


# KeyFileError codes.
KEY_EXISTS, KEY_MISSING, KEY_LOOSE, KEY_IS_PUBLIC, KEY_IS_PRIVATE, KEY_UNUSABLE = (
    "exists", "missing", "loose-permissions", "public-key", "private-key", "unusable")


@dataclass(frozen=True)
class TrustedKey:
    """A public key the user trusts, and the publisher's name to show for it."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)


@dataclass(frozen=True)
class Verification:
    """What a pack's signature says about it (a mismatch is an error, never this)."""

    state: str            # VERIFIED, UNSIGNED or UNTRUSTED
    publisher: str = ""   # the trusted publisher's name, when verified
    key_id: str = ""      # the key that signed it (verified or untrusted)

    @property
    def verified(self) -> bool:
        return self.state == VERIFIED

    def describe(self) -> str:
        """One English line for the command line: `Verified: HR-tiimi (key ...)`."""
        if self.state == VERIFIED:
            return f"Verified: {self.publisher} (key {self.key_id})"
        if self.state == UNTRUSTED:
            return (f"unverified: signed with key {self.key_id}, which is not a trusted publisher "
                    "in your organisation's policy")
        return "unverified: not signed"

    def to_provenance(self) -> dict[str, str]:
        """What the installed library's provenance keeps (`signature`; see importing.py)."""
        record = {"state": self.state}
        if self.publisher:
            record["publisher"] = self.publisher
        if self.key_id:
            record["key_id"] = self.key_id
        return record


# -- trusted keys ------------------------------------------------------------------------

def trusted_keys(policy: Any) -> list[TrustedKey]:
    """The keys of the policy's `trusted_publishers` (already checked by `policy.py`)."""
    keys = []
    for publisher in getattr(policy, "trusted_publishers", ()):
        try:
            keys.append(TrustedKey(publisher.name, read_public_key(publisher.public_key)))
        except KeyTextError:
            continue  # the policy reported it, and left it out; a hand-made Policy may not have
    return keys


def read_public_key_file(path: Path) -> TrustedKey:
    """A ``.pub`` file (`promptlib keygen`) as a trusted key named after the file."""
    try:
        raw = read_regular_file(path, MAX_KEY_FILE)  # a FIFO or a device is refused, not waited for
    except FileTooLarge:
        raise KeyFileError(f"{path}: is not a public key file (larger than {MAX_KEY_FILE} bytes)") from None
    except OSError as error:
        raise KeyFileError(f"{path}: cannot read the public key file ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(f"{path}: is not a public key file (not text)") from None
    if "PRIVATE KEY" in text:
        raise KeyFileError(f"{path}: is a private key; give the public key file ({path}.pub, one line)",
                           KEY_IS_PRIVATE)
    try:
        return TrustedKey(path.name, read_public_key(text))
    except KeyTextError as error:
        raise KeyFileError(f"{path}: the public key {error}") from None


# -- key pairs ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SigningKey:
    """A loaded private key: signs packs; `public_text` is its public key line."""

    path: Path
    private: Any   # cryptography's Ed25519PrivateKey
    public_key: bytes

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def public_text(self) -> str:
        return public_key_text(self.public_key)


def public_key_path(private_path: Path) -> Path:
    return private_path.with_name(private_path.name + PUBLIC_SUFFIX)


def generate_key_pair(output: Path) -> SigningKey:
    """Write a new private key to *output* (created 0600: only its owner can read it,
    from the first byte on) and its public key line to *output*.pub.

    Neither file may exist: a curator's key is never overwritten by accident.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public_path = public_key_path(output)
    for path in (output, public_path):
        if path.exists() or path.is_symlink():
            raise KeyFileError(f"{path}: already exists; promptlib does not overwrite a key "
                               "(choose another name, or move the old key away first)", KEY_EXISTS)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    _create(output, pem, 0o600)
    try:
        _create(public_path, (public_key_text(raw_public) + "\n").encode("ascii"), 0o644)
    except KeyFileError:
        os.unlink(output)   # no private key without its public half
        raise
    return SigningKey(output, private, raw_public)


def _create(path: Path, payload: bytes, mode: int) -> None:
    """Create *path* with *mode* (O_EXCL: never an existing file or a planted symlink)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, mode)
    except FileExistsError:
        raise KeyFileError(f"{path}: already exists; promptlib does not overwrite a key", KEY_EXISTS) from None
    except OSError as error:
        raise KeyFileError(f"{path}: cannot be created ({error.strerror or error})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        raise KeyFileError(f"{path}: cannot be written ({error.strerror or error})") from None


def load_private_key(path: Path) -> SigningKey:
    """The private key at *path*; KeyFileError when it is missing, not a promptlib key,
    or readable by others than its owner (POSIX: any group or other permission bit)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        # The status is of the very file read, not of whatever the name points to later;
        # a FIFO or a device is refused, not waited for.
        data, info = read_with_status(path, MAX_KEY_FILE)
    except FileNotFoundError:
        raise KeyFileError(f"{path}: no such key file (make one with promptlib keygen --output {path})",
                           KEY_MISSING) from None
    except (IsADirectoryError, NotARegularFile, FileTooLarge):
        raise KeyFileError(f"{path}: is not a key file") from None
    except OSError as error:
        raise KeyFileError(f"{path}: cannot read the key file ({error.strerror or error})") from None
    if data.lstrip().startswith(b"promptlib-ed25519:"):
        raise KeyFileError(f"{path}: is a public key; --sign needs the private key file "
                           f"({path.name.removesuffix(PUBLIC_SUFFIX)}, without .pub)", KEY_IS_PUBLIC)
    if os.name == "posix" and info.st_mode & 0o077:
        raise KeyFileError(f"{path}: the private key can be read by other users (permissions "
                           f"{stat.S_IMODE(info.st_mode):04o}); refusing to use it: run chmod 600 {path}, "
                           "and make a new key if others may have copied it", KEY_LOOSE)
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except TypeError:
        raise KeyFileError(f"{path}: the key is protected with a passphrase; promptlib uses keys "
                           "made by promptlib keygen") from None
    except ValueError:
        raise KeyFileError(f"{path}: is not a private key file (make one with promptlib keygen)") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(f"{path}: is not an Ed25519 key (make one with promptlib keygen)")
    raw_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return SigningKey(path, private, raw_public)


# -- signing -----------------------------------------------------------------------------

def signature_path(pack_path: Path) -> Path:
    """Where a pack's signature lives: beside it, ``PACK.json.sig``."""
    return pack_path.with_name(pack_path.name + SIGNATURE_SUFFIX)


def sign_pack(payload: bytes, key: SigningKey, *, pack_id: str, version: str) -> bytes:
    """The ``.sig`` file for the pack file bytes *payload*."""
    signature = key.private.sign(payload)
    document = {
        "format": SIGNATURE_FORMAT,
        "format_version": SIGNATURE_FORMAT_VERSION,
        "algorithm": ALGORITHM,
        "key_id": key.key_id,
        "signed": {"id": pack_id, "version": version, "sha256": hashlib.sha256(payload).hexdigest()},
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# -- verifying ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Signature:
    key_id: str
    signature: bytes
    signed: Mapping[str, Any]


def _damaged(where: str, reason: str) -> LibraryError:
    return LibraryError(where, [problem("", "signature-damaged", reason=reason)])


def _read_signature(raw: bytes, where: str) -> _Signature:
    """The parts of a ``.sig`` file; LibraryError saying how it is damaged."""
    if len(raw) > MAX_SIGNATURE_FILE:
        raise _damaged(where, f"it is larger than {MAX_SIGNATURE_FILE} bytes")
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _damaged(where, "it is not complete JSON (cut short or edited?)") from None
    if not isinstance(document, dict) or document.get("format") != SIGNATURE_FORMAT:
        raise _damaged(where, f"it is not a promptlib signature file (\"format\": \"{SIGNATURE_FORMAT}\")")
    if document.get("format_version") != SIGNATURE_FORMAT_VERSION:
        raise _damaged(where, f"its format_version is not {SIGNATURE_FORMAT_VERSION} (is there a newer promptlib?)")
    if document.get("algorithm") != ALGORITHM:
        raise _damaged(where, f"its algorithm is not {ALGORITHM}")
    identifier, encoded = document.get("key_id"), document.get("signature")
    if not isinstance(identifier, str) or not identifier:
        raise _damaged(where, "it names no key_id")
    if not isinstance(encoded, str):
        raise _damaged(where, "it holds no signature")
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(where, "its signature is not valid base64 (cut short?)") from None
    if len(signature) != SIGNATURE_BYTES:
        raise _damaged(where, f"its signature is {len(signature)} bytes, not {SIGNATURE_BYTES} (cut short?)")
    signed = document.get("signed")
    return _Signature(identifier, signature, signed if isinstance(signed, dict) else {})


def verify_pack(payload: bytes, signature_file: bytes | None, trusted: Iterable[TrustedKey], *,
                source: str, signature_source: str = "", pack_id: str = "",
                version: str = "") -> Verification:
    """Check the pack file bytes *payload* against its ``.sig`` file (None: there is none).

    Raises LibraryError when the signature is damaged or does not match the bytes,
    whoever made it: such a file was changed after signing, or the two do not belong
    together. *pack_id* and *version* (the pack's own, when it could be read) only
    choose the words of that refusal.
    """
    if signature_file is None:
        return Verification(UNSIGNED)
    where = signature_source or source + SIGNATURE_SUFFIX
    parsed = _read_signature(signature_file, where)
    signed_sha = parsed.signed.get("sha256")
    matching = hashlib.sha256(payload).hexdigest() == signed_sha
    keys = [key for key in trusted if key.key_id == parsed.key_id]
    if not keys:
        if isinstance(signed_sha, str) and not matching:
            raise _mismatch(parsed, source, pack_id, version)   # whoever signed it, these bytes were not it
        return Verification(UNTRUSTED, key_id=parsed.key_id)
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    for key in keys:
        try:
            Ed25519PublicKey.from_public_bytes(key.public_key).verify(parsed.signature, payload)
        except InvalidSignature:
            continue
        return Verification(VERIFIED, key.name, key.key_id)
    if matching:
        # The bytes are the ones signed, the signature is not the key's: it was made
        # with another key under this one's id, or damaged.
        raise LibraryError(source, [problem("", "signature-wrong-key", publisher=keys[0].name,
                                            key_id=parsed.key_id)])
    raise _mismatch(parsed, source, pack_id, version)


def _mismatch(parsed: _Signature, source: str, pack_id: str, version: str) -> LibraryError:
    signed_id, signed_version = parsed.signed.get("id"), parsed.signed.get("version")
    if isinstance(signed_id, str) and isinstance(signed_version, str) and pack_id and version \
            and (signed_id, signed_version) != (pack_id, version):
        return LibraryError(source, [problem("", "signature-other-file", signed_id=signed_id,
                                             signed_version=signed_version, id=pack_id, version=version)])
    return LibraryError(source, [problem("", "signature-changed")])


def require_verified(verification: Verification, source: str) -> None:
    """Refuse an unverified pack (the policy sets `require_signed_sources`)."""
    if verification.state == UNSIGNED:
        raise LibraryError(source, [problem("", "signature-required-unsigned")])
    if verification.state == UNTRUSTED:
        raise LibraryError(source, [problem("", "signature-required-untrusted", key_id=verification.key_id)])
