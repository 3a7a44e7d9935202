"""The main window: layout and wiring only. Things it shows are built in `app.py`."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QRect, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ..core import settings
from . import theme, windowplacement
from .browser import LibraryBrowser
from .commandkeys import CommandKeys
from .lazyqt import Qt
from .models import CategoryRole, TemplateIdRole
from .panels import GuidancePanel
from .savefailure import saving
from .templatepane import TemplatePane

STATUS_TIMEOUT_MS = 8000
# Search text is folded in idle time starting this long after the window is shown, so
# the first paint does not wait behind it.
SEARCH_PREPARATION_DELAY_MS = 100
# Each language by its own name: users must find theirs whatever the menus are in now.
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
# Below this width the window has no room for three columns: the guidance moves into a
# tab beside the lists, and the roles go above the templates (see _arrange).
NARROW_WIDTH = 1200
# QSplitter's orientation through the property system (1 horizontal, 2 vertical): the
# enum would build the Qt namespace at start-up (see lazyqt).
HORIZONTAL, VERTICAL = 1, 2
# The last template and role are saved this long after the selection settles (and on
# close), not on every selection: each save is a locked, fsynced rewrite of state.json,
# two fsyncs, paid on the selection path while the user goes down the list.
SELECTION_SAVE_DELAY_MS = 1500


class MainWindow(QMainWindow):
    guideRequested = Signal()
    aboutRequested = Signal()
    uiLanguageRequested = Signal(str)   # "fi" | "sv" | "en"; app.py rebuilds the window in it

    def __init__(self, browser: LibraryBrowser, pane: TemplatePane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.pane = pane
        self.store = browser.workspace.store
        self.setWindowTitle("promptlib")
        self._unsaved_selection: dict[str, str] = {}
        self._save_selection_later = QTimer(self)
        self._save_selection_later.setSingleShot(True)
        self._save_selection_later.setInterval(SELECTION_SAVE_DELAY_MS)
        self._save_selection_later.timeout.connect(self.save_selection)
        self._build_widgets()
        self._build_menus()
        self._wire()
        self._restore_state()

    # -- layout --------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search = QLineEdit()
        theme.dress(self.search, "search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search templates (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search templates"))

        self.categories = QListView()
        self.categories.setObjectName("categories")
        self.categories.setModel(self.browser.categories)
        self.categories.setAccessibleName(self.tr("Roles"))
        self.categories.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categories.setItemDelegate(theme.RoomyItemDelegate(self.categories))

        self.templates = QListView()
        self.templates.setObjectName("templates")
        self.templates.setModel(self.browser.results)
        # Uniform sizes and batched layout keep a keystroke's relayout in a few ms with
        # 10,000 rows (a full static layout visits every row, ~40 ms).
        self.templates.setUniformItemSizes(True)
        self.templates.setLayoutMode(QListView.LayoutMode.Batched)
        self.templates.setBatchSize(200)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.templates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Roomy rows; long titles end in "…" rather than scrolling the list sideways.
        self.templates.setItemDelegate(theme.RoomyItemDelegate(self.templates))
        self.result_count = QLabel()
        theme.dress(self.result_count, "hint")

        self.guidance = GuidancePanel()
        self.guidance_box = self._titled(self.tr("Guidance"), self.guidance)

        left = QWidget()
        self.left_layout = QVBoxLayout(left)
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_layout.addWidget(self.search)
        self.lists = QSplitter()  # horizontal
        self.lists.addWidget(self._titled(self.tr("Roles"), self.categories))
        template_box = self._titled(self.tr("Templates"), self.templates)
        template_box.layout().addWidget(self.result_count)
        self.lists.addWidget(template_box)
        self.lists.setStretchFactor(1, 1)
        self.lists.setChildrenCollapsible(False)
        self.left_layout.addWidget(self.lists, 1)
        self.side_tabs: QTabWidget | None = None   # built when the window first gets narrow
        self.narrow = False
        self._wide_sizes = [520, 520, 300]

        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.guidance_box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes(self._wide_sizes)
        self.setCentralWidget(self.splitter)
        self._fit_roles()

    # -- what the composition root (app.py) adds to the window ------------------------

    def add_file_actions(self, actions: list[QAction]) -> None:
        """Put *actions* at the top of the File menu, above Quit."""
        first = self.file_menu.actions()[0] if self.file_menu.actions() else None
        for action in actions:
            self.file_menu.insertAction(first, action)
        if first is not None:
            self.file_menu.insertSeparator(first)

    def add_edit_actions(self, actions: list[QAction]) -> None:
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(actions)

    def add_settings_action(self, action: QAction) -> None:
        self.settings_menu.addSeparator()
        self.settings_menu.addAction(action)

    def add_help_action(self, action: QAction, first: bool = False) -> None:
        """Add *action* to the Help menu; *first*: above the others (it matters most)."""
        actions = self.help_menu.actions()
        if first and actions:
            self.help_menu.insertAction(actions[0], action)
        else:
            self.help_menu.addAction(action)

    def add_status_notice(self, widget: QWidget) -> None:
        """A lasting notice at the right of the status bar."""
        self.statusBar().addPermanentWidget(widget)

    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(title)
        theme.dress(heading, "sectionHeading")
        heading.setBuddy(widget)
        layout.addWidget(heading)
        layout.addWidget(widget, 1)
        return box

    def _build_menus(self) -> None:
        # Kept for add_file_actions: install_library_actions (libraryactions.py) adds the library actions here.
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])  # see lazyqt: setShortcut() and StandardKey build the Qt namespace
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        # Kept for the add_* methods: install_policy_ui (policyui.py) adds to Edit and Help, install_answer_checklist to Settings.
        self.edit_menu = edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.find_action = QAction(self.tr("&Find template"), self)
        self.find_action.setShortcuts([QKeySequence("Ctrl+F")])
        self.find_action.triggered.connect(self.focus_search)
        self.copy_action = QAction(self.tr("&Copy prompt"), self)
        self.copy_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.copy_action.triggered.connect(self.pane.copy)
        self.favourite_action = QAction(self.tr("Add to or remove from fa&vourites"), self)
        self.favourite_action.setShortcuts([QKeySequence("Ctrl+D")])
        self.favourite_action.triggered.connect(self.pane.toggle_favourite)
        for action in (self.find_action, self.copy_action, self.favourite_action):
            edit_menu.addAction(action)
        self._build_settings_menu()
        self.help_menu = help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(self.tr("&Good prompts guide"), self)
        self.guide_action.setShortcuts([QKeySequence("F1")])
        self.guide_action.triggered.connect(self.guideRequested)
        self.about_action = QAction(self.tr("&About promptlib"), self)
        self.about_action.triggered.connect(self.aboutRequested)
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def _build_settings_menu(self) -> None:
        self.settings_menu = menu = self.menuBar().addMenu(self.tr("&Settings"))
        self.ui_language_actions = self._choice_actions(
            menu.addMenu(self.tr("&Language")), "uiLanguage", LANGUAGE_NAMES.items(),
            self.browser.ui_language, self.uiLanguageRequested.emit)
        self.template_language_actions = self._choice_actions(
            menu.addMenu(self.tr("&Template language")), "templateLanguage",
            [("", self.tr("Same as the interface")), *LANGUAGE_NAMES.items()],
            self.store.setting(settings.TEMPLATE_LANGUAGE) or "", self.set_template_language)

    def _choice_actions(self, menu, name: str, choices, current: str, chosen) -> dict[str, QAction]:
        """One checkable action per choice, exclusive, calling chosen(code) when picked."""
        group = QActionGroup(self)
        actions = {}
        for code, text in choices:
            action = QAction(text, self)
            action.setObjectName(f"{name}_{code or 'same'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: chosen(code))
            group.addAction(action)
            menu.addAction(action)
            actions[code] = action
        return actions

    # -- wiring --------------------------------------------------------------------

    def _wire(self) -> None:
        self.search.textChanged.connect(self.browser.set_query)
        self.categories.selectionModel().currentChanged.connect(self._on_category)
        self.templates.selectionModel().currentChanged.connect(self._on_template)
        self.templates.activated.connect(lambda _index: self.pane.form.focus_first())
        self.browser.resultsChanged.connect(self._on_results)
        self.browser.favouritesChanged.connect(self._sync_star)
        self.pane.message.connect(lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS))
        self.pane.copied.connect(self._record_use)
        self.pane.favouriteToggled.connect(self._toggle_favourite)
        self.search.installEventFilter(self)
        self.templates.installEventFilter(self)
        self.browser.categories.modelReset.connect(self._fit_roles)
        self.browser.categories.dataChanged.connect(self._fit_roles)
        # The menus' shortcuts (Ctrl+E export, ...) work in text fields too.
        self.command_keys = CommandKeys(self)
        app = QGuiApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._show_focused_field)
        self._apply_tab_order()
        # Escape from anywhere in the form goes back to the search field.
        QShortcut(QKeySequence("Esc"), self.pane, self.focus_search)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_results(form=key != Qt.Key.Key_Down)
                return True
            if watched is self.templates and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._focus_form()
                return True
        return super().eventFilter(watched, event)

    def _enter_results(self, form: bool) -> None:
        """From the search field: Down goes to the list, Enter straight to the form."""
        if self.browser.results.rowCount() == 0:
            return
        if not self.templates.currentIndex().isValid():
            self.templates.setCurrentIndex(self.browser.results.index(0, 0))
        if form:
            self._focus_form()
        else:
            self.templates.setFocus(Qt.FocusReason.TabFocusReason)
            self._show_keyboard_focus()

    def _focus_form(self) -> None:
        if not self.pane.form.focus_first():
            self.pane.copy_button.setFocus(Qt.FocusReason.TabFocusReason)
        self._show_keyboard_focus()

    def _show_keyboard_focus(self) -> None:
        """Focus moved by a key other than Tab: let the style draw it as it does after Tab
        (Qt marks only real Tab presses as keyboard focus changes, and the Fusion style
        draws focus frames only for those)."""
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        focused = QGuiApplication.focusObject()
        if isinstance(focused, QWidget):
            focused.update()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- adapting to the window's size and the keyboard's path ---------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.width() < NARROW_WIDTH)

    def _arrange(self, narrow: bool) -> None:
        """Three columns when there is room; in a narrow window (a 1024×600 screen) the
        guidance goes into a tab beside the lists and the roles above the templates,
        so the form keeps a usable width and Copy stays on screen."""
        if narrow == self.narrow:
            return
        self.narrow = narrow
        if narrow:
            self._wide_sizes = self.splitter.sizes()
            tabs = self._side_tabs()
            tabs.addTab(self.lists, self.tr("Templates"))
            tabs.addTab(self.guidance_box, self.tr("Guidance"))
            self.left_layout.addWidget(tabs, 1)
            tabs.show()
            self.lists.setProperty("orientation", VERTICAL)
            # Once laid out (the splitter has no height yet while the window is resized).
            QTimer.singleShot(0, self._share_lists)
            width = self.splitter.width()
            left = max(self.categories.minimumWidth() + 16, width * 2 // 5)
            self.splitter.setSizes([left, max(width - left, 1)])
        else:
            tabs = self._side_tabs()
            tabs.clear()
            tabs.hide()
            self.left_layout.addWidget(self.lists, 1)
            self.splitter.addWidget(self.guidance_box)
            self.lists.show()
            self.guidance_box.show()
            self.lists.setProperty("orientation", HORIZONTAL)
            self.splitter.setSizes(self._wide_sizes)
        self._apply_tab_order()

    def _share_lists(self) -> None:
        """Roles above templates in a narrow window: the roles get a little under half."""
        if self.narrow:
            height = self.lists.height()
            self.lists.setSizes([height * 9 // 20, height - height * 9 // 20])

    def _show_focused_field(self, _old, new) -> None:
        """A field reached by Shift+Tab from Copy (or any way but Tab inside the form,
        which QScrollArea handles itself) scrolls into view."""
        if new is not None and self.pane.form.isAncestorOf(new):
            # After pending layouts, so the field's position is its final one; with room
            # below the cursor for the line or two the user is about to type.
            QTimer.singleShot(0, lambda: isValid(new) and self.pane.form_scroll.ensureWidgetVisible(new, 8, 48))

    def _side_tabs(self) -> QTabWidget:
        if self.side_tabs is None:
            self.side_tabs = QTabWidget()
            self.side_tabs.setObjectName("sideTabs")
            self.side_tabs.setDocumentMode(True)
            self.side_tabs.setAccessibleName(self.tr("Templates and guidance"))
        return self.side_tabs

    def _fit_roles(self) -> None:
        """The role list at least as wide as its longest name: no role is cut ("Sosiaali-
        ja terveyspalv…"), whatever the language or the splitter."""
        model = self.browser.categories
        metrics = self.categories.fontMetrics()
        longest = max((metrics.horizontalAdvance(model.index(row).data() or "") for row in range(model.rowCount())),
                      default=0)
        # Text margins of the item, the frame, and room for a vertical scroll bar.
        needed = longest + 16 + 2 * self.categories.frameWidth() + self.categories.verticalScrollBar().sizeHint().width()
        self.categories.setMinimumWidth(needed)

    def _apply_tab_order(self) -> None:
        """Tab goes as the eye reads: search, (in a narrow window the tabs,) roles,
        templates, then the pane (star, fields, buttons, preview; see
        TemplatePane.chain_tab_order), then the guidance, and round to search."""
        chain: list[QWidget] = [self.search]
        if self.narrow and self.side_tabs is not None:
            chain.append(self.side_tabs)
        chain += [self.categories, self.templates, self.pane.star]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.pane.chain_tab_order(), self.guidance)

    def _on_category(self, current, _previous) -> None:
        category = current.data(CategoryRole)
        if category is not None:
            self.browser.set_category(category)
            self._remember_selection(settings.LAST_CATEGORY, category.key)

    def _on_results(self) -> None:
        count = self.browser.results.rowCount()
        current_id = self.pane.template.id if self.pane.template else None
        row = self.browser.results.row_of(current_id) if current_id else None
        if current_id and row is None:
            # The pane keeps a template the search or role no longer lists (so nothing typed
            # is lost): say so, rather than "0 templates" beside a template on screen.
            self.result_count.setText(self.tr("%n template(s) in the list; the one shown is not among them",
                                              "", count))
        else:
            self.result_count.setText(self.tr("%n template(s)", "", count))
        if row is not None:
            self.templates.selectionModel().setCurrentIndex(
                self.browser.results.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_template(self, current, _previous) -> None:
        template_id = current.data(TemplateIdRole) if current.isValid() else None
        if template_id is None:
            return
        template = self.browser.catalog.get(template_id, self.browser.language)
        shown = self.pane.template
        if shown and template and (shown.id, shown.language) == (template.id, template.language):
            return  # the same row again after a filter change or reload: keep what was typed
        self._show(template)
        self._remember_selection(settings.LAST_TEMPLATE, template_id)

    def _remember_selection(self, key: str, value: str) -> None:
        self._unsaved_selection[key] = value
        self._save_selection_later.start()

    def save_selection(self) -> None:
        """Save the last template and role now (the timer does it once the selection
        settles, closing the window at once)."""
        self._save_selection_later.stop()
        unsaved, self._unsaved_selection = self._unsaved_selection, {}
        with saving(self):
            for key, value in unsaved.items():
                if self.store.setting(key) != value:
                    self.store.set_setting(key, value)

    def _show(self, template) -> None:
        self.pane.show_template(template, template.id in self.browser.favourites(), self.browser.language)
        self.guidance.show_template(template)

    def reload_library(self) -> None:
        """After an import, a removal or an update: rebuild the catalog and the lists,
        and show the current template as it is now (or nothing, if it is gone)."""
        shown = self.pane.template
        self.browser.workspace.reload_catalog()
        self.browser.reload()
        template = self.browser.catalog.get(shown.id, self.browser.language) if shown else None
        if template is None and shown is not None:
            self.pane.show_template(None)
            self.guidance.show_template(None)
        elif template is not None and (template != shown or template.origin != shown.origin):
            self._show(template)

    def _toggle_favourite(self, template_id: str) -> None:
        with saving(self):
            self.browser.toggle_favourite(template_id)
        self._sync_star()  # the star shows what is saved, also when saving failed

    def _record_use(self, template) -> None:
        with saving(self):
            self.browser.record_use(template.id, template.language)

    def _sync_star(self) -> None:
        if self.pane.template is not None:
            self.pane.set_favourite(self.pane.template.id in self.browser.favourites())

    def set_template_language(self, code: str) -> None:
        """Show templates in *code*; "" follows the interface language. Typed values stay."""
        with saving(self):
            self.store.set_setting(settings.TEMPLATE_LANGUAGE, code or None)
        for choice, action in self.template_language_actions.items():
            action.setChecked(choice == code)
        kept = self._typed_values()
        self.browser.set_language(code or self.browser.ui_language)
        if self.pane.template is not None:
            self._show(self.browser.catalog.get(self.pane.template.id, self.browser.language))
            self._fill_form(kept)

    def _typed_values(self) -> dict:
        """The form's values except choices, whose wording belongs to one language."""
        template = self.pane.template
        if template is None:
            return {}
        return {name: value for name, value in self.pane.form.values().items()
                if value not in (None, "") and template.variable(name).type != "choice"}

    def _fill_form(self, values: dict) -> None:
        names = set(self.pane.form.field_names())
        for name, value in values.items():
            if name in names:
                self.pane.form.set_value(name, value)

    # -- remembered state ----------------------------------------------------------

    def view_state(self) -> dict:
        """What the user sees and typed, for a window rebuilt in another language."""
        return {"rect": self.normalGeometry(), "maximized": self.isMaximized(),
                "splitter": self.wide_splitter_sizes(),
                "search": self.search.text(), "values": self._typed_values(),
                "template": self.pane.template.id if self.pane.template else None}

    def restore_view_state(self, state: dict) -> None:
        # The client rectangle, not restoreGeometry(): before the new window is shown its
        # frame is unknown, and a frame-based position put it a title bar lower each time.
        self.setGeometry(state["rect"])
        if state["maximized"]:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        self._wide_sizes = list(state["splitter"])
        if not self.narrow:
            self.splitter.setSizes(self._wide_sizes)
        self.search.setText(state["search"])
        if state["template"] and self.pane.template and self.pane.template.id == state["template"]:
            self._fill_form(state["values"])

    def wide_splitter_sizes(self) -> list[int]:
        """The three columns' widths (as last seen wide, while the window is narrow)."""
        return list(self._wide_sizes) if self.narrow else self.splitter.sizes()

    def _restore_state(self) -> None:
        self._place(self.store.setting(settings.WINDOW_GEOMETRY))
        sizes = self.store.setting(settings.SPLITTER_SIZES)
        if isinstance(sizes, list) and len(sizes) == 3:
            self._wide_sizes = [int(size) for size in sizes]
            self.splitter.setSizes(self._wide_sizes)
        self.select_category(self.store.setting(settings.LAST_CATEGORY) or "all")
        self._on_results()  # the count, even when the category did not change the results
        last = self.store.setting(settings.LAST_TEMPLATE)
        if not (last and self.select_template(last)):
            self.pane.show_template(None)
            self.guidance.show_template(None)

    def select_category(self, key: str) -> bool:
        model = self.browser.categories
        for row in range(model.rowCount()):
            if model.category(row).key == key:
                self.categories.setCurrentIndex(model.index(row))
                return True
        self.categories.setCurrentIndex(model.index(0))
        return False

    def select_template(self, template_id: str) -> bool:
        row = self.browser.results.row_of(template_id)
        if row is None:
            return False
        self.templates.setCurrentIndex(self.browser.results.index(row, 0))
        return True

    def _place(self, saved: str | None) -> None:
        """Where the user left the window, if that still fits on a screen; otherwise
        sized to the screen it opens on (windowplacement, core.windowfit)."""
        blob = windowplacement.remembered_geometry(saved)
        if blob is not None and self.restoreGeometry(blob):
            return
        self.place_on(windowplacement.opening_screen_area())

    def place_on(self, available: QRect) -> None:
        """Size and centre the window for a screen whose available area is *available*."""
        self.setGeometry(windowplacement.first_start_geometry(available))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.browser.prepare_search_after(SEARCH_PREPARATION_DELAY_MS)

    def closeEvent(self, event) -> None:
        self.save_selection()
        with saving(self):
            self.store.set_setting(settings.WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64()).decode("ascii"))
            self.store.set_setting(settings.SPLITTER_SIZES, self.wide_splitter_sizes())
        super().closeEvent(event)

