"""The import review's view of one item: the installed and incoming templates, their
difference (body, variables, details), and the id a "keep both" copy will really get."""

from __future__ import annotations

from librarydata import install, pack, template, visible

from promptlib.core.history.diff import ADDED, REMOVED, SAME
from promptlib.core.library.importing import CONFLICT, KEEP_BOTH, NEW, UPDATED
from promptlib.core.library.reviewing import copy_id, incoming_template, installed_template, template_diff


def _item(plan, template_id: str):
    return next(item for item in plan.items if item.template_id == template_id)


def test_an_updated_template_diffs_the_installed_body_against_the_incoming_one(libraries) -> None:
    install(libraries, pack("team.k", "1.0", template("team.a", body="Rivi {{ aihe }}.\nVanha rivi.")))
    plan = libraries.plan(pack("team.k", "1.1", template("team.a", body="Rivi {{ aihe }}.\nUusi rivi.")), "/x.json")
    item = _item(plan, "team.a")
    assert item.status == UPDATED
    assert installed_template(plan, item)["body"] == "Rivi {{ aihe }}.\nVanha rivi."
    assert template_diff(plan, item).body == [(SAME, "Rivi {{ aihe }}."), (REMOVED, "Vanha rivi."), (ADDED, "Uusi rivi.")]


def test_a_conflict_with_a_builtin_template_diffs_against_the_builtin_body(libraries) -> None:
    plan = libraries.plan(pack("team.hr", "1.0", template("hr.letter", body="Meidän {{ aihe }}.")), "/hr.json")
    item = _item(plan, "hr.letter")
    assert item.status == CONFLICT
    assert installed_template(plan, item)["title"] == "Alkuperäinen kirje"
    assert (ADDED, "Meidän {{ aihe }}.") in template_diff(plan, item).body
    assert incoming_template(plan, item)["body"] == "Meidän {{ aihe }}."


def test_a_new_template_has_nothing_installed_and_all_lines_added(libraries) -> None:
    plan = libraries.plan(pack("team.k", "1.0", template("team.n", body="A {{ aihe }}\nB")), "/x.json")
    item = _item(plan, "team.n")
    assert item.status == NEW and installed_template(plan, item) is None
    assert template_diff(plan, item).body == [(ADDED, "A {{ aihe }}"), (ADDED, "B")]


def test_an_update_diffs_the_variables_and_details_too(libraries) -> None:
    install(libraries, pack("team.k", "1.0", template("team.a", title="Kirje")))
    incoming = template("team.a", title="Kirje asiakkaalle")
    incoming["variables"][0]["label"] = "Asia"
    plan = libraries.plan(pack("team.k", "1.1", incoming), "/x.json")
    diff = template_diff(plan, _item(plan, "team.a"))
    assert [(c.name, c.fields) for c in diff.variables_changed] == [("aihe", {"label": ("Aihe", "Asia")})]
    assert diff.metadata == {"title": ("Kirje", "Kirje asiakkaalle")}
    assert all(tag == SAME for tag, _line in diff.body)


def test_a_new_template_diffs_against_nothing(libraries) -> None:
    plan = libraries.plan(pack("team.k", "1.0", template("team.n")), "/x.json")
    diff = template_diff(plan, _item(plan, "team.n"))
    assert diff.variables_added == ["aihe"] and diff.metadata["title"] == (None, "Otsikko team.n")


def test_the_copy_id_is_the_one_the_install_gives(libraries) -> None:
    # hr.letter.2 is taken by another library: the copy must be named hr.letter.3.
    install(libraries, pack("team.other", "1.0", template("hr.letter.2")))
    data = pack("team.hr", "1.0", template("hr.letter", title="Meidän kirje"))
    plan = libraries.plan(data, "/hr.json")
    key = ("hr.letter", "fi")
    predicted = copy_id(plan, key)
    assert predicted == "hr.letter.3"
    plan.resolve(key, KEEP_BOTH)
    libraries.apply(plan)
    assert visible(libraries).get(predicted, "fi").title == "Meidän kirje"
