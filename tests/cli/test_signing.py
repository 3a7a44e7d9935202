"""`promptlib keygen`, `verify` and `publish`, and `import` under a policy that requires
signatures: the curator's path from a key pair to a verified team library."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.store.database import Store

TEAM_TEMPLATE = {
    "id": "hr.letter", "language": "fi", "title": "Kirje hakijalle", "roles": ["hr"], "tags": [], "summary": "",
    "body": "Toimi HR-asiantuntijana. Kirjoita lyhyt kirje hakijalle aiheesta {{ aihe }}, enintään 100 sanaa.",
    "variables": [{"name": "aihe", "label": "Aihe", "type": "text", "required": True}],
    "guidance": "## Tarkista vastauksesta\n\n- Sävy\n",
}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def curator(tmp_path, capsys):
    """A key pair, a team pack installed, and a policy that trusts the key."""
    code, out, _err = run(capsys, "keygen", "--output", str(tmp_path / "hr.key"))
    assert code == 0
    public = (tmp_path / "hr.key.pub").read_text().strip()
    assert public in out
    team = {"format": "promptlib-library", "format_version": 1, "id": "org.hr", "name": "HR-tiimin kirjasto",
            "version": "2026.12.1", "publisher": "HR-tiimi", "templates": [TEAM_TEMPLATE]}
    (tmp_path / "incoming.json").write_text(json.dumps(team, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "import", str(tmp_path / "incoming.json"), "--yes")[0] == 0
    return tmp_path, public


def trust(tmp_path: Path, monkeypatch, public: str, required: bool = True) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"trusted_publishers": [{"name": "HR-tiimi", "public_key": public}],
                                  "require_signed_sources": required}), encoding="utf-8")
    monkeypatch.setenv("PROMPTLIB_POLICY", str(policy))


def publish(capsys, tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "publish", "--library", "org.hr", "--to", str(tmp_path / "share" / "team.json"),
               "--sign", str(tmp_path / "hr.key"), "--notes", "Uusi kirje", "--yes", *extra)


def test_keygen_prints_the_line_for_it_and_refuses_to_overwrite(tmp_path, capsys) -> None:
    code, out, _err = run(capsys, "keygen", "--output", str(tmp_path / "k"))
    assert code == 0 and "promptlib-ed25519:" in out and "Key id:" in out
    if os.name == "posix":
        assert stat.S_IMODE(os.stat(tmp_path / "k").st_mode) == 0o600
    before = (tmp_path / "k").read_bytes()
    code, _out, err = run(capsys, "keygen", "--output", str(tmp_path / "k"))
    assert code == 1 and err.count("\n") == 1 and "already exists" in err
    assert (tmp_path / "k").read_bytes() == before


def test_publish_then_verify_then_import_as_verified(curator, capsys, monkeypatch) -> None:
    tmp_path, public = curator
    (tmp_path / "share").mkdir()
    code, out, _err = publish(capsys, tmp_path)
    assert code == 0
    assert "version 2026.12.2" in out and "What subscribers will get:" in out and "new      hr.letter [fi]" in out
    assert "Published HR-tiimin kirjasto 2026.12.2" in out
    assert "not a trusted publisher in this machine's policy" in out   # no policy trusts it yet

    trust(tmp_path, monkeypatch, public)
    pack = str(tmp_path / "share" / "team.json")
    code, out, _err = run(capsys, "verify", pack)
    assert code == 0 and "Verified: HR-tiimi" in out
    code, out, _err = run(capsys, "verify", pack, "--json")
    shown = json.loads(out)
    assert code == 0 and shown["state"] == "verified" and shown["verified"] is True and shown["publisher"] == "HR-tiimi"
    code, out, _err = run(capsys, "import", pack, "--yes")
    assert code == 0 and "Signature: Verified: HR-tiimi" in out
    code, out, _err = run(capsys, "libraries", "--json")
    library = next(item for item in json.loads(out) if item["id"] == "org.hr")
    assert library["signature"] == "verified" and library["verified_by"] == "HR-tiimi"


def test_a_copy_with_one_byte_changed_and_an_unsigned_copy_are_refused(curator, capsys, monkeypatch) -> None:
    tmp_path, public = curator
    (tmp_path / "share").mkdir()
    assert publish(capsys, tmp_path, "--version", "2026.12.5")[0] == 0
    trust(tmp_path, monkeypatch, public)
    published = (tmp_path / "share" / "team.json").read_bytes()
    changed = tmp_path / "changed.json"
    changed.write_bytes(published.replace(b"lyhyt", b"pitka", 1))
    (tmp_path / "changed.json.sig").write_bytes((tmp_path / "share" / "team.json.sig").read_bytes())
    (tmp_path / "unsigned.json").write_bytes(published)

    code, _out, err = run(capsys, "import", str(changed), "--yes")
    assert code == 1 and "the file was changed after it was signed" in err and "nothing was installed" in err
    code, _out, err = run(capsys, "import", str(tmp_path / "unsigned.json"), "--yes")
    assert code == 1 and "not signed, and your organisation's policy accepts only" in err
    code, _out, err = run(capsys, "verify", str(changed))
    assert code == 1 and err.count("\n") == 1 and "changed after it was signed" in err
    code, out, _err = run(capsys, "verify", str(tmp_path / "unsigned.json"), "--json")
    assert code == 1 and json.loads(out)["state"] == "unsigned"
    with Store(Path(os.environ["PROMPTLIB_HOME"])) as store:
        assert [p.pack["version"] for p in store.installed_packs()] == ["2026.12.1"]   # nothing installed


def test_verify_with_a_key_file_and_its_exit_codes(curator, capsys) -> None:
    tmp_path, _public = curator
    (tmp_path / "share").mkdir()
    assert publish(capsys, tmp_path)[0] == 0
    pack = str(tmp_path / "share" / "team.json")
    assert run(capsys, "verify", pack, "--key", str(tmp_path / "hr.key.pub"))[0] == 0
    run(capsys, "keygen", "--output", str(tmp_path / "other.key"))
    code, out, _err = run(capsys, "verify", pack, "--key", str(tmp_path / "other.key.pub"), "--json")
    assert code == 1 and json.loads(out)["state"] == "untrusted"
    code, out, _err = run(capsys, "verify", str(tmp_path / "missing.json"), "--json")
    assert code == 2 and json.loads(out)["state"] == "unreadable"
    code, _out, err = run(capsys, "verify", pack, "--key", str(tmp_path / "hr.key"))
    assert code == 2 and "is a private key" in err


@pytest.mark.skipif(os.name != "posix", reason="file permission bits are POSIX")
def test_publish_refuses_a_key_with_loose_permissions_and_writes_nothing(curator, capsys) -> None:
    tmp_path, _public = curator
    (tmp_path / "share").mkdir()
    os.chmod(tmp_path / "hr.key", 0o644)
    code, _out, err = publish(capsys, tmp_path)
    assert code == 1 and err.count("\n") == 1 and "can be read by other users" in err
    assert list((tmp_path / "share").iterdir()) == []


def test_publish_without_yes_asks_and_end_of_input_is_no(curator, capsys, monkeypatch) -> None:
    tmp_path, _public = curator
    (tmp_path / "share").mkdir()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)

    def end_of_input(_prompt: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", end_of_input)
    code, out, _err = run(capsys, "publish", "--library", "org.hr", "--to", str(tmp_path / "share" / "team.json"))
    assert code == 1 and "Nothing was published." in out and "unsigned" in out
    assert list((tmp_path / "share").iterdir()) == []


def test_publish_shows_what_subscribers_get_against_the_pack_there(curator, capsys) -> None:
    tmp_path, _public = curator
    (tmp_path / "share").mkdir()
    target = tmp_path / "share" / "team.json"
    older = {"format": "promptlib-library", "format_version": 1, "id": "org.hr", "name": "HR", "version": "2026.12.3",
             "publisher": "HR-tiimi", "templates": [{**TEAM_TEMPLATE, "body": "Kirjoita {{ aihe }}."},
                                                   {**TEAM_TEMPLATE, "id": "hr.old"}]}
    target.write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    code, out, _err = publish(capsys, tmp_path)
    assert code == 0 and "There now: version 2026.12.3" in out and "version 2026.12.4" in out
    assert "updated  hr.letter [fi]" in out and "removed  hr.old [fi]" in out
    assert "Summary: 0 new, 1 updated, 1 removed, 0 unchanged" in out
    code, _out, err = publish(capsys, tmp_path, "--version", "2026.12.2")
    assert code == 1 and "not newer than the published 2026.12.4" in err and "nothing was published" in err
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == "2026.12.4"


def test_policy_json_shows_trusted_publishers(curator, capsys, monkeypatch) -> None:
    tmp_path, public = curator
    trust(tmp_path, monkeypatch, public)
    code, out, _err = run(capsys, "policy", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["policy"]["trusted_publishers"] == [{"name": "HR-tiimi", "public_key": public}]
    assert shown["policy"]["require_signed_sources"] is True and shown["sources"]["trusted_publishers"] == "file"


# -- untrusted text in the signature lines --------------------------------------------------------

HOSTILE = "\x1b[2J\rFAKE\u202e"
SHOWN_HOSTILE = "\\x1b[2J\\x0dFAKE\\u202e"


def test_a_publishers_name_and_a_packs_text_reach_the_terminal_only_as_text(curator, capsys, monkeypatch) -> None:
    # The policy refuses a name with control characters; one that reaches the output by
    # another way must still not act on the terminal (cli/_common.say).
    import promptlib.core.library.installed as installed
    import promptlib.core.library.signing as signing
    from promptlib.core.library.signing import TrustedKey
    from promptlib.core.publickey import read_public_key

    tmp_path, public = curator
    (tmp_path / "share").mkdir()
    assert publish(capsys, tmp_path)[0] == 0
    hostile_key = [TrustedKey(HOSTILE, read_public_key(public))]
    monkeypatch.setattr(installed, "trusted_keys", lambda policy: hostile_key)
    monkeypatch.setattr(signing, "trusted_keys", lambda policy: hostile_key)
    pack = str(tmp_path / "share" / "team.json")
    outputs = []
    for command, expected in ((["verify", pack], f"Verified: {SHOWN_HOSTILE}"),
                              (["import", pack, "--yes"], f"Signature: Verified: {SHOWN_HOSTILE}"),
                              (["libraries"], f"[verified: {SHOWN_HOSTILE}]")):
        code, out, err = run(capsys, *command)
        assert code == 0 and expected in out, out + err
        outputs.append(out + err)
    target = tmp_path / "share" / "evil.json"
    target.write_text(json.dumps({"format": "promptlib-library", "format_version": 1, "id": "org.hr",
                                  "name": f"HR {HOSTILE}", "version": "2026.12.9", "publisher": "HR-tiimi",
                                  "templates": [{**TEAM_TEMPLATE, "id": "hr.old", "title": f"Vanha {HOSTILE}"}]},
                                 ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "publish", "--library", "org.hr", "--to", str(target), "--yes")
    assert code == 0 and f"removed  hr.old [fi]  Vanha {SHOWN_HOSTILE}" in out, out + err
    outputs.append(out + err)
    for text in outputs:
        assert not any(raw in text for raw in ("\x1b", "\r", "\u202e"))
