"""The Libraries dialog: every library with its provenance, Remove, and the sources
that are checked for updates (the organisation's, and the user's own if allowed).

`confirm_remove`, `ask_source` and `warn` are the dialog's questions and messages;
tests monkeypatch them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PromptlibError
from ..core.library.installed import Libraries, LibraryInfo
from ..core.library.subscriptions import add_user_source, configured_sources, remove_user_source, source_problem
from .lazyqt import Qt
from .translations import ui_language


def confirm_remove(parent: QWidget, info: LibraryInfo) -> bool:
    # Module-level: translate() with a literal context (parent.tr() would be looked up
    # under the parent's class at run time, not where lupdate files it). lupdate does not
    # mark a translate() with a count as plural, so its translations read for any number.
    count = info.templates
    question = QCoreApplication.translate("librariesdialog", "Remove %1 (%2, version %3) and its %n template(s)?",
                                          "", count)
    answer = QMessageBox.question(parent, QCoreApplication.translate("librariesdialog", "Remove library"),
                                  question.replace("%1", info.name_in(ui_language())).replace("%2", info.id)
                                  .replace("%3", info.version))
    return answer == QMessageBox.StandardButton.Yes


def ask_source(parent: QWidget) -> str:
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("librariesdialog", "Add library source"),
                                    QCoreApplication.translate(
                                        "librariesdialog",
                                        "A library file, a folder of library files, or an https:// address:"))
    return text.strip() if ok else ""


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


class LibrariesDialog(QDialog):
    libraryRemoved = Signal(str)   # library id
    checkRequested = Signal()      # "Check for updates now"

    COLUMNS = 8

    def __init__(self, libraries: Libraries, policy: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.libraries = libraries
        self.policy = policy
        self.infos: list[LibraryInfo] = []
        self.setWindowTitle(self.tr("Libraries"))
        self.setAccessibleName(self.windowTitle())
        self.setObjectName("librariesDialog")

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("libraries")
        self.table.setAccessibleName(self.tr("Installed libraries"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Id"), self.tr("Version"), self.tr("Publisher"),
            self.tr("Templates"), self.tr("Kind"), self.tr("Source"), self.tr("Imported")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.remove_button = QPushButton(self.tr("&Remove library"))
        self.remove_button.setObjectName("removeLibrary")
        self.remove_button.clicked.connect(self.remove_selected)

        self.sources = QListWidget()
        self.sources.setObjectName("sources")
        self.sources.setAccessibleName(self.tr("Library sources"))
        self.sources.itemSelectionChanged.connect(self._sync_buttons)
        self.add_source_button = QPushButton(self.tr("&Add source…"))
        self.add_source_button.clicked.connect(self.add_source)
        self.remove_source_button = QPushButton(self.tr("Remove &source"))
        self.remove_source_button.clicked.connect(self.remove_source)
        self.check_button = QPushButton(self.tr("&Check for updates now"))
        self.check_button.clicked.connect(self.checkRequested)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        sources_label = QLabel(self.tr("Sources checked for new library versions:"))
        sources_label.setBuddy(self.sources)
        layout.addWidget(sources_label)
        layout.addWidget(self.sources, 1)
        row = QHBoxLayout()
        for button in (self.add_source_button, self.remove_source_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        self.refresh()

    # -- contents ------------------------------------------------------------------

    def refresh(self) -> None:
        self.infos = self.libraries.list()
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            kind = (self.tr("Built in") if info.builtin else
                    self.tr("Subscribed") if info.subscription else self.tr("Imported"))
            cells = [info.name_in(ui_language()), info.id, info.version, info.publisher, str(info.templates), kind,
                     "" if info.builtin else info.source, info.installed_at.replace("T", " ")[:16]]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                if column == 6:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._refresh_sources()
        self._sync_buttons()

    def _refresh_sources(self) -> None:
        self.sources.clear()
        configured, ignored = configured_sources(self.libraries.store, self.policy)
        for source in configured:
            label = self.tr("%1  (your organisation)") if source.origin == "policy" else self.tr("%1  (yours)")
            item = QListWidgetItem(label.replace("%1", source.location))
            item.setData(Qt.ItemDataRole.UserRole, source.location if source.origin == "settings" else None)
            self.sources.addItem(item)
        for status in ignored:
            item = QListWidgetItem(self.tr("%1  (not allowed by your organisation's policy)")
                                   .replace("%1", status.source))
            item.setData(Qt.ItemDataRole.UserRole, status.source)
            self.sources.addItem(item)
        allowed = getattr(self.policy, "allow_user_sources", True)
        self.add_source_button.setEnabled(allowed)
        self.add_source_button.setToolTip("" if allowed else
                                          self.tr("Your organisation's policy sets the library sources."))

    def selected(self) -> LibraryInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.infos[min(rows)] if rows else None

    def select(self, library_id: str) -> bool:
        for row, info in enumerate(self.infos):
            if info.id == library_id and not info.builtin:
                self.table.selectRow(row)
                return True
        return False

    def _sync_buttons(self) -> None:
        info = self.selected()
        self.remove_button.setEnabled(info is not None and not info.builtin)
        item = self.sources.currentItem()
        self.remove_source_button.setEnabled(bool(item and item.data(Qt.ItemDataRole.UserRole)))

    # -- actions -------------------------------------------------------------------

    def remove_selected(self) -> bool:
        info = self.selected()
        if info is None or info.builtin or not confirm_remove(self, info):
            return False
        try:
            self.libraries.remove(info.id)
        except PromptlibError as error:
            warn(self, self.tr("Remove library"), str(error))
            return False
        self.refresh()
        self.libraryRemoved.emit(info.id)
        return True

    def add_source(self) -> bool:
        location = ask_source(self)
        if not location:
            return False
        if source_problem(location) is not None:
            warn(self, self.tr("Add library source"), self.tr("Only https:// addresses can be library sources."))
            return False
        add_user_source(self.libraries.store, location)
        self._refresh_sources()
        return True

    def remove_source(self) -> bool:
        item = self.sources.currentItem()
        location = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not location:
            return False
        remove_user_source(self.libraries.store, location)
        self._refresh_sources()
        return True
