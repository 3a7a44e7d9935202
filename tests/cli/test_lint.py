"""`promptlib lint`: text and JSON output, and the exit codes curators' CI relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from promptlib.cli import main

GOOD = ("Toimi viestinnän asiantuntijana. Kirjoita tiedote aiheesta {{ topic }}, enintään 150 sanaa.")
NO_ROLE = "Kirjoita tiedote aiheesta {{ topic }}, enintään 150 sanaa."


def write_pack(folder: Path, *bodies: str, name: str = "pack.json", extra: dict | None = None) -> Path:
    templates = [{"id": f"t.{index}", "language": "fi", "title": "Tiedote", "roles": ["communications"],
                  "body": body, "variables": [{"name": "topic", "label": "Aihe", "type": "text"}], **(extra or {})}
                 for index, body in enumerate(bodies)]
    path = folder / name
    path.write_text(json.dumps({"format": "promptlib-library", "format_version": 1, "id": "test.lint",
                                "name": "Testi", "version": "1", "publisher": "Testi", "templates": templates},
                               ensure_ascii=False), encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["lint", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_clean_pack_exits_0_and_prints_nothing(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, str(write_pack(tmp_path, GOOD)))
    assert (code, out) == (0, "")


def test_hints_print_one_line_each_and_do_not_fail(capsys, tmp_path: Path) -> None:
    path = write_pack(tmp_path, GOOD, NO_ROLE)
    code, out, _ = run(capsys, str(path))
    assert code == 0
    assert out.splitlines() == [f"{path}: t.1 [fi] hint no-role: no role or point of view: say whom the AI "
                                "should act as (\"Act as ...\", \"You are ...\")"]


def test_strict_fails_on_hints(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, str(write_pack(tmp_path, NO_ROLE)), "--strict")
    assert code == 1 and "1 finding(s), 0 error(s)" in err


def test_json_has_the_contract_fields(capsys, tmp_path: Path) -> None:
    path = write_pack(tmp_path, NO_ROLE)
    code, out, _ = run(capsys, str(path), "--json")
    assert code == 0
    (finding,) = json.loads(out)["findings"]
    assert set(finding) == {"path", "template", "language", "rule", "severity", "message"}
    assert (finding["path"], finding["template"], finding["language"], finding["rule"], finding["severity"]) == (
        str(path), "t.0", "fi", "no-role", "hint")


def test_validation_errors_exit_1(capsys, tmp_path: Path) -> None:
    path = write_pack(tmp_path, GOOD + " {{ undeclared }}")
    code, out, _ = run(capsys, str(path), "--json")
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert finding["severity"] == "error" and finding["rule"] == "invalid"
    assert "undeclared" in finding["message"]


def test_a_bad_waiver_is_an_error_and_a_good_one_silences_the_hint(capsys, tmp_path: Path) -> None:
    waived = write_pack(tmp_path, NO_ROLE, extra={"lint": {"waive": ["no-role"], "why": "Rooli tulee käyttäjältä."}})
    assert run(capsys, str(waived), "--strict")[0] == 0
    bad = write_pack(tmp_path, NO_ROLE, name="bad.json", extra={"lint": {"waive": ["no-rol"], "why": "x"}})
    code, out, _ = run(capsys, str(bad))
    assert code == 1 and "unknown lint rule 'no-rol'" in out


@pytest.mark.parametrize("content", [None, b"{", b"\xff\xfe\x00"])
def test_an_unreadable_file_exits_2_with_one_line(capsys, tmp_path: Path, content) -> None:
    path = tmp_path / "broken.json"
    if content is not None:
        path.write_bytes(content)
    good = write_pack(tmp_path, NO_ROLE, name="good.json")
    code, out, err = run(capsys, str(path), str(good))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith(f"promptlib: {path}: ") and "Traceback" not in err
    assert "good.json: t.0 [fi] hint no-role" in out  # the readable file is still linted


def test_a_folder_lints_every_pack_in_it(capsys, tmp_path: Path) -> None:
    write_pack(tmp_path, NO_ROLE, name="a.json")
    write_pack(tmp_path, NO_ROLE, name="b.json")
    code, out, _ = run(capsys, str(tmp_path))
    assert code == 0 and out.count("no-role") == 2
