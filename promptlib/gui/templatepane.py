"""The selected template: its header, the form, the live preview and the Copy button."""

from __future__ import annotations

from collections import OrderedDict
from itertools import pairwise

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import tricks
from ..core.errors import InvalidValueError, MissingValuesError, RenderError
from ..core.formmemory import FormMemory
from ..core.guard.copycheck import check_before_copy
from ..core.guard.screening import ValueFinding, scan_filled
from ..core.model import Template
from ..core.policy import Policy
from ..core.render.renderer import Renderer
from ..core.render.values import default_values
from . import guardmarks, theme
from .form import VariableForm
from .lazyqt import Qt
from .panels import PreviewPanel

# Qt.ScrollBarPolicy.ScrollBarAlwaysOff, set as a property: the enum would build the Qt
# namespace while the window is built (see lazyqt).
_SCROLL_BAR_ALWAYS_OFF = 1
# Room kept above and below a field scrolled into view, so its label shows too.
_VIEW_MARGIN = 24
# Forms of templates opened since the app started, kept to be shown again rather than
# rebuilt: building a 12-field form took ~20 ms of a 28 ms switch. A clerk goes back
# and forth between a handful; at most this many are kept (well within what
# core.formmemory keeps values for, so a kept form's values are always remembered too).
FORMS_KEPT = 20
FORM_CACHE_ENABLED = tricks.enabled(tricks.FORM_CACHE)  # off only for a benchmark run


