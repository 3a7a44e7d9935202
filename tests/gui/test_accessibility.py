"""What a screen reader and a low-vision user get: every control that takes the focus
has an accessible name (form fields named by their labels), every dialog and table is
named, and the theme's text colours keep WCAG's 4.5:1 contrast."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QWidget

from promptlib.core.contrast import NON_TEXT_MINIMUM, TEXT_MINIMUM, contrast_ratio
from promptlib.core.guard.detection import scan
from promptlib.core.guard.screening import ValueFinding
from promptlib.core.library.installed import Libraries
from promptlib.gui import theme
from promptlib.gui.checklist import AnswerChecklist
from promptlib.gui.dialogs import GuideDialog
from promptlib.gui.exportdialog import ExportDialog
from promptlib.gui.guarddialog import GuardDialog
from promptlib.gui.importdialog import ImportPreviewDialog
from promptlib.gui.librariesdialog import LibrariesDialog


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(QAccessible.Text.Name).strip()


def focusable(top: QWidget) -> list[QWidget]:
    """Every widget Tab can reach in *top*: shown, enabled, taking Tab focus, not a
    focus proxy's front (a spin box's inner line edit hands its focus to the box)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not (widget.isVisibleTo(top) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found


def unnamed(top: QWidget) -> list[str]:
    """Focusable widgets without a name. A combo box counts as named only by an
    accessible name of its own: on Linux Qt gives its current text as the name."""
    return [f"{type(widget).__name__} {widget.objectName()!r}" for widget in focusable(top)
            if not accessible_name(widget) or (isinstance(widget, QComboBox) and not widget.accessibleName())]


def show_event_template(window, qtbot) -> None:
    """The test pack's event template: a text, choice, date, number and multi-line field."""
    window.search.clear()
    assert window.select_category("all") and window.select_template("sample.event")
    form = window.pane.form
    qtbot.waitUntil(lambda: all(form.widget_for(name).isVisible() for name in form.field_names()))
    assert {variable.type for variable in window.pane.template.variables} >= \
        {"text", "choice", "date", "number", "multiline"}


def test_every_focusable_widget_of_the_main_window_has_a_name(window, qtbot) -> None:
    show_event_template(window, qtbot)
    assert len(focusable(window)) >= 12
    assert unnamed(window) == []


def test_in_a_narrow_window_too(window, qtbot) -> None:
    show_event_template(window, qtbot)
    window.resize(921, 540)
    qtbot.waitUntil(lambda: window.narrow and window.side_tabs.isVisible())
    assert window.side_tabs.tabBar() in focusable(window)
    assert unnamed(window) == []


def named_by_label(name: str, label: str) -> bool:
    """The label, perhaps with a short "required" marker after it; never the value."""
    return name == label or (name.startswith(label) and len(name) - len(label) <= 20)


def test_each_form_field_is_named_by_its_label(window, qtbot) -> None:
    show_event_template(window, qtbot)
    form = window.pane.form
    for variable in window.pane.template.variables:
        if variable.type != "choice":
            name = accessible_name(form.widget_for(variable.name))
            assert named_by_label(name, variable.label), (variable.name, name)


def test_a_choice_field_is_named_by_its_label_not_its_value(window, qtbot) -> None:
    show_event_template(window, qtbot)
    name = accessible_name(window.pane.form.widget_for("tone"))
    assert named_by_label(name, "Sävy"), name


def test_the_form_scroll_area_is_no_unnamed_stop(window, qtbot) -> None:
    show_event_template(window, qtbot)
    assert not any(type(widget).__name__ == "QScrollArea" for widget in focusable(window))


# -- dialogs -------------------------------------------------------------------------------

def check_dialog(dialog, qtbot) -> None:
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().strip()
    assert accessible_name(dialog)
    assert unnamed(dialog) == []


def test_the_import_preview_is_named_throughout(window, qtbot, sample_pack, tmp_path) -> None:
    import json

    pack = dict(sample_pack, id="team.copy", name="Tiimi", version="2.0")
    pack["templates"] = [dict(pack["templates"][0], title="Tapahtumakutsu, tiimin")]
    path = tmp_path / "team.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    plan = Libraries(window.browser.workspace.store).plan_source(str(path))
    assert plan.conflicts()
    dialog = ImportPreviewDialog(plan, window)
    check_dialog(dialog, qtbot)
    assert accessible_name(dialog.table) == "Templates in this library"
    # The conflict's choice, while it is edited, says whose choice it is.
    from promptlib.gui.importdialog import CHOICE_COLUMN

    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, CHOICE_COLUMN))
    qtbot.waitUntil(lambda: bool(dialog.table.findChildren(QComboBox)))
    editor = dialog.table.findChildren(QComboBox)[0]
    assert editor.accessibleName() == "Your choice for Tapahtumakutsu, tiimin"


