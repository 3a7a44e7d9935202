"""`promptlib publish` without `--notes`: release notes from the history notes, shown in
the plan and kept with the publish record; `--notes` (even empty) replaces them."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.cli import main
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.core.publishing import published_records
from promptlib.core.store.database import Store

LETTER = {"id": "own.kirje", "language": "fi", "title": "Kirje", "roles": ["hr"], "body": "Kirjoita kirje."}


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def edited(isolated_home, tmp_path):
    with Store(isolated_home) as store:
        OwnTemplates(store).save(LETTER, note="uusi kirjepohja")
        OwnTemplates(store).save({**LETTER, "body": "Kirjoita lyhyt kirje."}, replaces=("own.kirje", "fi"),
                                 note="lyhyemmäksi")
    return tmp_path / "share.json"


def records(home: Path) -> list[dict]:
    with Store(home) as store:
        return published_records(store)


def test_publish_without_notes_uses_the_versions_notes(edited, isolated_home, capsys) -> None:
    code, out, _err = run(capsys, "publish", "--library", "user.own", "--to", str(edited), "--yes")
    assert code == 0
    assert "Notes:   Kirje: uusi kirjepohja, lyhyemmäksi" in out
    assert "from the notes of the versions since the last publish" in out
    assert records(isolated_home)[-1]["notes"] == "Kirje: uusi kirjepohja, lyhyemmäksi"

    with Store(isolated_home) as store:
        OwnTemplates(store).save({**LETTER, "body": "Kirjoita hyvin lyhyt kirje."}, replaces=("own.kirje", "fi"),
                                 note="vielä lyhyemmäksi")
    code, out, _err = run(capsys, "publish", "--library", "user.own", "--to", str(edited), "--yes")
    assert code == 0 and "Notes:   Kirje: vielä lyhyemmäksi\n" in out   # only what came after the last publish


def test_notes_given_replace_the_suggestion_and_empty_notes_mean_none(edited, isolated_home, capsys) -> None:
    code, out, _err = run(capsys, "publish", "--library", "user.own", "--to", str(edited), "--yes",
                          "--notes", "Oma teksti")
    assert code == 0 and "Notes:   Oma teksti" in out and "uusi kirjepohja" not in out
    with Store(isolated_home) as store:
        OwnTemplates(store).save({**LETTER, "body": "Toinen."}, replaces=("own.kirje", "fi"), note="toinen")
    code, out, _err = run(capsys, "publish", "--library", "user.own", "--to", str(edited), "--yes", "--notes", "")
    assert code == 0 and "Notes:" not in out
    assert [r["notes"] for r in records(isolated_home)] == ["Oma teksti", ""]
