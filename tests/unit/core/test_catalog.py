"""Catalog and search: folded, multi-word, title hits first, filters, language fallback,
and the index answering as a plain scan does."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlib.core import catalog as catalog_module
from promptlib.core.catalog import Catalog, fold
from promptlib.core.model import Pack, Template


def template(id_: str, title: str, *, language: str = "fi", roles=("hr",), tags=(), summary="",
             body="Teksti.") -> Template:
    return Template(id=id_, language=language, title=title, body=body, roles=tuple(roles),
                    tags=tuple(tags), summary=summary)


def catalog_of(*templates: Template) -> Catalog:
    return Catalog([Pack("p", "P", "1", "me", templates)])


def ids(entries) -> list[str]:
    return [entry.template.id for entry in entries]


def test_fold_ignores_case_and_accents() -> None:
    assert fold("PÄÄTÖSESITYS Åland") == "paatosesitys aland"


def test_search_is_case_and_accent_insensitive() -> None:
    catalog = catalog_of(template("a", "Päätösesitys"), template("b", "Muistio"))
    assert ids(catalog.search("paatos", language="fi")) == ["a"]
    assert ids(catalog.search("PÄÄTÖS", language="fi")) == ["a"]


def test_every_word_must_match_somewhere() -> None:
    catalog = catalog_of(template("a", "Työpaikkailmoitus", tags=("rekrytointi",)),
                         template("b", "Haastattelukysymykset", tags=("rekrytointi",)))
    assert ids(catalog.search("rekrytointi ilmoitus", language="fi")) == ["a"]
    assert ids(catalog.search("rekrytointi", language="fi")) == ["b", "a"]


def test_title_hits_rank_before_body_hits() -> None:
    catalog = catalog_of(template("body-hit", "Aamu", body="Kirjoita tiedote."),
                         template("summary-hit", "Bussi", summary="Lyhyt tiedote."),
                         template("title-hit", "Tiedote medialle"))
    assert ids(catalog.search("tiedote", language="fi"))[0] == "title-hit"
    assert set(ids(catalog.search("tiedote", language="fi"))) == {"body-hit", "summary-hit", "title-hit"}


def test_typing_on_gives_the_same_result_as_a_fresh_search() -> None:
    templates = [template(f"t{i}", f"Otsikko {i}", body=f"sana{i % 7} muistio") for i in range(60)]
    incremental = catalog_of(*templates)
    for prefix in ("s", "sa", "san", "sana", "sana3", "sana3 m", "sana3 mu"):
        typed = ids(incremental.search(prefix, language="fi"))
        assert typed == ids(catalog_of(*templates).search(prefix, language="fi")), prefix
    # and deleting characters widens the result again
    assert len(incremental.search("sana", language="fi")) == 60


def test_filters_by_role_tag_and_ids_in_their_order() -> None:
    catalog = catalog_of(template("a", "A", roles=("hr",), tags=("Rekry",)),
                         template("b", "B", roles=("finance",)),
                         template("c", "C", roles=("hr", "finance")))
    assert ids(catalog.search(language="fi", role="finance")) == ["b", "c"]
    assert ids(catalog.search(language="fi", tag="rekry")) == ["a"]
    assert ids(catalog.search(language="fi", ids=["c", "a", "missing"])) == ["c", "a"]
    assert catalog.role_counts("fi") == {"hr": 2, "finance": 2}


def test_one_entry_per_id_in_the_preferred_language_with_fallback_marked() -> None:
    catalog = catalog_of(template("a", "Kutsu", language="fi"), template("a", "Inbjudan", language="sv"),
                         template("b", "Muistio", language="fi"))
    swedish = catalog.entries("sv")
    assert [(e.template.title, e.fallback) for e in swedish] == [("Inbjudan", False), ("Muistio", True)]
    assert catalog.get("a", "sv").title == "Inbjudan"
    assert catalog.get("b", "sv").title == "Muistio"
    assert catalog.get("nope") is None


def test_later_packs_override_same_id_and_language() -> None:
    builtin = Pack("builtin", "B", "1", "promptlib", (template("a", "Vanha"),))
    team = Pack("team", "T", "2", "tiimi", (template("a", "Uusi"),))
    catalog = Catalog([builtin, team])
    assert catalog.get("a", "fi").title == "Uusi"
    assert len(catalog) == 1


# -- the search index (searchindex.py): the same answers without reading the texts -----------


def prepared(catalog: Catalog, language: str = "fi") -> Catalog:
    for _ in catalog.prepare_search(language):
        pass
    return catalog


def test_once_prepared_a_search_is_answered_by_the_index_not_by_reading_every_text() -> None:
    templates = [template(f"t{i:03d}", f"Otsikko {i}", body=f"sana{i % 7} muistio") for i in range(300)]
    catalog = prepared(catalog_of(*templates))
    assert catalog.search_indexed("fi")
    expected = ids(catalog_of(*templates).search("sana3 muis", language="fi"))
    # The folded texts are not kept: the index is all there is to search.
    assert catalog._search["fi"].haystacks == []
    haystacks, titles = catalog._search["fi"].indexes
    assert ids(catalog.search("sana3 muis", language="fi")) == expected
    assert len(expected) == 43
    assert haystacks.texts_read == titles.texts_read == 0


def test_with_the_index_switched_off_nothing_is_built_and_search_still_works(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "INDEX_ENABLED", False)
    catalog = prepared(catalog_of(template("a", "Päätösesitys"), template("b", "Muistio")))
    assert not catalog.search_indexed("fi")
    assert ids(catalog.search("paatos", language="fi")) == ["a"]


_WORDS = ["päätös", "muistio", "tiedote", "kunta", "Åland", "ää", "a", "ab", "ba", "x", "1", "12", "-", "é"]
_text = st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join) | st.text(
    alphabet="abäåxé1- \n", max_size=12)


def plain_positions(catalog: Catalog, query: str, **filters) -> list[int]:
    """What reading every folded text gives (the index switched off, tricks.py)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(catalog_module, "INDEX_ENABLED", False)
        return catalog.search_positions(query, language="fi", **filters)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(library=st.lists(st.tuples(_text, _text, st.sampled_from(["hr", "finance"])), min_size=0, max_size=25),
       queries=st.lists(st.text(alphabet="abäåxé1- A", max_size=6) | st.sampled_from(_WORDS), max_size=8),
       role=st.sampled_from([None, "hr", "finance"]),
       restrict=st.sampled_from([None, "ids", "tag"]))
