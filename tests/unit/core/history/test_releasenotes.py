"""Release notes suggested for a publish: the notes of each changed template's versions
since it was last published, and "new template" for a new one without notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from promptlib.core.catalog import Catalog
from promptlib.core.history.hooks import history_of
from promptlib.core.history.releasenotes import release_notes_text
from promptlib.core.model import Pack
from promptlib.core.owntemplates.library import OwnTemplates
from promptlib.core.publishing import plan_publish, publish
from promptlib.core.store.database import Store


def own(template_id: str, title: str, body: str) -> dict:
    return {"id": template_id, "language": "fi", "title": title, "roles": ["hr"], "body": body}


@pytest.fixture
def store(isolated_home):
    with Store(isolated_home) as opened:
        yield opened


def plan(store: Store, target: Path, **extra):
    packs = store.installed_packs()
    catalog = Catalog([Pack.from_dict(p.pack, builtin=False) for p in packs])
    return plan_publish(catalog, "user.own", target, installed=packs, history=history_of(store), **extra)


def test_notes_since_the_last_publish_of_each_changed_template(store, tmp_path) -> None:
    templates = OwnTemplates(store)
    templates.save(own("own.pere", "Perehdytyssuunnitelma", "Laadi suunnitelma."), note="first draft")
    templates.save(own("own.muistio", "Muistio", "Kirjoita muistio."))
    target = tmp_path / "hr-tiimi.json"
    publish(plan(store, target), store=store)

    templates.save(own("own.pere", "Perehdytyssuunnitelma", "Laadi suunnitelma vaiheittain."),
                   replaces=("own.pere", "fi"), note="fixed the order of steps")
    templates.save(own("own.pere", "Perehdytyssuunnitelma", "Laadi suunnitelma vaiheittain, lyhyesti."),
                   replaces=("own.pere", "fi"), note="  shorter\nsteps ")
    templates.save(own("own.pere", "Perehdytyssuunnitelma", "Laadi suunnitelma vaiheittain, lyhyesti!"),
                   replaces=("own.pere", "fi"), note="fixed the order of steps")   # said once
    templates.save(own("own.tiedote", "Tiedote", "Kirjoita tiedote."))

    second = plan(store, target)
    # "first draft" went out in the first release; the unchanged Muistio is not mentioned.
    assert second.suggested_notes() == ("Perehdytyssuunnitelma: fixed the order of steps, shorter steps; "
                                        "Tiedote: new template")
    assert second.suggested_notes(new_template="uusi pohja").endswith("Tiedote: uusi pohja")
    assert second.notes == ""   # a suggestion only: the notes given stay the notes


def test_no_history_or_nothing_changed_suggests_nothing(store, tmp_path) -> None:
    OwnTemplates(store).save(own("own.muistio", "Muistio", "Kirjoita muistio."), note="first")
    target = tmp_path / "team.json"
    publish(plan(store, target), store=store)
    assert plan(store, target).release_notes == []
    packs = store.installed_packs()
    catalog = Catalog([Pack.from_dict(p.pack, builtin=False) for p in packs])
    assert plan_publish(catalog, "user.own", tmp_path / "other.json", installed=packs).release_notes == []
    assert release_notes_text([]) == ""
