"""`promptlib import | export | libraries | remove | update` (docs/ARCHITECTURE.md, "Command line")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.library.validation import validate_pack
from promptlib.core.store.database import Store

REPO = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def installed_ids(home: Path) -> list[str]:
    with Store(home) as store:
        return [p.pack["id"] for p in store.installed_packs()]


@pytest.fixture
def not_a_terminal(monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)


def builtin_job_ad() -> dict:
    data = json.loads((REPO / "library" / "hr.json").read_text(encoding="utf-8"))
    return next(t for t in data["templates"] if (t["id"], t["language"]) == ("hr.job-ad", "fi"))


def conflicting_pack(tmp_path: Path) -> Path:
    """A team library with its own edition of a built-in template, and one new one."""
    ours = dict(builtin_job_ad(), title="Meidän työpaikkailmoitus")
    extra = dict(builtin_job_ad(), id="team.extra", title="Lisäpohja")
    data = {"format": "promptlib-library", "format_version": 1, "id": "team.hr", "name": "Tiimin HR",
            "version": "1.0", "publisher": "Tiimi", "templates": [ours, extra]}
    path = tmp_path / "team.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- import ----------------------------------------------------------------------------------

def test_import_without_yes_off_a_terminal_shows_the_plan_and_refuses(
        capsys, not_a_terminal, isolated_home, sample_pack_path) -> None:
    code, out, err = run(capsys, "import", str(sample_pack_path))
    assert code == 1
    assert "Library: Testikirjasto (test.sample) version 1.0.0, by promptlib tests" in out
    assert "new       sample.event [fi]  Tapahtumakutsu" in out
    assert "Summary: 4 new, 0 updated" in out
    assert "not installing without confirmation: run again with --yes" in err
    assert installed_ids(isolated_home) == []


def test_import_yes_installs_and_libraries_lists_it(capsys, isolated_home, sample_pack_path) -> None:
    code, out, _ = run(capsys, "import", str(sample_pack_path), "--yes")
    assert code == 0 and "Installed Testikirjasto 1.0.0: 4 new, 0 updated." in out
    code, out, _ = run(capsys, "libraries", "--json")
    rows = {row["id"]: row for row in json.loads(out)}
    sample = rows["test.sample"]
    assert sample["version"] == "1.0.0" and sample["publisher"] == "promptlib tests"
    assert sample["source"] == str(sample_pack_path.resolve()) and sample["templates"] == 4
    assert sample["installed_at"].endswith("+00:00") and sample["builtin"] is False
    assert rows["fi.promptlib.hr"]["builtin"] is True
    code, out, _ = run(capsys, "libraries")
    line = next(line for line in out.splitlines() if line.startswith("test.sample"))
    assert "1.0.0" in line and str(sample_pack_path.resolve()) in line and "installed 20" in line


def test_importing_again_says_there_is_nothing_to_change(capsys, not_a_terminal, sample_pack_path) -> None:
    run(capsys, "import", str(sample_pack_path), "--yes")
    code, out, _ = run(capsys, "import", str(sample_pack_path))
    assert code == 0 and "Nothing to change: Testikirjasto 1.0.0 is already installed." in out


@pytest.mark.parametrize("answer, code, installed", [("y\n", 0, ["test.sample"]), ("\n", 1, [])])
def test_import_on_a_terminal_asks(capsys, monkeypatch, isolated_home, sample_pack_path,
                                   answer, code, installed) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: answer.strip())
    assert run(capsys, "import", str(sample_pack_path))[0] == code
    assert installed_ids(isolated_home) == installed


@pytest.mark.parametrize("option, title_seen, copy_id", [
    ((), "Työpaikkailmoitus", None),
    (("--replace",), "Meidän työpaikkailmoitus", None),
    (("--keep-both",), "Työpaikkailmoitus", "hr.job-ad.2"),
])
def test_conflicts_keep_by_default_or_replace_or_keep_both(capsys, tmp_path, option, title_seen, copy_id) -> None:
    path = conflicting_pack(tmp_path)
    code, out, _ = run(capsys, "import", str(path), "--yes", *option)
    assert code == 0
    assert "conflict  hr.job-ad [fi]" in out and "also in" in out and "(fi.promptlib.hr 2026" in out
    code, out, _ = run(capsys, "show", "hr.job-ad", "--lang", "fi", "--json")
    assert json.loads(out)["title"].startswith(title_seen)
    if copy_id:
        code, out, _ = run(capsys, "show", copy_id, "--lang", "fi", "--json")
        assert code == 0 and json.loads(out)["title"] == "Meidän työpaikkailmoitus"


def test_an_invalid_file_prints_every_problem_and_installs_nothing(capsys, tmp_path, isolated_home,
                                                                    sample_pack_path) -> None:
    data = json.loads(sample_pack_path.read_text(encoding="utf-8"))
    data["templates"][0]["variables"][1]["default"] = "kylmä"
    data["templates"][2]["body"] = "{% include 'x' %}"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "import", str(bad), "--yes")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert f"{bad}:templates[0].variables[1].default: 'kylmä' is not one of the choices" in lines
    assert any(line.startswith(f"{bad}:templates[2].body line 1: include is not allowed") for line in lines)
    assert lines[-1] == "promptlib: nothing was installed"
    assert installed_ids(isolated_home) == []


def test_import_of_a_missing_file_is_a_clear_error(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.json"), "--yes")
    assert code == 1 and f"{tmp_path / 'nope.json'}: no such file or folder" in err


# -- export, remove --------------------------------------------------------------------------

def test_export_a_library_remove_it_and_import_it_back_identically(capsys, tmp_path, sample_pack_path) -> None:
    run(capsys, "import", str(sample_pack_path), "--yes")
    before = {tid: run(capsys, "show", tid, "--lang", lang, "--json")[1]
              for tid, lang in (("sample.event", "fi"), ("sample.event", "sv"), ("sample.budget", "en"))}
    out_file = tmp_path / "exported.json"
    code, out, _ = run(capsys, "export", "--output", str(out_file), "--library", "test.sample")
    assert code == 0 and "Exported 4 template(s)" in out and "library test.sample 1.0.0" in out
    code, out, _ = run(capsys, "remove", "test.sample")
    assert code == 0 and "Removed Testikirjasto (test.sample 1.0.0, 4 templates)." in out
    assert run(capsys, "show", "sample.event", "--json")[0] == 1
    assert run(capsys, "import", str(out_file), "--yes")[0] == 0
    after = {tid: run(capsys, "show", tid, "--lang", lang, "--json")[1]
             for tid, lang in (("sample.event", "fi"), ("sample.event", "sv"), ("sample.budget", "en"))}
    assert after == before


def test_export_a_role_writes_a_valid_pack_validate_accepts(capsys, tmp_path) -> None:
    out_file = tmp_path / "finance.json"
    code, _out, _ = run(capsys, "export", "--output", str(out_file), "--role", "finance", "--lang", "fi",
                       "--pack-id", "org.finance", "--publisher", "Talous")
    assert code == 0
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert validate_pack(data) == [] and data["id"] == "org.finance" and data["publisher"] == "Talous"
    assert data["templates"] and all("finance" in t["roles"] and t["language"] == "fi" for t in data["templates"])
    assert run(capsys, "validate", str(out_file))[0] == 0


@pytest.mark.parametrize("args, message", [
    (["export", "--output", "x.json", "--role", "astrology"], "unknown role 'astrology'"),
    (["export", "--output", "x.json", "--library", "nope"], "no library 'nope'"),
    (["export", "--output", "x.json", "--own"], "no templates of your own"),
    (["export", "--output", "x.json", "--pack-id", "Not Safe"], "id: 'Not Safe' is not a safe id"),
    (["remove", "fi.promptlib.hr"], "is a built-in library and cannot be removed"),
    (["remove", "nope"], "no installed library 'nope'"),
])
def test_export_and_remove_errors_are_one_clear_line(capsys, tmp_path, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, *args)
    assert code == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "x.json").exists()


# -- update ----------------------------------------------------------------------------------

def test_update_installs_from_a_configured_source_and_reports_problems(capsys, tmp_path, isolated_home,
                                                                       sample_pack_path) -> None:
    missing = tmp_path / "gone.json"
    with Store(isolated_home) as store:
        store.set_setting("library_sources", [str(sample_pack_path), str(missing)])
    code, out, _ = run(capsys, "update")
    assert code == 1  # one source failed
    assert f"{sample_pack_path}: installed Testikirjasto 1.0.0: 4 new" in out
    assert f"{missing}: no such file or folder" in out
    assert installed_ids(isolated_home) == ["test.sample"]
    code, out, _ = run(capsys, "update", "--json")
    states = [row["state"] for row in json.loads(out)]
    assert states == ["up-to-date", "unreachable"]


# -- whole process -----------------------------------------------------------------------------

# The import, run as its own process, stops where the index of the libraries is replaced (once
# the new library file and index are complete, and once the index has taken the old one's
# place) and waits there to be killed.
PAUSED_IMPORT = textwrap.dedent(
    """
    import os, sys

    real_replace = os.replace

    def replace(source, target, *args, **kwargs):
        if not os.fspath(target).endswith("libraries.json"):
            return real_replace(source, target, *args, **kwargs)
        print("before-replace", flush=True)
        sys.stdin.readline()
        real_replace(source, target, *args, **kwargs)
        print("after-replace", flush=True)
        sys.stdin.readline()

    os.replace = replace
    from promptlib.cli import main
    sys.exit(main(["import", sys.argv[1], "--yes"]))
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("moment, templates", [("before-replace", 10), ("after-replace", 3000)])
def test_killing_an_import_leaves_the_old_or_the_new_library_never_half(tmp_path, moment: str,
                                                                        templates: int) -> None:
    sys.path.insert(0, str(REPO / "tests" / "benchmarks"))
    from generate import generated_pack

    data = generated_pack(3000)
    pack_file = tmp_path / "big.json"
    pack_file.write_text(json.dumps(data), encoding="utf-8")
    home = tmp_path / "home"
    with Store(home) as store:  # the library as it was: an older edition with 10 templates
        store.install_packs([({**data, "version": "0.1", "templates": data["templates"][:10]}, {"source": "old"})])
    env = {**os.environ, "PROMPTLIB_HOME": str(home), "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-c", PAUSED_IMPORT, str(pack_file)], env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert process.stdin is not None and process.stdout is not None
        seen = []
        for line in iter(process.stdout.readline, ""):
            if line.strip() == moment:
                break
            seen.append(line.strip())
            if line.strip() in ("before-replace", "after-replace"):  # not this moment: go on
                process.stdin.write("\n")
                process.stdin.flush()
        else:
            pytest.fail(f"the import finished without reaching {moment}: {seen}")
        process.kill()
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()
    with Store(home) as store:
        packs = store.installed_packs()
        assert store.recovery_notices == []
    assert [len(p.pack["templates"]) for p in packs] == [templates]
    assert not list(home.glob("**/*.tmp-*"))  # the killed writer's temporary files are cleaned up
    assert len(list(home.glob("libraries/*.json"))) == 1  # and the file of the edition not installed
