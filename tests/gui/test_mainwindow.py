"""Driving the real main window as a user would: pick, search, fill, preview, copy."""

from __future__ import annotations

import gc
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from promptlib.core import gcpause
from promptlib.gui.app import build_main_window, create_application
from promptlib.gui.fields.date import DateEdit
from promptlib.gui.fields.number import NumberEdit
from promptlib.gui.models import Category


def visible_titles(window) -> list[str]:
    model = window.templates.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose_category(window, key: str) -> None:
    assert window.select_category(key)


def pick(window, qtbot, template_id: str) -> None:
    window.search.clear()
    choose_category(window, "all")
    assert window.select_template(template_id)
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == template_id)


def test_role_list_has_all_favourites_recent_and_roles_with_counts(window) -> None:
    rows = [window.categories.model().index(r, 0).data() for r in range(window.categories.model().rowCount())]
    assert rows[0].startswith("All templates (")
    assert rows[1] == "Favourites (0)"
    assert rows[2] == "Recently used (0)"
    assert any(row.startswith("Communications (") for row in rows)


def test_choosing_a_role_shows_only_its_templates(window, qtbot) -> None:
    choose_category(window, "finance")
    titles = visible_titles(window)
    assert any("Päätös budget summary" in title for title in titles)
    assert not any("Tapahtumakutsu" in title for title in titles)


def test_search_filters_as_you_type_and_ctrl_f_focuses_it(window, qtbot) -> None:
    window.templates.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClicks(window.search, "tapahtumakut")
    assert visible_titles(window) == ["Tapahtumakutsu"]
    window.search.clear()
    window.search.setText("SELKOKIELINEN")  # case and accents are folded
    assert "Selkokielinen versio" in visible_titles(window)


def test_form_has_the_right_widget_per_type_with_defaults(window, qtbot) -> None:
    pick(window, qtbot, "sample.event")
    form = window.pane.form
    assert isinstance(form.widget_for("event"), QLineEdit)
    assert isinstance(form.widget_for("tone"), QComboBox)
    assert isinstance(form.widget_for("day"), DateEdit)
    assert isinstance(form.widget_for("seats"), NumberEdit)
    assert isinstance(form.widget_for("details"), QPlainTextEdit)
    assert form.widget_for("tone").currentText() == "lämmin"   # default
    assert form.values()["seats"] == 40                          # default
    assert form.values()["day"] is None and form.widget_for("day").text() == ""   # no 1900
    assert form.widget_for("event").toolTip() == "Tapahtuman nimi."
    assert "Tapahtuma *" in [label.text() for label in form.findChildren(type(window.result_count))]


def test_filling_each_field_type_updates_the_preview(window, qtbot) -> None:
    pick(window, qtbot, "sample.event")
    form = window.pane.form
    preview = window.pane.preview.text
    assert "[Tapahtuma]" in preview.toPlainText()
    qtbot.keyClicks(form.widget_for("event"), "Kevatjuhla")
    assert "tapahtumaan Kevatjuhla" in preview.toPlainText()
    form.widget_for("tone").setCurrentText("virallinen")
    assert "Kirjoita virallinen kutsu" in preview.toPlainText()
    form.set_value("day", date(2027, 5, 20))
    assert "Päivä: 20.5.2027" in preview.toPlainText()
    form.widget_for("seats").setText("120")
    assert "enintään 120" in preview.toPlainText()
    form.widget_for("details").setPlainText("Ohjelma: puheet ja kahvit")
    assert "Lisätiedot:\nOhjelma: puheet ja kahvit" in preview.toPlainText()


def test_copy_puts_the_finished_prompt_on_the_clipboard(window, qtbot) -> None:
    pick(window, qtbot, "sample.event")
    form = window.pane.form
    form.widget_for("event").setText("Tekoälyaamupäivä")
    form.set_value("day", date(2026, 12, 3))
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.pane.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Toimi viestinnän asiantuntijana. Kirjoita lämmin kutsu tapahtumaan Tekoälyaamupäivä.")
    assert "Päivä: 3.12.2026" in copied
    assert "copied" in window.statusBar().currentMessage()


def test_missing_required_value_blocks_copy_and_points_at_the_field(window, qtbot) -> None:
    pick(window, qtbot, "sample.event")
    QGuiApplication.clipboard().setText("before")
    window.pane.copy()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Tapahtuma" in window.statusBar().currentMessage()
    assert window.pane.form.widget_for("event").property("missing") is True
    qtbot.waitUntil(window.pane.form.widget_for("event").hasFocus)


def test_keyboard_only_path_from_search_to_copied_prompt(window, qtbot) -> None:
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "selkokielinen versio")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)          # to the list
    qtbot.waitUntil(window.templates.hasFocus)
    assert window.pane.template.id == "sample.plain"
    qtbot.keyClick(window.templates, Qt.Key.Key_Return)     # to the form
    field = window.pane.form.widget_for("text")
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Hakemus on jatettava ajoissa.")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().endswith("Hakemus on jatettava ajoissa.\n")
    assert QGuiApplication.clipboard().text().startswith("Muuta seuraava teksti selkokielelle:")


