"""Library sources: files, folders and URLs (served by a local http.server in a thread)."""

from __future__ import annotations

import json
from pathlib import Path

from promptlib.core.library.subscriptions import (
    CURRENT,
    IGNORED,
    INSTALLED,
    INVALID,
    NOT_NEWER,
    SETTING,
    UNREACHABLE,
    UPDATED_STATE,
    check_sources,
    configured_sources,
)
from promptlib.core.model import Pack
from promptlib.core.policy import Policy

NOW = "2026-03-01T09:30:00+00:00"


def template(template_id: str, title: str = "Otsikko") -> dict:
    return {"id": template_id, "language": "fi", "title": title, "roles": ["hr"], "body": "Kirjoita {{ aihe }}.",
            "variables": [{"name": "aihe", "label": "Aihe"}]}


def pack(version: str, *templates: dict, pack_id: str = "org.shared") -> dict:
    return {"format": "promptlib-library", "format_version": 1, "id": pack_id, "name": "Yhteiset",
            "version": version, "publisher": "Kunta", "templates": list(templates) or [template("org.a")]}


def write(path: Path, data) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


BUILTIN: list[Pack] = []


def check(store, *sources, **options):
    return check_sources(store, BUILTIN, list(sources), clock=lambda: NOW, **options)


def installed(store) -> dict[str, dict]:
    return {p.pack["id"]: p for p in store.installed_packs()}


# -- files and folders ---------------------------------------------------------------------

def test_a_file_source_installs_then_updates_only_to_a_newer_version(store, tmp_path: Path) -> None:
    source = write(tmp_path / "shared.json", pack("1.0"))
    [first] = check(store, str(source))
    assert first.state == INSTALLED and first.changed
    assert "installed Yhteiset 1.0: 1 new" in first.message
    provenance = installed(store)["org.shared"].provenance
    assert provenance["source"] == str(source.resolve()) and provenance["subscription"] is True

    [same] = check(store, str(source))
    assert same.state == CURRENT and not same.changed

    write(source, pack("1.1", template("org.a", "Uusi"), template("org.b")))
    [newer] = check(store, str(source))
    assert newer.state == UPDATED_STATE
    assert "updated Yhteiset 1.0 -> 1.1: 1 new, 1 updated (1.0 -> 1.1)" in newer.message
    assert "new: Otsikko (org.b, fi)" in newer.details
    assert installed(store)["org.shared"].pack["version"] == "1.1"


def test_an_older_or_same_version_with_other_content_is_not_applied(store, tmp_path: Path) -> None:
    source = write(tmp_path / "shared.json", pack("2.0"))
    check(store, str(source))
    write(source, pack("1.9", template("org.z")))
    [older] = check(store, str(source))
    assert older.state == NOT_NEWER and "older than the installed 2.0" in older.message
    write(source, pack("2.0", template("org.z")))
    [same] = check(store, str(source))
    assert same.state == NOT_NEWER and "same version" in same.message
    assert [t["id"] for t in installed(store)["org.shared"].pack["templates"]] == ["org.a"]


