"""Import planning and applying: new, updated, unchanged and removed templates,
conflicts and their resolutions, provenance, and the one write that installs a plan."""

from __future__ import annotations

import copy

import pytest
from librarydata import BUILTIN, NOW, install, pack, statuses, template, visible

from promptlib.core.errors import LibraryError, StoreError
from promptlib.core.library.importing import (
    CONFLICT,
    KEEP,
    KEEP_BOTH,
    NEW,
    REMOVED,
    REPLACE,
    UNCHANGED,
    UPDATED,
    StalePlanError,
    free_id,
)
from promptlib.core.library.validation import SAFE_ID

# -- planning ------------------------------------------------------------------------------

def test_a_new_library_is_all_new_and_installs_with_provenance(libraries, store) -> None:
    data = pack("team.kirjeet", "1.0", template("team.a"), template("team.a", "sv"), template("team.b"))
    plan = libraries.plan(data, "/share/kirjeet.json")
    assert set(statuses(plan).values()) == {NEW}
    assert plan.summary() == "3 new, 0 updated"
    assert plan.changes_anything
    libraries.apply(plan)
    [installed] = store.installed_packs()
    assert installed.pack == data
    assert installed.provenance["source"] == "/share/kirjeet.json"
    assert installed.provenance["installed_at"] == NOW
    info = next(i for i in libraries.list() if i.id == "team.kirjeet")
    assert (info.version, info.publisher, info.templates, info.builtin) == ("1.0", "Testikunta", 3, False)


def test_importing_the_same_file_again_changes_nothing(libraries) -> None:
    data = pack("team.kirjeet", "1.0", template("team.a"))
    install(libraries, data)
    again = libraries.plan(copy.deepcopy(data), "/share/kirjeet.json")
    assert statuses(again) == {("team.a", "fi"): UNCHANGED}
    assert not again.changes_anything


def test_a_new_version_shows_updated_new_removed_and_unchanged(libraries, store) -> None:
    install(libraries, pack("team.kirjeet", "1.0", template("team.a"), template("team.b"), template("team.c")))
    newer = pack("team.kirjeet", "1.1", template("team.a"), template("team.b", title="Uusi otsikko"),
                 template("team.d"))
    plan = libraries.plan(newer, "/share/kirjeet.json")
    assert statuses(plan) == {("team.a", "fi"): UNCHANGED, ("team.b", "fi"): UPDATED,
                              ("team.d", "fi"): NEW, ("team.c", "fi"): REMOVED}
    updated = next(item for item in plan.items if item.status == UPDATED)
    assert (updated.old_version, updated.new_version) == ("1.0", "1.1")
    assert plan.summary() == "1 new, 1 updated (1.0 -> 1.1), 1 unchanged, 1 removed"
    libraries.apply(plan)
    titles = {t.id: t.title for t in visible(libraries).all_templates() if t.id.startswith("team.")}
    assert titles == {"team.a": "Otsikko team.a", "team.b": "Uusi otsikko", "team.d": "Otsikko team.d"}
    assert store.installed_packs()[0].provenance["previous_version"] == "1.0"


def test_an_invalid_pack_is_refused_with_every_problem_and_installs_nothing(libraries, store) -> None:
    bad = pack("team.kirjeet", "1.0", template("team.a", body="{{ ghost }}"), template("Bad Id"))
    with pytest.raises(LibraryError) as caught:
        libraries.plan(bad, "/share/bad.json")
    lines = caught.value.lines()
    assert any("templates[0].body: uses variable 'ghost'" in line for line in lines)
    assert any("templates[1].id: 'Bad Id' is not a safe id" in line for line in lines)
    assert all(line.startswith("/share/bad.json:") for line in lines)
    assert store.installed_packs() == []


# -- conflicts -------------------------------------------------------------------------------

def conflicting() -> dict:
    return pack("team.hr", "1.0", template("hr.letter", title="Meidän kirje"), template("team.own"))


def test_a_template_from_another_library_is_a_conflict_kept_by_default(libraries, store) -> None:
    plan = libraries.plan(conflicting(), "/share/hr.json")
    conflict = next(item for item in plan.items if item.status == CONFLICT)
    assert conflict.key == ("hr.letter", "fi")
    assert conflict.existing.pack_id == "builtin.hr" and conflict.existing.builtin
    assert plan.resolutions == {("hr.letter", "fi"): KEEP}
    libraries.apply(plan)
    seen = visible(libraries)
    assert seen.get("hr.letter", "fi").title == "Alkuperäinen kirje"
    assert seen.get("team.own", "fi") is not None
    provenance = store.installed_packs()[0].provenance
    assert [entry["template"]["id"] for entry in provenance["set_aside"]] == ["hr.letter"]