def test_favourite_and_recent_are_remembered(window, qtbot, workspace) -> None:
    pick(window, qtbot, "sample.plain")
    qtbot.mouseClick(window.pane.star, Qt.MouseButton.LeftButton)
    assert workspace.store.is_favourite("sample.plain")
    window.pane.form.widget_for("text").setPlainText("Teksti")
    window.pane.copy()
    choose_category(window, "favourites")
    assert visible_titles(window) == ["★ Selkokielinen versio"]
    choose_category(window, "recent")
    assert visible_titles(window) == ["★ Selkokielinen versio"]
    assert [use.template_id for use in workspace.store.recent()] == ["sample.plain"]


def test_geometry_and_last_selection_survive_a_restart(window, qtbot, workspace) -> None:
    from promptlib.gui.app import build_main_window

    choose_category(window, "communications")
    pick(window, qtbot, "sample.plain")
    choose_category(window, "communications")
    window.resize(700, 500)
    window.close()
    again = build_main_window(workspace)
    qtbot.add_widget(again)
    again.show()
    assert again.pane.template.id == "sample.plain"
    assert again.browser.category == Category("role", "communications")
    assert (again.size().width(), again.size().height()) == (700, 500)


def test_first_start_says_how_to_get_to_a_copied_prompt(window) -> None:
    assert window.pane.template is None
    welcome = window.guidance.toPlainText()
    assert "Ctrl+F" in welcome and "Ctrl+Enter" in welcome
    assert "Never enter" in welcome and "Always check" in welcome


def test_search_text_is_folded_in_the_background_after_the_window_opens(qtbot, workspace) -> None:
    create_application()
    window = build_main_window(workspace)
    qtbot.add_widget(window)
    browser = window.browser
    # Nothing is folded before the window is shown: every event already posted is handled,
    # and no timer is left that could start the folding later.
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    assert not browser.search_ready()
    assert not [timer for timer in browser.findChildren(QTimer) if timer.isActive()]
    window.show()                          # showing the window is what schedules the folding
    assert [timer for timer in browser.findChildren(QTimer) if timer.isActive()]
    qtbot.waitUntil(browser.search_ready, timeout=5000)
    window.search.setText("tapahtumakut")
    assert visible_titles(window) == ["Tapahtumakutsu"]
    # A language change refolds at once, with no start-up delay.
    browser.set_language("sv")
    assert not browser.search_ready()
    qtbot.waitUntil(browser.search_ready, timeout=5000)


def frame_colour(widget) -> tuple[int, int, int]:
    """The colour a user sees on the field's left edge, half-way down (its frame)."""
    image = widget.grab().toImage()
    pixel = image.pixelColor(1, image.height() // 2)
    return pixel.red(), pixel.green(), pixel.blue()


def test_a_missing_field_is_framed_in_red_until_it_is_filled(window, qtbot) -> None:
    pick(window, qtbot, "sample.event")
    field = window.pane.form.widget_for("event")
    window.pane.copy()
    red, green, blue = frame_colour(field)
    assert red > 150 and green < 60 and blue < 80, (red, green, blue)
    field.setText("Kevätjuhla")
    window.pane.copy()  # checks the required fields again
    assert field.property("missing") is False
    red, green, blue = frame_colour(field)
    assert green > 150 and blue > 150, (red, green, blue)   # the normal grey/blue frame


def test_long_titles_end_at_the_list_edge_without_a_sideways_scroll_bar(window, qtbot) -> None:
    window.splitter.setSizes([330, 700, 300])   # a narrow library pane
    choose_category(window, "all")
    qtbot.wait_exposed(window)
    window.templates.doItemsLayout()
    assert window.templates.viewport().width() < 200
    assert not window.templates.horizontalScrollBar().isVisible()
    assert not window.categories.horizontalScrollBar().isVisible()


def test_choosing_templates_saves_the_last_one_once_the_choice_settles(window, qtbot, workspace) -> None:
    writes: list[str] = []
    set_setting = workspace.store.set_setting
    workspace.store.set_setting = lambda key, value: writes.append(key) or set_setting(key, value)
    for template_id in ("sample.plain", "sample.event", "sample.plain"):
        pick(window, qtbot, template_id)
    assert "last_template" not in writes            # no fsynced write on the selection path
    qtbot.waitUntil(lambda: "last_template" in writes, timeout=5000)
    assert writes.count("last_template") == 1
    assert workspace.store.setting("last_template") == "sample.plain"


def test_a_choice_not_yet_saved_is_saved_when_the_window_closes(window, qtbot, workspace) -> None:
    pick(window, qtbot, "sample.event")
    window.close()
    assert workspace.store.setting("last_template") == "sample.event"


def test_the_built_library_is_left_out_of_later_collections(qtbot, workspace, monkeypatch) -> None:
    gc.unfreeze()
    try:
        create_application()
        window = build_main_window(workspace)
        qtbot.add_widget(window)
        assert gc.get_freeze_count() > 0            # frozen once the models are built
        gc.unfreeze()
        window.show()
        qtbot.waitUntil(window.browser.search_ready, timeout=5000)
        assert gc.get_freeze_count() > 0            # and again once search is indexed

        gc.unfreeze()
        monkeypatch.setattr(gcpause, "FREEZE_ENABLED", False)
        window.browser.reload()
        qtbot.waitUntil(window.browser.search_ready, timeout=5000)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