def test_a_folder_source_checks_every_json_file_in_it(store, tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    write(folder / "a.json", pack("1", template("one.a"), pack_id="one"))
    write(folder / "b.json", pack("1", template("two.a"), pack_id="two"))
    (folder / "notes.txt").write_text("not a library", encoding="utf-8")
    results = check(store, str(folder))
    assert [r.state for r in results] == [INSTALLED, INSTALLED]
    assert set(installed(store)) == {"one", "two"}
    assert all(r.source == str(folder) for r in results)


def test_an_invalid_new_version_keeps_the_last_good_copy(store, tmp_path: Path) -> None:
    source = write(tmp_path / "shared.json", pack("1.0"))
    check(store, str(source))
    broken = pack("1.1", template("org.a"))
    broken["templates"][0]["body"] = "{{ ghost }}"
    write(source, broken)
    [status] = check(store, str(source))
    assert status.state == INVALID and status.failed
    assert "uses variable 'ghost'" in status.message
    assert "still using the last good copy, Yhteiset 1.0 (installed 2026-03-01)" in status.message
    assert installed(store)["org.shared"].pack["version"] == "1.0"


def test_a_missing_share_is_unreachable_and_changes_nothing(store, tmp_path: Path) -> None:
    source = write(tmp_path / "shared.json", pack("1.0"))
    check(store, str(source))
    source.unlink()
    [status] = check(store, str(source))
    assert status.state == UNREACHABLE
    assert "no such file or folder" in status.message and "still using the last good copy" in status.message
    assert "org.shared" in installed(store)


def test_malformed_json_at_a_source_is_invalid_with_its_line(store, tmp_path: Path) -> None:
    source = tmp_path / "shared.json"
    source.write_text('{"format": "promptlib-library",\n "id": }', encoding="utf-8")
    [status] = check(store, str(source))
    assert status.state == INVALID and "line 2: not valid JSON" in status.message
    assert "nothing from it is installed yet" in status.message
    assert store.installed_packs() == []


# -- URLs ------------------------------------------------------------------------------------

def test_a_url_source_installs_and_updates(store, server) -> None:
    url = server.serve("/lib.json", pack("1.0"))
    [first] = check(store, url)
    assert first.state == INSTALLED
    assert installed(store)["org.shared"].provenance["source"] == url
    server.serve("/lib.json", pack("1.1", template("org.a", "Uusi")))
    [second] = check(store, url)
    assert second.state == UPDATED_STATE and second.new_version == "1.1"


def test_an_unreachable_server_keeps_the_last_good_copy(store, server) -> None:
    url = server.serve("/lib.json", pack("1.0"))
    check(store, url)
    server.serve("/lib.json", b"oops", status=500)
    [status] = check(store, url)
    assert status.state == UNREACHABLE and "the server answered 500" in status.message
    assert "still using the last good copy, Yhteiset 1.0" in status.message
    assert installed(store)["org.shared"].pack["version"] == "1.0"


def test_an_invalid_download_is_reported_and_installs_nothing(store, server) -> None:
    url = server.serve("/bad.json", b"{\"name\": \"\xe4\"}")
    [status] = check(store, url)
    assert status.state == INVALID and "not UTF-8" in status.message
    assert store.installed_packs() == []


def test_a_slow_server_times_out(store, server) -> None:
    url = server.serve("/slow.json", pack("1.0"))
    server.answering.clear()
    [status] = check(store, url, timeout=0.2)
    assert status.state == UNREACHABLE and "no answer in 0.2 seconds" in status.message


def test_a_redirect_to_plain_http_elsewhere_is_refused(store, server) -> None:
    url = server.serve("/moved.json", b"http://example.com/lib.json", status=302)
    [status] = check(store, url)
    assert status.state == UNREACHABLE and "only https://" in status.message


def http_answer(data: dict) -> bytes:
    body = json.dumps(data).encode()
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


def test_sources_are_read_side_by_side_so_a_slow_one_holds_up_no_other(store, raw_server) -> None:
    # The first server answers only once the last one has been asked: checked one after
    # the other, the first would reach its deadline before the last was asked at all.
    last_asked = []

    def answers_after_the_last_is_asked(send, stopped) -> None:
        if last_asked[0].requests.wait(30):
            send(http_answer(pack("1.0", pack_id="org.first")))

    first = raw_server(answers_after_the_last_is_asked)
    broken = raw_server(lambda send, stopped: send(b"NOT HTTP\r\n\r\n"))
    last_asked.append(raw_server(lambda send, stopped: send(http_answer(pack("2.0", pack_id="org.last")))))
    statuses = check(store, first.url, broken.url, last_asked[0].url, deadline=20)
    assert [s.state for s in statuses] == [INSTALLED, UNREACHABLE, INSTALLED]
    assert "not valid HTTP (BadStatusLine" in statuses[1].message
    assert set(installed(store)) == {"org.first", "org.last"}


def test_a_source_that_hangs_ends_at_its_deadline_and_the_others_are_still_checked(store, raw_server,
                                                                                   tmp_path: Path) -> None:
    hanging = raw_server(lambda send, stopped: stopped.wait(60))
    good = write(tmp_path / "good.json", pack("1.0"))
    statuses = check(store, hanging.url, str(good), timeout=30, deadline=0.3)
    assert [s.state for s in statuses] == [UNREACHABLE, INSTALLED]
    assert "no complete answer in 0.3 seconds" in statuses[0].message


def test_a_bug_met_by_one_source_fails_only_that_source(store, tmp_path: Path, monkeypatch) -> None:
    import promptlib.core.library.subscriptions as subscriptions

    first, second = write(tmp_path / "a.json", pack("1.0", pack_id="org.a")), write(tmp_path / "b.json", pack("1.0"))
    real = subscriptions._check_one

    def breaks_on_the_first(libraries, source, location, pending, **options):
        if location == str(first):
            raise RuntimeError("unexpected")
        return real(libraries, source, location, pending, **options)

    monkeypatch.setattr(subscriptions, "_check_one", breaks_on_the_first)
    statuses = check(store, str(first), str(second))
    assert [s.state for s in statuses] == ["failed", INSTALLED]
    assert "could not be checked (RuntimeError: unexpected)" in statuses[0].message


# -- where sources come from -------------------------------------------------------------------

def test_sources_come_from_the_policy_then_the_users_settings(store) -> None:
    store.set_setting(SETTING, ["/home/me/lib.json", "https://it.example.fi/lib.json"])
    policy = Policy(library_sources=("https://it.example.fi/lib.json",), allow_user_sources=True)
    sources, ignored = configured_sources(store, policy)
    assert [(s.location, s.origin) for s in sources] == [("https://it.example.fi/lib.json", "policy"),
                                                         ("/home/me/lib.json", "settings")]
    assert ignored == []


def test_user_sources_are_ignored_when_the_policy_forbids_them(store) -> None:
    store.set_setting(SETTING, ["/home/me/lib.json"])
    sources, ignored = configured_sources(store, Policy(library_sources=("/srv/lib",), allow_user_sources=False))
    assert [s.location for s in sources] == ["/srv/lib"]
    assert [s.state for s in ignored] == [IGNORED]
    assert "policy allows only the library sources it sets" in ignored[0].message


def test_the_machine_policy_file_supplies_sources(store, tmp_path: Path, monkeypatch) -> None:
    shared = write(tmp_path / "shared.json", pack("1.0"))
    policy_file = write(tmp_path / "policy.json", {"library_sources": [str(shared)]})
    monkeypatch.setenv("PROMPTLIB_POLICY", str(policy_file))
    [status] = check_sources(store, BUILTIN, clock=lambda: NOW)
    assert status.state == INSTALLED and status.source == str(shared)


def test_nothing_configured_means_nothing_checked(store) -> None:
    assert check_sources(store, BUILTIN, policy=Policy()) == []


def test_a_check_without_apply_reports_and_installs_nothing(store, tmp_path: Path) -> None:
    source = write(tmp_path / "shared.json", pack("1.0"))
    [status] = check(store, str(source), apply=False)
    assert status.state == "available" and "Yhteiset 1.0 is available (1 new, 0 updated); not installed" \
        in status.message
    assert store.installed_packs() == []


# -- signed sources ------------------------------------------------------------------------------

def _signed(path: Path, data: dict, key) -> Path:
    from promptlib.core.library.signing import sign_pack, signature_path

    write(path, data)
    signature_path(path).write_bytes(sign_pack(path.read_bytes(), key, pack_id=data["id"], version=data["version"]))
    return path


def test_a_signed_source_updates_as_verified_and_a_changed_copy_keeps_the_last_good_one(store, tmp_path: Path) -> None:
    from promptlib.core.library.signing import generate_key_pair
    from promptlib.core.policy import TrustedPublisher

    key = generate_key_pair(tmp_path / "k")
    policy = Policy(trusted_publishers=(TrustedPublisher("HR-tiimi", key.public_text),), require_signed_sources=True)
    (tmp_path / "share").mkdir()
    source = _signed(tmp_path / "share" / "shared.json", pack("1.0"), key)
    [status] = check_sources(store, [], [str(source)], policy=policy, clock=lambda: NOW)
    assert status.state == INSTALLED and "signature: Verified: HR-tiimi" in status.details[0]
    assert store.installed_packs()[0].provenance["signature"]["publisher"] == "HR-tiimi"

    _signed(source, pack("1.1", template("org.b")), key)
    source.write_bytes(source.read_bytes().replace(b"org.b", b"org.c"))
    [status] = check_sources(store, [], [str(source)], policy=policy, clock=lambda: NOW)
    assert status.state == INVALID and "changed after it was signed" in status.message
    assert "still using the last good copy, Yhteiset 1.0" in status.message
    assert store.installed_packs()[0].pack["version"] == "1.0"

    write(source, pack("1.2"))   # a new version, unsigned, with the old signature removed
    (tmp_path / "share" / "shared.json.sig").unlink()
    [status] = check_sources(store, [], [str(source)], policy=policy, clock=lambda: NOW)
    assert status.state == INVALID and "not signed" in status.message
    assert store.installed_packs()[0].pack["version"] == "1.0"
