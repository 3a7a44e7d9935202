"""Signed libraries: key pairs made private from the start, signatures over the pack's
exact bytes, and every way a signature can fail, each one clear line."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest
from librarydata import pack, template

from promptlib.core.errors import LibraryError
from promptlib.core.library.installed import Libraries
from promptlib.core.library.signing import (
    UNSIGNED,
    UNTRUSTED,
    VERIFIED,
    KeyFileError,
    TrustedKey,
    generate_key_pair,
    load_private_key,
    public_key_path,
    read_public_key_file,
    require_verified,
    sign_pack,
    signature_path,
    trusted_keys,
    verify_pack,
)
from promptlib.core.policy import Policy, TrustedPublisher

posix_only = pytest.mark.skipif(os.name != "posix", reason="file permission bits are POSIX")


@pytest.fixture
def key(tmp_path):
    return generate_key_pair(tmp_path / "curator.key")


@pytest.fixture
def other_key(tmp_path):
    return generate_key_pair(tmp_path / "other.key")


def trusted(key, name="HR-tiimi") -> list[TrustedKey]:
    return [TrustedKey(name, key.public_key)]


PAYLOAD = json.dumps(pack("org.hr", "2026.12.1", template("hr.letter")), indent=2).encode()


def signed(key, payload=PAYLOAD, pack_id="org.hr", version="2026.12.1") -> bytes:
    return sign_pack(payload, key, pack_id=pack_id, version=version)


def check(payload: bytes, signature: bytes | None, keys, **names) -> object:
    return verify_pack(payload, signature, keys, source="team.json", **names)


def message(error: pytest.ExceptionInfo[LibraryError]) -> str:
    lines = error.value.lines()
    assert len(lines) == 1   # one clear line
    return lines[0]


# -- key pairs -------------------------------------------------------------------------------

@posix_only
def test_keygen_writes_a_private_key_only_its_owner_can_read(tmp_path, key) -> None:
    mode = stat.S_IMODE(os.stat(tmp_path / "curator.key").st_mode)
    assert mode & 0o077 == 0 and mode & 0o600 == 0o600
    public = (tmp_path / "curator.key.pub").read_text(encoding="ascii")
    assert public.count("\n") == 1 and public.startswith("promptlib-ed25519:")
    assert public.strip() == key.public_text


def test_keygen_creates_the_key_file_private_from_the_first_byte(tmp_path, monkeypatch) -> None:
    """os.open with O_EXCL and mode 0600: never a world-readable moment, never an old file."""
    calls = []
    real_open = os.open

    def spy(path, flags, mode=0o777, *args, **kwargs):
        calls.append((Path(path).name, flags, mode))
        return real_open(path, flags, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    generate_key_pair(tmp_path / "k")
    name, flags, mode = calls[0]
    assert name == "k" and flags & os.O_CREAT and flags & os.O_EXCL and mode == 0o600


@pytest.mark.parametrize("existing", ["k", "k.pub"])
def test_keygen_never_overwrites_a_key(tmp_path, existing) -> None:
    (tmp_path / existing).write_text("old")
    with pytest.raises(KeyFileError, match="already exists"):
        generate_key_pair(tmp_path / "k")
    assert (tmp_path / existing).read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing]


def test_a_generated_key_loads_back_with_the_same_public_key(key) -> None:
    loaded = load_private_key(key.path)
    assert loaded.public_key == key.public_key and loaded.key_id == key.key_id
    assert read_public_key_file(public_key_path(key.path)).public_key == key.public_key


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_key_file_with_loose_permissions_is_refused(key, mode) -> None:
    os.chmod(key.path, mode)
    with pytest.raises(KeyFileError) as error:
        load_private_key(key.path)
    assert "can be read by other users" in str(error.value) and f"{mode:04o}" in str(error.value)
    assert "\n" not in str(error.value) and error.value.code == "loose-permissions"


@pytest.mark.parametrize("content, expected", [
    (None, "no such key file"),
    (b"not a key", "is not a private key file"),
    ("PUBLIC", "is a public key"),
])
def test_unusable_key_files_are_one_line(tmp_path, key, content, expected) -> None:
    path = tmp_path / "bad.key"
    if content == "PUBLIC":
        path = public_key_path(key.path)
    elif content is not None:
        path.write_bytes(content)
        os.chmod(path, 0o600)
    with pytest.raises(KeyFileError, match=expected) as error:
        load_private_key(path)
    assert "\n" not in str(error.value)


def test_a_private_key_given_as_the_public_one_is_named(key) -> None:
    with pytest.raises(KeyFileError, match="is a private key"):
        read_public_key_file(key.path)


# -- signing and verifying --------------------------------------------------------------------

def test_a_signature_by_a_trusted_key_verifies_with_the_publishers_name(key) -> None:
    result = check(PAYLOAD, signed(key), trusted(key))
    assert result.state == VERIFIED and result.verified
    assert result.publisher == "HR-tiimi" and result.key_id == key.key_id
    assert result.to_provenance() == {"state": "verified", "publisher": "HR-tiimi", "key_id": key.key_id}


def test_the_signature_file_names_its_format_key_and_file(key) -> None:
    document = json.loads(signed(key))
    assert document["format"] == "promptlib-signature" and document["format_version"] == 1
    assert document["algorithm"] == "ed25519" and document["key_id"] == key.key_id
    assert document["signed"]["id"] == "org.hr" and document["signed"]["version"] == "2026.12.1"
    assert len(base64.b64decode(document["signature"])) == 64


def test_no_signature_is_unsigned_and_an_unknown_key_untrusted(key, other_key) -> None:
    assert check(PAYLOAD, None, trusted(key)).state == UNSIGNED
    result = check(PAYLOAD, signed(other_key), trusted(key))
    assert result.state == UNTRUSTED and result.key_id == other_key.key_id and not result.verified


def test_one_changed_byte_is_refused_as_changed_after_signing(key) -> None:
    tampered = PAYLOAD.replace(b"Kirjoita", b"Kirjoitx", 1)
    assert tampered != PAYLOAD and len(tampered) == len(PAYLOAD)
    with pytest.raises(LibraryError) as error:
        check(tampered, signed(key), trusted(key), pack_id="org.hr", version="2026.12.1")
    assert message(error) == ("team.json: the file was changed after it was signed (its bytes do not match its "
                              "signature); do not use this copy, ask the library's publisher for a fresh one")


def test_a_changed_file_is_refused_even_when_its_key_is_not_trusted(key, other_key) -> None:
    with pytest.raises(LibraryError, match="changed after it was signed"):
        check(PAYLOAD + b" ", signed(other_key), trusted(key))


@pytest.mark.parametrize("cut", [10, 100, -40, -5])
def test_a_truncated_signature_is_refused_as_damaged(key, cut) -> None:
    with pytest.raises(LibraryError) as error:
        check(PAYLOAD, signed(key)[:cut], trusted(key))
    assert message(error).startswith("team.json.sig: the signature file is damaged: ")


def test_a_signature_cut_inside_its_base64_is_refused_as_damaged(key) -> None:
    document = json.loads(signed(key))
    document["signature"] = document["signature"][:40]
    with pytest.raises(LibraryError, match=r"damaged: its signature is 30 bytes, not 64"):
        check(PAYLOAD, json.dumps(document).encode(), trusted(key))


def test_a_signature_made_with_another_key_under_the_trusted_id_is_refused(key, other_key) -> None:
    """A wrong key: the id says HR-tiimi, the signature is someone else's."""
    forged = json.loads(signed(other_key))
    forged["key_id"] = key.key_id
    with pytest.raises(LibraryError) as error:
        check(PAYLOAD, json.dumps(forged).encode(), trusted(key))
    assert "was not made with the key of HR-tiimi" in message(error)


