"""The command-line contract (docs/ARCHITECTURE.md, "Command line") on the installed sample pack and the
built-in library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.store.database import Store


@pytest.fixture
def installed(isolated_home, sample_pack, sample_pack_path):
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": str(sample_pack_path)})])
        store.set_setting("template_language", "fi")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_has_the_contract_fields(capsys, installed) -> None:
    code, out, _ = run(capsys, "list", "--json", "--role", "communications")
    assert code == 0
    rows = json.loads(out)
    event = next(row for row in rows if row["id"] == "sample.event")
    assert {"id", "language", "title", "roles", "tags"} <= set(event)
    assert event["language"] == "fi" and event["title"] == "Tapahtumakutsu"
    assert all("communications" in row["roles"] for row in rows)


def test_list_search_and_language(capsys, installed) -> None:
    code, out, _ = run(capsys, "list", "--search", "inbjudan", "--lang", "sv")
    assert code == 0
    lines = [line.split(None, 1) for line in out.splitlines()]
    assert ["sample.event", "Inbjudan till evenemang"] in lines
    assert "sample.plain" not in out


def test_show_json_prints_the_template_in_library_format(capsys, installed, sample_pack) -> None:
    code, out, _ = run(capsys, "show", "sample.event", "--json")
    assert code == 0
    assert json.loads(out) == sample_pack["templates"][0]


def test_fill_prints_the_prompt(capsys, installed, tmp_path: Path) -> None:
    values = tmp_path / "values.json"
    values.write_text(json.dumps({"day": "2026-12-03", "unrelated": 1}), encoding="utf-8")
    code, out, _ = run(capsys, "fill", "sample.event", "--set", "event={{ 7*7 }}", "--values", str(values))
    assert code == 0
    assert out.startswith("Toimi viestinnän asiantuntijana. Kirjoita lämmin kutsu tapahtumaan {{ 7*7 }}.")
    assert "Päivä: 3.12.2026" in out


@pytest.mark.parametrize("args, message", [
    (["fill", "sample.event"], "missing required values: event (Tapahtuma), day (Päivämäärä)"),
    (["fill", "sample.event", "--set", "event=x", "--set", "day=huomenna"], "is not a date"),
    (["fill", "sample.event", "--set", "nosuch=1"], "has no variable nosuch"),
    (["fill", "sample.event", "--set", "oops"], "--set expects NAME=VALUE"),
    (["fill", "no.such.template"], "no template with id 'no.such.template'"),
    (["show", "no.such.template"], "no template with id"),
    (["list", "--role", "astrology"], "unknown role 'astrology'"),
    (["fill", "sample.event", "--values", "/nonexistent.json"], "cannot read /nonexistent.json"),
])
def test_user_errors_get_one_clear_line_and_nonzero_exit(capsys, installed, args, message) -> None:
    code, out, err = run(capsys, *args)
    assert code == 1
    assert message in err
    assert "Traceback" not in err and out == ""


def test_fill_copy_without_a_clipboard_says_so_and_prints(capsys, installed, monkeypatch) -> None:
    import pyperclip

    def no_clipboard(_text):
        raise pyperclip.PyperclipException("no mechanism")

    monkeypatch.setattr(pyperclip, "copy", no_clipboard)
    code, out, err = run(capsys, "fill", "sample.plain", "--set", "text=Hei", "--copy")
    assert code == 0
    assert "no clipboard" in err
    assert out.endswith("Hei\n")


def test_fill_copy_uses_the_clipboard(capsys, installed, monkeypatch) -> None:
    import pyperclip

    copied = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    code, out, _err = run(capsys, "fill", "sample.plain", "--set", "text=Hei", "--copy")
    assert code == 0 and out == ""
    assert copied == ["Muuta seuraava teksti selkokielelle:\n\nHei\n"]


def test_validate_exit_codes_and_problem_lines(capsys, tmp_path: Path, sample_pack_path) -> None:
    assert run(capsys, "validate", str(sample_pack_path))[0] == 0
    bad = tmp_path / "bad.json"
    pack = json.loads(sample_pack_path.read_text(encoding="utf-8"))
    pack["templates"][0]["variables"][0]["type"] = "foo"
    bad.write_text(json.dumps(pack), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(sample_pack_path), str(bad), str(tmp_path / "missing.json"))
    assert code == 1
    assert f"{bad}:templates[0].variables[0].type: unknown type 'foo'" in out.splitlines()[1]
    assert f"{tmp_path / 'missing.json'}: no such file or folder" in out


def test_validate_the_builtin_library(capsys) -> None:
    library = Path(__file__).resolve().parents[2] / "library"
    code, out, _ = run(capsys, "validate", str(library))
    assert code == 0, out


def test_entry_point_runs_as_a_module_without_traceback(isolated_home) -> None:
    result = subprocess.run([sys.executable, "-m", "promptlib", "show", "nope"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip() == "promptlib: no template with id 'nope' (see `promptlib list`)"


# -- fill --values: the JSON type must fit the variable, and what renders is what is scanned

def values_file(tmp_path: Path, values: dict) -> str:
    path = tmp_path / "values.json"
    path.write_text(json.dumps(values, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("details, kind", [
    (["Asiakas 131052-308T"], "a list"),
    ({"asiakas": "131052-308T"}, "an object"),
    (True, "true/false"),
])
def test_fill_refuses_a_json_value_of_the_wrong_type_for_its_variable(capsys, installed, tmp_path, monkeypatch,
                                                                      details, kind) -> None:
    import pyperclip

    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    values = values_file(tmp_path, {"event": "Kevätjuhla", "day": "2026-12-03", "details": details})
    for extra in ([], ["--copy"]):
        code, out, err = run(capsys, "fill", "sample.event", "--values", values, *extra)
        assert code == 1 and out == "" and copied == []
        assert err.strip() == f"promptlib: invalid value for details: expects text, not {kind}"


@pytest.mark.parametrize("name, value, words", [
    ("day", 20261203, "day: expects a date (2026-12-31 or 31.12.2026), not a number"),
    ("day", ["2026-12-03"], "day: expects a date (2026-12-31 or 31.12.2026), not a list"),
    ("event", {"x": 1}, "event: expects text, not an object"),
])
def test_every_type_names_the_json_type_it_was_given(capsys, installed, tmp_path, name, value, words) -> None:
    values = {"event": "Kevätjuhla", "day": "2026-12-03", name: value}
    code, out, err = run(capsys, "fill", "sample.event", "--values", values_file(tmp_path, values))
    assert code == 1 and out == "" and "Traceback" not in err
    assert words in err


def test_a_json_number_for_a_text_variable_renders_as_it_reads(capsys, installed, tmp_path) -> None:
    values = values_file(tmp_path, {"event": 2026, "day": "2026-12-03"})
    code, out, _ = run(capsys, "fill", "sample.event", "--values", values)
    assert code == 0 and "kutsu tapahtumaan 2026." in out


@pytest.mark.parametrize("disguised", [
    "131052\u2013308T",          # en dash as the century sign
    "1310\u00ad52-308T",         # soft hyphen inside
    "131052-308\u0422",          # Cyrillic Te as the check character
    "\uff11\uff13\uff11\uff10\uff15\uff12-308T",  # fullwidth digits
    "131052-\n308T",             # a line wrap
    "\u0661\u0663\u0661\u0660\u0665\u0662-\u0663\u0660\u0668T",  # Arabic-Indic digits: the pre-filter must not let them by
])
def test_fill_copy_sees_through_disguised_identity_codes(capsys, installed, tmp_path, monkeypatch, disguised) -> None:
    import pyperclip

    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    values = values_file(tmp_path, {"event": "Kevätjuhla", "day": "2026-12-03", "details": f"Asiakas {disguised}."})
    code, out, err = run(capsys, "fill", "sample.event", "--values", values, "--copy")
    assert code == 1 and copied == [] and out == ""
    # As written, with what a terminal would not show made visible (soft hyphen, line break).
    visible = disguised.replace("\u00ad", "\\xad").replace("\n", "\\x0a")
    assert f"details (Lisätiedot): personal identity code '{visible}' -> [HENKILÖTUNNUS]" in err


def test_a_crash_while_checking_one_file_does_not_stop_validate(capsys, monkeypatch, tmp_path: Path,
                                                                sample_pack_path) -> None:
    import promptlib.core.library.format as format_module

    first = tmp_path / "first.json"
    first.write_bytes(sample_pack_path.read_bytes())
    real_load = format_module.load_pack

    def load_pack(path, **origin):
        if path == first:
            raise RecursionError("maximum recursion depth exceeded")  # as a bug in a check would
        return real_load(path, **origin)

    monkeypatch.setattr(format_module, "load_pack", load_pack)
    code, out, err = run(capsys, "validate", str(first), str(sample_pack_path))
    assert code == 1 and "Traceback" not in out + err
    assert out.splitlines() == [
        f"{first}: cannot be checked (RecursionError: maximum recursion depth exceeded); "
        "please report this as a promptlib bug",
        f"{sample_pack_path}: ok (4 templates)"]
    assert "1 file(s) invalid" in err


def test_validate_shows_a_five_million_character_field_name_shortened(capsys, tmp_path: Path,
                                                                     sample_pack_path) -> None:
    data = json.loads(sample_pack_path.read_text(encoding="utf-8"))
    data["templates"][0]["x" * 5_000_000] = 1
    path = tmp_path / "long-key.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 1 and len(out) < 1_000
    assert out.startswith(f"{path}:templates[0].xxx") and out.rstrip().endswith("characters): unknown field")


def test_values_file_with_a_duplicate_key_is_refused_with_where(capsys, installed, tmp_path: Path) -> None:
    values = tmp_path / "values.json"
    values.write_text('{"event": "a",\n "event": "b"}', encoding="utf-8")
    code, _, err = run(capsys, "fill", "sample.event", "--values", str(values))
    assert code != 0 and "Traceback" not in err
    assert 'line 2: duplicate key "event" at column 2 (at event)' in err
