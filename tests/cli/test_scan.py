"""`promptlib scan` and the guard in front of `promptlib fill --copy`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.store.database import Store

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(date: str = "131052", sign: str = "-", individual: str = "308") -> str:
    return f"{date}{sign}{individual}{CHECK[int(date + individual) % 31]}"


def iban_fi(bban: str = "12345600000785") -> str:
    check = 98 - int((bban + "FI00").translate({ord("F"): "15", ord("I"): "18"})) % 97
    return f"FI{check:02d}{bban}"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def text_file(tmp_path: Path, text: str, name: str = "note.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


SAMPLE = (f"Asiakas {hetu()} soitti.\n"
          "Hänen numeronsa on 040 123 4567,\n"
          f"sähköposti matti.meikalainen@example.fi ja tili {iban_fi()}.\n"
          "Päätös 12.3.2026 klo 14.30, summa 1 250,00 €, Y-tunnus 0201256-6.\n")


# -- scan ------------------------------------------------------------------------------------

def test_clean_text_exits_0_and_prints_nothing(capsys, tmp_path: Path) -> None:
    path = text_file(tmp_path, "Päätös 12.3.2026 klo 14.30, summa 1 250,00 €, versio 2.10.3.\n")
    assert run(capsys, "scan", str(path)) == (0, "", "")
    code, out, _ = run(capsys, "scan", str(path), "--json")
    assert code == 0 and json.loads(out) == {"findings": []}


def test_json_has_kind_line_start_end_text_for_each_kind(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "scan", str(text_file(tmp_path, SAMPLE)), "--json")
    assert code == 1
    findings = json.loads(out)["findings"]
    assert [(f["kind"], f["line"], f["text"]) for f in findings] == [
        ("hetu", 1, hetu()), ("phone", 2, "040 123 4567"),
        ("email", 3, "matti.meikalainen@example.fi"), ("iban", 3, iban_fi())]
    for finding in findings:
        assert set(finding) == {"kind", "line", "start", "end", "text"}
        # start/end are offsets in the whole text (documented in --help and the README)
        assert SAMPLE[finding["start"]:finding["end"]] == finding["text"]


def test_plain_output_is_file_line_column_kind_text(capsys, tmp_path: Path) -> None:
    path = text_file(tmp_path, SAMPLE)
    code, out, _ = run(capsys, "scan", str(path))
    assert code == 1
    assert out.splitlines() == [
        f"{path}:1:9: hetu: {hetu()}",
        f"{path}:2:20: phone: 040 123 4567",
        f"{path}:3:12: email: matti.meikalainen@example.fi",
        f"{path}:3:49: iban: {iban_fi()}",
    ]


def test_offsets_count_characters_not_bytes_and_keep_crlf(capsys, tmp_path: Path) -> None:
    text = "Äänestäjä 😀\r\nPuh. 040 123 4567\r\n"
    code, out, _ = run(capsys, "scan", str(text_file(tmp_path, text)), "--json")
    (finding,) = json.loads(out)["findings"]
    assert code == 1 and finding["line"] == 2
    assert text[finding["start"]:finding["end"]] == "040 123 4567"


def test_byte_order_mark_is_not_counted(capsys, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf040 123 4567")
    code, out, _ = run(capsys, "scan", str(path), "--json")
    assert code == 1 and json.loads(out)["findings"][0]["start"] == 0


def test_standard_input_with_dash_or_no_file(capsys, monkeypatch) -> None:
    for args in (["scan", "-"], ["scan"]):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("utf-8"))))
        code, out, _ = run(capsys, *args)
        assert code == 1
        assert out.splitlines()[0] == f"<stdin>:1:9: hetu: {hetu()}"


def unreadable(tmp_path: Path, kind: str) -> Path:
    if kind == "latin-1":
        return text_file(tmp_path, "", "latin1.txt").write_bytes("Jyväskylä".encode("latin-1")) \
            and tmp_path / "latin1.txt"
    return tmp_path / "missing.txt" if kind == "missing" else tmp_path


@pytest.mark.parametrize("kind, expected", [("missing", "cannot read"), ("folder", "it is a folder"),
                                            ("latin-1", "not UTF-8")])
def test_unreadable_input_exits_2_with_a_clear_message(capsys, tmp_path: Path, kind, expected) -> None:
    code, out, err = run(capsys, "scan", str(unreadable(tmp_path, kind)))
    assert code == 2 and out == ""
    assert err.startswith("promptlib: ") and expected in err and "Traceback" not in err


def test_help_documents_the_offsets() -> None:
    result = subprocess.run([sys.executable, "-m", "promptlib", "scan", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "offset" in result.stdout and "1-based line" in result.stdout
    assert "hetu" in result.stdout and "iban" in result.stdout


def test_installed_command_exit_codes() -> None:
    found = subprocess.run([sys.executable, "-m", "promptlib", "scan"], input="soita 040 123 4567",
                           capture_output=True, text=True, timeout=60)
    clean = subprocess.run([sys.executable, "-m", "promptlib", "scan", "--json"], input="ei mitään",
                           capture_output=True, text=True, timeout=60)
    assert found.returncode == 1 and "phone: 040 123 4567" in found.stdout
    assert clean.returncode == 0 and json.loads(clean.stdout) == {"findings": []}


# -- fill --copy ------------------------------------------------------------------------------

@pytest.fixture
def installed(isolated_home, sample_pack, sample_pack_path):
    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": str(sample_pack_path)})])
        store.set_setting("template_language", "fi")


@pytest.fixture
def clipboard(monkeypatch) -> list[str]:
    import pyperclip

    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    return copied


def fill_copy(capsys, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "fill", "sample.event", "--set", "event=Kevätjuhla", "--set", "day=2026-12-03",
               "--copy", *extra)


def test_fill_copy_without_findings_copies(capsys, installed, clipboard) -> None:
    code, _, _err = fill_copy(capsys, "--set", "details=Ilmoittautuminen intranetissä.")
    assert code == 0 and len(clipboard) == 1 and "Kevätjuhla" in clipboard[0]


def test_fill_copy_refuses_personal_data_and_lists_it(capsys, installed, clipboard) -> None:
    code, out, err = fill_copy(capsys, "--set", f"details=Yhteyshenkilö {hetu()}, puh. 040 123 4567")
    assert code == 1 and clipboard == [] and out == ""
    assert "not copied" in err
    assert f"details (Lisätiedot): personal identity code '{hetu()}'" in err
    assert "phone number '040 123 4567'" in err
    assert "[HENKILÖTUNNUS]" in err and "--allow-sensitive" in err


def test_allow_sensitive_copies_when_the_policy_allows(capsys, installed, clipboard) -> None:
    code, _, err = fill_copy(capsys, "--set", f"details=Asiakas {hetu()}", "--allow-sensitive")
    assert code == 0 and len(clipboard) == 1 and hetu() in clipboard[0]
    assert "warning" in err and hetu() in err


def test_allow_sensitive_is_refused_when_the_policy_forbids(capsys, installed, clipboard, tmp_path,
                                                            monkeypatch) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"allow_copy_anyway": False}), encoding="utf-8")
    monkeypatch.setenv("PROMPTLIB_POLICY", str(policy))
    code, _, err = fill_copy(capsys, "--set", f"details=Asiakas {hetu()}", "--allow-sensitive")
    assert code == 1 and clipboard == []
    assert "policy does not allow" in err


def test_broken_policy_file_means_no_copy_anyway(capsys, installed, clipboard, tmp_path, monkeypatch) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text("{broken", encoding="utf-8")
    monkeypatch.setenv("PROMPTLIB_POLICY", str(policy))
    code, _, err = fill_copy(capsys, "--set", f"details=Asiakas {hetu()}", "--allow-sensitive")
    assert code == 1 and clipboard == []
    assert "not valid JSON" in err and "policy does not allow" in err


def test_fill_without_copy_still_prints(capsys, installed) -> None:
    code, out, _ = run(capsys, "fill", "sample.event", "--set", "event=Juhla", "--set", "day=2026-12-03",
                       "--set", f"details=Asiakas {hetu()}")
    assert code == 0 and hetu() in out
