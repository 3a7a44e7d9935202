"""Issue 5 in the window: the guard before copy, the data rule, the policy, the checklist."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from promptlib.core.guidance import DEFAULT_CHECKLIST, DISCLOSURE_REMINDER
from promptlib.core.policy import AIService, Policy, PolicyResult
from promptlib.core.settings import ANSWER_CHECKLIST_HIDDEN as HIDE_SETTING
from promptlib.gui import guarddialog, policyui
from promptlib.gui.app import MainWindowHost, compose_main_window, create_application
from promptlib.gui.checklist import AnswerChecklist
from promptlib.gui.guarddialog import Choice, GuardDialog

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu(date: str = "010203", sign: str = "A", individual: str = "456") -> str:
    """A valid personal identity code (born 1.2.2003), built here rather than copied."""
    return f"{date}{sign}{individual}{CHECK[int(date + individual) % 31]}"


HETU = hetu()


@pytest.fixture
def make_window(qtbot, workspace):
    def make(policy: Policy | None = None):
        """The window; its composed parts are `make.parts` (app.WindowParts)."""
        create_application()
        make.parts = compose_main_window(workspace, policy=policy)
        main = make.parts.window
        qtbot.add_widget(main)
        main.show()
        qtbot.wait_exposed(main)
        return main
    return make


@pytest.fixture
def asked(monkeypatch):
    """Patch the guard dialog: record each call and answer with `asked.answer`."""
    class Recorder:
        answer = Choice.EDIT
        calls: ClassVar[list[tuple]] = []

    recorder = Recorder()
    recorder.calls = []

    def fake_ask(parent, findings, allow_copy_anyway, data_rule=""):
        recorder.calls.append((list(findings), allow_copy_anyway, data_rule))
        return recorder.answer

    monkeypatch.setattr(guarddialog, "ask", fake_ask)
    return recorder


def open_event(window, qtbot, event: str = "Kevätjuhla", details: str = "") -> None:
    window.search.clear()
    assert window.select_category("all")
    assert window.select_template("sample.event")
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == "sample.event")
    form = window.pane.form
    form.widget_for("event").setText(event)          # setText: non-ASCII safe
    form.set_value("day", date(2026, 12, 3))
    form.widget_for("details").setPlainText(details)


def copy(window, qtbot) -> None:
    qtbot.mouseClick(window.pane.copy_button, Qt.MouseButton.LeftButton)


def checklist_popup(window) -> AnswerChecklist | None:
    return window.findChild(AnswerChecklist)


# -- before copy -------------------------------------------------------------------------------

def test_copy_with_an_identity_code_asks_first_and_lists_the_finding(window, qtbot, asked) -> None:
    open_event(window, qtbot, event=f"Tapaaminen {HETU}")
    QGuiApplication.clipboard().setText("before")
    copy(window, qtbot)
    assert len(asked.calls) == 1
    findings, allow_copy_anyway, data_rule = asked.calls[0]
    assert [(f.finding.kind, f.label, f.finding.text) for f in findings] == [("hetu", "Tapahtuma", HETU)]
    assert allow_copy_anyway is True
    assert "Do not enter personal data" in data_rule         # the template's rule goes along
    assert QGuiApplication.clipboard().text() == "before"    # "go back" (the answer) copied nothing


def test_replace_puts_placeholders_in_the_fields_and_copies_that(window, qtbot, asked) -> None:
    asked.answer = Choice.REPLACE
    open_event(window, qtbot, event=f"Tapaaminen {HETU}",
               details="Soita 040 123 4567 tai maija.meikalainen@example.fi")
    copy(window, qtbot)
    copied = QGuiApplication.clipboard().text()
    assert "tapahtumaan Tapaaminen [HENKILÖTUNNUS]." in copied
    assert "Soita [PUHELINNUMERO] tai [SÄHKÖPOSTI]" in copied
    assert HETU not in copied and "040 123 4567" not in copied and "@" not in copied
    form = window.pane.form
    assert form.widget_for("event").text() == "Tapaaminen [HENKILÖTUNNUS]"
    assert window.pane.findings == [] and not window.pane.findings_note.isVisible()
    assert HETU not in window.pane.preview.plain_text()
    assert checklist_popup(window) is not None and checklist_popup(window).isVisible()


def test_go_back_copies_nothing_and_selects_the_finding_in_its_field(window, qtbot, asked) -> None:
    asked.answer = Choice.EDIT
    open_event(window, qtbot, details=f"Asiakas {HETU} toivoo kasvisruokaa.")
    QGuiApplication.clipboard().setText("before")
    copy(window, qtbot)
    assert QGuiApplication.clipboard().text() == "before"
    field = window.pane.form.widget_for("details")
    assert field.textCursor().selectedText() == HETU
    assert field.property("sensitive") is True
    assert not window.pane.form.widget_for("event").property("sensitive")
    qtbot.waitUntil(field.hasFocus)
    assert "Nothing was copied" in window.statusBar().currentMessage()
    assert "Lisätiedot" in window.statusBar().currentMessage()
    assert checklist_popup(window) is None                  # nothing copied, nothing to check
    assert window.browser.workspace.store.recent() == []    # not recorded as used


def test_go_back_selects_text_in_a_one_line_field(window, qtbot, asked) -> None:
    open_event(window, qtbot, event=f"Juhla {HETU}")
    copy(window, qtbot)
    assert window.pane.form.widget_for("event").selectedText() == HETU


def test_copy_anyway_copies_as_it_is(window, qtbot, asked) -> None:
    asked.answer = Choice.COPY_ANYWAY
    open_event(window, qtbot, event=f"Tapaaminen {HETU}")
    copy(window, qtbot)
    assert f"tapahtumaan Tapaaminen {HETU}." in QGuiApplication.clipboard().text()


def test_clean_values_copy_without_asking(window, qtbot, asked) -> None:
    open_event(window, qtbot, event="Kevätjuhla", details="Päivä 12.3.2026 klo 14.30, hinta 1 250 €")
    copy(window, qtbot)
    assert asked.calls == []
    assert "tapahtumaan Kevätjuhla." in QGuiApplication.clipboard().text()


def test_policy_forbidding_copy_anyway_is_passed_on_and_enforced(make_window, qtbot, asked) -> None:
    window = make_window(Policy(allow_copy_anyway=False))
    asked.answer = Choice.COPY_ANYWAY    # even if a dialog answered so, nothing is copied
    open_event(window, qtbot, event=f"Tapaaminen {HETU}")
    QGuiApplication.clipboard().setText("before")
    copy(window, qtbot)
    assert asked.calls[0][1] is False
    assert QGuiApplication.clipboard().text() == "before"


# -- the dialog itself ------------------------------------------------------------------------

def findings_for(window, qtbot):
    open_event(window, qtbot, event=f"Tapaaminen {HETU}", details="puh. 040 123 4567")
    return window.pane.findings


def button_texts(dialog) -> list[str]:
    return [button.text().replace("&", "") for button in dialog.findChildren(QPushButton)]


def test_dialog_lists_kind_field_and_text_and_offers_three_ways(window, qtbot) -> None:
    dialog = GuardDialog(findings_for(window, qtbot), allow_copy_anyway=True)
    qtbot.add_widget(dialog)
    rows = [[dialog.table.item(row, column).text() for column in range(3)]
            for row in range(dialog.table.rowCount())]
    assert rows == [["Personal identity code", "Tapahtuma", HETU],
                    ["Phone number", "Lisätiedot", "040 123 4567"]]
    assert sorted(button_texts(dialog)) == ["Copy anyway", "Go back and edit", "Replace with placeholders"]


def test_dialog_has_no_copy_anyway_when_the_policy_forbids(window, qtbot) -> None:
    dialog = GuardDialog(findings_for(window, qtbot), allow_copy_anyway=False)
    qtbot.add_widget(dialog)
    assert dialog.copy_anyway_button is None
    assert "Copy anyway" not in button_texts(dialog)
    assert any("does not allow" in label.text() for label in dialog.findChildren(QLabel))


@pytest.mark.parametrize("button, expected", [("replace_button", Choice.REPLACE),
                                              ("edit_button", Choice.EDIT),
                                              ("copy_anyway_button", Choice.COPY_ANYWAY)])
def test_ask_returns_the_button_pressed(window, qtbot, button, expected) -> None:
    findings = findings_for(window, qtbot)

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, GuardDialog)
        getattr(dialog, button).click()

    QTimer.singleShot(0, press)
    assert guarddialog.ask(window, findings, True) is expected


def test_closing_the_dialog_means_go_back(window, qtbot) -> None:
    findings = findings_for(window, qtbot)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert guarddialog.ask(window, findings, True) is Choice.EDIT


# -- while typing: preview, warning line, marked fields ----------------------------------------

def test_preview_marks_findings_and_a_warning_line_says_what(window, qtbot) -> None:
    open_event(window, qtbot, details=f"Asiakas {HETU}, puh. 040 123 4567")
    preview = window.pane.preview
    assert [f.kind for f in preview.findings] == ["hetu", "phone"]
    marked = [s.cursor.selectedText() for s in preview.text.extraSelections()]
    assert HETU in marked and "040 123 4567" in marked
    note = window.pane.findings_note
    assert note.isVisible()
    assert "personal identity code in Lisätiedot" in note.text() and "phone number in Lisätiedot" in note.text()
    window.pane.form.widget_for("details").setPlainText("Ei henkilötietoja.")
    assert not note.isVisible() and preview.findings == []
    assert all(s.cursor.selectedText() != HETU for s in preview.text.extraSelections())


def test_preview_marks_the_right_characters_after_emoji(window, qtbot) -> None:
    open_event(window, qtbot, details=f"🎉🎉 juhla, yhteyshenkilö {HETU}")
    marked = [s.cursor.selectedText() for s in window.pane.preview.text.extraSelections()]
    assert HETU in marked


def test_preview_marks_a_disguised_code_over_the_characters_as_typed(window, qtbot) -> None:
    # A zero-width space in the date, an en dash for the sign (1903: the check character
    # does not depend on the sign).
    disguised = HETU[:2] + "\u200b" + HETU[2:6] + "\u2013" + HETU[7:]
    open_event(window, qtbot, details=f"Asiakas {disguised} 😀")
    marked = [s.cursor.selectedText() for s in window.pane.preview.text.extraSelections()]
    # The hidden zero-width space is shown as ◌ (as it will be pasted), and marked with the rest.
    assert disguised.replace("\u200b", "◌") in marked
    assert window.pane.form.widget_for("details").property("sensitive") is True


def long_marked_text(findings: int) -> str:
    line = "Asiakas \U0001F600 puh. 040 123 4567, tiedot tässä.\n"
    return line * findings


def test_thousands_of_marks_fall_on_their_findings_converted_in_one_pass(qtbot, monkeypatch) -> None:
    from promptlib.gui import guardmarks
    from promptlib.gui.panels import PreviewPanel

    panel = PreviewPanel()
    qtbot.add_widget(panel)
    calls = []
    real = guardmarks.qt_offsets
    monkeypatch.setattr(guardmarks, "qt_offsets", lambda text, indices: calls.append(1) or real(text, indices))
    panel.show_text(long_marked_text(2000))
    marks = [s for s in panel.text.extraSelections() if s.format.underlineStyle()]
    assert len(panel.findings) == 2000 and len(marks) == 2000
    assert all(mark.cursor.selectedText() == "040 123 4567" for mark in marks)
    assert calls == [1]  # one conversion for all the findings, not one per finding
    panel.show_text("ei mitään")
    assert panel.text.extraSelections() == []


@pytest.mark.slow
def test_marking_cost_grows_linearly_with_the_findings(qtbot) -> None:
    """Four times the findings (and text) cost about four times as much; quadratic would
    be sixteen. A ratio of two CPU-time measurements of this thread (the pattern of the
    guard's backtracking check), so a slow or busy machine does not change the verdict."""
    import time

    from promptlib.gui.panels import PreviewPanel

    panel = PreviewPanel()
    qtbot.add_widget(panel)

    def cost(findings: int) -> float:
        text = long_marked_text(findings)
        costs = []
        for attempt in range(3):
            started = time.thread_time()
            panel.show_text(f"{text}{attempt}")
            costs.append(time.thread_time() - started)
        return min(costs)

    quarter, full = cost(1000), cost(4000)
    assert full <= 10 * max(quarter, 0.001), f"{full / max(quarter, 0.001):.1f} times the cost for 4 times the findings"


# -- the template's data rule -----------------------------------------------------------------

def test_data_rule_is_shown_right_above_the_fields(window, qtbot) -> None:
    open_event(window, qtbot)
    banner = window.pane.policy
    assert banner.isVisible()
    assert "Do not enter personal data" in banner.text()
    first_field = window.pane.form.widget_for("event")
    banner_bottom = banner.mapTo(window, banner.rect().bottomLeft()).y()
    field_top = first_field.mapTo(window, first_field.rect().topLeft()).y()
    assert 0 <= field_top - banner_bottom < 60        # directly above where the user types
    assert window.pane.findChild(QLabel, "dataPolicy") is banner


def test_template_without_a_data_rule_shows_no_banner(window, qtbot) -> None:
    assert window.select_template("sample.plain")
    qtbot.waitUntil(lambda: window.pane.template.id == "sample.plain")
    assert not window.pane.policy.isVisible()


# -- after copy: the checklist ----------------------------------------------------------------

def test_checklist_after_copy_has_the_templates_items_and_is_non_modal(window, qtbot) -> None:
    open_event(window, qtbot)
    copy(window, qtbot)
    popup = checklist_popup(window)
    assert popup is not None and popup.isVisible() and not popup.isModal()
    assert popup.items() == ["Päivämäärä ja paikka.", "Sävy.", DISCLOSURE_REMINDER["fi"]]
    assert "Tapahtumakutsu" in popup.heading.text()
    qtbot.mouseClick(popup.close_button, Qt.MouseButton.LeftButton)
    assert not popup.isVisible()


def test_checklist_falls_back_to_the_default_items(window, workspace, qtbot) -> None:
    template = workspace.catalog.get("sample.event", "sv")
    window.pane.copied.emit(template)      # its guidance has no "check in the answer" section
    assert checklist_popup(window).items() == DEFAULT_CHECKLIST["sv"] + [DISCLOSURE_REMINDER["sv"]]


def test_dont_show_again_is_remembered_and_can_be_undone(window, workspace, qtbot) -> None:
    open_event(window, qtbot)
    copy(window, qtbot)
    popup = checklist_popup(window)
    popup.dont_show.setChecked(True)
    popup.close()
    assert workspace.store.setting(HIDE_SETTING) is True
    copy(window, qtbot)
    assert not popup.isVisible()
    toggle = window.findChild(type(window.copy_action), "showAnswerChecklist")
    assert toggle is not None and toggle in window.settings_menu.actions()
    assert not toggle.isChecked()
    toggle.setChecked(True)
    copy(window, qtbot)
    assert popup.isVisible()


# -- the organisation's policy in the window ---------------------------------------------------

COPILOT = AIService("Copilot (kunta)", "https://copilot.example.fi/")


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(policyui, "open_url", lambda url: urls.append(url) or True)
    return urls


def test_copy_and_open_copies_then_opens_the_service(make_window, qtbot, opened) -> None:
    window = make_window(Policy(approved_services=(COPILOT,)))
    actions = [a for a in window.edit_menu.actions() if a.objectName() == "copyAndOpen"]
    assert [a.text() for a in actions] == ["Copy and open Copilot (kunta)"]
    button = make_window.parts.policy_actions.copy_and_open_button
    assert button.text() == "Copy and open Copilot (kunta)" and button.isVisible()
    open_event(window, qtbot)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "tapahtumaan Kevätjuhla." in QGuiApplication.clipboard().text()
    assert opened == ["https://copilot.example.fi/"]
    assert "Copilot (kunta)" in window.statusBar().currentMessage()


def test_copy_and_open_goes_through_the_guard(make_window, qtbot, opened, asked) -> None:
    window = make_window(Policy(approved_services=(COPILOT, AIService("B", "https://b.example/"))))
    open_event(window, qtbot, event=f"Tapaaminen {HETU}")
    actions = [a for a in window.edit_menu.actions() if a.objectName() == "copyAndOpen"]
    assert len(actions) == 2 and make_window.parts.policy_actions.copy_and_open_button.menu() is not None
    actions[1].trigger()
    assert len(asked.calls) == 1 and opened == []     # went back: nothing copied, nothing opened


def test_copy_and_open_button_follows_the_copy_button(make_window, qtbot) -> None:
    window = make_window(Policy(approved_services=(COPILOT,)))
    window.pane.show_template(None)
    assert not make_window.parts.policy_actions.copy_and_open_button.isEnabled()
    open_event(window, qtbot)
    assert make_window.parts.policy_actions.copy_and_open_button.isEnabled()


def test_no_services_no_copy_and_open(window) -> None:
    assert not [a for a in window.edit_menu.actions() if a.objectName() == "copyAndOpen"]
    assert not window.findChildren(QPushButton, "copyAndOpenButton")


def test_help_menu_links_to_the_organisations_ai_rules(make_window, opened) -> None:
    window = make_window(Policy(ai_rules_url="https://intra.example.fi/ai", ai_rules_title="Kunnan AI-ohje"))
    rules = [a for a in window.help_menu.actions() if a.objectName() == "aiRules"]
    assert [a.text() for a in rules] == ["Kunnan AI-ohje"]
    rules[0].trigger()
    assert opened == ["https://intra.example.fi/ai"]


def test_no_rules_link_without_a_url(window) -> None:
    assert not [a for a in window.help_menu.actions() if a.objectName() == "aiRules"]


def test_policy_problems_are_shown_once_in_the_status_bar(window, qtbot, capsys) -> None:
    result = PolicyResult(Policy(allow_copy_anyway=False),
                          ["/etc/promptlib/policy.json: allow_copy_anyway must be true or false"], None, True)
    policyui.show_policy_problems(window, result)
    notice = window.statusBar().findChild(QLabel, "policyProblems")
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert "IT support" in notice.text() and "allow_copy_anyway" in notice.toolTip()
    assert "allow_copy_anyway" in capsys.readouterr().err


def test_no_notice_when_the_policy_is_fine(window) -> None:
    policyui.show_policy_problems(window, PolicyResult(Policy(), [], None, False))
    assert window.statusBar().findChild(QLabel, "policyProblems") is None


def test_the_policy_survives_a_language_change(qtbot, workspace) -> None:
    from promptlib.gui.translations import Translations

    app = create_application()
    policy = Policy(allow_copy_anyway=False, approved_services=(COPILOT,))
    host = MainWindowHost(workspace, Translations(app), policy)
    first = host.open()
    qtbot.add_widget(first)
    host.set_ui_language("fi" if host.translations.language != "fi" else "sv")
    qtbot.add_widget(host.window)
    assert host.window is not first
    assert host.window.pane.org_policy is policy
    assert host.parts.policy_actions.copy_and_open_button is not None
    host.set_ui_language("en")
    qtbot.add_widget(host.window)