def test_a_signature_for_another_file_names_both(key) -> None:
    other = json.dumps(pack("org.hr", "2026.12.2", template("hr.other"))).encode()
    with pytest.raises(LibraryError) as error:
        check(PAYLOAD, signed(key, other, version="2026.12.2"), trusted(key), pack_id="org.hr", version="2026.12.1")
    assert "is for another file (org.hr 2026.12.2; this file is org.hr 2026.12.1)" in message(error)


def test_require_verified_refuses_unsigned_and_untrusted(key, other_key) -> None:
    require_verified(check(PAYLOAD, signed(key), trusted(key)), "team.json")   # verified: no error
    with pytest.raises(LibraryError, match="not signed, and your organisation's policy accepts only"):
        require_verified(check(PAYLOAD, None, trusted(key)), "team.json")
    with pytest.raises(LibraryError, match=f"signed with key {other_key.key_id}, which is not a trusted"):
        require_verified(check(PAYLOAD, signed(other_key), trusted(key)), "team.json")


def test_trusted_keys_come_from_the_policy(key) -> None:
    policy = Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),
                                        TrustedPublisher("Broken", "promptlib-ed25519:AAAA")))
    assert trusted_keys(policy) == trusted(key)


# -- reading with Libraries: import verifies, policy decides -----------------------------------

