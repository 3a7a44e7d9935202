"""The command line against hostile text and a hostile environment: escape sequences
in packs, closed standard input, a full disk, devices and pipes in place of files,
values nested without end, damaged and read-only data folders. Each gives one clear
line and the documented exit code (docs/ARCHITECTURE.md, "Command line"), never a
traceback or a hang."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.store.database import Store

REPO = Path(__file__).resolve().parents[2]
HOSTILE = "\x1b[2J\rFAKE\u202eliam-e\u202c\x9b31m"
RAW_CONTROLS = ("\x1b", "\r", "\u202e", "\u202c", "\x9b")
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX devices and pipes")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def promptlib(*args: str, stdin=None, stdout=subprocess.PIPE, home: Path | None = None,
              env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    if home is not None:
        environment["PROMPTLIB_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "promptlib", *args], stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, text=True, timeout=60, env=environment, cwd=REPO)


def one_clear_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("promptlib: ")
    return lines[0]


def no_raw_controls(text: str) -> None:
    for control in RAW_CONTROLS:
        assert control not in text, f"{control!r} reached the terminal raw"


def hostile_pack() -> dict:
    template = {"id": "evil.one", "language": "fi", "title": f"Kiitosviesti {HOSTILE}", "roles": ["hr"],
                "tags": [HOSTILE], "summary": HOSTILE, "body": f"Kirjoita {{{{ aihe }}}} {HOSTILE}",
                "variables": [{"name": "aihe", "label": f"Aihe {HOSTILE}", "type": "text"}],
                "guidance": HOSTILE}
    return {"format": "promptlib-library", "format_version": 1, "id": "evil.pack", "name": f"Paha {HOSTILE}",
            "version": "1.0", "publisher": f"Kunta\nLibrary: forged {HOSTILE}", "templates": [template]}


@pytest.fixture
def hostile_installed(isolated_home):
    """Installed as an older version may have let it in: what the commands show must still be safe."""
    with Store(isolated_home) as store:
        store.install_packs([(hostile_pack(), {"source": f"/share/{HOSTILE}.json"})])
        store.set_setting("template_language", "fi")


# -- escape sequences and controls from packs ------------------------------------------------

def test_import_shows_the_plan_with_every_control_made_visible(capsys, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "evil.json"
    path.write_text(json.dumps(hostile_pack(), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    code, out, err = run(capsys, "import", str(path))
    assert code == 1  # refused off a terminal (or refused as invalid): never installed
    no_raw_controls(out + err)
    if "Library:" in out:  # the pack passed validation: the plan shows its text, escaped
        assert "\\x1b[2J\\x0dFAKE\\u202eliam-e\\u202c\\x9b31m" in out
        assert "\nLibrary: forged" not in out and "Kunta\\x0aLibrary: forged" in out


def test_list_show_and_libraries_make_controls_visible(capsys, hostile_installed, monkeypatch) -> None:
    import promptlib.cli.templates as templates

    monkeypatch.setattr(templates, "stdout_is_terminal", lambda: True)  # show's body as on a terminal
    for command in (["list"], ["show", "evil.one"], ["libraries"]):
        code, out, err = run(capsys, *command)
        assert code == 0, err
        no_raw_controls(out + err)
        assert "\\x1b[2J" in out and "\\u202e" in out
    _, out, _ = run(capsys, "libraries")
    assert not any(line.startswith("Library: forged") for line in out.splitlines())


def test_show_gives_the_body_as_it_is_to_a_pipe_and_escaped_to_a_terminal(capsys, hostile_installed,
                                                                          monkeypatch) -> None:
    _, out, _ = run(capsys, "show", "evil.one")
    assert f"Kirjoita {{{{ aihe }}}} {HOSTILE}" in out  # a file gets exactly what will be pasted
    import promptlib.cli.templates as templates

    monkeypatch.setattr(templates, "stdout_is_terminal", lambda: True)
    _, out, _ = run(capsys, "show", "evil.one")
    no_raw_controls(out)
    assert "Kirjoita {{ aihe }} \\x1b[2J\\x0dFAKE\\u202e" in out


def test_json_output_escapes_controls_and_keeps_the_text(capsys, hostile_installed) -> None:
    for command in (["list", "--json"], ["show", "evil.one", "--json"], ["libraries", "--json"]):
        code, out, _ = run(capsys, *command)
        assert code == 0
        no_raw_controls(out)
        assert any(HOSTILE in text for text in _strings(json.loads(out)))  # the text itself is kept


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# -- closed input, full output ----------------------------------------------------------------

def test_scan_with_standard_input_closed_is_one_line_and_exit_2(isolated_home) -> None:
    result = subprocess.run([sys.executable, "-c", "import os, sys; os.close(0); sys.argv = ['promptlib', 'scan', '-'];"
                             "from promptlib.cli import main; sys.exit(main())"],
                            capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 2
    assert one_clear_line(result.stderr) == "promptlib: cannot read standard input: it is closed"


def test_import_without_yes_and_with_standard_input_closed_refuses(isolated_home, sample_pack_path) -> None:
    result = subprocess.run([sys.executable, "-c", "import os, sys; os.close(0);"
                             f"sys.argv = ['promptlib', 'import', {str(sample_pack_path)!r}];"
                             "from promptlib.cli import main; sys.exit(main())"],
                            capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.returncode == 1
    assert "not installing without confirmation" in one_clear_line(result.stderr)
    with Store(isolated_home) as store:
        assert store.installed_packs() == []


def test_eof_at_the_question_is_no(capsys, monkeypatch, sample_pack_path, isolated_home) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt="": (_ for _ in ()).throw(EOFError))
    code, out, _ = run(capsys, "import", str(sample_pack_path))
    assert code == 1 and "Nothing was installed." in out


@POSIX
@pytest.mark.parametrize("args, exit_code", [(["list"], 1), (["show", "hr.job-ad"], 1),
                                              (["scan", "FINDINGS"], 2), (["libraries", "--json"], 1)])
def test_output_to_a_full_disk_is_one_line(isolated_home, tmp_path: Path, args: list[str], exit_code: int) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    findings = tmp_path / "text.txt"
    findings.write_text("Soita 040 123 4567\n" * 100, encoding="utf-8")
    args = [str(findings) if arg == "FINDINGS" else arg for arg in args]
    with open("/dev/full", "w") as full:
        result = promptlib(*args, stdout=full, home=isolated_home)
    assert result.returncode == exit_code
    assert one_clear_line(result.stderr) == "promptlib: cannot write the output: No space left on device"


@POSIX
def test_export_to_a_full_device_writes_to_it_reports_and_never_replaces_it(isolated_home, tmp_path: Path) -> None:
    full = tmp_path / "full"  # a private /dev/full, so no test can replace the real one
    try:
        os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except OSError:
        pytest.skip("cannot create a device node here")
    result = promptlib("export", "--output", str(full), "--role", "hr", home=isolated_home)
    assert result.returncode == 1
    assert "No space left on device" in one_clear_line(result.stderr)
    assert stat.S_ISCHR(os.stat(full).st_mode)


# -- devices, pipes and values nested without end ------------------------------------------------

@POSIX
@pytest.mark.parametrize("command", [["import", "PATH"], ["validate", "PATH"], ["scan", "PATH"],
                                     ["fill", "hr.job-ad", "--values", "PATH"]])
@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_device_or_a_pipe_in_place_of_a_file_is_refused_at_once(isolated_home, tmp_path: Path,
                                                                  command: list[str], kind: str) -> None:
    path = tmp_path / "fifo"
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    result = promptlib(*[str(path) if arg == "PATH" else arg for arg in command], home=isolated_home)
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    assert "not a regular file" in result.stderr + result.stdout


def test_values_nested_without_end_are_one_line(capsys, tmp_path: Path) -> None:
    path = tmp_path / "values.json"
    path.write_text('{"title": ' + "[" * 1000 + "]" * 1000 + "}", encoding="utf-8")
    code, _, err = run(capsys, "fill", "hr.job-ad", "--values", str(path))
    assert code == 1
    assert "nested more than 32 levels deep" in one_clear_line(err)


def test_a_policy_nested_without_end_is_a_problem_line(capsys, tmp_path: Path, monkeypatch) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text("[" * 100_000, encoding="utf-8")
    monkeypatch.setenv("PROMPTLIB_POLICY", str(policy))
    code, out, err = run(capsys, "policy")
    assert code == 1 and "Traceback" not in err
    assert sum(line.startswith("problem: ") for line in out.splitlines()) == 1
    assert "nested too deeply" in out


# -- damaged and read-only data folders ------------------------------------------------------------

def test_a_library_file_of_the_wrong_shape_is_repaired_and_said_on_stderr(capsys, isolated_home) -> None:
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "library.json").write_text(json.dumps({"packs": {"1": {
        "pack": {"id": "x", "name": "X", "version": "1", "publisher": "p", "templates": "abc"},
        "provenance": {}}}}), encoding="utf-8")
    code, out, err = run(capsys, "list")
    assert code == 0 and "hr.job-ad" in out
    line = one_clear_line(err)
    assert "library.json was damaged (packs document 1: pack.templates must be a list" in line
    assert "moved aside to" in line and "starts empty" in line
    code, _, err = run(capsys, "libraries")
    assert code == 0 and err == ""  # repaired once, said once


def test_a_read_only_data_folder_serves_reading_commands(capsys, isolated_home, sample_pack,
                                                          sample_pack_path, monkeypatch) -> None:
    from readonly import make_read_only

    with Store(isolated_home) as store:
        store.install_packs([(sample_pack, {"source": str(sample_pack_path)})])
    for lock in isolated_home.glob("*.lock"):
        lock.unlink()
    make_read_only(monkeypatch, isolated_home)
    for command in (["list"], ["show", "sample.event"], ["libraries"], ["validate", str(sample_pack_path)]):
        code, _, err = run(capsys, *command)
        assert code == 0, err
    code, _, err = run(capsys, "remove", "test.sample")
    assert code == 1
    assert "cannot be created" in one_clear_line(err)