def test_replace_lets_the_imported_template_win(libraries) -> None:
    install(libraries, conflicting(), hr_letter=REPLACE)
    assert visible(libraries).get("hr.letter", "fi").title == "Meidän kirje"
    assert visible(libraries).get("hr.letter", "fi").origin.pack_id == "team.hr"


def test_keep_both_gives_the_imported_copy_a_new_safe_id(libraries) -> None:
    install(libraries, conflicting(), hr_letter=KEEP_BOTH)
    seen = visible(libraries)
    assert seen.get("hr.letter", "fi").title == "Alkuperäinen kirje"
    assert seen.get("hr.letter.2", "fi").title == "Meidän kirje"
    assert SAFE_ID.fullmatch("hr.letter.2")


def test_choices_are_remembered_at_the_next_import(libraries) -> None:
    install(libraries, conflicting(), hr_letter=KEEP_BOTH)
    again = libraries.plan(conflicting(), "/share/hr.json")
    item = next(item for item in again.items if item.template_id == "hr.letter")
    assert (item.status, item.renamed_to) == (UNCHANGED, "hr.letter.2")
    assert not again.changes_anything
    newer = conflicting()
    newer["version"] = "1.1"
    newer["templates"][0]["title"] = "Meidän kirje, uusi"
    install(libraries, newer)
    assert visible(libraries).get("hr.letter.2", "fi").title == "Meidän kirje, uusi"


def test_a_kept_conflict_is_offered_again_with_the_earlier_choice(libraries) -> None:
    install(libraries, conflicting())
    newer = conflicting()
    newer["version"] = "1.1"
    plan = libraries.plan(newer, "/share/hr.json")
    item = next(item for item in plan.items if item.status == CONFLICT)
    assert item.remembered == KEEP and plan.resolutions[item.key] == KEEP


def test_an_identical_template_in_another_library_is_not_a_conflict(libraries) -> None:
    same = pack("team.copy", "1.0", BUILTIN.templates[0].to_dict())
    plan = libraries.plan(same, "/share/copy.json")
    [item] = plan.items
    assert item.status == UNCHANGED and item.existing.pack_id == "builtin.hr"
    assert plan.conflicts() == []


def test_replacing_another_installed_library_sets_its_template_aside_until_removal(libraries, store) -> None:
    install(libraries, pack("team.a", "1.0", template("shared.letter", title="A:n kirje")))
    plan = install(libraries, pack("team.b", "1.0", template("shared.letter", title="B:n kirje")),
                   shared_letter=REPLACE)
    assert plan.conflicts()[0].existing.pack_id == "team.a"
    packs = {p.pack["id"]: p for p in store.installed_packs()}
    assert packs["team.a"].pack["templates"] == []  # no two installed libraries provide one key
    assert visible(libraries).get("shared.letter", "fi").title == "B:n kirje"
    libraries.remove("team.b")
    assert visible(libraries).get("shared.letter", "fi").title == "A:n kirje"
    packs = {p.pack["id"]: p for p in store.installed_packs()}
    assert set(packs) == {"team.a"} and "set_aside" not in packs["team.a"].provenance


def test_a_plan_made_before_another_change_is_refused(libraries, store) -> None:
    plan = libraries.plan(pack("team.a", "1.0", template("team.x")), "/a.json")
    install(libraries, pack("team.b", "1.0", template("team.y")))
    with pytest.raises(StalePlanError, match="changed since"):
        libraries.apply(plan)
    assert [p.pack["id"] for p in store.installed_packs()] == ["team.b"]


def test_a_failed_write_installs_nothing(libraries, store, monkeypatch) -> None:
    install(libraries, pack("team.a", "1.0", template("team.x")))
    plan = libraries.plan(pack("team.a", "2.0", template("team.x"), template("team.y")), "/a.json")

    def disk_full(_data):
        raise StoreError("could not save libraries.json: No space left on device")

    monkeypatch.setattr(store._libraries.index, "write", disk_full)
    with pytest.raises(StoreError):
        libraries.apply(plan)
    monkeypatch.undo()
    [installed] = store.installed_packs()
    assert installed.pack["version"] == "1.0" and len(installed.pack["templates"]) == 1
    assert len(list(store.data_dir.glob("libraries/*.json"))) == 1  # the new edition's file is gone again


