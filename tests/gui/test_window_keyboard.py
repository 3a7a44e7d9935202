"""Issue 12 in the main window: its size on small screens, the Tab order, visible focus,
menu shortcuts in text fields, the checklist's focus, and what a cut-off name shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from promptlib.core.store.database import Store
from promptlib.gui import exportdialog, theme
from promptlib.gui.checklist import AnswerChecklist
from promptlib.gui.models import TemplateIdRole


def show(window, qtbot, template_id: str = "sample.event") -> None:
    window.search.clear()
    assert window.select_category("all")
    assert window.select_template(template_id)
    qtbot.waitUntil(lambda: window.pane.template is not None and window.pane.template.id == template_id)
    # New fields are shown from the event loop (Qt shows a widget added to a shown layout later).
    qtbot.waitUntil(lambda: all(widget.isVisible() for widget in field_widgets(window)))


def tab_path(window, start: QWidget, limit: int = 40) -> list[QWidget]:
    """The widgets Tab visits from *start* until it comes back round to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    path = [start]
    for _ in range(limit):
        # What a Tab press does once the focused widget passes it on (a date field
        # keeps Tab for its own sections; that is the form's business, not the order's).
        window.focusNextPrevChild(True)
        focused = QApplication.focusWidget()
        if focused is start:
            return path
        path.append(focused)
    raise AssertionError(f"Tab never came back to {start!r}: {path}")


def field_widgets(window) -> list[QWidget]:
    form = window.pane.form
    return [form.widget_for(name) for name in form.field_names()]


# -- Tab order -----------------------------------------------------------------------------

def test_tab_goes_search_lists_star_fields_copy_buttons_preview_guidance(window, qtbot) -> None:
    show(window, qtbot)
    pane = window.pane
    expected = [window.search, window.categories, window.templates, pane.star, *field_widgets(window),
                pane.copy_button, pane.reset_button, pane.preview.text, window.guidance.notes]
    assert tab_path(window, window.search) == expected


def test_the_order_holds_for_the_next_template_and_after_clear(window, qtbot) -> None:
    show(window, qtbot, "sample.event")
    show(window, qtbot, "sample.plain")
    pane = window.pane
    assert len(field_widgets(window)) == 1
    expected = [window.search, window.categories, window.templates, pane.star, *field_widgets(window),
                pane.copy_button, pane.reset_button, pane.preview.text, window.guidance.notes]
    assert tab_path(window, window.search) == expected
    show(window, qtbot, "sample.event")
    pane.reset_values()
    qtbot.waitUntil(lambda: all(widget.isVisible() for widget in field_widgets(window)))
    assert tab_path(window, window.search)[4:4 + len(field_widgets(window)) + 1] == \
        [*field_widgets(window), pane.copy_button]


def test_the_form_scroll_area_is_not_a_tab_stop(window, qtbot) -> None:
    show(window, qtbot)
    scroll = next(area for area in window.pane.findChildren(QScrollArea) if area.widget() is window.pane.form)
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert scroll not in tab_path(window, window.search)


def test_enter_from_search_lands_in_the_first_field_with_its_focus_shown(window, qtbot) -> None:
    window.search.setFocus()
    qtbot.keyClicks(window.search, "tapahtumakutsu")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    first = field_widgets(window)[0]
    qtbot.waitUntil(first.hasFocus)
    # The style draws focus frames only for keyboard focus changes: the window says so.
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_tab_order_in_a_narrow_window_takes_in_the_side_tabs(window, qtbot) -> None:
    show(window, qtbot)
    window.resize(921, 540)
    qtbot.waitUntil(lambda: window.narrow)
    path = tab_path(window, window.search)
    assert path[:5] == [window.search, window.side_tabs.tabBar(), window.categories, window.templates,
                        window.pane.star]
    assert path[-1] is window.pane.preview.text      # the guidance tab is not showing
    window.side_tabs.setCurrentIndex(1)
    assert tab_path(window, window.search)[-1] is window.guidance.notes


# -- window size ---------------------------------------------------------------------------

def copy_button_on_screen(window) -> bool:
    button = window.pane.copy_button
    top_left = button.mapTo(window, button.rect().topLeft())
    inside = window.rect().contains(QRect(top_left, button.size()))
    return inside and button.isVisible() and button.visibleRegion().boundingRect().size() == button.size()