class TemplatePane(QWidget):
    """Wires form edits to the preview, and the Copy button to the clipboard."""

    copied = Signal(object)            # the Template whose prompt was copied
    templateShown = Signal(object)     # the Template now shown, or None
    message = Signal(str)              # a line for the status bar
    favouriteToggled = Signal(str)     # template id

    def __init__(self, renderer: Renderer, parent: QWidget | None = None,
                 policy: Policy | None = None, memory: FormMemory | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        # What was typed into each template, kept while the app runs (never guard findings).
        self.memory = memory if memory is not None else FormMemory()
        self.org_policy = policy or Policy()   # the organisation's policy file
        self.template: Template | None = None
        self.findings: list[ValueFinding] = []   # what the guard sees in the typed values

        self.title = QLabel()
        # The title, the summary and the guard's note quote the pack and what was typed:
        # plain text, never read as HTML (0 is Qt.TextFormat.PlainText; see lazyqt for
        # why a property and not the enum).
        self.title.setProperty("textFormat", 0)
        theme.dress(self.title, "templateTitle")
        self.title.setWordWrap(True)
        self.star = QToolButton()
        theme.dress(self.star, "star")
        self.star.setCheckable(True)
        self.star.setAutoRaise(True)
        self.star.clicked.connect(self.toggle_favourite)
        self.summary = QLabel()
        self.summary.setProperty("textFormat", 0)
        self.summary.setWordWrap(True)
        theme.dress(self.summary, "summary")
        self.policy = QLabel()
        theme.dress(self.policy, "dataPolicy")
        self.policy.setWordWrap(True)
        self.policy.setAccessibleName(self.tr("Data rule of this template"))
        self.language_note = QLabel()
        theme.dress(self.language_note, "languageNote")
        self.language_note.setWordWrap(True)

        self._switching = False
        self._forms: OrderedDict[tuple[str, str], tuple[Template, VariableForm]] = OrderedDict()
        self.forms_built = 0   # how many forms were built for a template: the cache saves the rest
        self.form = self._new_form()   # the form on screen; the one without a template at first
        self._empty_form = self.form
        self.form_scroll = form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The form follows the width it is given: labels and help wrap, nothing scrolls sideways.
        form_scroll.setProperty("horizontalScrollBarPolicy", _SCROLL_BAR_ALWAYS_OFF)
        form_scroll.setWidget(self.form)
        # Not a Tab stop of its own (an unnamed one for a screen reader): Tab goes
        # through the fields inside it. 0 is Qt.NoFocus, set as a property so that
        # building the window does not build the Qt namespace (see lazyqt).
        form_scroll.setProperty("focusPolicy", 0)
        # The template's data rule and the guard's warning sit right above and below
        # the fields, where the user types.
        self.findings_note = QLabel()
        self.findings_note.setProperty("textFormat", 0)
        theme.dress(self.findings_note, "guardWarning")
        self.findings_note.setWordWrap(True)
        self.findings_note.hide()
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.policy)
        form_layout.addWidget(form_scroll, 1)
        form_layout.addWidget(self.findings_note)
        self.preview = PreviewPanel()

        self.copy_button = QPushButton(self.tr("Copy prompt"))
        theme.dress(self.copy_button, "copyButton")
        self.copy_button.setToolTip(self.tr("Copy the finished prompt to the clipboard (Ctrl+Enter)"))
        self.copy_button.clicked.connect(self.copy)
        self.reset_button = QPushButton(self.tr("Clear fields"))
        self.reset_button.clicked.connect(self.reset_values)
        self.undo_button = QPushButton(self.tr("&Undo clearing"))
        self.undo_button.setToolTip(self.tr("Put back the values that were cleared (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_clear)
        self.undo_button.hide()
        self._undo_shortcut: QShortcut | None = None

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.star)
        # Buttons for the shown template (historyactions' History) sit under the star,
        # beside the summary: in the title's row they would widen the pane's minimum
        # (the title's longest word, the star and them), and so the window's.
        self.summary_row = QHBoxLayout()
        self.summary_row.addWidget(self.summary, 1)
        self.header_buttons: list[QWidget] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        self.button_row = buttons
        splitter = QSplitter()
        # Qt.Vertical set through the property system: see lazyqt for why not the enum.
        splitter.setProperty("orientation", 2)
        splitter.addWidget(form_box)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # Stretch factors only share out later resizes; without initial sizes the preview's
        # large size hint wins and the form gets a few rows. Scaled to the real height.
        splitter.setSizes([300, 200])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.summary_row)
        layout.addWidget(self.language_note)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.show_template(None)

    # -- showing -------------------------------------------------------------------

    def show_template(self, template: Template | None, favourite: bool = False,
                      wanted_language: str | None = None) -> None:
        """Show *template*; if it is not in *wanted_language*, say so (a fallback).

        What was typed into the template shown so far is kept for when it comes back."""
        self._switching = True   # one preview at the end, not one per field set on the way
        try:
            self._switch_to(template, favourite, wanted_language)
        finally:
            self._switching = False
        self.update_preview()
        self.templateShown.emit(template)

    def _switch_to(self, template: Template | None, favourite: bool, wanted_language: str | None) -> None:
        if self.template is not None:
            self._leave(self.template)
        self.template = template
        self.title.setText(template.title if template else self.tr("No template selected"))
        self.summary.setText(template.summary if template else
                             self.tr("Choose a role or search, then pick a template from the list."))
        self.star.setVisible(template is not None)
        self.set_favourite(favourite)
        self._show_policy(template)
        self._show_language_note(template, wanted_language)
        self._show_form(template)
        self.chain_tab_order()
        self.copy_button.setEnabled(template is not None)
        self.reset_button.setEnabled(bool(template and template.variables))

    # -- the forms kept for templates opened before ------------------------------------

    def _new_form(self) -> VariableForm:
        form = VariableForm()
        form.valuesChanged.connect(lambda: self._form_changed(form))
        form.undoAvailableChanged.connect(lambda available: form is self.form and self._show_undo(available))
        return form

    def _form_changed(self, form: VariableForm) -> None:
        if form is self.form and not self._switching:
            self.update_preview()

    def _leave(self, template: Template) -> None:
        """Remember what was typed into *template* (core.formmemory), and leave its kept
        form as the memory has it: what the guard flags is cleared from the fields, and
        "Clear fields" can no longer be undone (its snapshot could hold it too)."""
        values = self.form.values()
        self.memory.keep(template, values)
        if not FORM_CACHE_ENABLED:
            return
        kept = self.memory.recall(template) or {}
        defaults = default_values(template)
        for name in values:
            if name not in kept:
                self.form.set_value(name, defaults.get(name))
        self.form.forget_undo()

    def _show_form(self, template: Template | None) -> None:
        """Put *template*'s form on screen: the kept one if it was opened before (with
        the remembered values, in case they changed since), else a new one."""
        if not FORM_CACHE_ENABLED:
            self.form.set_template(template, self._start_values(template) if template else None)
            if template is not None:
                self.forms_built += 1
            return
        if template is None:
            self._put_on_screen(self._empty_form)
            return
        kept = self._forms.pop(template.key, None)
        if kept is not None and kept[0] is template:
            form = kept[1]
            current = form.values()
            for name, value in self._start_values(template).items():
                if name in current and current[name] != value:
                    form.set_value(name, value)
        else:
            if kept is not None:   # the library changed under it: this template is another now
                self._drop(kept[1])
            form = self._new_form()
            form.set_template(template, self._start_values(template))
            self.forms_built += 1
        self._forms[template.key] = (template, form)   # the most recent last
        while len(self._forms) > FORMS_KEPT:
            _key, (_template, oldest) = self._forms.popitem(last=False)
            self._drop(oldest)
        self._put_on_screen(form)

    def _put_on_screen(self, form: VariableForm) -> None:
        if form is self.form and self.form_scroll.widget() is form:
            return
        previous = self.form_scroll.takeWidget()
        if previous is not None:
            previous.setParent(self)   # kept, hidden, until shown again or dropped
            previous.hide()
        self.form = form
        self.form_scroll.setWidget(form)
        self._show_undo(form.can_undo_clear())

    def _drop(self, form: VariableForm) -> None:
        if form is not self.form:
            form.deleteLater()

    def _start_values(self, template: Template) -> dict:
        """The defaults, with what the user typed into *template* earlier over them."""
        return {**default_values(template), **(self.memory.recall(template) or {})}

    def set_favourite(self, favourite: bool) -> None:
        self.star.setChecked(favourite)
        self.star.setText("★" if favourite else "☆")
        self.star.setToolTip(self.tr("Remove from favourites") if favourite else self.tr("Add to favourites"))
        self.star.setAccessibleName(self.star.toolTip())

    def _show_policy(self, template: Template | None) -> None:
        texts = {
            "no-personal-data": self.tr("Do not enter personal data: no names, personal identity "
                                        "codes, contact details or health information."),
            "pseudonymised": self.tr("Only pseudonymised data: remove names, identity codes and "
                                     "anything else that could identify a person."),
            "public": self.tr("For public material only."),
        }
        text = texts.get(template.data_policy, "") if template else ""
        self.policy.setText(text)
        self.policy.setVisible(bool(text))

    def _show_language_note(self, template: Template | None, wanted: str | None) -> None:
        # Whole phrases per language, as the grammar around a language name differs
        # ("suomeksi", "på finska"; "ruotsinkielistä versiota").
        shown_in = {"fi": self.tr("Shown in Finnish"), "sv": self.tr("Shown in Swedish"),
                    "en": self.tr("Shown in English")}
        missing = {"fi": self.tr("this template has no Finnish version."),
                   "sv": self.tr("this template has no Swedish version."),
                   "en": self.tr("this template has no English version.")}
        fallback = template is not None and wanted in missing and template.language != wanted
        text = f"{shown_in.get(template.language, template.language)}: {missing[wanted]}" if fallback else ""
        self.language_note.setText(text)
        self.language_note.setVisible(fallback)

    def update_preview(self) -> None:
        self._update_findings()
        if self.template is None:
            self.preview.show_text("", scan=False)
            return
        try:
            rendered = self.renderer.render(self.template, self.form.values(), placeholders=True)
        except InvalidValueError as error:
            self.preview.show_problem(self.tr("Check the field %1: %2")
                                      .replace("%1", self.template.variable(error.name).label)
                                      .replace("%2", str(error).split(": ", 1)[-1]))
            return
        except RenderError as error:
            from .problemtexts import error_message  # only on failure: start-up loads no message catalogue

            self.preview.show_problem(self.tr("This template cannot be shown: %1").replace("%1", error_message(error)))
            return
        labels = [f"[{self.template.variable(name).label}]" for name in rendered.missing]
        self.preview.show_text(rendered.text, labels, scan=bool(self.findings))

    def reset_values(self) -> None:
        """Clear every field (back to the defaults); Ctrl+Z or "Undo clearing" puts them back."""
        if self.template is None:
            return
        self.form.clear_values(default_values(self.template))
        self.memory.forget(self.template)
        if self._undo_shortcut is None:  # made on first use: its context is one of Qt's enums
            self._undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_clear,
                                            context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.message.emit(self.tr("Fields cleared. Ctrl+Z or \"Undo clearing\" puts the values back."))

    def undo_clear(self) -> None:
        had_focus = self.undo_button.hasFocus()
        if self.form.undo_clear():
            self.message.emit(self.tr("The cleared values are back."))
            if had_focus:  # the button hides: the cursor goes back into the form
                self.form.focus_first()

    def _show_undo(self, available: bool) -> None:
        self.undo_button.setVisible(available)

    def add_header_button(self, button: QWidget) -> None:
        """A button under the favourite star, for the shown template (historyactions' History)."""
        column = QVBoxLayout()   # at the top of a summary of several lines (no Qt enum: see lazyqt)
        column.addWidget(button)
        column.addStretch(1)
        self.summary_row.addLayout(column)
        self.header_buttons.append(button)
        self.chain_tab_order()

    def add_button_before_copy(self, button: QPushButton) -> None:
        """A button beside Copy (policyui's "Copy and open")."""
        self.button_row.insertWidget(self.button_row.indexOf(self.copy_button), button)
        self.chain_tab_order()

    def chain_tab_order(self) -> QWidget:
        """Tab through the pane as it reads: the star and the buttons after it, the
        fields in order, Copy, the other buttons (nearest to Copy first), the preview.
        Each template has its own form, so this runs after every switch; it returns
        the last widget, after which the window goes on (to the guidance)."""
        fields = [self.form.widget_for(name) for name in self.form.field_names()]
        row = [self.button_row.itemAt(i).widget() for i in range(self.button_row.count())]
        others = [button for button in reversed(row) if button is not None and button is not self.copy_button]
        chain = [self.star, *self.header_buttons, *fields, self.copy_button, *others, self.preview.text]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        return self.preview.text

    # -- actions -------------------------------------------------------------------

    def toggle_favourite(self) -> None:
        """Ask for the shown template to be added to or removed from the favourites."""
        if self.template is not None:
            self.favouriteToggled.emit(self.template.id)

    def finished_prompt(self) -> str | None:
        """The prompt to copy, or None after telling the user what blocks it."""
        if self.template is None:
            return None
        problems = self.form.problems()
        if problems:
            name, problem = problems[0]
            self.form.show_problems()
            self.form.widget_for(name).setFocus(Qt.FocusReason.OtherFocusReason)
            self.keep_in_view(self.form.widget_for(name))
            self.message.emit(self.tr("Check the field %1: %2")
                              .replace("%1", self.template.variable(name).label).replace("%2", problem))
            return None
        try:
            rendered = self.renderer.render(self.template, self.form.values())
        except MissingValuesError as error:
            self.form.mark_missing(error.names)
            self.keep_in_view(self.form.widget_for(error.names[0]))
            self.message.emit(self.tr("Fill in the required fields first: %1")
                              .replace("%1", ", ".join(error.labels)))
            return None
        except InvalidValueError as error:
            self.form.mark_missing([error.name])
            self.message.emit(self.tr("Check the field %1.").replace("%1", self.template.variable(error.name).label))
            return None
        except RenderError as error:
            from .problemtexts import error_message

            self.message.emit(self.tr("This template cannot be used: %1").replace("%1", error_message(error)))
            return None
        self.form.mark_missing([])
        return rendered.text

    def copy(self) -> bool:
        text = self.finished_prompt()
        if text is None:
            return False
        text = self._guarded(text)
        if text is None:
            return False
        QGuiApplication.clipboard().setText(text)
        self.message.emit(self.tr("Prompt copied to the clipboard. Paste it into the AI service "
                                  "your organisation has approved, and check the answer."))
        self.copied.emit(self.template)
        return True

    # -- the sensitive-data guard ----------------------------------------------------

    def keep_in_view(self, widget: QWidget | None) -> None:
        """Scroll the form so *widget* (a field) is in sight, after any relayout pending:
        its whole row (label, help, problem) if there is room, else the field with its
        label, else the field, else where its cursor is."""
        if widget is None or not self.form.isAncestorOf(widget):
            return
        for layout in (self.layout(), self.form_scroll.parentWidget().layout()):
            if layout is not None:
                layout.activate()
        bar = self.form_scroll.verticalScrollBar()
        room = self.form_scroll.viewport().height()
        top = widget.mapTo(self.form, QPoint(0, 0)).y()
        spans = [(top - _VIEW_MARGIN, top + widget.height()), (top, top + widget.height())]
        row = widget.parentWidget()
        if row is not None and row.parentWidget() is self.form:
            spans.insert(0, (row.y(), row.y() + row.height()))
        for start, end in spans:
            if end - start <= room:
                if start < bar.value():
                    bar.setValue(start)
                elif end > bar.value() + room:
                    bar.setValue(end - room)
                return
        self.form_scroll.ensureWidgetVisible(widget, 0, 0)  # taller than the view: its cursor

    def _update_findings(self) -> None:
        """Mark the fields holding personal data and say what was found under the form.

        The note under the form takes room from it: the field being typed in is kept in view."""
        shown_before = (self.findings_note.isVisibleTo(self), self.findings_note.text())
        values = self.form.values()
        self.findings = scan_filled(self.template, values) if self.template else []
        flagged = {item.name for item in self.findings}
        for name in self.form.field_names():
            guardmarks.mark_field(self.form.widget_for(name), name in flagged)
        self.findings_note.setText(guardmarks.summary(self.findings) if self.findings else "")
        self.findings_note.setVisible(bool(self.findings))
        if self.findings and shown_before != (True, self.findings_note.text()):
            self.keep_in_view(QApplication.focusWidget())

    def _guarded(self, text: str) -> str | None:
        """*text* if nothing was found or the user chose to go on; None to copy nothing."""
        self._update_findings()
        if not self.findings:
            return text
        from . import guarddialog  # the dialog loads when first needed, not at start-up

        check = check_before_copy(self.template, self.form.values(), self.org_policy)
        allowed = check.copy_anyway_allowed
        choice = guarddialog.ask(self, check.findings, allowed, self.policy.text())
        if choice is guarddialog.Choice.REPLACE:
            for name, value in check.redacted.items():
                self.form.set_value(name, value)
            self.update_preview()
            return self.finished_prompt()
        if choice is guarddialog.Choice.COPY_ANYWAY and allowed:
            return text
        first = self.findings[0]
        guardmarks.select_finding(self.form.widget_for(first.name), self.form.values()[first.name], first)
        self.keep_in_view(self.form.widget_for(first.name))
        self.message.emit(self.tr("Nothing was copied. Edit the marked fields: %1")
                          .replace("%1", ", ".join(dict.fromkeys(item.label for item in self.findings))))
        return None
