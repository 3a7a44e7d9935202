"""The form as a clerk uses it: typed dates, big numbers, the wheel, marks, kept values, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from promptlib.core.model import Template, Variable
from promptlib.gui import guarddialog, templatepane
from promptlib.gui.form import VariableForm
from promptlib.gui.guarddialog import Choice

HETU = "131052-308T"   # a valid Finnish personal identity code
NBSP = "\u00a0"


@pytest.fixture
def finnish():
    """The UI in Finnish as far as numbers and dates go (translations.Translations sets this)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Finnish, QLocale.Country.Finland))
    yield
    QLocale.setDefault(before)


def pick(window, qtbot, template_id: str) -> None:
    window.search.clear()
    assert window.select_category("all")
    assert window.select_template(template_id)
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == template_id)


@pytest.fixture
def event(window, qtbot, finnish):
    """The sample event template open in the window (text, choice, date, number, multiline)."""
    pick(window, qtbot, "sample.event")
    return window.pane.form


# -- dates ------------------------------------------------------------------------------------

def test_a_date_typed_in_finnish_is_read_and_one_tab_leaves_the_field(window, qtbot, event) -> None:
    day = event.widget_for("day")
    day.setFocus()
    qtbot.waitUntil(day.hasFocus)
    qtbot.keyClicks(day, "15.12.2026")
    assert day.text() == "15.12.2026"
    assert event.values()["day"] == date(2026, 12, 15)
    assert "Päivä: 15.12.2026" in window.pane.preview.text.toPlainText()
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    qtbot.waitUntil(event.widget_for("seats").hasFocus)


@pytest.mark.parametrize("typed", ["2026-12-15", "15.12.2026", "15.12.2026"])
def test_iso_and_zero_padded_dates_are_read_too(qtbot, event, typed) -> None:
    qtbot.keyClicks(event.widget_for("day"), typed)
    assert event.values()["day"] == date(2026, 12, 15)


def test_english_reads_iso_dates_and_calls_a_finnish_one_a_problem(qtbot) -> None:
    form = VariableForm(language="en")
    qtbot.add_widget(form)
    form.set_template(Template("t", "en", "T", "{{ day }}", variables=(Variable("day", "Day", type="date"),)))
    field = form.widget_for("day")
    qtbot.keyClicks(field, "2026-12-15")
    assert form.values()["day"] == date(2026, 12, 15)
    field.clear()
    qtbot.keyClicks(field, "15.12.2026")
    assert form.values()["day"] is None
    assert form.problems() == [("day", "Not a date. Write it as, for example, 2026-12-15.")]


def test_letters_cannot_be_typed_into_a_date_and_ctrl_a_then_delete_clears_it(qtbot, event) -> None:
    day = event.widget_for("day")
    qtbot.keyClicks(day, "15x.12.2026")
    assert day.text() == "15.12.2026"
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert day.selectedText() == "15.12.2026"
    qtbot.keyClick(day, Qt.Key.Key_Delete)
    assert day.text() == "" and event.values()["day"] is None


@pytest.mark.parametrize("key, modifier", [(Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)])
def test_the_calendar_opens_from_the_keyboard_at_today_and_esc_closes_it(qtbot, event, key, modifier) -> None:
    day = event.widget_for("day")
    day.setFocus()
    qtbot.keyClick(day, key, modifier)
    popup = day.calendar_popup()
    assert popup is not None and popup.isVisible()
    today = date.today()
    assert popup.calendar.selectedDate().toPython() == today
    qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: day.calendar_popup() is None)
    assert day.text() == ""   # Esc picks nothing


def test_the_calendar_opens_at_the_fields_date_and_enter_picks_a_day(qtbot, event) -> None:
    day = event.widget_for("day")
    qtbot.keyClicks(day, "15.12.2026")
    qtbot.keyClick(day, Qt.Key.Key_F4)
    popup = day.calendar_popup()
    assert popup.calendar.selectedDate().toPython() == date(2026, 12, 15)
    view = popup.calendar.focusWidget() or popup.calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: day.calendar_popup() is None)
    assert event.values()["day"] == date(2026, 12, 16)
    assert day.text() == "16.12.2026"


