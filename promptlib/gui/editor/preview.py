"""The editor's preview: the real end-user form (`form.VariableForm`), filled with the
examples, beside the prompt it renders (`panels.PreviewPanel`). "Leave optional fields
empty" shows what the `{% if %}` branches give when nothing optional is filled in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QScrollArea, QSplitter, QVBoxLayout, QWidget

from ...core.errors import InvalidValueError, PromptlibError
from ...core.model import Template
from ...core.render.renderer import Renderer
from ...core.render.values import example_values
from ..form import VariableForm
from ..panels import PreviewPanel


class EditorPreview(QWidget):
    def __init__(self, renderer: Renderer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.template: Template | None = None
        self.form = VariableForm()
        self.form.valuesChanged.connect(self.render_prompt)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(self.tr("The form as users see it"))
        self.prompt = PreviewPanel()
        self.optional_empty = QCheckBox(self.tr("Leave &optional fields empty"))
        self.optional_empty.toggled.connect(lambda _on: self._fill())
        split = QSplitter()
        split.addWidget(scroll)
        split.addWidget(self.prompt)
        split.setChildrenCollapsible(False)
        scroll.setMinimumWidth(220)
        split.setSizes([300, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.optional_empty)
        layout.addWidget(split, 1)

    def show_template(self, template: Template | None, problem: str = "") -> None:
        """Show the form and the prompt of *template*; None: say *problem* instead."""
        if template is None:
            self.template = None
            self.form.set_template(None)
            self.prompt.show_problem(problem)
            return
        same_form = self.template is not None and tuple(self.template.variables) == tuple(template.variables) \
            and self.template.language == template.language
        self.template = template
        if same_form:
            self.render_prompt()  # keep what was typed into the preview form
        else:
            self._fill()

    def _values(self) -> dict[str, Any]:
        assert self.template is not None
        values = example_values(self.template)
        if self.optional_empty.isChecked():
            values = {name: value if self.template.variable(name).required else None for name, value in values.items()}
        return values

    def _fill(self) -> None:
        if self.template is None:
            return
        self.form.set_template(self.template, self._values())
        self.render_prompt()

    def render_prompt(self) -> None:
        if self.template is None:
            return
        try:
            rendered = self.renderer.render(self.template, self.form.values(), placeholders=True)
        except InvalidValueError as error:
            self.form.show_problems()  # the field's own line says why, in the UI language
            label = self.template.variable(error.name).label
            self.prompt.show_problem(self.tr("Check the field %1.").replace("%1", label))
            return
        except PromptlibError as error:
            # The live checks word what is wrong; this is only the renderer's detail.
            self.prompt.show_problem(self.tr("This template cannot be shown: %1").replace("%1", str(error)))
            return
        labels = [f"[{self.template.variable(name).label}]" for name in rendered.missing]
        self.prompt.show_text(rendered.text, labels, scan=False)