# -- small rules -------------------------------------------------------------------------------

def test_free_id_stays_safe_even_for_the_longest_ids() -> None:
    long_id = "a" * 100
    new = free_id(long_id, {long_id, long_id[:98] + ".2"})
    assert new == long_id[:98] + ".3" and SAFE_ID.fullmatch(new)


def test_keep_both_gives_every_language_of_a_template_the_same_new_id(libraries) -> None:
    install(libraries, pack("team.a", "1.0", template("shared.x"), template("shared.x", "sv")))
    plan = libraries.plan(pack("team.b", "1.0", template("shared.x", title="B"), template("shared.x", "sv", title="B")),
                          "/b.json")
    plan.resolve_all(KEEP_BOTH)
    libraries.apply(plan)
    seen = visible(libraries)
    assert [seen.get("shared.x.2", lang).title for lang in ("fi", "sv")] == ["B", "B"]
    assert seen.get("shared.x", "sv").title == "Otsikko shared.x"


@pytest.mark.parametrize("publisher", ["Testikunta", BUILTIN.publisher, "promptlib"])
def test_a_pack_claiming_a_built_in_library_id_is_refused_and_installs_nothing(libraries, store, publisher) -> None:
    # Same id, any publisher: the built-in templates must not be replaced under their name.
    data = pack("builtin.hr", "2099.1", template("hr.letter", title="Väärennetty kirje"), publisher=publisher)
    with pytest.raises(LibraryError) as raised:
        libraries.plan(data, "https://example.org/hr.json")
    assert [str(p) for p in raised.value.problems] == [
        "id: 'builtin.hr' is the id of the built-in library 'Kirjasto builtin.hr' and is reserved for it; "
        "give this library an id of its own (e.g. 'org.example.hr')"]
    assert store.installed_packs() == []
    assert visible(libraries).get("hr.letter", "fi").title == "Alkuperäinen kirje"


def _real_like_prompt(number: int, length: int) -> str:
    """An agent or system prompt as the large public collections hold them: Markdown,
    code with braces, JSON examples, `{like this}` instructions, quotes, long."""
    section = (f"## Step {number}\n\nYou are an experienced assistant. When I need to tell you something, I will "
               "put text inside curly brackets {like this}. Reply only with the result, in one code block:\n\n"
               "```json\n{\"task\": \"summarise\", \"items\": [1, 2, 3], \"nested\": {\"ok\": true}}\n```\n\n"
               "```python\ndef handler(event: dict) -> dict:\n    return {\"status\": 200, **event}\n```\n\n"
               "- Keep \"quotes\", 'apostrophes', ä/ö/å, emoji 👩\u200d💻 and tabs\tas they are.\n")
    return (section * (length // len(section) + 1))[:length] + "\n\nMy first request: {{ topic }}. Namespace: {{ namespace }}."


def test_a_pack_of_long_real_prompts_imports_and_renders(libraries, store) -> None:
    from promptlib.core.render.renderer import Renderer

    lengths = [20_000 + index * 6_500 for index in range(19)] + [144_000]
    templates = [dict(template(f"real.long-{index}", body=_real_like_prompt(index, length)),
                      variables=[{"name": "topic", "label": "Aihe", "required": True},
                                 {"name": "namespace", "label": "Nimiavaruus"}])
                 for index, length in enumerate(lengths)]
    templates += [template(f"real.short-{index}") for index in range(1_424)]
    data = pack("real.prompts", "2026.1", *templates)
    libraries.apply(libraries.plan(data, "prompts.json"))
    [installed] = store.installed_packs()
    assert len(installed.pack["templates"]) == 1_444
    longest = visible(libraries).get("real.long-19", "fi")
    text = Renderer().render(longest, {"topic": "budjetti", "namespace": "kunta.hr"}).text
    assert len(text) > 144_000 and text.endswith("My first request: budjetti. Namespace: kunta.hr.\n")
    assert "{like this}" in text and '{"status": 200, **event}' in text