def test_first_start_fits_a_small_screen_and_copy_stays_reachable(window, qtbot) -> None:
    window.place_on(QRect(0, 0, 1024, 600))
    show(window, qtbot, "sample.event")
    qtbot.waitUntil(lambda: window.narrow)
    assert window.width() <= 1024 * 0.9 and window.height() <= 600 * 0.9
    assert window.guidance_box.parent() is not None and window.splitter.count() == 2
    assert copy_button_on_screen(window)
    assert not window.categories.horizontalScrollBar().isVisible()


def test_a_wide_window_gets_its_three_columns_back(window, qtbot) -> None:
    window.resize(921, 540)
    qtbot.waitUntil(lambda: window.narrow)
    window.resize(1340, 820)
    qtbot.waitUntil(lambda: not window.narrow)
    assert window.splitter.count() == 3 and window.splitter.widget(2) is window.guidance_box
    assert window.guidance.isVisible() and window.categories.isVisible() and window.templates.isVisible()
    assert copy_button_on_screen(window)


PROBE = """
import sys
from promptlib.core.workspace import Workspace
from promptlib.gui.app import build_main_window, create_application
app = create_application()
window = build_main_window(Workspace.open(), "fi")
window.show()
for _ in range(5):
    app.processEvents()
window.select_template("hr.job-ad")
for _ in range(5):
    app.processEvents()
area = window.screen().availableGeometry()
button = window.pane.copy_button
corner = button.mapToGlobal(button.rect().bottomRight())
print(area.contains(window.frameGeometry()), area.contains(corner), window.narrow, window.width(), window.height())
"""


def screen_config(tmp_path, width: int, height: int) -> str:
    path = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
              "dpr": 1}
    path.write_text(json.dumps({"screens": [screen]}))
    return f"offscreen:configfile={path}"


def run_probe(tmp_path, home, width: int, height: int) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": screen_config(tmp_path, width, height), "PROMPTLIB_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_on_a_1024x600_screen_the_window_and_copy_are_on_it(tmp_path, isolated_home) -> None:
    assert run_probe(tmp_path, isolated_home, 1024, 600) == ["True", "True", "True", "921", "540"]


def test_a_remembered_size_too_big_for_the_screen_is_not_used(tmp_path, isolated_home, qtbot, window) -> None:
    # Saved on a large monitor: 1340×820 at (100, 100); now the laptop's 1366×768 screen.
    window.setGeometry(100, 100, 1340, 820)
    window.close()
    with Store(isolated_home) as store:
        assert store.setting("window_geometry")
    fields = run_probe(tmp_path, isolated_home, 1366, 768)
    assert fields[:2] == ["True", "True"]
    assert fields[3:] == ["1229", "691"]      # the first-start size for this screen


def test_a_language_switch_keeps_the_window_exactly_where_it_was(qtbot, workspace) -> None:
    from promptlib.gui.app import MainWindowHost, create_application
    from promptlib.gui.translations import Translations

    app = create_application()
    host = MainWindowHost(workspace, Translations(app))
    window = host.open()
    qtbot.add_widget(window)
    window.show()
    window.setGeometry(123, 77, 1111, 700)
    qtbot.waitUntil(lambda: window.geometry() == QRect(123, 77, 1111, 700))
    for language in ("fi", "sv", "en"):
        host.set_ui_language(language)
        qtbot.add_widget(host.window)
        qtbot.waitExposed(host.window)
        assert host.window.geometry() == QRect(123, 77, 1111, 700), language
        assert host.window.frameGeometry().topLeft() == window.frameGeometry().topLeft(), language


# -- focus you can see ---------------------------------------------------------------------

def row_colour(view, row: int) -> str:
    """The colour of a row's background (beside its text), to the nearest of the theme's."""
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab().toImage()
    return nearest(image.pixelColor(rect.right() - 8, rect.center().y()))


def nearest(colour) -> str:
    known = (theme.ACCENT, theme.QUIET_SELECTION, theme.BASE, theme.FOCUS, theme.WINDOW)
    rgb = (colour.red(), colour.green(), colour.blue())
    return min(known, key=lambda name: sum((int(name[i:i + 2], 16) - c) ** 2 for i, c in zip((1, 3, 5), rgb, strict=True)))


