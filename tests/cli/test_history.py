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
