"""`promptlib history | diff | restore`, as a curator uses them: import a pack, import
its next version with a changed body, see both, the changed line, restore the old one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.history.snapshots import HISTORY_FILE


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_pack(path: Path, version: str, body: str, title: str = "Kirje") -> Path:
    template = {"id": "team.letter", "language": "fi", "title": title, "roles": ["hr"], "body": body,
                "variables": [{"name": "aihe", "label": "Aihe", "type": "text", "required": True,
                               "example": "kokous"}]}
    data = {"format": "promptlib-library", "format_version": 1, "id": "team.hr", "name": "Tiimin HR",
            "version": version, "publisher": "Tiimi", "templates": [template]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def two_imports(isolated_home, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)
    body = "Kirjoita kirje aiheesta {{ aihe }}.\nKäytä selkeää kieltä.\nLopuksi kiitä."
    first = write_pack(tmp_path / "v1.json", "1.0", body)
    assert run(capsys, "import", str(first), "--yes")[0] == 0
    second = write_pack(tmp_path / "v2.json", "1.1", body.replace("selkeää kieltä", "lyhyitä lauseita"))
    assert run(capsys, "import", str(second), "--yes")[0] == 0
    return isolated_home


def test_history_lists_both_imported_versions(two_imports, capsys) -> None:
    code, out, _err = run(capsys, "history", "team.letter", "--lang", "fi", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(v["version"], v["source"]) for v in listed] == [(1, "import:team.hr@1.0"), (2, "import:team.hr@1.1")]
    assert set(listed[0]) == {"version", "time", "author", "note", "source"}
    code, out, _err = run(capsys, "history", "team.letter", "--lang", "fi")
    assert code == 0 and "2 versions" in out and "import:team.hr@1.1" in out


def test_diff_shows_the_changed_line_by_default_between_the_last_two(two_imports, capsys) -> None:
    code, out, _err = run(capsys, "diff", "team.letter", "--lang", "fi")
    assert code == 0
    lines = out.splitlines()
    assert "-Käytä selkeää kieltä." in lines and "+Käytä lyhyitä lauseita." in lines
    assert " Lopuksi kiitä." in lines   # context, unmarked
    assert lines[0].startswith("--- team.letter (fi) version 1") and lines[1].startswith("+++ team.letter (fi) version 2")


def test_restore_creates_version_three_with_the_old_body(two_imports, capsys) -> None:
    code, out, _err = run(capsys, "restore", "team.letter", "1", "--lang", "fi")
    assert code == 0 and "version 3 restores version 1" in out
    listed = json.loads(run(capsys, "history", "team.letter", "--lang", "fi", "--json")[1])
    assert [(v["version"], v["source"], v["note"]) for v in listed][-1] == (3, "restore:1", "restored from 1")
    out = run(capsys, "diff", "team.letter", "--lang", "fi", "--from", "1", "--to", "3")[1]
    assert "(no differences)" in out


def test_wrong_numbers_and_unknown_templates_are_one_line_each(two_imports, capsys) -> None:
    for args, expected in ((("diff", "team.letter", "--lang", "fi", "--from", "9"), "there is no version 9"),
                           (("restore", "team.letter", "9", "--lang", "fi"), "has no version 9"),
                           (("history", "no.such", "--lang", "fi"), "has no history yet"),
                           (("diff", "team.letter", "--lang", "fi", "--to", "1"), "nothing before it")):
        code, _out, err = run(capsys, *args)
        assert code != 0 and expected in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_a_control_character_in_a_body_is_shown_not_obeyed(isolated_home, capsys) -> None:
    # The validator keeps these out of libraries; a history file edited by hand is not checked.
    from promptlib.core import config
    from promptlib.core.history.snapshots import TemplateHistory

    history = TemplateHistory(config.data_dir())
    history.record({"id": "x.t", "language": "fi", "body": "Rivi."}, source="edit", library="user.own")
    history.record({"id": "x.t", "language": "fi", "body": "Rivi.\x1b[2J\u202e"}, source="edit", library="user.own")
    out = run(capsys, "diff", "x.t", "--lang", "fi")[1]
    assert "\x1b" not in out and "\u202e" not in out
    assert "+Rivi.\\x1b[2J\\u202e" in out


def test_a_damaged_history_is_set_aside_and_said(isolated_home, capsys) -> None:
    from promptlib.core import config

    folder = config.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / HISTORY_FILE).write_bytes(b"{not json")
    code, _out, err = run(capsys, "history", "team.letter", "--lang", "fi")
    assert code != 0 and "moved aside" in err and "has no history yet" in err
    assert list(folder.glob(f"{HISTORY_FILE}.corrupt-*"))


# -- prune-history -------------------------------------------------------------------------

@pytest.fixture
def own_edits(isolated_home):
    from promptlib.core.history.snapshots import TemplateHistory
    from promptlib.core.store.database import Store

    with Store(isolated_home) as store:
        from promptlib.core.history.hooks import record_edit

        for n in range(1, 6):
            record_edit(store, {"id": "own.a", "language": "fi", "body": f"a{n}"}, library="user.own")
            record_edit(store, {"id": "own.b", "language": "fi", "body": f"b{n}"}, library="user.own")
        record_edit(store, {"id": "team.x", "language": "fi", "body": "x"}, library="team.hr")
    TemplateHistory(isolated_home).mark_published("user.own", "2026.1", [{"id": "own.a", "language": "fi",
                                                                            "body": "a1"}])
    return isolated_home


def test_prune_history_keeps_the_last_n_of_each_own_template_and_says_how_many_went(own_edits, capsys) -> None:
    code, out, _err = run(capsys, "prune-history", "--keep", "2")
    assert code == 0
    assert "Removed 5 old versions" in out   # own.a: 2, 3 (1 is published); own.b: 1, 2, 3
    code, out, _err = run(capsys, "history", "own.a", "--lang", "fi", "--json")
    assert [v["version"] for v in json.loads(out)] == [1, 4, 5]
    code, out, _err = run(capsys, "history", "own.b", "--lang", "fi", "--json")
    assert [v["version"] for v in json.loads(out)] == [4, 5]
    code, out, _err = run(capsys, "history", "team.x", "--lang", "fi", "--json")
    assert [v["version"] for v in json.loads(out)] == [1]   # not an own template: never pruned


def test_prune_history_json_and_the_setting_as_default(own_edits, capsys) -> None:
    from promptlib.core import settings
    from promptlib.core.store.database import Store

    with Store(own_edits) as store:
        store.set_setting(settings.HISTORY_KEEP, 1)
    code, out, _err = run(capsys, "prune-history", "--json")
    assert code == 0 and json.loads(out) == {"removed": 7, "keep": 1}
    code, out, _err = run(capsys, "prune-history", "--json")
    assert json.loads(out) == {"removed": 0, "keep": 1}


def test_prune_history_without_a_number_or_with_zero_is_a_usage_error(own_edits, capsys) -> None:
    code, _out, err = run(capsys, "prune-history")
    assert code == 1 and "give --keep N" in err
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "prune-history", "--keep", "0")
    assert stopped.value.code == 2
    assert "keep at least 1" in capsys.readouterr().err
    code, out, _err = run(capsys, "history", "own.b", "--lang", "fi", "--json")
    assert len(json.loads(out)) == 5   # nothing was removed