def test_the_list_with_the_focus_shows_its_row_strongly_the_other_palely(window, qtbot) -> None:
    show(window, qtbot)
    row = window.templates.currentIndex().row()
    window.categories.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.categories.hasFocus)
    assert row_colour(window.templates, row) == theme.QUIET_SELECTION
    assert row_colour(window.categories, window.categories.currentIndex().row()) == theme.ACCENT
    window.templates.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.templates.hasFocus)
    assert row_colour(window.templates, row) == theme.ACCENT
    assert row_colour(window.categories, window.categories.currentIndex().row()) == theme.QUIET_SELECTION
    # The current row also has an outline, in white on the accent colour.
    rect = window.templates.visualRect(window.templates.currentIndex())
    image = window.templates.viewport().grab().toImage()
    assert nearest(image.pixelColor(rect.center().x(), rect.top() + 2)) == theme.BASE


def test_copy_and_star_show_a_focus_outline(window, qtbot) -> None:
    show(window, qtbot)
    for widget in (window.pane.copy_button, window.pane.star):
        widget.clearFocus()
        before = nearest(widget.grab().toImage().pixelColor(1, widget.height() // 2))
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        after = nearest(widget.grab().toImage().pixelColor(1, widget.height() // 2))
        assert before != theme.FOCUS and after == theme.FOCUS, (widget.objectName(), before, after)


# -- shortcuts in text fields ------------------------------------------------------------------

class ClaimsCtrlE(QObject):
    """What a line edit does on Linux (xcb), where Ctrl+E is "end of line": it accepts the
    ShortcutOverride, and a window shortcut on that key never fires. (The offscreen
    platform has no such binding, so the test puts the claim on the fields.)"""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E:
            event.accept()
        return False


def test_ctrl_e_exports_while_a_text_field_has_the_focus(window, qtbot, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(exportdialog.ExportDialog, "ask", classmethod(lambda cls, *args, **kw: asked.append(args)))
    show(window, qtbot)
    claim = ClaimsCtrlE()
    for field in (window.search, window.pane.form.widget_for("event"), window.pane.form.widget_for("details")):
        assert isinstance(field, QLineEdit | QPlainTextEdit)
        field.installEventFilter(claim)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 3


def test_editing_keys_stay_with_the_text_field(window, qtbot) -> None:
    show(window, qtbot)
    field = window.pane.form.widget_for("event")
    field.setFocus()
    qtbot.keyClicks(field, "Kevat")
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.selectedText() == "Kevat"


# -- the checklist -------------------------------------------------------------------------------

def test_the_checklist_takes_the_focus_and_esc_gives_it_back(window, qtbot) -> None:
    show(window, qtbot)
    form = window.pane.form
    form.widget_for("event").setText("Kevätjuhla")
    form.set_value("day", date(2026, 12, 3))
    field = form.widget_for("event")
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    popup = window.findChild(AnswerChecklist)
    assert popup is not None
    qtbot.waitUntil(lambda: popup.isVisible() and popup.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    qtbot.waitUntil(field.hasFocus)
    assert not window.search.hasFocus()


# -- names that fit ------------------------------------------------------------------------------

def test_role_names_are_not_cut_in_any_language(window, qtbot) -> None:
    view = window.categories
    metrics = view.fontMetrics()
    model = view.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("Sosiaali- ja terveyspalvelut" in name or "Social" in name for name in names)
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert widest + 8 <= view.viewport().width(), (widest, view.viewport().width())


def test_a_template_tooltip_has_the_whole_title_then_the_summary(window, qtbot) -> None:
    show(window, qtbot)
    index = window.templates.currentIndex()
    assert index.data(TemplateIdRole) == "sample.event"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Tapahtumakutsu\nKutsu henkilöstötapahtumaan."


def test_the_window_opens_on_the_screen_it_is_on(window) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry())


def test_shift_tab_from_copy_scrolls_the_last_field_into_view(window, qtbot) -> None:
    window.resize(921, 540)
    qtbot.waitUntil(lambda: window.narrow)
    show(window, qtbot, "sample.event")
    window.pane.form_scroll.verticalScrollBar().setValue(0)
    window.pane.copy_button.setFocus(Qt.FocusReason.TabFocusReason)
    window.focusNextPrevChild(False)
    last = field_widgets(window)[-1]
    qtbot.waitUntil(last.hasFocus)
    viewport = window.pane.form_scroll.viewport()

    def on_view() -> bool:
        # Its first lines, where the cursor is (a tall field need not fit whole).
        return viewport.rect().contains(QRect(last.mapTo(viewport, last.rect().topLeft()), QSize(last.width(), 40)))

    qtbot.waitUntil(on_view)
