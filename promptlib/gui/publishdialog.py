"""File → Publish to a team library…: which library, to which file, as which version,
with which notes and (optionally) which signing key, and what subscribers will get.

Layout and wiring over `core.publishing`: every change of the library, the file or the
version asks core for a new plan and shows its summary; Publish is enabled only for a
plan with nothing blocking, and the click is the confirmation (the summary is what it
confirms). `choose_publish_file` and `choose_key_file` are the file questions; tests
monkeypatch them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PromptlibError
from ..core.history.hooks import history_of
from ..core.library.exporting import OWN_LIBRARY_ID
from ..core.library.signing import KEY_IS_PUBLIC, KEY_LOOSE, KEY_MISSING, KeyFileError, load_private_key
from ..core.publishing import NEW, NOT_NEWER, OTHER_LIBRARY, REMOVED, UPDATED, PublishPlan, PublishRecord, plan_publish, publish
from ..core.workspace import Workspace
from .lazyqt import Qt
from .problemtexts import error_text
from .translations import ui_language

SHOWN_CHANGES = 12


def choose_publish_file(parent: QWidget, current: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("publishdialog", "Publish to a team library"), current,
        QCoreApplication.translate("publishdialog", "Library files (*.json);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite)   # replacing the published file is the point
    return Path(path) if path else None


def choose_key_file(parent: QWidget) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("publishdialog", "Signing key"), "",
        QCoreApplication.translate("publishdialog", "All files (*)"))
    return Path(path) if path else None


class PublishDialog(QDialog):
    """Collects what to publish, shows core's plan, and publishes on the user's click."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.plan: PublishPlan | None = None
        self.record: PublishRecord | None = None
        self.history = history_of(workspace.store)
        self._suggested_notes = ""   # the notes last put in the field from the history, while untouched
        self.setWindowTitle(self.tr("Publish to a team library"))
        self.setObjectName("publishDialog")
        self.setAccessibleName(self.windowTitle())

        self.library = QComboBox()
        self.library.setObjectName("publishLibrary")
        for library_id, name in self.publishable():
            self.library.addItem(name, library_id)
        self.target = QLineEdit()
        self.target.setObjectName("publishTarget")
        self.browse_target = QPushButton(self.tr("&Browse…"))
        self.browse_target.setAccessibleName(self.tr("Choose the library file to publish to"))
        self.version = QLineEdit()
        self.version.setObjectName("publishVersion")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("publishNotes")
        self.notes.setTabChangesFocus(True)   # Tab moves on, as in every other field here
        self.notes.setMaximumHeight(90)
        self.notes.setPlaceholderText(self.tr("What changed and why"))
        self.notes.setAccessibleDescription(self.tr("Suggested from the notes of the versions saved since the "
                                                    "last publish; edit them as you like."))
        self.key = QLineEdit()
        self.key.setObjectName("publishKey")
        self.key.setPlaceholderText(self.tr("none: the library is published unsigned"))
        self.browse_key = QPushButton(self.tr("B&rowse…"))
        self.browse_key.setAccessibleName(self.tr("Choose the signing key file"))

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Library:"), self.library))
        form.addRow(self._label(self.tr("Publish &to:"), self.target), self._row(self.target, self.browse_target))
        form.addRow(self._label(self.tr("&Version:"), self.version), self.version)
        form.addRow(self._label(self.tr("Release &notes:"), self.notes), self.notes)
        form.addRow(self._label(self.tr("Signing &key (optional):"), self.key), self._row(self.key, self.browse_key))

        self.summary = QLabel()
        self.summary.setObjectName("publishSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # read with the keyboard and a screen reader
        self.summary.setAccessibleName(self.tr("What subscribers will get"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = buttons.addButton(self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.setObjectName("checkButton")
        self.publish_button = buttons.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(self.publish)
        self.check_button.clicked.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)

        self.library.currentIndexChanged.connect(lambda _index: self.refresh())
        self.target.editingFinished.connect(self.refresh)
        self.version.editingFinished.connect(self.refresh)
        self.browse_target.clicked.connect(self._choose_target)
        self.browse_key.clicked.connect(self._choose_key)
        self.resize(620, 560)
        self.refresh()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        return label

    @staticmethod
    def _row(field: QWidget, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def publishable(self) -> list[tuple[str, str]]:
        """(id, name shown) of the user's own library and every installed one."""
        language = ui_language()
        found: dict[str, str] = {}
        installed = {item.pack_id for item in self.workspace.store.installed_packs()}
        for pack in self.workspace.catalog.packs:
            if pack.id in installed or pack.id == OWN_LIBRARY_ID:
                found[pack.id] = f"{pack.name_in(language)} ({pack.id})"
        return sorted(found.items(), key=lambda item: (item[0] != OWN_LIBRARY_ID, item[1].casefold()))

    def _choose_target(self) -> None:
        path = choose_publish_file(self, self.target.text())
        if path is not None:
            self.target.setText(str(path))
            self.refresh()

    def _choose_key(self) -> None:
        path = choose_key_file(self)
        if path is not None:
            self.key.setText(str(path))

    # -- the plan ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask core for the plan of what is filled in, and show it."""
        self.plan = None
        self.publish_button.setEnabled(False)
        library_id = self.library.currentData()
        if not library_id:
            self.summary.setText(self.tr("You have no library to publish: write templates of your own, "
                                         "or import a library first."))
            return
        if not self.target.text().strip():
            self.summary.setText(self.tr("Choose the library file to publish to, for example in your team's "
                                         "shared folder."))
            return
        try:
            plan = plan_publish(self.workspace.catalog, library_id, Path(self.target.text().strip()).expanduser(),
                                version=self.version.text(), notes=self.notes.toPlainText(),
                                installed=self.workspace.store.installed_packs(), history=self.history)
        except PromptlibError as error:
            self.summary.setText(error_text(error))
            return
        self.plan = plan
        self._suggest_notes(plan)
        self.version.setPlaceholderText(plan.suggested_version)
        self.summary.setText(self.plan_text(plan))
        self.publish_button.setEnabled(not plan.blocked)

    def _suggest_notes(self, plan: PublishPlan) -> None:
        """Put the notes built from the history in the field, unless the user has written
        (or cleared) their own: a suggestion replaces only an earlier suggestion."""
        current = self.notes.toPlainText()
        if current != self._suggested_notes:
            return
        suggestion = plan.suggested_notes(new_template=self.tr("new template"))
        self._suggested_notes = suggestion
        if suggestion != current:
            self.notes.setPlainText(suggestion)
        plan.notes = suggestion.strip()

    def plan_text(self, plan: PublishPlan) -> str:
        lines = [self.tr("%1 (%2), version %3, by %4").replace("%1", str(plan.pack["name"]))
                 .replace("%2", plan.pack_id).replace("%3", plan.version).replace("%4", str(plan.pack["publisher"]))]
        if plan.published_version:
            lines.append(self.tr("At the target now: version %1").replace("%1", plan.published_version))
        elif plan.published_problem:
            lines.append(self.tr("At the target now: a file that is not a library; it will be replaced"))
        else:
            lines.append(self.tr("At the target now: nothing (a new library)"))
        changes = plan.changes
        lines.append(self.tr("What subscribers will get: %1 new, %2 updated, %3 removed, %4 unchanged")
                     .replace("%1", str(len(changes.of(NEW)))).replace("%2", str(len(changes.of(UPDATED))))
                     .replace("%3", str(len(changes.of(REMOVED)))).replace("%4", str(changes.unchanged)))
        words = {NEW: self.tr("New"), UPDATED: self.tr("Updated"), REMOVED: self.tr("Removed")}
        for change in changes.changes[:SHOWN_CHANGES]:
            lines.append(f"  {words[change.status]}: {change.title} ({change.template_id}, {change.language})")
        if len(changes.changes) > SHOWN_CHANGES:
            lines.append("  " + self.tr("… and %n more", "", len(changes.changes) - SHOWN_CHANGES))
        if plan.hints:
            lines.append(self.tr("The prompt check has %n hint(s) or warning(s); they do not stop publishing.",
                                 "", len(plan.hints)))
        for problem in plan.problems:
            lines.append(self.problem_text(problem.code, problem.params))
        if plan.errors:
            lines.append(self.tr("Cannot publish: %n template(s) have errors to fix first:", "",
                                 len({(f.template, f.language) for f in plan.errors})))
            lines += [f"  {f.template} [{f.language}]: {f.rule}" for f in plan.errors[:SHOWN_CHANGES]]
        return "\n".join(lines)

    def problem_text(self, code: str, params: dict[str, str]) -> str:
        if code == NOT_NEWER:
            return self.tr("Cannot publish: version %1 is not newer than the published %2, so subscribers "
                           "would not get it (use %3 or later).").replace("%1", params["version"]) \
                .replace("%2", params["published"]).replace("%3", params["suggested"])
        if code == OTHER_LIBRARY:
            return self.tr("Cannot publish: the file holds another library (%1); publish %2 to a file of "
                           "its own.").replace("%1", params["found"]).replace("%2", params["library"])
        return self.tr("Cannot publish.")

    def key_problem(self, error: KeyFileError) -> str:
        if error.code == KEY_LOOSE:
            return self.tr("The signing key can be read by other users, so it is not used. Allow only "
                           "yourself to read it (chmod 600), and make a new key if others may have copied it.")
        if error.code == KEY_IS_PUBLIC:
            return self.tr("This is the public key (.pub); choose the private key file beside it.")
        if error.code == KEY_MISSING:
            return self.tr("There is no such key file.")
        return self.tr("This file is not a signing key made by promptlib keygen.")

    def publish(self) -> bool:
        """Publish the plan shown (checked again first); True when it was written."""
        self.refresh()
        if self.plan is None or self.plan.blocked:
            return False
        key = None
        if self.key.text().strip():
            try:
                key = load_private_key(Path(self.key.text().strip()).expanduser())
            except KeyFileError as error:
                self.summary.setText(self.key_problem(error))
                return False
        try:
            self.record = publish(self.plan, key, store=self.workspace.store)
        except PromptlibError as error:
            self.summary.setText(error_text(error))
            return False
        self.accept()
        return True

    @classmethod
    def ask(cls, workspace: Workspace, parent: QWidget | None = None) -> PublishRecord | None:
        """Show the dialog; what was published, or None."""
        dialog = cls(workspace, parent)
        dialog.exec()
        return dialog.record
