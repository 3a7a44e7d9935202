"""The history of one template: its versions (number, time, author, note, source,
published), the difference of the selected version from the one before it (+/- marks
and colour), Restore (forward-only: a new version) and, for an own template, Open as
draft (the editor, starting from that version).

The dialog only shows and asks; `restore` and `open_draft` are the caller's (core
`owntemplates.restoring.restore_version` and the editor actions).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PromptlibError
from ..core.history.diff import line_diff
from ..core.history.snapshots import TemplateHistory, Version
from .difftext import diff_html
from .problemtexts import error_text

COLUMNS = 6  # number, time, author, note, source, published


class HistoryDialog(QDialog):
    def __init__(self, history: TemplateHistory, template_id: str, language: str, title: str, *,
                 restore: Callable[[int], Version], open_draft: Callable[[Version], Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history, self.template_id, self.language = history, template_id, language
        self._restore, self._open_draft = restore, open_draft
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", title))
        self.setAccessibleName(self.windowTitle())
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("historyVersions")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setHorizontalHeaderLabels([self.tr("Version"), self.tr("Time"), self.tr("Author"),
                                              self.tr("Note"), self.tr("Source"), self.tr("Published")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.diff_heading = QLabel()
        self.diff_heading.setObjectName("historyDiffHeading")
        self.diff = QTextBrowser()
        self.diff.setObjectName("historyDiff")
        self.diff.setAccessibleName(self.tr("Difference from the version before"))
        self.diff.setAccessibleDescription(self.tr("Lines marked + are added, lines marked - are removed."))
        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("textFormat", 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setObjectName("restoreVersion")
        self.draft_button = QPushButton(self.tr("&Open as draft"))
        self.draft_button.setObjectName("openAsDraft")
        self.draft_button.setVisible(open_draft is not None)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.draft_button.clicked.connect(self.open_selected)
        self.table.itemSelectionChanged.connect(self._show_diff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.diff_heading)
        layout.addWidget(self.diff, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.versions: list[Version] = []
        self.refresh()
        self.resize(820, 620)

    def refresh(self) -> None:
        """List the versions, newest first, and select the newest."""
        self.versions = list(reversed(self.history.versions(self.template_id, self.language)))
        self.table.setRowCount(len(self.versions))
        for row, version in enumerate(self.versions):
            published = ", ".join(self.tr("in %1").replace("%1", release) for release in version.published)
            cells = (str(version.number), version.time.replace("T", " ").replace("+00:00", " UTC"),
                     version.author, version.note, self.source_text(version.source), published)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
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
        return self.versions[rows[0].row()] if rows else None

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
        old = str(before.template.get("body", "")) if before is not None else ""
        self.diff.setHtml(diff_html(line_diff(old, str(version.template.get("body", "")))))

    def restore_selected(self) -> Version | None:
        version = self.selected()
        if version is None:
            return None
        try:
            made = self._restore(version.number)
        except PromptlibError as error:
            self.message.setText(error_text(error))
            return None
        self.refresh()
        self.message.setText(self.tr("Restored: version %1 is a copy of version %2.")
                             .replace("%1", str(made.number)).replace("%2", str(version.number)))
        return made

    def open_selected(self) -> None:
        version = self.selected()
        if version is not None and self._open_draft is not None:
            self._open_draft(version)