def test_the_index_gives_exactly_what_reading_every_text_gives(library, queries, role, restrict) -> None:
    templates = [template(f"t{i:02d}", title, body=body, roles=(role_,), tags=(title[:3],) if title else ())
                 for i, (title, body, role_) in enumerate(library)]
    indexed, plain = prepared(catalog_of(*templates)), catalog_of(*templates)
    assert indexed.search_indexed("fi")
    filters: dict = {"role": role}
    if restrict == "ids":   # favourites or recently used: their own order, some missing
        filters["ids"] = [f"t{i:02d}" for i in range(len(library) + 2)][::-3]
    elif restrict == "tag" and library:
        filters["tag"] = library[0][0][:3] or "x"
    for query in [*queries, *(q[:end] for q in queries for end in range(len(q)))]:  # and as typed
        assert indexed.search_positions(query, language="fi", **filters) == \
            plain_positions(plain, query, **filters), query


def test_a_search_before_the_index_is_ready_finishes_it_and_answers_the_same() -> None:
    templates = [template(f"t{i:03d}", f"Otsikko {i}", body=f"sana{i % 7} muistio") for i in range(50)]
    catalog = catalog_of(*templates)
    preparation = catalog.prepare_search("fi", chunk=10)
    next(preparation)                       # idle time has only begun
    assert not catalog.search_indexed("fi")
    found = catalog.search_positions("sana3", language="fi")
    assert catalog.search_indexed("fi")
    assert found == plain_positions(catalog_of(*templates), "sana3")
    built = catalog._search["fi"].indexes
    for _ in preparation:                  # the idle-time run ends without building another
        pass
    assert catalog._search["fi"].indexes is built


def test_the_index_reads_bodies_pack_by_pack_and_keeps_none(sample_pack: dict) -> None:
    from promptlib.core.store import startup_cache

    reads: list[int] = []
    details = startup_cache.detail_rows(sample_pack)
    pack = Pack.from_summary(startup_cache.pack_fields(sample_pack), startup_cache.summary_rows(sample_pack),
                             lambda: reads.append(1) or details, builtin=False)
    catalog = prepared(Catalog([pack]))
    assert reads == [1]                                   # read once, for the index
    assert all("_details" in t.__dict__ and "body" not in t.__dict__ for t in pack.templates)  # and dropped
    word = fold(sample_pack["templates"][0]["body"]).split()[3]
    assert sample_pack["templates"][0]["id"] in ids(catalog.search(word, language="fi"))


def test_positions_are_found_by_title_order_without_a_table_of_ids() -> None:
    catalog = catalog_of(template("b", "Beta"), template("a", "alfa"), template("c", "Alfa"),
                         template("s", "Sverige", language="sv"))
    assert [e.template.id for e in catalog.entries("fi")] == ["a", "c", "b", "s"]
    assert [catalog.position(i, "fi") for i in ("a", "c", "b", "s", "missing")] == [0, 1, 2, 3, None]
    assert catalog.in_view_order(["s", "b", "missing", "a"], "fi") == ["a", "b", "s"]
    assert catalog.entries("fi").position_of("b") == 2 and catalog.entries("fi")[3].fallback