def test_the_calendar_button_is_visible_and_named(event) -> None:
    from PySide6.QtWidgets import QToolButton

    day = event.widget_for("day")
    buttons = [b for b in day.findChildren(QToolButton) if b.defaultAction() is day.calendar_action]
    assert buttons and buttons[0].isVisible()
    name = QAccessible.queryAccessibleInterface(buttons[0]).text(QAccessible.Text.Name)
    assert name == "Choose from the calendar"


def test_an_empty_required_date_blocks_the_copy(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    QGuiApplication.clipboard().setText("before")
    assert not window.pane.copy()
    assert QGuiApplication.clipboard().text() == "before"
    assert event.widget_for("day").property("missing") is True
    assert "Päivämäärä" in window.statusBar().currentMessage()


def test_a_half_typed_date_is_a_problem_in_words_and_is_never_copied(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    day = event.widget_for("day")
    day.setFocus()
    qtbot.waitUntil(day.hasFocus)
    qtbot.keyClicks(day, "15.12.")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    problem = day.parentWidget().findChild(type(window.result_count), "fieldProblem")
    assert problem.isVisible() and problem.text().startswith("Not a date")
    assert day.property("invalid") is True
    description = QAccessible.queryAccessibleInterface(day).text(QAccessible.Text.Description)
    assert description.startswith("Not a date")
    QGuiApplication.clipboard().setText("before")
    assert not window.pane.copy()
    assert QGuiApplication.clipboard().text() == "before"
    assert "Check the field Päivämäärä" in window.statusBar().currentMessage()
    qtbot.keyClicks(day, "2026")
    assert not problem.isVisible() and not day.property("invalid")


def test_ctrl_enter_copies_from_a_date_and_a_number_field(window, qtbot, event) -> None:
    window.pane.form.widget_for("event").setText("Kevätjuhla")
    for name in ("day", "seats"):
        QGuiApplication.clipboard().clear()
        field = event.widget_for(name)
        if name == "day":
            qtbot.keyClicks(field, "3.12.2026")
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "Päivä: 3.12.2026" in QGuiApplication.clipboard().text()


# -- numbers ----------------------------------------------------------------------------------

BUDGET = Template("t.budget", "fi", "Budjetti", "Budjetti {{ amount }} €, tiimissä {{ people }}.", variables=(
    Variable("amount", "Budjetti (€)", type="number", required=True),
    Variable("people", "Henkilöitä", type="number", min=1, max=50),
))


def test_ten_billion_round_trips_through_a_number_field(window, qtbot, finnish) -> None:
    window.pane.show_template(BUDGET)
    form = window.pane.form
    amount = form.widget_for("amount")
    amount.setFocus()
    qtbot.waitUntil(amount.hasFocus)
    qtbot.keyClicks(amount, "10000000000")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    assert amount.text() == f"10{NBSP}000{NBSP}000{NBSP}000"   # grouped once the user moves on
    assert form.values()["amount"] == 10_000_000_000
    form.set_value("amount", 10_000_000_000)
    assert form.values()["amount"] == 10_000_000_000
    qtbot.keyClicks(form.widget_for("people"), "3")
    assert window.pane.copy()
    assert QGuiApplication.clipboard().text().startswith("Budjetti 10000000000 €, tiimissä 3.")


def test_a_required_number_without_a_default_starts_empty_and_is_missing(window, qtbot, finnish) -> None:
    window.pane.show_template(BUDGET)
    form = window.pane.form
    assert form.widget_for("amount").text() == "" and form.values() == {"amount": None, "people": None}
    assert not window.pane.copy()
    assert form.widget_for("amount").property("missing") is True


def test_a_number_outside_its_limits_says_so_and_blocks_the_copy(window, qtbot, finnish) -> None:
    window.pane.show_template(BUDGET)
    form = window.pane.form
    form.widget_for("amount").setText("100")
    qtbot.keyClicks(form.widget_for("people"), "51")
    assert not window.pane.copy()
    assert form.problems() == [("people", "Too large: the largest allowed is 50.")]
    assert "Too large" in window.statusBar().currentMessage()


def test_up_and_down_step_a_focused_number_within_its_limits(qtbot, event) -> None:
    seats = event.widget_for("seats")
    seats.setFocus()
    qtbot.keyClick(seats, Qt.Key.Key_Up)
    assert event.values()["seats"] == 41
    seats.setText("1")
    qtbot.keyClick(seats, Qt.Key.Key_Down)
    assert event.values()["seats"] == 1


# -- the wheel --------------------------------------------------------------------------------

MANY = Template("t.many", "fi", "Monta", "{{ a }}", variables=(
    *(Variable(f"text{n}", f"Teksti {n}") for n in range(6)),
    Variable("count", "Määrä", type="number", default=3),
    Variable("tone", "Sävy", type="choice", choices=("lämmin", "virallinen", "tiivis"), default="virallinen"),
    Variable("day", "Päivä", type="date", default="2026-12-15"),
    *(Variable(f"more{n}", f"Lisää {n}") for n in range(6)),
))


@pytest.fixture
def scrolled_form(qtbot, finnish):
    """A long form in a short scroll area, scrolled to the middle."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    form = VariableForm()
    area.setWidget(form)
    form.set_template(MANY)
    area.resize(320, 200)
    qtbot.add_widget(area)
    area.show()
    qtbot.wait_exposed(area)
    area.ensureWidgetVisible(form.widget_for("tone"))
    return area, form


def wheel(widget, notches: int = -1) -> None:
    """One wheel turn over *widget* (down for a negative *notches*)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("name", ["count", "tone", "day"])
def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_leaves_the_value(scrolled_form, name) -> None:
    area, form = scrolled_form
    form.widget_for("text0").setFocus()
    before = form.values()[name]
    position = area.verticalScrollBar().value()
    wheel(form.widget_for(name))
    assert form.values()[name] == before
    assert area.verticalScrollBar().value() > position


@pytest.mark.parametrize("name, changed", [("count", 2), ("tone", "tiivis"), ("day", date(2026, 12, 14))])
def test_the_wheel_over_a_focused_field_changes_it(qtbot, scrolled_form, name, changed) -> None:
    _area, form = scrolled_form
    widget = form.widget_for(name)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    wheel(widget)
    assert form.values()[name] == changed


def test_a_choice_takes_focus_from_tab_and_click_but_not_from_the_wheel(scrolled_form) -> None:
    _area, form = scrolled_form
    assert form.widget_for("tone").focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- marks ------------------------------------------------------------------------------------

def test_a_missing_mark_clears_as_soon_as_the_field_is_filled(window, qtbot, event) -> None:
    window.pane.copy()
    field = event.widget_for("event")
    label = field.buddy() if hasattr(field, "buddy") else None
    labels = [lab for lab in event.findChildren(type(window.result_count)) if lab.buddy() is field]
    assert labels and labels[0].text() == "Tapahtuma * – required, missing"
    assert "Required, missing." in QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description)
    qtbot.keyClicks(field, "K")
    assert not field.property("missing") and not labels[0].property("missing")
    assert labels[0].text() == "Tapahtuma *"
    assert label is None
    description = QAccessible.queryAccessibleInterface(field).text(QAccessible.Text.Description)
    assert "missing" not in description and description.startswith("Required.")


# -- values kept, and undoing a clear -------------------------------------------------------------

def test_typed_values_are_kept_when_switching_templates_and_back(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    qtbot.keyClicks(event.widget_for("day"), "15.12.2026")
    event.widget_for("seats").setText("120")
    pick(window, qtbot, "sample.plain")
    assert window.pane.form.field_names() == ["text"]
    pick(window, qtbot, "sample.event")
    values = window.pane.form.values()
    assert (values["event"], values["day"], values["seats"], values["tone"]) == (
        "Kevatjuhla", date(2026, 12, 15), 120, "lämmin")


def test_a_template_opened_before_gets_its_form_back_not_a_new_one(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    built = window.pane.forms_built
    pick(window, qtbot, "sample.plain")
    plain = window.pane.form
    pick(window, qtbot, "sample.event")
    pick(window, qtbot, "sample.plain")
    pick(window, qtbot, "sample.event")
    assert window.pane.form is event and window.pane.forms_built == built + 1   # plain's, once
    assert event.isVisible() and not plain.isVisible()
    assert window.pane.form_scroll.widget() is event
    assert "Kevatjuhla" in window.pane.preview.text.toPlainText()
    # Tab goes through the fields of the form on screen, not of one kept hidden.
    window.pane.star.setFocus()
    before_fields = window.pane.header_buttons[-1] if window.pane.header_buttons else window.pane.star
    assert before_fields.nextInFocusChain() is event.widget_for(event.field_names()[0])


@pytest.mark.skipif(not templatepane.FORM_CACHE_ENABLED, reason="no form is kept with the form cache off")
def test_what_the_guard_flags_is_cleared_from_a_kept_form_when_it_is_left(window, qtbot, event) -> None:
    event.widget_for("event").setText(f"Tapaaminen {HETU}")
    qtbot.waitUntil(window.pane.findings_note.isVisible)
    pick(window, qtbot, "sample.plain")
    assert event.widget_for("event").text() == ""      # not waiting in a hidden widget either
    assert not event.can_undo_clear()


def test_a_value_the_guard_flags_is_not_kept_but_the_rest_is(window, qtbot, event) -> None:
    event.widget_for("event").setText(f"Tapaaminen {HETU}")
    qtbot.waitUntil(window.pane.findings_note.isVisible)
    event.widget_for("details").setPlainText("Ohjelma: puheet")
    pick(window, qtbot, "sample.plain")
    pick(window, qtbot, "sample.event")
    assert window.pane.form.values()["event"] == ""
    assert window.pane.form.values()["details"] == "Ohjelma: puheet"
    assert HETU not in repr(window.pane.memory.recall(window.pane.template))


def test_clear_fields_can_be_undone_with_ctrl_z_in_the_form(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    qtbot.keyClicks(event.widget_for("day"), "15.12.")   # half-typed: put back as it was
    event.widget_for("tone").setCurrentIndex(2)
    qtbot.mouseClick(window.pane.reset_button, Qt.MouseButton.LeftButton)
    assert event.values()["event"] == "" and event.widget_for("day").text() == ""
    assert event.values()["tone"] == "lämmin"
    assert window.pane.undo_button.isVisible()
    field = event.widget_for("event")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert event.values()["event"] == "Kevatjuhla" and event.widget_for("day").text() == "15.12."
    assert event.values()["tone"] == "virallinen"
    assert not window.pane.undo_button.isVisible()
    # After typing, Ctrl+Z undoes the typing, not an old clear.
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert event.values()["event"] == "Kevatjuhla"


def test_clear_fields_can_be_undone_with_the_undo_button(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    window.pane.reset_values()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    qtbot.mouseClick(window.pane.undo_button, Qt.MouseButton.LeftButton)
    assert event.values()["event"] == "Kevatjuhla"


def test_typing_after_a_clear_ends_the_undo(window, qtbot, event) -> None:
    qtbot.keyClicks(event.widget_for("event"), "Kevatjuhla")
    window.pane.reset_values()
    qtbot.keyClicks(event.widget_for("day"), "1")
    assert not window.pane.undo_button.isVisible() and not event.can_undo_clear()


# -- in view ------------------------------------------------------------------------------------

def field_in_view(pane, widget) -> bool:
    viewport = pane.form_scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def scroll_away(pane, widget) -> None:
    """Scroll the form so that *widget* ends at the bottom edge, half out of view once the note shows."""
    bar = pane.form_scroll.verticalScrollBar()
    bottom = widget.mapTo(pane.form, QPoint(0, widget.height())).y()
    bar.setValue(max(0, bottom - pane.form_scroll.viewport().height()))


def test_the_field_being_typed_in_stays_in_view_when_the_guard_warning_appears(window, qtbot, event) -> None:
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.height() <= 600)
    details = event.widget_for("details")
    details.setFocus()
    scroll_away(window.pane, details)
    qtbot.keyClicks(details, f"Yhteyshenkilo {HETU}")
    assert window.pane.findings_note.isVisible()
    assert field_in_view(window.pane, details)


def test_go_back_and_edit_scrolls_the_finding_into_view(window, qtbot, event, monkeypatch) -> None:
    monkeypatch.setattr(guarddialog, "ask", lambda *args, **kwargs: Choice.EDIT)
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.height() <= 600)
    event.widget_for("event").setText("Kevätjuhla")
    event.set_value("day", date(2026, 12, 3))
    details = event.widget_for("details")
    details.setPlainText(f"Yhteyshenkilö {HETU}")
    details.setFocus()          # typed there, then Ctrl+Enter: focus stays on the field
    qtbot.waitUntil(details.hasFocus)
    window.pane.form_scroll.verticalScrollBar().setValue(0)
    assert not field_in_view(window.pane, details)
    assert not window.pane.copy()
    assert field_in_view(window.pane, details)
    assert details.textCursor().selectedText() == HETU


# -- screen readers and narrow windows ------------------------------------------------------------

def accessible(widget, kind=QAccessible.Text.Name) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(kind)


def test_every_field_is_named_by_its_label_and_described_by_its_help(event) -> None:
    names = {name: accessible(event.widget_for(name)) for name in event.field_names()}
    assert names == {"event": "Tapahtuma", "tone": "Sävy", "day": "Päivämäärä", "seats": "Paikkoja",
                     "details": "Lisätiedot"}
    assert accessible(event.widget_for("tone"), QAccessible.Text.Value) == "lämmin"   # the value, apart
    descriptions = {name: accessible(event.widget_for(name), QAccessible.Text.Description)
                    for name in event.field_names()}
    assert descriptions["event"] == "Required. Tapahtuman nimi."
    assert descriptions["day"].startswith("Required. A date, e.g. 3.12.2026.")
    assert descriptions["seats"] == "A number from 1 to 500."
    assert descriptions["details"] == "Ohjelma, paikka, ilmoittautuminen."
    assert "Required" not in descriptions["tone"]


def test_a_multiline_field_is_named_on_its_viewport_too(event) -> None:
    details = event.widget_for("details")
    assert accessible(details.viewport()) == "Lisätiedot"
    assert accessible(details.viewport(), QAccessible.Text.Description) == "Ohjelma, paikka, ilmoittautuminen."


def test_labels_and_help_wrap_and_the_form_never_scrolls_sideways(window, qtbot, event) -> None:
    labels = event.findChildren(type(window.result_count))
    assert labels and all(label.wordWrap() for label in labels if label.text())
    scroll = window.pane.form_scroll
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # The form asks for little width of its own, so it can follow a narrow pane.
    assert event.minimumSizeHint().width() < 200
    window.splitter.setSizes([700, 150, 174])
    qtbot.waitUntil(lambda: event.width() <= scroll.viewport().width() < 330)
    help_label = next(label for label in labels if label.text() == "Ohjelma, paikka, ilmoittautuminen.")
    assert help_label.width() <= scroll.viewport().width()


# -- across a window rebuilt in another UI language ---------------------------------------------

@pytest.fixture
def host(qtbot, workspace):
    """The real composition, which rebuilds its window when the UI language changes."""
    from promptlib.gui.app import MainWindowHost, create_application
    from promptlib.gui.translations import Translations

    app = create_application()
    saved_locale = QLocale()
    translations = Translations(app)
    translations.apply("fi")
    main = MainWindowHost(workspace, translations)
    main.open().show()
    yield main
    translations.remove()
    QLocale.setDefault(saved_locale)
    main.window.close()


def test_kept_values_outlive_a_ui_language_switch_and_the_form_speaks_the_ui_language(host, qtbot) -> None:
    window = host.window
    pick(window, qtbot, "sample.event")
    form = window.pane.form
    form.widget_for("event").setText("Kevätjuhla")
    day = form.widget_for("day")
    day.setFocus()
    qtbot.keyClicks(day, "15.12.")
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert form.problems() == [("day", "Ei päivämäärä. Kirjoita se esimerkiksi muodossa 15.12.2026 tai 2026-12-15.")]
    assert accessible(form.widget_for("event"), QAccessible.Text.Description).startswith("Pakollinen.")
    day.setText("15.12.2026")
    pick(window, qtbot, "sample.plain")
    old = host.window
    old.ui_language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: host.window is not old and host.window.isVisible())
    window = host.window
    pick(window, qtbot, "sample.event")
    assert window.pane.form.values()["event"] == "Kevätjuhla"
    assert window.pane.form.values()["day"] == date(2026, 12, 15)
    assert accessible(window.pane.form.widget_for("event"), QAccessible.Text.Description).startswith("Obligatorisk.")
