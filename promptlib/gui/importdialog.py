"""The import preview: what a library file would change, and a choice per conflict.

Shows the counts (new, updated with versions, unchanged, conflicts, removed) and one
row per template that changes (conflicts first, then new, updated, removed); unchanged
ones are a count with a "Show unchanged" toggle. The current row's difference (its
details, variables and body, as the history shows it) is in the pane below the table
(one click or arrow key away), and each conflict's choice is said as its consequence
above the buttons, so the effect of Install is seen first.
A conflict row has a Keep / Replace / Keep both choice in its last
column (a combo box editor, so a pack with thousands of rows stays fast); buttons set
every conflict at once. Nothing is installed here: `ask()` writes the choices into
the plan and says whether the user confirmed, and the caller applies it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.library.importing import (
    CONFLICT,
    KEEP,
    KEEP_BOTH,
    NEW,
    REMOVED,
    REPLACE,
    UNCHANGED,
    UPDATED,
    ImportPlan,
    PlanItem,
)
from ..core.library.reviewing import copy_id, installed_template, template_diff
from ..core.windowfit import Rect, first_start_rect
from .difftext import template_diff_html
from .lazyqt import Qt
from .signaturetext import signature_text
from .translations import ui_language

# Conflicts first: they need a decision; unchanged last: they need nothing.
_ORDER = {CONFLICT: 0, NEW: 1, UPDATED: 2, REMOVED: 3, UNCHANGED: 4}
COLUMNS = 5  # status, title, id, language, note / choice
CHOICE_COLUMN = 4
TITLE_COLUMN = 1
# Room a column needs beyond its text: cell margins, and in the choice column the
# combo box's frame and arrow while a conflict's choice is edited.
CELL_MARGIN = 16
COMBO_MARGIN = 48
MIN_TITLE_WIDTH = 220
MOST_EFFECTS = 5  # conflicts whose consequence is spelled out above the buttons


class PlanModel(QAbstractTableModel):
    """The plan's items as table rows; the choice column is editable for conflicts."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.all_items: list[PlanItem] = sorted(plan.items, key=lambda item: (_ORDER[item.status], item.key))
        self.show_unchanged = False
        self.items: list[PlanItem] = self._listed()

    def _listed(self) -> list[PlanItem]:
        return [item for item in self.all_items if self.show_unchanged or item.status != UNCHANGED]

    def set_show_unchanged(self, show: bool) -> None:
        self.beginResetModel()
        self.show_unchanged = show
        self.items = self._listed()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Change"), self.tr("Title"), self.tr("Id"), self.tr("Language"),
                    self.tr("Details / your choice"))[section]
        return None

    def status_text(self, status: str) -> str:
        return {NEW: self.tr("New"), UPDATED: self.tr("Updated"), UNCHANGED: self.tr("Unchanged"),
                CONFLICT: self.tr("Conflict"), REMOVED: self.tr("Removed")}[status]

    def choice_text(self, resolution: str) -> str:
        return {KEEP: self.tr("Keep the existing one"), REPLACE: self.tr("Replace with the imported one"),
                KEEP_BOTH: self.tr("Keep both")}[resolution]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return item
        if role == Qt.ItemDataRole.EditRole and column == CHOICE_COLUMN and item.status == CONFLICT:
            return self.plan.resolutions[item.key]
        if role == Qt.ItemDataRole.ToolTipRole and column == CHOICE_COLUMN and item.existing is not None:
            existing = item.existing
            where = (self.tr("%1 (%2 %3, built in)") if existing.builtin else self.tr("%1 (%2 %3)")) \
                .replace("%1", existing.name_in(ui_language())).replace("%2", existing.pack_id) \
                .replace("%3", existing.version)
            return self.tr("Also in %1").replace("%1", where)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE_COLUMN:
            return item.title   # the whole title, where the column cuts it
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return self.status_text(item.status)
        if column == 1:
            return item.title
        if column == 2:
            return item.template_id
        if column == 3:
            return item.language
        return self.note(item)

    def note(self, item: PlanItem) -> str:
        if item.status == CONFLICT:
            return self.choice_text(self.plan.resolutions[item.key]) + "  \u25be"
        if item.renamed_to:
            return self.tr("kept as %1").replace("%1", item.renamed_to)
        if item.status == UPDATED and item.old_version:
            return f"{item.old_version} \u2192 {item.new_version}"
        if item.existing is not None:
            return self.tr("identical in %1").replace("%1", item.existing.name_in(ui_language()))
        return ""

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == CHOICE_COLUMN and self.items[index.row()].status == CONFLICT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        self.plan.resolve(self.items[index.row()].key, value)
        self.dataChanged.emit(index, index)
        return True

    def set_all(self, resolution: str) -> None:
        self.plan.resolve_all(resolution)
        if self.items:
            self.dataChanged.emit(self.index(0, CHOICE_COLUMN), self.index(len(self.items) - 1, CHOICE_COLUMN))

    def row_of(self, template_id: str, language: str) -> int | None:
        for row, item in enumerate(self.items):
            if item.key == (template_id, language):
                return row
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """Keep / Replace / Keep both, as a combo box while editing a conflict's choice."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        model = index.model()
        for resolution in (KEEP, REPLACE, KEEP_BOTH):
            combo.addItem(model.choice_text(resolution), resolution)
        combo.activated.connect(lambda _row, c=combo: self.commitData.emit(c))
        item = index.data(Qt.ItemDataRole.UserRole)
        combo.setAccessibleName(self.tr("Your choice for %1").replace("%1", item.title if item else ""))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportPreviewDialog(QDialog):
    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import library"))
        self.setObjectName("importPreview")
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(self.tr("<b>%1</b> (%2), version %3, by %4")
                         .replace("%1", _html(plan.name_in(ui_language()))).replace("%2", _html(plan.pack_id))
                         .replace("%3", _html(plan.version)).replace("%4", _html(plan.publisher)))
        heading.setWordWrap(True)
        source = QLabel(self.tr("From: %1").replace("%1", plan.source))
        source.setWordWrap(True)
        source.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText: the source is what the user gave
        # The signature, in words (the core's check, done when the file was read).
        verification = plan.verification
        self.signature = QLabel(signature_text(verification.state, verification.publisher) if verification else "")
        self.signature.setObjectName("importSignature")
        self.signature.setWordWrap(True)
        self.signature.setProperty("textFormat", 0)  # Qt.TextFormat.PlainText
        self.counts = QLabel(self.counts_text())
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.model = PlanModel(plan, self)
        self.table = QTableView()
        self.table.setObjectName("importItems")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CHOICE_COLUMN, ChoiceDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.CurrentChanged
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Templates in this library"))
        self._fit_columns()
        unchanged = plan.count(UNCHANGED)
        self.unchanged = QLabel(self.tr("%1 unchanged templates are not listed.").replace("%1", str(unchanged)))
        self.unchanged.setObjectName("unchangedCount")
        self.show_unchanged = QCheckBox(self.tr("Show &unchanged"))
        self.show_unchanged.setObjectName("showUnchanged")
        self.show_unchanged.setAccessibleName(self.tr("Show unchanged templates"))
        self.show_unchanged.toggled.connect(self._toggle_unchanged)
        self.diff_heading = QLabel()
        self.diff_heading.setObjectName("importDiffHeading")
        self.diff_heading.setWordWrap(True)
        self.diff_heading.setProperty("textFormat", 0)  # titles are the pack's text
        self.diff = QTextBrowser()
        self.diff.setObjectName("importDiff")
        self.diff.setAccessibleName(self.tr("Difference of the selected template"))
        self.diff.setAccessibleDescription(self.tr("Lines marked + are added, lines marked - are removed, "
                                                   "lines marked ~ are changed."))
        self.effects = QLabel()
        self.effects.setObjectName("conflictEffects")
        self.effects.setWordWrap(True)
        self.effects.setProperty("textFormat", 0)
        self.model.dataChanged.connect(lambda *_args: self._show_effects())
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self._show_diff())

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(source)
        if self.signature.text():
            layout.addWidget(self.signature)
        if plan.loses_verification:
            lost = QLabel(self.tr("The installed version was verified; this one is not."))
            lost.setObjectName("verificationLost")
            lost.setWordWrap(True)
            layout.addWidget(lost)
        layout.addWidget(self.counts)
        if plan.is_downgrade:
            warning = QLabel(self.tr("This is an older version than the installed %1.")
                             .replace("%1", plan.previous_version))
            warning.setObjectName("downgradeWarning")
            warning.setProperty("textFormat", 0)  # the installed version is the pack's text
            layout.addWidget(warning)
        layout.addWidget(self.table, 1)
        if unchanged:
            row = QHBoxLayout()
            row.addWidget(self.unchanged)
            row.addWidget(self.show_unchanged)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.diff_heading)
        layout.addWidget(self.diff, 1)
        if plan.conflicts():
            layout.addWidget(self.effects)
            layout.addLayout(self._bulk_buttons())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.install_button = buttons.addButton(self.tr("&Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setObjectName("installButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_effects()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))  # the first change's diff, shown at once
        else:
            self._show_diff()
        self._fit_to_content()

    # -- what changes -----------------------------------------------------------------------

    def _toggle_unchanged(self, show: bool) -> None:
        self.model.set_show_unchanged(show)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def current_item(self) -> PlanItem | None:
        index = self.table.currentIndex()
        return self.model.items[index.row()] if index.isValid() and index.row() < len(self.model.items) else None

    def _show_diff(self) -> None:
        item = self.current_item()
        if item is None:
            self.diff_heading.setText(self.tr("Select a template to see what changes in it."))
            self.diff.clear()
            return
        if item.status == NEW:
            heading = self.tr("“%1” is new:").replace("%1", item.title)
        elif item.status == REMOVED:
            heading = self.tr("“%1” is removed from this library:").replace("%1", item.title)
        elif item.status == CONFLICT and item.existing is not None:
            heading = self.tr("“%1” in %2 (-) and in this library (+):").replace("%1", item.title) \
                .replace("%2", item.existing.name_in(ui_language()))
        elif item.status == UNCHANGED:
            heading = self.tr("“%1” is unchanged:").replace("%1", item.title)
        else:
            heading = self.tr("“%1”, installed (-) and incoming (+):").replace("%1", item.title)
        if item.status in (UPDATED, CONFLICT) and installed_template(self.plan, item) is None:
            heading += " " + self.tr("(the installed text could not be found)")
        self.diff_heading.setText(heading)
        self.diff.setHtml(template_diff_html(template_diff(self.plan, item)))

    def consequence(self, item: PlanItem) -> str:
        """What the conflict's current choice will do, in words."""
        resolution = self.plan.resolutions[item.key]
        existing = item.existing.name_in(ui_language()) if item.existing is not None else ""
        incoming = self.plan.name_in(ui_language())
        if resolution == KEEP:
            return self.tr("the version from %1 will not be installed; the one in %2 stays.") \
                .replace("%1", incoming).replace("%2", existing)
        if resolution == KEEP_BOTH:
            return self.tr("both are kept; the imported copy is installed as %1.") \
                .replace("%1", copy_id(self.plan, item.key))
        if item.existing is not None and item.existing.builtin:
            return self.tr("the imported version is installed; the built-in %1 version is hidden.") \
                .replace("%1", existing)
        return self.tr("the imported version is installed; %1 loses this template.").replace("%1", existing)

    def _show_effects(self) -> None:
        conflicts = [item for item in self.model.all_items if item.status == CONFLICT]
        lines = [self.tr("“%1” (%2): %3").replace("%1", item.title).replace("%2", item.language)
                 .replace("%3", self.consequence(item)) for item in conflicts[:MOST_EFFECTS]]
        if len(conflicts) > MOST_EFFECTS:
            lines.append(self.tr("… and %1 more conflicts.").replace("%1", str(len(conflicts) - MOST_EFFECTS)))
        self.effects.setText("\n".join([self.tr("If you install now:"), *lines]) if lines else "")

    def _fit_columns(self) -> None:
        """Every column as wide as its content (Qt samples at most 1000 rows), the choice
        column as wide as its longest choice in a combo box, and the title taking the
        rest: nothing is clipped ("Säilytä …")."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        choices = [self.model.choice_text(resolution) for resolution in (KEEP, REPLACE, KEEP_BOTH)] \
            if self.plan.conflicts() else []
        choice_width = max([metrics.horizontalAdvance(text) + COMBO_MARGIN for text in choices]
                           + [self.table.sizeHintForColumn(CHOICE_COLUMN) + CELL_MARGIN,
                              header.sectionSizeHint(CHOICE_COLUMN)])
        header.resizeSection(CHOICE_COLUMN, choice_width)
        for column in range(COLUMNS):
            if column not in (TITLE_COLUMN, CHOICE_COLUMN):
                header.resizeSection(column, header.sectionSize(column) + CELL_MARGIN)
        header.resizeSection(TITLE_COLUMN, max(MIN_TITLE_WIDTH, min(header.sectionSize(TITLE_COLUMN), 420)))
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)

    def _fit_to_content(self) -> None:
        """Wide enough for the table's columns, tall enough for its rows, within the
        screen (9/10 of its available area at most, as the main window)."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in range(COLUMNS))
        # The title column stretches: count it at its content width, not its current one.
        columns += max(0, min(self.table.sizeHintForColumn(TITLE_COLUMN) + CELL_MARGIN, 420)
                       - header.sectionSize(TITLE_COLUMN))
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        assert layout is not None  # set in __init__
        margins = layout.contentsMargins()
        width = columns + frame + margins.left() + margins.right()
        rows = self.table.verticalHeader().defaultSectionSize() * min(self.model.rowCount(), 20)
        others = layout.sizeHint().height() - self.table.sizeHint().height()
        height = others + header.sizeHint().height() + rows + frame
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        fitted = first_start_rect(Rect(area.x(), area.y(), area.width(), area.height()),
                                  max(width, 640), max(height, 360))
        self.resize(fitted.width, fitted.height)

    def _bulk_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("All conflicts:")))
        for resolution, text in ((KEEP, self.tr("Keep existing")), (REPLACE, self.tr("Replace")),
                                 (KEEP_BOTH, self.tr("Keep both"))):
            button = QPushButton(text)
            button.setObjectName(f"all_{resolution}")
            button.clicked.connect(lambda _checked=False, r=resolution: self.model.set_all(r))
            row.addWidget(button)
        row.addStretch(1)
        return row

    def counts_text(self) -> str:
        plan = self.plan
        text = self.tr("%1 new, %2 updated, %3 unchanged, %4 conflicts, %5 removed") \
            .replace("%1", str(plan.count(NEW))).replace("%2", str(plan.count(UPDATED))) \
            .replace("%3", str(plan.count(UNCHANGED))).replace("%4", str(plan.count(CONFLICT))) \
            .replace("%5", str(plan.count(REMOVED)))
        if plan.count(UPDATED) and plan.previous_version:
            text += "  " + self.tr("(version %1 \u2192 %2)").replace("%1", plan.previous_version) \
                .replace("%2", plan.version)
        return text

    def choose(self, template_id: str, language: str, resolution: str) -> None:
        """Set one conflict's choice, as picking it in the table does."""
        row = self.model.row_of(template_id, language)
        if row is None:
            raise KeyError((template_id, language))
        self.model.setData(self.model.index(row, CHOICE_COLUMN), resolution)

    @classmethod
    def ask(cls, plan: ImportPlan, parent: QWidget | None = None) -> bool:
        """Show the preview; True when the user chose Install (choices are in *plan*)."""
        dialog = cls(plan, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