def test_the_import_preview_shows_its_choices_and_details_whole(window, qtbot, sample_pack, tmp_path) -> None:
    import json

    from promptlib.gui.importdialog import CHOICE_COLUMN

    pack = dict(sample_pack, id="team.copy", name="Tiimi", version="2.0")
    pack["templates"] = [dict(pack["templates"][0], title="Tapahtumakutsu, tiimin"), *pack["templates"][1:]]
    path = tmp_path / "team.json"
    path.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    dialog = ImportPreviewDialog(Libraries(window.browser.workspace.store).plan_source(str(path)), window)
    check_dialog(dialog, qtbot)
    table, model = dialog.table, dialog.model
    metrics = table.fontMetrics()
    for column in (0, 2, 3, CHOICE_COLUMN):
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(column), (row, column, text)
    longest_choice = max(metrics.horizontalAdvance(model.choice_text(r)) for r in ("keep", "replace", "keep-both"))
    assert table.columnWidth(CHOICE_COLUMN) >= longest_choice + 40   # room for the combo box's arrow
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()


def test_export_libraries_guard_checklist_and_guide_are_named(window, qtbot, workspace) -> None:
    browser = window.browser
    check_dialog(ExportDialog(workspace.catalog, browser.language, "sample.event", "communications", window), qtbot)
    libraries = LibrariesDialog(Libraries(workspace.store), None, window)
    check_dialog(libraries, qtbot)
    assert accessible_name(libraries.table) and accessible_name(libraries.sources)
    code = "131052-308T"
    findings = [ValueFinding("event", "Tapahtuma", finding) for finding in scan(code)]
    assert findings
    guard = GuardDialog(findings, True, "Älä syötä henkilötietoja.", window)
    check_dialog(guard, qtbot)
    assert accessible_name(guard.table) == "What was found"
    checklist = AnswerChecklist(workspace.store, window)
    checklist.show_for(workspace.catalog.get("sample.event", "fi"))
    check_dialog(checklist, qtbot)
    check_dialog(GuideDialog("fi", window), qtbot)


# -- contrast ---------------------------------------------------------------------------------

def sheet_colours(sheet: str) -> tuple[str | None, str | None]:
    """The text colour and background of a style sheet's first rule."""
    first = sheet.split("}", 1)[0]
    colour = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|white)", first)
    background = re.search(r"background:\s*(#[0-9a-fA-F]{6})", first)

    def value(match):
        return None if match is None else ("#ffffff" if match.group(1) == "white" else match.group(1))

    return value(colour), value(background)


def text_pairs() -> list[tuple[str, str, str]]:
    pairs = []
    for look, (colour, _size, _bold) in theme._TEXT.items():
        if colour:
            for background in (theme.WINDOW, theme.BASE, theme.PANEL):
                pairs.append((look, colour, background))
    for look, sheet in theme._SHEETS.items():
        colour, background = sheet_colours(sheet)
        if colour:
            pairs.append((look, colour, background or theme.WINDOW))
    pairs += [("selected row", "#ffffff", theme.ACCENT),
              ("selected row, list without focus", theme.QUIET_SELECTION_TEXT, theme.QUIET_SELECTION),
              ("link", theme.ACCENT, theme.PANEL),
              ("missing label", re.search(r"#[0-9a-fA-F]{6}", theme._LABEL_MISSING).group(0), theme.WINDOW)]
    return pairs


@pytest.mark.parametrize(("look", "colour", "background"), text_pairs())
def test_text_keeps_4_5_to_1_against_its_background(look, colour, background) -> None:
    assert contrast_ratio(colour, background) >= TEXT_MINIMUM, (look, colour, background)


def test_the_pairs_cover_every_look_with_a_colour() -> None:
    looks = {look for look, _, _ in text_pairs()}
    assert {"hint", "summary", "dataPolicy", "guardWarning", "languageNote", "star", "copyButton"} <= looks


@pytest.mark.parametrize("background", [theme.WINDOW, theme.BASE, theme.PANEL])
def test_focus_outlines_and_field_marks_stand_out(background) -> None:
    assert contrast_ratio(theme.FOCUS, background) >= NON_TEXT_MINIMUM
    for _state, rule in theme._FIELD_STATES:
        border = re.search(r"border: 2px solid (#[0-9a-fA-F]{6})", rule).group(1)
        assert contrast_ratio(border, background) >= NON_TEXT_MINIMUM, (rule, background)
    # The outline on a selected row is white on the accent colour.
    assert contrast_ratio(theme.BASE, theme.ACCENT) >= NON_TEXT_MINIMUM