def write_signed(folder: Path, key, data: dict, name: str = "team.json") -> Path:
    path = folder / name
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode()
    path.write_bytes(payload)
    if key is not None:
        signature_path(path).write_bytes(sign_pack(payload, key, pack_id=data["id"], version=data["version"]))
    return path


def test_an_import_records_the_verification_in_the_provenance(store, tmp_path, key) -> None:
    libraries = Libraries(store, [], policy=Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),)))
    path = write_signed(tmp_path, key, pack("org.hr", "1.0", template("hr.letter")))
    plan = libraries.plan_source(str(path))
    assert plan.verification.publisher == "HR-tiimi"
    libraries.apply(plan)
    provenance = store.installed_packs()[0].provenance
    assert provenance["signature"] == {"state": "verified", "publisher": "HR-tiimi", "key_id": key.key_id}


@pytest.mark.parametrize("required", [True, False])
def test_a_tampered_pack_is_never_installed(store, tmp_path, key, required) -> None:
    policy = Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),), require_signed_sources=required)
    libraries = Libraries(store, [], policy=policy)
    path = write_signed(tmp_path, key, pack("org.hr", "1.0", template("hr.letter")))
    path.write_bytes(path.read_bytes().replace(b"Kirjoita", b"Kirjoitx"))
    with pytest.raises(LibraryError, match="changed after it was signed"):
        libraries.plan_source(str(path))
    assert store.installed_packs() == []


def test_unsigned_and_untrusted_packs_are_refused_when_the_policy_requires_signatures(
        store, tmp_path, key, other_key) -> None:
    policy = Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),), require_signed_sources=True)
    libraries = Libraries(store, [], policy=policy)
    unsigned = write_signed(tmp_path, None, pack("org.a", "1.0", template("a.letter")), "a.json")
    untrusted = write_signed(tmp_path, other_key, pack("org.b", "1.0", template("b.letter")), "b.json")
    with pytest.raises(LibraryError, match="not signed"):
        libraries.plan_source(str(unsigned))
    with pytest.raises(LibraryError, match="not a trusted publisher"):
        libraries.plan_source(str(untrusted))
    # Not required: installed, and marked unverified.
    relaxed = Libraries(store, [], policy=policy._replace(require_signed_sources=False))
    assert relaxed.plan_source(str(unsigned)).verification.state == UNSIGNED
    assert relaxed.plan_source(str(untrusted)).verification.state == UNTRUSTED


def test_a_url_source_fetches_its_signature_and_404_means_unsigned(store, key, server) -> None:
    policy = Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),))
    libraries = Libraries(store, [], policy=policy)
    data = pack("org.hr", "1.0", template("hr.letter"))
    payload = json.dumps(data).encode()
    url = server.serve("/team.json", payload)
    assert libraries.plan_source(url).verification.state == UNSIGNED   # no /team.json.sig: 404
    server.serve("/team.json.sig", sign_pack(payload, key, pack_id="org.hr", version="1.0"))
    assert libraries.plan_source(url).verification.publisher == "HR-tiimi"
    server.serve("/team.json", payload.replace(b"Kirjoita", b"Kirjoitx"))
    with pytest.raises(LibraryError, match="changed after it was signed"):
        libraries.plan_source(url)


def test_a_signature_the_server_fails_to_give_is_not_taken_as_unsigned(store, key, server) -> None:
    libraries = Libraries(store, [], policy=Policy())
    url = server.serve("/team.json", pack("org.hr", "1.0", template("hr.letter")))
    server.serve("/team.json.sig", b"error", status=500)
    with pytest.raises(LibraryError, match="500"):
        libraries.plan_source(url)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_pipe_in_place_of_a_key_file_is_refused_not_waited_for(tmp_path) -> None:
    os.mkfifo(tmp_path / "key")
    os.mkfifo(tmp_path / "key.pub")
    with pytest.raises(KeyFileError, match="is not a key file"):
        load_private_key(tmp_path / "key")
    with pytest.raises(KeyFileError, match=r"cannot read the public key file \(it is a pipe"):
        read_public_key_file(tmp_path / "key.pub")
