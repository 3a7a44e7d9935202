"""The history of one template, as a widget: its versions (number, time, author, note,
source, published), the difference of the selected version from the one before it
(details, variables and prompt, each line with a +/-/~ mark and a colour), Restore
(forward-only: a new version) and Open as draft.

Used by the History dialog (Edit → History…, the template pane's History button) and
by the editor's History tab. The view only shows and asks: `restore` and `open_draft`
are the caller's (`historyactions.HistoryActions`), and may refuse with `RestoreRefused`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PromptlibError
from ..core.history.diff import diff_templates
from ..core.history.snapshots import TemplateHistory, Version
from .difftext import template_diff_html
from .problemtexts import error_text

COLUMNS = 6  # number, time, author, note, source, published


class RestoreRefused(Exception):
    """The caller will not restore or open the version now; the text says why, to the user."""


class HistoryView(QWidget):
    restored = Signal(object)   # the Version a restore made

    def __init__(self, history: TemplateHistory, *, restore: Callable[[Version], Version],
                 open_draft: Callable[[Version], Any] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.template_id: str | None = None
        self.language = ""
        self._restore, self._open_draft = restore, open_draft
        self.setObjectName("historyView")
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("historyVersions")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Time"), self.tr("Author"),
                                              self.tr("Note"), self.tr("Source"), self.tr("Published")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)   # Tab leaves the table for the diff and the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.diff_heading = QLabel()
        self.diff_heading.setObjectName("historyDiffHeading")
        self.diff_heading.setProperty("textFormat", 0)   # Qt.TextFormat.PlainText
        self.diff = QTextBrowser()
        self.diff.setObjectName("historyDiff")
        self.diff.setAccessibleName(self.tr("Difference from the version before"))
        self.diff.setAccessibleDescription(self.tr("Lines marked + are added, lines marked - are removed, "
                                                   "lines marked ~ are changed."))
        self.diff_heading.setBuddy(self.diff)
        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("textFormat", 0)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setObjectName("restoreVersion")
        self.restore_button.setToolTip(self.tr("Make the selected version the newest one again; "
                                               "the versions in between are kept"))
        self.draft_button = QPushButton(self.tr("&Open as draft"))
        self.draft_button.setObjectName("openAsDraft")
        self.draft_button.setToolTip(self.tr("Edit the template starting from the selected version"))
        self.draft_button.setVisible(open_draft is not None)
        self.restore_button.clicked.connect(self.restore_selected)
        self.draft_button.clicked.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._show_diff)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.diff_heading)
        layout.addWidget(self.diff, 2)
        layout.addLayout(buttons)
        self.versions: list[Version] = []

    def show_template(self, template_id: str | None, language: str = "") -> None:
        """Show the history of (*template_id*, *language*); None: of nothing yet (a
        template never saved)."""
        self.template_id, self.language = template_id, language
        self.message.clear()
        self.refresh()

    def shows(self, template_id: str, language: str) -> bool:
        return (self.template_id, self.language) == (template_id, language)

    def refresh(self) -> None:
        """List the versions, newest first, and select the newest."""
        kept = self.history.versions(self.template_id, self.language) if self.template_id else []
        self.versions = list(reversed(kept))
        self.table.clearSelection()
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            published = ", ".join(self.tr("in %1").replace("%1", release) for release in version.published)
            cells = (str(version.number), version.time.replace("T", " ").replace("+00:00", " UTC"),
                     version.author, version.note, self.source_text(version.source), published)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        has_any = bool(self.versions)
        self.restore_button.setEnabled(has_any)
        self.draft_button.setEnabled(has_any)
        if has_any:
            self.table.selectRow(0)
        else:
            self.diff_heading.setText(self.tr("No versions of this template are kept yet."))
            self.diff.clear()

    def source_text(self, source: str) -> str:
        kind, _sep, detail = source.partition(":")
        if kind == "edit":
            return self.tr("edited")
        if kind == "restore":
            return self.tr("restored from %1").replace("%1", detail)
        if kind == "import":
            return self.tr("imported from %1").replace("%1", detail)
        if kind == "publish":
            return self.tr("published as %1").replace("%1", detail)
        return source

    def selected(self) -> Version | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows and rows[0].row() < len(self.versions) else None

    def _show_diff(self) -> None:
        version = self.selected()
        if version is None:
            return
        index = self.versions.index(version)
        before = self.versions[index + 1] if index + 1 < len(self.versions) else None
        if before is None:
            self.diff_heading.setText(self.tr("Version %1, the first kept:").replace("%1", str(version.number)))
        else:
            self.diff_heading.setText(self.tr("Version %1 (-) and version %2 (+):").replace("%1", str(before.number))
                                      .replace("%2", str(version.number)))
        self.diff.setHtml(template_diff_html(diff_templates(before.template if before else {}, version.template)))

    def restore_selected(self) -> Version | None:
        version = self.selected()
        if version is None:
            return None
        try:
            made = self._restore(version)
        except RestoreRefused as refusal:
            self.message.setText(str(refusal))
            return None
        except PromptlibError as error:
            self.message.setText(error_text(error))
            return None
        self.refresh()
        self.message.setText(self.tr("Restored: version %1 is a copy of version %2.")
                             .replace("%1", str(made.number)).replace("%2", str(version.number)))
        self.restored.emit(made)
        return made

    def open_selected(self) -> None:
        version = self.selected()
        if version is None or self._open_draft is None:
            return
        try:
            self._open_draft(version)
        except RestoreRefused as refusal:
            self.message.setText(str(refusal))
