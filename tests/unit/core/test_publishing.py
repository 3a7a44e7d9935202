"""Publishing a library: the suggested version, what subscribers will get, the checks
that block, and a write in which no reader sees a new pack with an old signature."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from librarydata import install, pack, template

from promptlib.core import settings
from promptlib.core.catalog import Catalog
from promptlib.core.errors import PromptlibError
from promptlib.core.library.installed import Libraries
from promptlib.core.library.signing import generate_key_pair, signature_path, verify_pack
from promptlib.core.model import Pack
from promptlib.core.publishing import (
    NEW,
    NOT_NEWER,
    OTHER_LIBRARY,
    REMOVED,
    UPDATED,
    bump_version,
    next_version,
    pack_changes,
    plan_publish,
    publish,
    published_records,
    write_published,
)
from promptlib.core.store.database import Store

BUILTIN = Pack.from_dict(pack("builtin.hr", "2026.1", template("hr.builtin")), builtin=True)


@pytest.fixture
def store(isolated_home):
    with Store(isolated_home) as opened:
        yield opened


def installed(store: Store, data: dict) -> tuple[Catalog, list]:
    libraries = Libraries(store, [BUILTIN])
    install(libraries, data)
    packs = store.installed_packs()
    catalog = Catalog([BUILTIN, *(Pack.from_dict(p.pack, builtin=False) for p in packs)])
    return catalog, packs


TEAM = pack("org.hr", "2026.12.1", template("hr.letter", title="Kirje"), template("hr.memo", title="Muistio"))


# -- versions --------------------------------------------------------------------------------

@pytest.mark.parametrize("version, expected", [
    ("2026.12.1", "2026.12.2"), ("2026.11.0", "2026.11.1"), ("1.0rc1", "1.0rc2"), ("1.9", "1.10"), ("", "1.0.0"),
    ("beta", "beta.1"),
])
def test_the_last_number_is_raised_and_the_style_kept(version, expected) -> None:
    assert bump_version(version) == expected


def test_the_suggestion_follows_the_newest_known_version() -> None:
    assert next_version("2026.12.1", "2026.9.4") == "2026.12.2"
    assert next_version("", "1.2") == "1.3"


# -- what subscribers get ----------------------------------------------------------------------

def test_changes_by_id_and_language() -> None:
    before = pack("org.hr", "1", template("a"), template("b"), template("c", language="sv"))
    after = pack("org.hr", "2", template("a"), template("b", body="Kirjoita {{ aihe }} nyt."), template("d"))
    changes = pack_changes(before, after)
    assert [(c.status, c.template_id) for c in changes.changes] == [(UPDATED, "b"), (NEW, "d"), (REMOVED, "c")]
    assert changes.unchanged == 1 and changes.summary() == "1 new, 1 updated, 1 removed, 1 unchanged"


def test_a_hand_written_template_equal_after_normalising_is_unchanged() -> None:
    short = {k: v for k, v in template("a").items() if k not in ("tags", "summary")}
    assert pack_changes(pack("x", "1", short), pack("x", "2", template("a"))).unchanged == 1


# -- planning ----------------------------------------------------------------------------------

def test_a_first_publish_of_an_installed_library(store, tmp_path) -> None:
    catalog, packs = installed(store, TEAM)
    plan = plan_publish(catalog, "org.hr", tmp_path / "team.json", installed=packs)
    assert not plan.blocked and plan.version == "2026.12.2"
    assert [c.status for c in plan.changes.changes] == [NEW, NEW]
    assert plan.pack["id"] == "org.hr" and plan.pack["publisher"] == "Testikunta"


def test_the_version_is_suggested_from_the_pack_at_the_target(store, tmp_path) -> None:
    catalog, packs = installed(store, TEAM)
    target = tmp_path / "team.json"
    target.write_text(json.dumps({**TEAM, "version": "2027.1.4"}))
    plan = plan_publish(catalog, "org.hr", target, installed=packs)
    assert plan.published_version == "2027.1.4" and plan.version == "2027.1.5"
    assert plan.changes.unchanged == 2 and not plan.changes.changes_anything


def test_a_version_not_newer_than_the_published_one_blocks(store, tmp_path) -> None:
    catalog, packs = installed(store, TEAM)
    target = tmp_path / "team.json"
    target.write_text(json.dumps({**TEAM, "version": "2027.1.4"}))
    plan = plan_publish(catalog, "org.hr", target, version="2027.1.4", installed=packs)
    assert plan.blocked and plan.problems[0].code == NOT_NEWER
    assert "not newer than the published 2027.1.4" in str(plan.problems[0])
    with pytest.raises(PromptlibError, match="not published"):
        publish(plan)
    assert json.loads(target.read_text())["version"] == "2027.1.4"


def test_a_target_holding_another_library_blocks(store, tmp_path) -> None:
    catalog, packs = installed(store, TEAM)
    target = tmp_path / "team.json"
    target.write_text(json.dumps(pack("org.finance", "1.0", template("fin.a"))))
    plan = plan_publish(catalog, "org.hr", target, installed=packs)
    assert plan.blocked and plan.problems[0].code == OTHER_LIBRARY


def test_lint_errors_block_and_hints_do_not(store, tmp_path) -> None:
    broken = pack("org.hr", "1.0", template("hr.letter", body="Kirjoita {{ aihe }} {{ muu }}."))
    catalog = Catalog([BUILTIN, Pack.from_dict(broken, builtin=False)])   # what an editor could leave behind
    plan = plan_publish(catalog, "org.hr", tmp_path / "team.json")
    assert plan.blocked and plan.errors and plan.errors[0].rule == "invalid"


@pytest.mark.parametrize("library, why", [("builtin.hr", "built-in"), ("nope", "no library 'nope'"),
                                          ("user.own", "no templates of your own")])
def test_what_cannot_be_published_is_one_line(store, tmp_path, library, why) -> None:
    catalog, packs = installed(store, TEAM)
    with pytest.raises(PromptlibError, match=why):
        plan_publish(catalog, library, tmp_path / "team.json", installed=packs)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX named pipes")
def test_a_pipe_at_the_target_is_refused_not_waited_for(store, tmp_path) -> None:
    catalog, packs = installed(store, TEAM)
    os.mkfifo(tmp_path / "team.json")
    with pytest.raises(PromptlibError, match=r"team\.json: it is a pipe, not a regular file"):
        plan_publish(catalog, "org.hr", tmp_path / "team.json", installed=packs)


def test_own_templates_take_the_identity_of_the_team_library_at_the_target(store, tmp_path) -> None:
    own = pack("user.own", "3", template("my.note"), publisher="Maija")
    catalog, packs = installed(store, own)
    target = tmp_path / "hr-tiimi.json"
    assert plan_publish(catalog, "user.own", target, installed=packs).pack["id"] == "hr-tiimi"
    target.write_text(json.dumps(TEAM))
    plan = plan_publish(catalog, "user.own", target, installed=packs)
    assert (plan.pack["id"], plan.pack["name"], plan.version) == ("org.hr", TEAM["name"], "2026.12.2")
    assert [(c.status, c.template_id) for c in plan.changes.changes] == [
        (NEW, "my.note"), (REMOVED, "hr.letter"), (REMOVED, "hr.memo")]


# -- writing -----------------------------------------------------------------------------------

def test_publish_writes_a_valid_signed_pack_and_records_it(store, tmp_path) -> None:
    catalog, packs = installed(store, TEAM)
    key = generate_key_pair(tmp_path / "k")
    target = tmp_path / "share" / "team.json"
    target.parent.mkdir()
    plan = plan_publish(catalog, "org.hr", target, notes="Uusi muistio", installed=packs)
    record = publish(plan, key, store=store, clock=lambda: "2026-12-01T10:00:00+00:00")
    raw = target.read_bytes()
    from promptlib.core.library.signing import TrustedKey

    verified = verify_pack(raw, signature_path(target).read_bytes(), [TrustedKey("HR", key.public_key)],
                           source=str(target))
    assert verified.verified
    assert sorted(p.name for p in target.parent.iterdir()) == ["team.json", "team.json.sig"]   # no temporaries
    assert record.version == "2026.12.2" and record.key_id == key.key_id and record.notes == "Uusi muistio"
    saved = published_records(store)
    assert saved[-1]["version"] == "2026.12.2" and saved[-1]["published_at"] == "2026-12-01T10:00:00+00:00"
    assert {(t["id"], t["language"]) for t in saved[-1]["templates"]} == {("hr.letter", "fi"), ("hr.memo", "fi")}
    assert store.setting(settings.PUBLISHED) == saved


def test_an_unsigned_publish_removes_an_old_signature(tmp_path) -> None:
    target = tmp_path / "team.json"
    target.write_bytes(b"old")
    signature_path(target).write_bytes(b"old signature")
    write_published(target, b"new", None)
    assert target.read_bytes() == b"new" and not signature_path(target).exists()


def test_the_signature_is_renamed_into_place_before_the_pack(tmp_path, monkeypatch) -> None:
    """A reader between the two renames sees the old pack with the new signature (refused
    as "for another file"), never the new pack with the old signature."""
    target = tmp_path / "team.json"
    renames = []
    real_replace = os.replace

    def spy(source, destination):
        renames.append(Path(destination).name)
        assert not Path(source).name.endswith(".json")   # a folder source never reads a temporary
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", spy)
    write_published(target, b"pack", b"signature")
    assert renames == ["team.json.sig", "team.json"]


def test_a_failed_write_leaves_the_old_pack_and_no_temporaries(tmp_path, monkeypatch) -> None:
    target = tmp_path / "team.json"
    target.write_bytes(b"old")

    def fail(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(PromptlibError, match="No space left on device; the files there were not changed"):
        write_published(target, b"new", b"signature")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.json"]
