"""The Qt models on their own: qtmodeltester, then what a view would read from them."""

from __future__ import annotations

from promptlib.core.catalog import Catalog
from promptlib.core.model import Pack, Template
from promptlib.gui.models import (
    Category,
    CategoryListModel,
    CategoryRole,
    FallbackRole,
    FavouriteRole,
    TemplateFilterProxy,
    TemplateIdRole,
    TemplateListModel,
)


def catalog() -> Catalog:
    templates = [Template(id=f"t{i}", language="fi", title=f"Otsikko {i}", body="x", roles=("hr",))
                 for i in range(5)]
    templates.append(Template(id="sv-only", language="sv", title="Bara svenska", body="x", roles=("finance",)))
    return Catalog([Pack("p", "P", "1", "me", tuple(templates))])


def test_template_list_model(qtmodeltester) -> None:
    model = TemplateListModel()
    model.set_entries(catalog().entries("fi"))
    model.set_favourites(frozenset({"t2"}))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    row = model.row_of("t2")
    assert model.index(row).data() == "★ Otsikko 2"
    assert model.index(row).data(FavouriteRole) is True
    fallback = model.index(model.row_of("sv-only"))
    assert fallback.data(FallbackRole) is True
    assert fallback.data() == "Bara svenska  [sv]"


def test_filter_proxy_shows_a_search_result_in_its_order(qtmodeltester) -> None:
    cat = catalog()
    source = TemplateListModel()
    source.set_entries(cat.entries("fi"))
    proxy = TemplateFilterProxy()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    proxy.show_rows(cat.search_positions(language="fi", ids=["t3", "t1"]))
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data(TemplateIdRole) for r in range(proxy.rowCount())] == ["t3", "t1"]
    assert proxy.mapToSource(proxy.index(0, 0)).row() == source.row_of("t3")
    assert proxy.mapFromSource(source.index(source.row_of("t0"))).isValid() is False
    # a favourite toggled in the source shows through the proxy
    source.set_favourites(frozenset({"t3"}))
    assert proxy.index(0, 0).data() == "★ Otsikko 3"


def test_category_model(qtmodeltester) -> None:
    model = CategoryListModel()
    model.set_categories(catalog(), "fi", "fi", favourites=2, recent=1)
    qtmodeltester.check(model)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows[:3] == ["All templates (6)", "Favourites (2)", "Recently used (1)"]
    assert "HR ja rekrytointi (5)" in rows and "Talous (1)" in rows
    assert model.index(3).data(CategoryRole).kind == "role"
    assert model.row_of(Category("favourites")) == 1
