"""The editor's entry points in the main window's File menu: New template (Ctrl+N),
New from text…, and for the selected template Edit a copy (a library's template) or
Edit and Delete (an own template). Editors are separate windows, one per template;
asking for one already open brings it to the front.

`ask_text` and `confirm_delete` are the questions; tests monkeypatch them. The
editor window and the core it needs (validation, the lint) load on first use: opening
the main window should not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from ...core.errors import PromptlibError
from ...core.model import Template
from ...core.owntemplates.drafts import Drafts, copy_key, new_key, own_key
from ..lazyqt import Qt

if TYPE_CHECKING:
    from ...core.owntemplates.library import OwnTemplates
    from .window import TemplateEditor

STATUS_TIMEOUT_MS = 10_000


def ask_text(parent: QWidget) -> str | None:
    """New from text: the prompt the user pastes, or None."""
    translate = QCoreApplication.translate
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("editor", "New template from text"))
    text = QPlainTextEdit()
    text.setTabChangesFocus(True)
    text.setAccessibleName(translate("editor", "Prompt text"))
    label = QLabel(translate("editor", "&Paste the prompt. Blanks marked [like this], <like this> or {like this} "
                                       "become fields of the form."))
    label.setWordWrap(True)
    label.setBuddy(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton(translate("editor", "&Create template"), QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    layout.addWidget(text, 1)
    layout.addWidget(buttons)
    dialog.resize(640, 420)
    if dialog.exec() != QDialog.DialogCode.Accepted or not text.toPlainText().strip():
        return None
    return text.toPlainText()


def confirm_delete(parent: QWidget, title: str, favourite: bool, other_languages: int) -> bool:
    """Delete an own template? Says what is lost, and what stays."""
    translate = QCoreApplication.translate
    lost = [translate("editor", "The template “%1” is removed from your templates.").replace("%1", title)]
    if favourite and not other_languages:
        lost.append(translate("editor", "It is removed from your favourites."))
    if other_languages:
        lost.append(translate("editor", "Its versions in other languages stay."))
    lost.append(translate("editor", "This cannot be undone. Your other templates, favourites and history stay. "
                                    "To keep a copy, export it first (File → Export templates)."))
    box = QMessageBox(QMessageBox.Icon.Question, translate("editor", "Delete template"), "\n\n".join(lost),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the user's or a pack's text
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes


class EditorActions(QObject):
    """Owns the editor actions of one main window and the editors it opened."""

    editorOpened = Signal(object)   # a TemplateEditor just made (historyactions adds its History tab)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = window.browser.workspace
        self.drafts = Drafts(self.workspace.store.data_dir)
        self.editors: dict[str, TemplateEditor] = {}
        self.new_action = self._action(self.tr("&New template"), self.new_template, "newTemplate", "Ctrl+N")
        self.from_text_action = self._action(self.tr("New from te&xt…"), self.new_from_text, "newFromText",
                                             "Ctrl+Shift+N")
        self.copy_action = self._action(self.tr("Edit a &copy of the template"), self.edit_copy, "editCopy")
        self.edit_action = self._action(self.tr("E&dit my template"), self.edit_own, "editOwn")
        self.delete_action = self._action(self.tr("Dele&te my template…"), self.delete_own, "deleteOwn")
        window.add_file_actions([self.new_action, self.from_text_action, self.copy_action, self.edit_action,
                                 self.delete_action])
        window.file_menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def _action(self, text: str, slot: Callable[[], object], name: str, shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcuts([QKeySequence(shortcut)])  # not setShortcut(): see lazyqt
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def own(self) -> OwnTemplates:
        from ...core.owntemplates.library import OwnTemplates

        return OwnTemplates(self.workspace.store)

    def selected(self) -> Template | None:
        template: Template | None = self.window.pane.template
        return template

    def update_actions(self) -> None:
        template = self.selected()
        own = template is not None and template.origin is not None and template.origin.own
        self.copy_action.setEnabled(template is not None and not own)
        self.edit_action.setEnabled(own)
        self.delete_action.setEnabled(own)

    def _taken(self) -> set[str]:
        return {t.id for t in self.workspace.catalog.all_templates() if t.id.startswith("own.")}

    # -- opening editors --------------------------------------------------------------------

    def open_editor(self, start: dict[str, Any], key: str, saved_as: tuple[str, str] | None) -> TemplateEditor:
        editor = self.editors.get(key)
        if editor is not None:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        from .window import TemplateEditor

        editor = TemplateEditor(start, key=key, saved_as=saved_as, own=self.own, drafts=self.drafts,
                                catalog=self.workspace.catalog, renderer=self.workspace.renderer,
                                ui_language=self.window.browser.ui_language)
        editor.saved.connect(lambda template, e=editor: self._on_saved(e, template))
        editor.closedKey.connect(lambda closed, e=editor: self._forget(e))
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors[key] = editor
        self.editorOpened.emit(editor)
        editor.show()
        editor.title.setFocus()
        return editor

    def new_template(self) -> TemplateEditor:
        """A blank template; an unsaved new one left by a crash is restored instead."""
        from ...core.owntemplates.starting import blank_template

        language = self.window.browser.language
        leftover = self.drafts.newest_new()
        if leftover is not None and leftover.key not in self.editors:
            start = blank_template(str(leftover.template.get("language") or language), self._taken())
            return self.open_editor(start, leftover.key, None)
        return self.open_editor(blank_template(language, self._taken()), new_key(), None)

    def new_from_text(self) -> TemplateEditor | None:
        from ...core.owntemplates.starting import from_text

        text = ask_text(self.window)
        if text is None:
            return None
        return self.open_editor(from_text(text, self.window.browser.language, self._taken()), new_key(), None)

    def edit_copy(self) -> TemplateEditor | None:
        template = self.selected()
        if template is None:
            return None
        from ...core.owntemplates.starting import copy_for_editing

        start = copy_for_editing(template, self._taken())
        return self.open_editor(start, copy_key(template.id, template.language), None)

    def edit_own(self) -> TemplateEditor | None:
        template = self.selected()
        if template is None or template.origin is None or not template.origin.own:
            return None
        data = self.own.get(template.id, template.language) or template.to_dict()
        return self.open_editor(data, own_key(template.id, template.language), template.key)

    def delete_own(self) -> bool:
        template = self.selected()
        if template is None or template.origin is None or not template.origin.own:
            return False
        others = len([t for t in self.workspace.catalog.translations(template.id) if t.language != template.language])
        if not confirm_delete(self.window, template.title, template.id in self.workspace.store.favourites(), others):
            return False
        key = own_key(template.id, template.language)
        editor = self.editors.pop(key, None)
        if editor is not None:
            editor.original = editor.template_data()  # closing it must not ask about a template now gone
            editor.saved_as = editor.saved_as or template.key
            editor.close()
        try:
            self.own.delete(template.id, template.language)
        except PromptlibError as error:
            from .savetexts import save_error_text

            self.window.show_status(save_error_text(error), STATUS_TIMEOUT_MS)
            return False
        self.drafts.discard(key)
        self.window.reload_library()
        self.window.show_status(self.tr("Deleted “%1”.").replace("%1", template.title), STATUS_TIMEOUT_MS)
        return True

    # -- after a save ---------------------------------------------------------------------------

    def _on_saved(self, editor: TemplateEditor, template: Template) -> None:
        for key, open_editor in list(self.editors.items()):
            if open_editor is editor:
                del self.editors[key]
        self.editors[editor.key] = editor
        self.window.reload_library()
        if not self.window.select_template(template.id):
            self.window.select_category("all")
            self.window.select_template(template.id)
        editor.catalog = self.workspace.catalog
        self.window.show_status(self.tr("Saved “%1” in your templates.").replace("%1", template.title),
                                STATUS_TIMEOUT_MS)

    def _forget(self, editor: TemplateEditor) -> None:
        for key, open_editor in list(self.editors.items()):
            if open_editor is editor:
                del self.editors[key]


def install_editor_actions(window: Any) -> EditorActions:
    """Add New template, New from text, Edit a copy, Edit and Delete to *window*'s File menu."""
    return EditorActions(window)
