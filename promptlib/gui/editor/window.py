"""The template editor window: details, the prompt, its variables, the live checks and
the preview, with drafts written as the user types.

Layout and wiring over `core.owntemplates`: the checks are `checks.check_template`
(the validator and the lint), saving is `library.OwnTemplates.save`, drafts are
`drafts.Drafts`, a rename is `bodyuses.rename_variable`. `ask_unsaved` and
`show_save_problem` are the window's questions; tests monkeypatch them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import Catalog
from ...core.errors import PromptlibError
from ...core.model import Template
from ...core.owntemplates.bodyuses import rename_variable
from ...core.owntemplates.checks import Check, check_template
from ...core.owntemplates.drafts import Draft, Drafts, now_text, own_key
from ...core.owntemplates.ids import template_id_for
from ...core.owntemplates.library import OwnTemplates
from ...core.render.renderer import Renderer
from ...core.roles import BUILTIN_ROLES
from .. import theme
from ..lazyqt import Qt
from .body import BodyEditor
from .checks import ChecksPanel
from .metadata import MetadataForm
from .preview import EditorPreview
from .savetexts import draft_failure_text, save_error_text
from .variables import VariablesEditor

CHECK_DELAY_MS = 250    # checks and preview follow the typing, not every keystroke
DRAFT_DELAY_MS = 800    # a draft is on disk within a second of the last keystroke
SAVE, KEEP_DRAFT, DISCARD, CANCEL = "save", "keep", "discard", "cancel"
_KEPT_FIELDS = ("copied_from", "lint")  # kept from the template as it was opened; not edited here


def ask_unsaved(parent: QWidget, title: str) -> str:
    """Closing with changes not saved as a version: SAVE, KEEP_DRAFT, DISCARD or CANCEL."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Question, translate("editor", "Unsaved changes"),
                      translate("editor", "“%1” has changes that are not saved as a version.")
                      .replace("%1", title or translate("editor", "Untitled template")),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's or a pack's text
    box.setInformativeText(translate("editor", "A draft is kept on this computer if you close now; you can "
                                               "continue it the next time you open the template."))
    buttons: dict[object, str] = {box.addButton(translate("editor", "&Save version"), QMessageBox.ButtonRole.AcceptRole): SAVE,
               box.addButton(translate("editor", "&Keep the draft and close"), QMessageBox.ButtonRole.RejectRole):
                   KEEP_DRAFT,
               box.addButton(translate("editor", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole):
                   DISCARD,
               box.addButton(translate("editor", "Cancel"), QMessageBox.ButtonRole.NoRole): CANCEL}
    box.exec()
    return buttons.get(box.clickedButton(), CANCEL)


def show_save_problem(parent: QWidget, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("editor", "Cannot save the template"),
                      text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # problems quote the template
    box.exec()


class TemplateEditor(QMainWindow):
    """Edits one template. *start* is the template as it opens (library format);
    *saved_as* the (id, language) of the own template it is, None for one never saved."""

    saved = Signal(object)      # the Template as saved
    closedKey = Signal(str)     # the draft key, when the window closes

    def __init__(self, start: dict[str, Any], *, key: str, saved_as: tuple[str, str] | None,
                 own: OwnTemplates, drafts: Drafts, catalog: Catalog, renderer: Renderer,
                 ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.own, self.drafts, self.catalog = own, drafts, catalog
        self.key = key
        self.saved_as = saved_as
        self.id_fixed = saved_as is not None
        self.original = dict(start)   # what "Discard" goes back to: the saved version, or the start
        self.kept = {field: start[field] for field in _KEPT_FIELDS if field in start}
        self._writing = False
        self._closing = False
        self.checks: list[Check] = []
        self._build(catalog, renderer, ui_language)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_checks)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)
        self.load(start)
        restored = drafts.read(key)
        if restored is not None and restored.template != start:
            self.load(restored.template)
            self.id_fixed = restored.id_fixed or self.id_fixed
            self.banner_text.setText(self.tr("Draft restored: the changes you had not saved are back."))
            self.banner.show()
        self.resize(1280, 820)

    # -- layout -----------------------------------------------------------------------

    def _build(self, catalog: Catalog, renderer: Renderer, ui_language: str) -> None:
        self.title = QLineEdit()
        theme.dress(self.title, "search")
        self.title.setPlaceholderText(self.tr("Title of the template"))
        self.title.setAccessibleName(self.tr("Title"))
        title_label = QLabel(self.tr("&Title"))
        title_label.setBuddy(self.title)
        self.title.textEdited.connect(self._on_title)

        self.banner = QWidget()
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(8, 4, 8, 4)
        self.banner_text = QLabel()
        self.banner_text.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText
        theme.dress(self.banner_text, "languageNote")
        self.discard_button = QPushButton(self.tr("Discard the draft"))
        self.discard_button.clicked.connect(self.discard_draft)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.discard_button)
        self.banner.hide()

        self.body = BodyEditor()
        self.body.setAccessibleName(self.tr("Prompt"))
        self.body.setPlaceholderText(self.tr("Write the prompt. Type {{ to use a variable."))
        self.body.textChanged.connect(self._changed)
        self.insert_variable_button = QPushButton(self.tr("Insert &variable"))
        self.insert_variable_button.setMenu(QMenu(self.insert_variable_button))
        self.insert_variable_button.menu().aboutToShow.connect(lambda: self._fill_insert_menu(condition=False))
        self.insert_condition_button = QPushButton(self.tr("Insert con&dition"))
        self.insert_condition_button.setMenu(QMenu(self.insert_condition_button))
        self.insert_condition_button.menu().aboutToShow.connect(lambda: self._fill_insert_menu(condition=True))
        body_label = QLabel(self.tr("&Prompt"))
        body_label.setBuddy(self.body)
        theme.dress(body_label, "sectionHeading")
        body_bar = QHBoxLayout()
        body_bar.addWidget(body_label)
        body_bar.addStretch(1)
        body_bar.addWidget(self.insert_variable_button)
        body_bar.addWidget(self.insert_condition_button)

        self.variables = VariablesEditor()
        self.variables.changed.connect(self._changed)
        self.variables.renamed.connect(self._rename_in_body)
        variables_label = QLabel(self.tr("Variables: the fields of the form, in this order"))
        theme.dress(variables_label, "sectionHeading")
        variables_label.setBuddy(self.variables.table)

        body_box = QWidget()
        body_layout = QVBoxLayout(body_box)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(body_bar)
        body_layout.addWidget(self.body, 1)
        variables_box = QWidget()
        variables_layout = QVBoxLayout(variables_box)
        variables_layout.setContentsMargins(0, 0, 0, 0)
        variables_layout.addWidget(variables_label)
        variables_layout.addWidget(self.variables, 1)
        prompt_split = QSplitter()
        prompt_split.setOrientation(Qt.Orientation.Vertical)
        prompt_split.addWidget(body_box)
        prompt_split.addWidget(variables_box)
        prompt_split.setChildrenCollapsible(False)
        prompt_split.setSizes([260, 460])
        prompt_tab = QWidget()
        prompt_layout = QVBoxLayout(prompt_tab)
        prompt_layout.addWidget(prompt_split)
        self.metadata = MetadataForm(catalog, ui_language)
        self.metadata.changed.connect(self._changed)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Template editor"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the template"))
        self.tabs.addTab(prompt_tab, self.tr("Prompt and variables"))
        self.tabs.addTab(self.metadata, self.tr("Details and guidance"))

        self.checks_panel = ChecksPanel()
        self.checks_panel.goTo.connect(self.go_to)
        self.checks_panel.addVariable.connect(self.add_variable_for)
        self.checks_panel.removeVariable.connect(self.remove_variable)
        self.checks_panel.insertVariable.connect(self.body.insert_variable)
        checks_label = QLabel(self.tr("Checks"))
        theme.dress(checks_label, "sectionHeading")
        checks_label.setBuddy(self.checks_panel.list)
        self.preview = EditorPreview(renderer)
        preview_label = QLabel(self.tr("Preview: the form filled with the examples, and the prompt"))
        theme.dress(preview_label, "sectionHeading")
        right = QSplitter()
        right.setOrientation(Qt.Orientation.Vertical)
        for label, widget in ((checks_label, self.checks_panel), (preview_label, self.preview)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(label)
            box_layout.addWidget(widget, 1)
            right.addWidget(box)
        right.setChildrenCollapsible(False)
        right.setSizes([230, 550])

        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setSizes([640, 640])

        self.save_button = QPushButton(self.tr("&Save version"))
        theme.dress(self.save_button, "copyButton")
        self.save_button.setToolTip(self.tr("Save this version to your templates (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_version)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        self.state_line = QLabel()
        self.state_line.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText: it quotes the title
        theme.dress(self.state_line, "hint")
        bottom = QHBoxLayout()
        bottom.addWidget(self.state_line, 1)
        bottom.addWidget(close_button)
        bottom.addWidget(self.save_button)

        top = QHBoxLayout()
        top.addWidget(title_label)
        top.addWidget(self.title, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.setCentralWidget(central)

        save = QAction(self.tr("Save version"), self)
        save.setShortcuts([QKeySequence("Ctrl+S")])
        save.triggered.connect(self.save_version)
        close = QAction(self.tr("Close"), self)
        close.setShortcuts([QKeySequence("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addActions([save, close])
        QWidget.setTabOrder(self.title, self.tabs)

    # -- the template as typed ----------------------------------------------------------

    def template_data(self) -> dict[str, Any]:
        """The template as it stands (library format; valid or not)."""
        data: dict[str, Any] = {"id": self.metadata.template_id.text(), "title": self.title.text().strip()}
        data.update(self.metadata.fields())
        data["body"] = self.body.toPlainText()
        data["variables"] = self.variables.variables()
        data.update(self.kept)
        return data

    def load(self, data: dict[str, Any]) -> None:
        self._writing = True
        try:
            self.title.setText(str(data.get("title", "")))
            self.metadata.set_fields(data)
            self.body.setPlainText(str(data.get("body", "")))
            self.variables.set_variables([v for v in data.get("variables", []) if isinstance(v, dict)])
        finally:
            self._writing = False
        self._update_title()
        self.run_checks()

    def add_history_tab(self, view: QWidget) -> None:
        """The History tab (a `historyview.HistoryView`, made and wired by historyactions)."""
        self.tabs.addTab(view, self.tr("History"))

    def show_saved(self, data: dict[str, Any]) -> None:
        """The own template as it was saved elsewhere (a restore): shown, with no draft."""
        self._draft_timer.stop()
        self.drafts.discard(self.key)
        self.load(data)
        self.original = self.template_data()
        self.banner.hide()
        self._update_title()

    def start_from(self, data: dict[str, Any]) -> None:
        """An old version opened as a draft: its text, as changes not saved yet."""
        self.load(data)
        self._changed()

    def is_dirty(self) -> bool:
        """Whether closing would lose something: changes since the saved version, or any
        text at all in a template never saved (pasted text, a copy)."""
        data = self.template_data()
        if self.saved_as is None and (data["title"] or data["body"].strip()):
            return True
        return _comparable(data) != _comparable(self.original)

    def _changed(self) -> None:
        if self._writing:
            return
        self._check_timer.start()
        self._draft_timer.start()
        self._update_title()

    def _on_title(self, text: str) -> None:
        if not self.id_fixed:
            mine = self.metadata.template_id.text()
            taken = {t.id for t in self.catalog.all_templates() if t.id.startswith("own.")} - {mine}
            self.metadata.template_id.setText(template_id_for(text, taken | self.own.ids()))
        self._changed()

    def _update_title(self) -> None:
        title = self.title.text().strip() or self.tr("Untitled template")
        mark = "*" if self.is_dirty() else ""
        self.setWindowTitle(self.tr("Template editor – %1").replace("%1", title + mark))

    # -- checks, preview, going to a finding -----------------------------------------------

    def pack_roles(self) -> list[dict[str, Any]]:
        return [{"id": role_id, "names": dict(role.names) or {"en": role_id}}
                for role_id, role in self.catalog.roles.items() if role_id not in BUILTIN_ROLES]

    def run_checks(self) -> None:
        data = self.template_data()
        self.checks = check_template(data, pack_roles=self.pack_roles())
        names = self.variables.names()
        self.checks_panel.show_checks(self.checks, names)
        self.body.set_names([name for name in names if name])
        errors = [check for check in self.checks if check.blocks_save]
        if errors:
            self.preview.show_template(None, self.tr("Fix the errors listed under Checks to see the preview."))
        else:
            self.preview.show_template(Template.from_dict(data))

    def go_to(self, check: Check | None) -> None:
        """Put the cursor where *check* is about."""
        if check is None:
            return
        if check.variable is not None:
            self.tabs.setCurrentIndex(0)
            self.variables.select(check.variable, check.column)
        elif check.field == "body" or check.offset is not None:
            self.tabs.setCurrentIndex(0)
            self.body.put_cursor(check.offset, check.length, check.line)
        elif check.field == "title":
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
        elif check.field == "variables":
            self.tabs.setCurrentIndex(0)
            self.variables.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget = self.metadata.widget_for(check.field)
            if widget is not None:
                self.tabs.setCurrentIndex(1)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- quick fixes and the body's variables ------------------------------------------------

    def add_variable_for(self, name: str) -> None:
        """Declare *name*, which the body uses, and put the cursor in its label."""
        label = name.replace("_", " ").strip().capitalize() or name
        row = self.variables.add_variable({"name": name, "label": label, "type": "text"})
        self.tabs.setCurrentIndex(0)
        self.variables.select(row, "label")
        self.run_checks()

    def remove_variable(self, name: str) -> None:
        if name in self.variables.names():
            self.variables.remove(self.variables.names().index(name))
            self.run_checks()

    def _rename_in_body(self, old: str, new: str) -> None:
        body = self.body.toPlainText()
        try:
            renamed = rename_variable(body, old, new)
        except ValueError:
            self.statusBar().showMessage(self.tr("The prompt still uses “%1”: “%2” is not a valid name, or the "
                                                 "prompt already uses it.").replace("%1", old).replace("%2", new),
                                         8000)
            return
        if renamed != body:
            cursor = self.body.textCursor()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(renamed)  # one step the body's own undo can take back
            self.statusBar().showMessage(self.tr("Renamed “%1” to “%2” everywhere in the prompt.")
                                         .replace("%1", old).replace("%2", new), 8000)
        self.run_checks()

    def _fill_insert_menu(self, condition: bool) -> None:
        button = self.insert_condition_button if condition else self.insert_variable_button
        menu = button.menu()
        menu.clear()
        for variable in self.variables.variables():
            name = str(variable.get("name", ""))
            if not name:
                continue
            text = f"{variable.get('label') or name} ({name})"
            action = menu.addAction(text)
            if condition:
                action.triggered.connect(lambda _c=False, n=name: self.body.insert_condition(n))
            else:
                action.triggered.connect(lambda _c=False, n=name: self.body.insert_variable(n))
        menu.addSeparator()
        new = menu.addAction(self.tr("New variable…"))
        new.triggered.connect(lambda: self._new_variable_at_cursor(condition))

    def _new_variable_at_cursor(self, condition: bool) -> None:
        row = self.variables.add_variable()
        name = self.variables.names()[row]
        if condition:
            self.body.insert_condition(name)
        else:
            self.body.insert_variable(name)
        self.variables.select(row, "name")

    # -- saving, drafts, closing -------------------------------------------------------------

    def save_version(self) -> bool:
        """Save as a version of the own template, if nothing blocks it."""
        self._check_timer.stop()
        self.run_checks()
        errors = [check for check in self.checks if check.blocks_save]
        if errors:
            self.statusBar().showMessage(self.tr("Not saved: %n error(s) to fix first (the draft is kept).", "",
                                                 len(errors)), 8000)
            self.checks_panel.list.setCurrentRow(0)
            self.go_to(errors[0])
            return False
        data = self.template_data()
        if not self.id_fixed:  # another window may have taken the id meanwhile
            data["id"] = template_id_for(data["title"], self.own.ids())
        role_names = {role_id: dict(role.names) for role_id, role in self.catalog.roles.items()}
        try:
            template = self.own.save(data, replaces=self.saved_as, role_names=role_names)
        except PromptlibError as error:
            show_save_problem(self, save_error_text(error))
            return False
        old_key = self.key
        self.saved_as, self.id_fixed = template.key, True
        self.key = own_key(*template.key)
        self.metadata.template_id.setText(template.id)
        self.original = self.template_data()
        self._draft_timer.stop()
        self.drafts.discard(old_key)
        self.drafts.discard(self.key)
        self.banner.hide()
        self._update_title()
        self.state_line.setText(self.tr("Saved: “%1” is in your templates.").replace("%1", template.title))
        self.saved.emit(template)
        return True

    def write_draft(self) -> None:
        """Put what is typed on disk now (also when it has errors)."""
        self._draft_timer.stop()
        if not self.is_dirty():
            self.drafts.discard(self.key)
            return
        try:
            self.drafts.write(Draft(self.key, self.template_data(), self.saved_as, self.id_fixed, now_text()))
        except (OSError, ValueError, TypeError) as error:
            self.state_line.setText(draft_failure_text(error))
            return
        self.state_line.setText(self.tr("Draft kept on this computer."))

    def discard_draft(self) -> None:
        """Back to the template as it was saved (or started), and the draft gone."""
        self._draft_timer.stop()
        self.drafts.discard(self.key)
        self.load(self.original)
        self.banner.hide()
        self.state_line.setText(self.tr("Draft discarded."))
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_dirty():
            answer = ask_unsaved(self, self.title.text().strip())
            if answer == CANCEL or (answer == SAVE and not self.save_version()):
                event.ignore()
                return
            if answer == KEEP_DRAFT:
                self.write_draft()
            elif answer == DISCARD:
                self._draft_timer.stop()
                self.drafts.discard(self.key)
        self._draft_timer.stop()
        self.closedKey.emit(self.key)
        super().closeEvent(event)


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    """*data* without what does not change the template (empty optional fields)."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {}) or key in ("title", "body")}
