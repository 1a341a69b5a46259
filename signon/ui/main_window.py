"""The main window: campaigns on the left, the chosen campaign's tabs on the right.

The window is the only place that turns a user's campaign action into a
store call (`signon.store.campaigns`), then refreshes the list from the
store; tabs do their own work and emit `changed` so the counts on the left
stay true. Every modal question goes through `signon.ui.dialogs` so tests
can answer it.

The window shows itself before it has a database. Importing the store
(SQLAlchemy, SQLModel) and the tabs costs most of a second, the bare window
a fraction of that, so this module imports only Qt and light modules; the
window is built, shown and painted with an "Opening <database>…" state (the
list and tab bar already in place), and only after its first paint does it
import the store, open the database (`MainWindow(url)`: the recovery and
team dialogs appear over it), build the visible tab and read the campaigns,
each step a zero-timer after the last so the window keeps repainting. Tests
hand it an open `Database` and go through the same steps; `ready` (and
`is_ready()`) says when the list and the visible tab show the database.
A database that cannot be opened closes the window (`open_failed`).

Tabs are built when first shown (`tab()`), and a tab that is not in view
only keeps the campaign id and reads it when it is shown: a campaign switch
reads what the person looks at, not all four tabs.

The window never closes its database under a thread still using it: before
it quits or shows another database it looks at the running `Worker` jobs
(`finish_jobs`), asks once whether to cancel the ones the person started,
and waits for every job to end.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from signon import config
from signon.domain.errors import SignonError
from signon.ui import dialogs, opening
from signon.ui.campaign_dialog import CampaignSettingsDialog
from signon.ui.campaign_list import CampaignListView, detail_line
from signon.ui.i18n import ensure_installed
from signon.ui.labels import format_date, format_number
from signon.ui.opening import OPEN, QUIT, RESTORE
from signon.ui.settings import restore_layout, restore_splitters, save_layout
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from signon.store.campaign_io import CampaignData
    from signon.store.database import Database
    from signon.ui.campaign_tab import CampaignTab

#: (module, class, label, shortcut) of each tab, in the order a campaign is
#: worked on. Modules, not classes: a tab's module is imported when the tab
#: is first shown. The label names objects in English and is translated when
#: shown.
TABS: tuple[tuple[str, str, str, str], ...] = (
    ("signon.ui.statement_tab", "StatementTab",
     QT_TRANSLATE_NOOP("MainWindow", "Statement"), "Ctrl+1"),
    ("signon.ui.signatories_tab", "SignatoriesTab",
     QT_TRANSLATE_NOOP("MainWindow", "Signatories"), "Ctrl+2"),
    ("signon.ui.outreach_tab", "OutreachTab",
     QT_TRANSLATE_NOOP("MainWindow", "Outreach"), "Ctrl+3"),
    ("signon.ui.export_tab", "ExportTab", QT_TRANSLATE_NOOP("MainWindow", "Export"), "Ctrl+4"),
)
DB_LABEL_MAX_PX = 520

# How long the window waits for jobs to stop before it gives up and stays
# as it is. A cancelled status change or export stops at its next progress
# step (well under a second); sending stops after the message in hand,
# which a slow server can hold for its timeout (30 s per SMTP phase).
# (Plain comments: pyside6-lupdate would give "#:" lines to translators.)
STOP_WAIT_S = 90.0
# Where the window is on its way to a database (`MainWindow._stage`).
WAITING, OPENING, READY, FAILED, CLOSED = "waiting", "opening", "ready", "failed", "closed"
# A window that is shown but never painted (started minimised, on a hidden
# desktop) opens its database after this many milliseconds anyway.
PAINT_WAIT_MS = 300


def opening_name(url: str) -> str:
    """The database as the opening state names it, without importing
    SQLAlchemy (the window is not painted yet): the file's name, or the team
    server's host (never a user name or password)."""
    if url.startswith("sqlite"):
        return Path(config.display_db(url)).name or url
    return urlsplit(url).hostname or "Sign-on"


@dataclass
class PendingUndo:
    """What Edit → Undo can put back: a deleted campaign, as plain data."""

    title: str
    snapshot: CampaignData


class EmptyState(QWidget):
    """Shown instead of the list and tabs while the database has no campaign."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setAccessibleName(self.tr("No campaigns yet"))
        card = QFrame()
        card.setObjectName("emptyCard")
        card.setMaximumWidth(560)
        heading = QLabel(self.tr("No campaigns yet"))
        heading.setObjectName("emptyHeading")
        heading.setAccessibleName(self.tr("No campaigns yet"))
        text = QLabel(
            self.tr("A campaign holds one joint statement, the organisations and people you "
                    "invite to endorse it, and the letter you publish with its signatory list.\n\n"
                    "Start your own, or explore a ready-made demo: a statement with concerns "
                    "and recommendations, and about forty signatories from many countries."))
        text.setObjectName("emptyText")
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("What a campaign holds"))
        self.create_button = QPushButton(self.tr("Create a campaign…"))
        self.create_button.setObjectName("createCampaignButton")
        self.create_button.setAccessibleName(self.tr("Create a campaign"))
        self.create_button.setToolTip(self.tr("Start a new campaign (Ctrl+N)"))
        self.create_button.setProperty("primary", True)
        self.demo_button = QPushButton(self.tr("Load the demo campaign"))
        self.demo_button.setObjectName("loadDemoButton")
        self.demo_button.setAccessibleName(self.tr("Load the demo campaign"))
        self.demo_button.setToolTip(self.tr("Add a realistic example campaign to explore"))
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(heading)
        inner.addWidget(text)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class MainWindow(QMainWindow):
    """`MainWindow(db)`: `db` is an open `Database`, or the URL of one that
    the window opens itself once it is on screen (see the module docstring)."""

    # The database is open, the campaign list filled and the visible tab
    # shows the current campaign.
    ready = Signal()
    # The database could not be opened and the person gave up: the window
    # has closed (`run_app` then returns 1).
    open_failed = Signal()

    def __init__(self, db: Database | str, parent: QWidget | None = None):
        super().__init__(parent)
        ensure_installed()
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Sign-on"))
        self._url = db if isinstance(db, str) else db.url
        self.db: Database | None = None if isinstance(db, str) else db
        self.campaign_id: int | None = None
        self.pending_undo: PendingUndo | None = None
        # the tab at each index of the tab widget; None until first shown (`tab`)
        self.tabs: list[CampaignTab | None] = []
        self._backup_job: Worker | None = None
        self._stopping = False  # waiting for jobs to end (finish_jobs)
        self._stage = WAITING
        self._painted = False

        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._build_pages()
        self.resize(1100, 720)
        restore_layout(self)
        self._show_opening()
        QTimer.singleShot(0, self, self._open_when_painted)

    # ------------------------------------------------------------ start-up
    def is_ready(self) -> bool:
        """The database is open and shown (see `ready`)."""
        return self._stage == READY

    def _show_opening(self) -> None:
        """What the window shows until its database is open: the finished
        layout (list, heading, tab bar) with "Opening <database>…" in the
        campaign list; never the empty-state card, which would flash before
        a database that has campaigns. The title is plain "Sign-on" until
        the database is open, then names it ("signon.db — Sign-on"), which
        is how a script sees the window is ready (bench/bench_startup.py)."""
        name = opening_name(self._url)
        self.campaign_list.set_placeholder(self.tr("Opening {database}…").format(database=name))
        self.setWindowTitle("Sign-on")
        shown = config.display_db(self._url) if self._url.startswith("sqlite") else name
        self.db_label.setText(self.db_label.fontMetrics().elidedText(
            shown, Qt.TextElideMode.ElideMiddle, DB_LABEL_MAX_PX))
        self.stack.setCurrentWidget(self.splitter)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        """The first paint is when the opening starts (after it, on a zero
        timer): nothing heavy runs before the window is on the screen, and
        no database is read in a paint handler."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            if self._stage == WAITING:
                QTimer.singleShot(0, self, self._open_step)

    def _open_when_painted(self) -> None:
        """Posted by the constructor. A window that is not shown (tests,
        a window built before `show`) opens now; a shown one after its
        first paint, or after PAINT_WAIT_MS when no paint comes."""
        if self._stage != WAITING:
            return
        if self._painted or not self.isVisible():
            self._open_step()
        else:
            QTimer.singleShot(PAINT_WAIT_MS, self, self._open_step)

    # The steps after the first paint. Each is a zero-timer after the last,
    # so the event loop turns in between (the window repaints when it is
    # uncovered) instead of freezing for the whole of it: importing the
    # store's engine (SQLAlchemy), opening the database, importing its
    # services (SQLModel) and the visible tab's module, then reading.
    def _open_step(self) -> None:
        if self._stage != WAITING:
            return
        self._stage = OPENING
        import signon.store.database  # noqa: F401  (SQLAlchemy: a third of a second)

        QTimer.singleShot(0, self, self._open_database_step)

    def _open_database_step(self) -> None:
        if self._stage != OPENING:
            return
        if self.db is None:
            db = opening.open_url(self._url, self)
            if self._stage != OPENING:  # the window was closed meanwhile
                if db is not None:
                    db.close()
                return
            if db is None:
                self._stage = FAILED
                # Whoever made the window decides what happens next (run_app
                # leaves with 1): closing it must not also post the automatic
                # quit, which would outlive the event loop it was meant for.
                self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
                self.close()
                self.open_failed.emit()
                return
            self.db = db
        QTimer.singleShot(0, self, self._import_step)

    def _import_step(self) -> None:
        if self._stage != OPENING:
            return
        import signon.store.campaigns  # noqa: F401  (SQLModel and the tables)

        importlib.import_module(TABS[max(self.tab_widget.currentIndex(), 0)][0])
        QTimer.singleShot(0, self, self._show_database_step)

    def _show_database_step(self) -> None:
        if self._stage != OPENING:
            return
        self._stage = READY
        self.campaign_list.set_placeholder("")
        self.refresh()
        self.tab(self.tab_widget.currentIndex())
        self._show_database()  # last: the title naming the database says "ready"
        self._watch_team_changes()
        self.ready.emit()

    def stop_opening(self) -> None:
        """Nothing more happens on the way to a database (the window closed,
        or `run_app` is leaving)."""
        if self._stage in (WAITING, OPENING):
            self._stage = CLOSED

    # ----------------------------------------------------------------- layout
    def _build_central(self) -> None:
        self.empty_state = EmptyState()
        self.campaign_list = CampaignListView()
        self.campaign_list.model().renameRequested.connect(self.rename_campaign)
        self.campaign_list.doubleClicked.connect(lambda _index: self.edit_settings())
        # The view keeps one selection model for its one model, so this lasts.
        self.campaign_list.selectionModel().currentChanged.connect(self._on_current_changed)
        list_heading = QLabel(self.tr("&Campaigns"))
        list_heading.setObjectName("campaignListHeading")
        list_heading.setBuddy(self.campaign_list)
        list_heading.setAccessibleName(self.tr("Campaigns"))
        left = QWidget()
        left.setObjectName("campaignPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 4, 10)
        left_layout.setSpacing(4)
        left_layout.addWidget(list_heading)
        left_layout.addWidget(self.campaign_list, 1)

        self.heading = QLabel()
        self.heading.setObjectName("campaignHeading")
        self.heading.setAccessibleName(self.tr("Campaign title"))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)  # a long title must not force the window wider
        self.subheading = QLabel()
        self.subheading.setObjectName("campaignSubheading")
        self.subheading.setAccessibleName(self.tr("Campaign status and counts"))
        self.subheading.setWordWrap(True)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("campaignTabs")
        self.tab_widget.setAccessibleName(self.tr("Campaign tabs"))
        self.tab_widget.setDocumentMode(False)
        self.tab_widget.currentChanged.connect(self._tab_shown)
        right = QWidget()
        right.setObjectName("campaignPane")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 10, 10, 10)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.subheading)
        right_layout.addSpacing(6)
        right_layout.addWidget(self.tab_widget, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName(self.tr("Campaigns and campaign tabs"))
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 820])
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.setObjectName("centralStack")
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.empty_state.create_button.clicked.connect(self.new_campaign)
        self.empty_state.demo_button.clicked.connect(self.load_demo)

    def _action(self, name: str, text: str, slot: Callable, shortcut: QKeySequence | str | None,
                tip: str, needs_db: bool = True) -> QAction:
        """An action of the window. One that `needs_db` does nothing until
        the database is open (a shortcut pressed while the window opens)."""
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        hint = f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" \
            if shortcut is not None else ""
        action.setToolTip(tip + hint)
        action.setStatusTip(tip)
        if needs_db:
            action.triggered.connect(lambda _checked=False: self.is_ready() and slot())
        else:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.open_action = a("openDatabaseAction", self.tr("&Open database…"),
                             self.open_database, QKeySequence.StandardKey.Open,
                             self.tr("Open another Sign-on database file"))
        self.backup_action = a("backupAction", self.tr("&Back up now"), self.backup_now,
                               "Ctrl+Shift+B", self.tr("Write a checked copy of the database "
                                                       "into the backups folder"))
        self.quit_action = a("quitAction", self.tr("&Quit"), self.close,
                             QKeySequence.StandardKey.Quit, self.tr("Close Sign-on"),
                             needs_db=False)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.backups_action = a("backupsAction", self.tr("Bac&kups…"), self.show_backups, None,
                                self.tr("The backup folder and the backups in it: back up, "
                                        "restore one, change the folder"))
        self.undo_action = a("undoAction", self.tr("&Undo"), self.undo,
                             QKeySequence.StandardKey.Undo,
                             self.tr("Undo the last campaign deletion"))
        self.preferences_action = a("preferencesAction", self.tr("&Preferences…"),
                                    self.show_preferences, None,
                                    self.tr("Interface language and other choices that apply "
                                            "to every campaign"), needs_db=False)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.new_action = a("newCampaignAction", self.tr("&New campaign…"), self.new_campaign,
                            QKeySequence.StandardKey.New, self.tr("Create a campaign"))
        self.rename_action = a("renameCampaignAction", self.tr("&Rename"), self.start_rename, "F2",
                               self.tr("Rename the selected campaign in the list"))
        self.duplicate_action = a("duplicateCampaignAction", self.tr("D&uplicate"),
                                  self.duplicate_campaign, "Ctrl+D",
                                  self.tr("Copy the campaign's statement and signatories (reset to "
                                          "prospect) into a new campaign"))
        self.delete_action = a("deleteCampaignAction", self.tr("&Delete…"), self.delete_campaign,
                               QKeySequence.StandardKey.Delete,
                               self.tr("Delete the selected campaign (asks first, takes a backup)"))
        self.settings_action = a("campaignSettingsAction", self.tr("&Settings…"),
                                 self.edit_settings, "Ctrl+,",
                                 self.tr("Title, addressee, language, deadline, status and "
                                         "signatory list options"))
        self.connect_action = a("connectTeamDatabaseAction",
                                self.tr("Connect to &team database…"),
                                self.connect_team_database, None,
                                self.tr("Open a PostgreSQL database shared by your team"))
        self.about_action = a("aboutAction", self.tr("&About Sign-on"), self.show_about, None,
                              self.tr("Version, database path and licences"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.focus_list_action = a("focusCampaignListAction", self.tr("Campaign &list"),
                                   self.campaign_list.setFocus, "Ctrl+L",
                                   self.tr("Move the keyboard focus to the campaign list"),
                                   needs_db=False)
        self.tab_actions = []
        for index, (_module, _name, label, shortcut) in enumerate(TABS):
            action = a(f"show{label}TabAction", "&" + self.tr(label),
                       lambda i=index: self.tab_widget.setCurrentIndex(i), shortcut,
                       self.tr("Show the {tab} tab").format(tab=self.tr(label)), needs_db=False)
            self.tab_actions.append(action)
        # Rename and Delete act on the list only: in a tab, F2 and Delete belong to
        # that tab's own table or editor (deleting a campaign by accident is worse).
        for action in (self.rename_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in (self.new_action, self.rename_action, self.duplicate_action,
                       self.settings_action):
            self.campaign_list.addAction(action)
        separator = QAction(self)
        separator.setSeparator(True)
        self.campaign_list.addAction(separator)
        self.campaign_list.addAction(self.delete_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        bar.setAccessibleName(self.tr("Menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        campaign_menu = bar.addMenu(self.tr("&Campaign"))
        campaign_menu.setObjectName("campaignMenu")
        for action in (self.new_action, self.rename_action, self.duplicate_action,
                       self.settings_action):
            campaign_menu.addAction(action)
        campaign_menu.addSeparator()
        campaign_menu.addAction(self.delete_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.focus_list_action)
        view_menu.addSeparator()
        for action in self.tab_actions:
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, campaign_menu, view_menu, help_menu):
            menu.setAccessibleName(self.tr("{menu} menu").format(
                menu=menu.title().replace("&", "")))
            menu.setToolTipsVisible(True)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Campaign actions"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Campaign actions"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.duplicate_action, self.settings_action,
                       self.delete_action):
            toolbar.addAction(action)
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setObjectName(action.objectName().replace("Action", "Button"))
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setAccessibleName(self.tr("Status"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAccessibleName(self.tr("Undo the deletion"))
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.db_label = QLabel()
        self.db_label.setObjectName("dbLabel")
        self.db_label.setAccessibleName(self.tr("Database"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addPermanentWidget(self.undo_button)
        bar.addPermanentWidget(self.db_label)
        self._set_undo(None)

    def _build_pages(self) -> None:
        """(Re)create the tab pages, empty: each tab is built when first
        shown (`tab`), for the database open then. Each tab sits in a scroll
        area, so a tab that needs more room than a small screen has scrolls
        instead of pushing the window off the screen."""
        self.tab_widget.blockSignals(True)  # no tab is built while the pages change
        try:
            for index in range(self.tab_widget.count()):
                self.tab_widget.widget(index).deleteLater()
            self.tab_widget.clear()
            self.tabs = []
            for _module, _name, label, shortcut in TABS:
                page = QScrollArea()
                page.setObjectName(f"{label.lower()}Page")
                page.setAccessibleName(self.tr("{tab} tab").format(tab=self.tr(label)))
                page.setWidgetResizable(True)
                page.setFrameShape(QFrame.Shape.NoFrame)
                index = self.tab_widget.addTab(page, self.tr(label))
                self.tab_widget.setTabToolTip(index, f"{self.tr(label)} ({shortcut})")
                self.tabs.append(None)
        finally:
            self.tab_widget.blockSignals(False)
        self.campaign_id = None

    def tab(self, index: int) -> CampaignTab:
        """The tab at `index`, built now if it was not yet. It is told the
        current campaign, which it reads at once if it is in view and
        otherwise when it is shown."""
        tab = self.tabs[index]
        if tab is not None:
            return tab
        if self.db is None:
            raise RuntimeError("the tabs are built once the database is open")
        module, name, _label, _shortcut = TABS[index]
        tab = getattr(importlib.import_module(module), name)(self.db)
        tab.changed.connect(self.refresh)
        restore_splitters(self, tab)
        page = self.tab_widget.widget(index)
        page.setWidget(tab)
        tab.setAutoFillBackground(False)  # setWidget turned it on: keep the pane's white
        self.tabs[index] = tab
        tab.set_campaign(self.campaign_id)
        return tab

    def current_tab(self) -> CampaignTab | None:
        index = self.tab_widget.currentIndex()
        return self.tab(index) if index >= 0 and self.db is not None else None

    def _tab_shown(self, index: int) -> None:
        """A page came into view (a click, Ctrl+1…4): its tab is built now,
        in time for the paint that shows it."""
        if index >= 0 and self._stage == READY:
            self.tab(index)

    def _show_database(self) -> None:
        # a team database as "Team: signon on db.example.org": no user, no password
        shown = self.db.display if self.db.is_sqlite else config.describe_db(self.db.url)
        metrics = self.db_label.fontMetrics()
        self.db_label.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle,
                                                 DB_LABEL_MAX_PX))
        self.db_label.setToolTip(self.tr("Database: {path}").format(path=shown))
        name = Path(shown).name if self.db.is_sqlite else shown
        self.setWindowTitle(f"{name} — Sign-on")

    # --------------------------------------------------------------- refresh
    def refresh(self, select: int | None = None) -> None:
        """Reload the list from the store, keeping (or moving to) a selection.
        Tabs are told only when the campaign actually changes, so a tab that
        emitted `changed` keeps its own state."""
        from signon.store import campaigns as campaign_store

        with self.db.session() as session:
            summaries = campaign_store.list_campaigns(session)
        keep = select if select is not None else self.campaign_id
        view = self.campaign_list
        view.selectionModel().blockSignals(True)
        try:
            view.model().set_summaries(summaries)
            if summaries and not view.select_campaign(keep):
                view.setCurrentIndex(view.model().index(0, 0))
        finally:
            view.selectionModel().blockSignals(False)
        self.stack.setCurrentWidget(self.splitter if summaries else self.empty_state)
        self._show_campaign(view.current_campaign_id())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_campaign(self.campaign_list.current_campaign_id())

    def _show_campaign(self, campaign_id: int | None, reload_tabs: bool = False) -> None:
        if campaign_id != self.campaign_id or reload_tabs:
            self.campaign_id = campaign_id
            for tab in self.tabs:  # only those built; the others are told when built
                if tab is not None:
                    tab.set_campaign(campaign_id)
        has = campaign_id is not None
        for action in (self.rename_action, self.duplicate_action, self.delete_action,
                       self.settings_action):
            action.setEnabled(has)
        self.tab_widget.setEnabled(has)
        row = self.campaign_list.model().row_of(campaign_id) if has else -1
        if row < 0:
            self.heading.clear()
            self.subheading.clear()
            return
        summary = self.campaign_list.model().summary(row)
        self.heading.setText(summary.title)
        self.heading.setToolTip(summary.title)
        deadline = " · " + self.tr("deadline {date}").format(
            date=format_date(summary.deadline, "long")) if summary.deadline else ""
        self.subheading.setText(detail_line(summary) + deadline)

    def current_summary(self):
        row = self.campaign_list.model().row_of(self.campaign_id) \
            if self.campaign_id is not None else -1
        return self.campaign_list.model().summary(row) if row >= 0 else None

    # --------------------------------------------------------------- actions
    def _report(self, exc: Exception) -> None:
        dialogs.error(self, str(exc))

    def new_campaign(self) -> None:
        from signon.store import campaigns as campaign_store

        dialog = CampaignSettingsDialog(parent=self, creating=True)
        if not dialogs.exec_dialog(dialog):
            return
        values = dialog.values()
        title = values.pop("title")
        try:
            with self.db.session() as session:
                campaign = campaign_store.create_campaign(session, title, **values)
                new_id = campaign.id
        except SignonError as exc:
            self._report(exc)
            return
        self.refresh(select=new_id)
        self.tab_widget.setCurrentIndex(0)
        self.statusBar().showMessage(self.tr("Created “{title}”.").format(title=title), 5000)

    def start_rename(self) -> None:
        if self.campaign_id is not None:
            self.campaign_list.setFocus()
            self.campaign_list.rename_current()

    def rename_campaign(self, campaign_id: int, title: str) -> None:
        from signon.store import campaigns as campaign_store

        try:
            with self.db.session() as session:
                campaign_store.update_campaign(session, campaign_id, title=title)
        except SignonError as exc:
            self._report(exc)
            return
        self.refresh(select=campaign_id)
        self.statusBar().showMessage(self.tr("Renamed to “{title}”.").format(
            title=title.strip()), 5000)

    def duplicate_campaign(self) -> None:
        from signon.store import campaigns as campaign_store

        summary = self.current_summary()
        if summary is None:
            return
        try:
            with self.db.session() as session:
                copy = campaign_store.duplicate_campaign(session, summary.id)
                copy_id, copy_title = copy.id, copy.title
        except SignonError as exc:
            self._report(exc)
            return
        self.refresh(select=copy_id)
        self.statusBar().showMessage(
            self.tr("Created “{title}”: same statement, signatories reset to prospect.").format(
                title=copy_title), 8000)

    def delete_campaign(self) -> None:
        from signon.store import campaigns as campaign_store
        from signon.store.campaign_io import read_campaign

        summary = self.current_summary()
        if summary is None:
            return
        endorsed = summary.counts.get("endorsed", 0)
        people = (self.tr("no signatories") if summary.total == 0 else
                  self.tr("%Ln signatories ({endorsed} endorsed) with their history", "",
                          summary.total).format(endorsed=format_number(endorsed)))
        text = self.tr("Delete “{title}”?\n\nIts statement, versions and {signatories} will "
                       "be removed. Organisations stay in your directory.\n\n"
                       "A backup is taken first, and Edit → Undo puts the campaign back."
                       ).format(title=summary.title, signatories=people)
        if not dialogs.confirm(self, self.tr("Delete campaign"), text, self.tr("Delete")):
            return
        try:
            backup = self._backup_before("delete")
            with self.db.session() as session:
                # kept as plain data with full histories, so undo puts it back exactly
                snapshot = read_campaign(session, summary.id)
                campaign_store.delete_campaign(session, summary.id)
        except (SignonError, OSError) as exc:
            self._report(exc)
            return
        self._set_undo(PendingUndo(summary.title, snapshot))
        self.refresh()
        where = " " + self.tr("Backup: {path}.").format(path=backup) if backup else ""
        self.statusBar().showMessage(self.tr("Deleted “{title}”.{backup} Ctrl+Z undoes.").format(
            title=summary.title, backup=where), 15000)

    def _backup_before(self, what: str) -> Path | None:
        """A copy of the SQLite file in the backups dir before a destructive
        change, named like the store's other safety copies (".before-", never
        pruned). PostgreSQL databases are backed up by their server."""
        from signon.store.database import backup_sqlite

        path = self.db.path
        if path is None or not path.exists():
            return None
        folder = config.backups_dir()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{path.stem}.before-{what}-{stamp}.db"
        count = 1
        while target.exists():  # two deletions within a second
            count += 1
            target = folder / f"{path.stem}.before-{what}-{stamp}-{count}.db"
        return backup_sqlite(path, target)

    def _set_undo(self, pending: PendingUndo | None) -> None:
        self.pending_undo = pending
        self.undo_action.setEnabled(pending is not None)
        if pending is None:
            self.undo_action.setText(self.tr("&Undo"))
            self.undo_button.hide()
        else:
            self.undo_action.setText(self.tr("&Undo delete of “{title}”").format(
                title=pending.title))
            self.undo_button.setToolTip(self.tr("Put “{title}” back (Ctrl+Z)").format(
                title=pending.title))
            self.undo_button.show()

    def undo(self) -> None:
        from signon.store.campaign_io import insert_campaign

        pending = self.pending_undo
        if pending is None:
            return
        try:
            with self.db.session() as session:
                restored_id = insert_campaign(session, pending.snapshot, note="undo delete").id
        except SignonError as exc:
            self._report(exc)
            return
        self._set_undo(None)
        self.refresh(select=restored_id)
        self.statusBar().showMessage(self.tr("“{title}” is back.").format(title=pending.title),
                                     5000)

    def edit_settings(self) -> None:
        """The settings dialog. If a teammate saved one of the same settings
        while it was open, nothing is saved: the dialog opens again on their
        value, with this coordinator's other changes still filled in."""
        if self.campaign_id is None:
            return
        from signon.store import campaigns as campaign_store
        from signon.store.concurrency import ConflictError

        campaign_id = self.campaign_id
        values = self._campaign_settings(campaign_id)
        edits: dict = {}
        while True:
            dialog = CampaignSettingsDialog({**values, **edits}, parent=self)
            if not dialogs.exec_dialog(dialog):
                return
            changed = {k: v for k, v in dialog.values().items() if v != values.get(k)}
            if not changed:
                return
            try:
                with self.db.session() as session:
                    campaign_store.update_campaign(
                        session, campaign_id, expected={k: values.get(k) for k in changed},
                        **changed)
            except ConflictError as exc:
                names = ", ".join(CampaignSettingsDialog.field_name(k) for k in exc.fields)
                dialogs.error(self, self.tr(
                    "Another coordinator changed “{settings}” while the settings were open, so "
                    "nothing was saved. The settings open again on their value, with your other "
                    "changes kept.").format(settings=names or values.get("title", "")))
                fresh = self._campaign_settings(campaign_id)
                edits = {k: v for k, v in changed.items() if fresh.get(k) == values.get(k)}
                values = fresh
                continue
            except SignonError as exc:
                self._report(exc)
                return
            break
        self.refresh(select=campaign_id)
        self._show_campaign(campaign_id, reload_tabs=True)
        self.statusBar().showMessage(self.tr("Campaign settings saved."), 5000)

    def _campaign_settings(self, campaign_id: int) -> dict:
        from signon.store import campaigns as campaign_store

        with self.db.session() as session:
            campaign = campaign_store.get_campaign(session, campaign_id)
            return {key: getattr(campaign, key) for key in campaign_store.EDITABLE_FIELDS}

    def load_demo(self) -> None:
        from signon.exchange.campaign_file import load_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.db.session() as session:
                demo_id = load_demo(session).id
        except SignonError as exc:
            QApplication.restoreOverrideCursor()
            self._report(exc)
            return
        QApplication.restoreOverrideCursor()
        self.refresh(select=demo_id)
        self.statusBar().showMessage(self.tr("Demo campaign loaded."), 5000)

    def open_database(self) -> None:
        start = str(self.db.path.parent) if self.db.path else ""
        path = dialogs.choose_database_file(self, start)
        if not path or not self.finish_jobs(OPEN):
            return
        db = opening.open_with_recovery(config.resolve_db(path), self, quit_label=self.tr("Cancel"))
        if db is not None:
            self.switch_database(db)

    def switch_database(self, db: Database) -> None:
        """Show another database in this window (the old one is closed).

        Callers ask first (`finish_jobs(OPEN)`), before they open or replace
        anything. A job still running here (a caller that did not ask) is
        cancelled without a question and waited for: the caller has already
        decided, and the old database must not close under a thread."""
        if Worker.running():
            for job in Worker.running():
                if job.description:
                    job.cancel()
            self._wait_for_jobs()
        old = self.db
        self.db = db
        self._set_undo(None)
        self._build_pages()
        self._show_database()
        self.refresh()
        self.tab(self.tab_widget.currentIndex())
        self._watch_team_changes()
        if old is not db:
            old.close()
            if old.path != db.path:  # one window per file: the old file is free again
                from signon.ui import instance_lock

                instance_lock.release(old.path)
        self.statusBar().showMessage(self.tr("Opened {database}.").format(database=db.display),
                                     5000)

    def backup_now(self) -> None:
        """A checked backup into the backups folder (old ones are pruned by
        the store's retention rule), off the GUI thread."""
        from signon.store.backup import backup_database

        if self._backup_job is not None:
            return
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Backing up…"))
        job = Worker(backup_database, self.db)
        # bound methods of this window: Qt queues them onto the GUI thread
        job.signals.finished.connect(self._backup_finished)
        job.signals.failed.connect(self._backup_failed)
        self._backup_job = job
        job.start()

    def _backup_finished(self, path: object) -> None:
        self._backup_job = None
        self.backup_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Backup written to {path}.").format(path=path),
                                     15000)

    def _backup_failed(self, message: str) -> None:
        self._backup_job = None
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        dialogs.error(self, message)

    def show_preferences(self) -> None:
        from signon.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialogs.exec_dialog(dialog) and dialog.apply():
            self.statusBar().showMessage(dialog.restart_message(), 15000)

    def show_backups(self) -> None:
        """File → Backups…: the folder, the backups in it, restoring one."""
        from signon.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()

    # ------------------------------------------------------------- team mode
    def _watch_team_changes(self) -> None:
        """Show other coordinators' (and other programs') changes as they are
        committed, and list this database under File → Open Recent."""
        from signon.ui.change_watcher import LiveRefresh
        from signon.ui.connect_dialog import remember_database

        if getattr(self, "live_refresh", None) is None:
            self.live_refresh = LiveRefresh(self)
        self.live_refresh.watch(self.db)
        remember_database(self.db.url)

    def connect_team_database(self, url: str | None = None) -> None:
        """File → Connect to team database… (or a team database from Open
        Recent, which connects at once when its password is known)."""
        from signon.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self, url=url)
        if url:
            dialog.connect_now()
        if dialog.database is None and not dialogs.exec_dialog(dialog):
            return
        if dialog.database is not None:
            if not self.finish_jobs(OPEN):
                dialog.database.close()
                return
            self.switch_database(dialog.database)
            if dialog.keyring_message:
                self.statusBar().showMessage(dialog.keyring_message, 8000)

    def _fill_recent_menu(self) -> None:
        from signon.ui.connect_dialog import recent_databases, recent_label

        self.recent_menu.clear()
        for url in recent_databases():
            action = self.recent_menu.addAction(recent_label(url))
            action.setEnabled(self.is_ready() and url != self.db.url)
            action.triggered.connect(lambda _checked=False, url=url: self.open_recent(url))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)

    def open_recent(self, url: str) -> None:
        if not url.startswith("sqlite"):
            self.connect_team_database(url)
            return
        if not self.finish_jobs(OPEN):
            return
        db = opening.open_with_recovery(url, self, quit_label=self.tr("Cancel"))
        if db is not None:
            self.switch_database(db)

    def show_about(self) -> None:
        from signon.ui.about import AboutDialog

        dialogs.exec_dialog(AboutDialog(self.db.display, self))

    # -------------------------------------------------------- background jobs
    def running_jobs(self) -> list[str]:
        """What the person started that still runs in the background, one
        sentence each ("A status change of 20,000 signatories is still
        running…"); jobs already cancelled are only waited for."""
        return [job.description for job in Worker.running()
                if job.description and not job.cancelled]

    def finish_jobs(self, action: str = QUIT) -> bool:
        """Before the database closes (QUIT, OPEN another, RESTORE a backup):
        True once no job runs any more, so the caller goes on.

        Jobs the person started (`Worker.describe`: an export, a background
        status change, the outbox being sent) are named in one question;
        "Keep working" returns False and nothing happens. Agreed, they are
        cancelled — each rolls back or stops at a safe point, as its sentence
        says — and waited for. Helpers without a description are never asked
        about nor cancelled, only waited for: above all a backup, which
        takes seconds and only reads the database through its own
        connection, and is worth having when it ends; cancelling it would
        throw the copy away. The wait shows a busy cursor with the window
        disabled, and gives up after STOP_WAIT_S (said in one line; False)."""
        if self._stopping:  # a second close while waiting: the first one decides
            return False
        jobs = [job for job in Worker.running() if job.description and not job.cancelled]
        if jobs:
            question, accept = self._stop_question(action, len(jobs))
            text = "\n\n".join([*(job.description for job in jobs), question])
            if not dialogs.ask_stop_jobs(self, text, accept):
                return False
            for job in jobs:
                job.cancel()
        if not Worker.running():
            return True
        if self._wait_for_jobs():
            return True
        dialogs.error(self, self.tr("Background work did not stop within {seconds} seconds, "
                                    "so nothing was closed. Try again in a moment.").format(
            seconds=format_number(int(STOP_WAIT_S))))
        return False

    def _stop_question(self, action: str, count: int) -> tuple[str, str]:
        """The question that ends the text, and the button that agrees."""
        one = count == 1
        if action == OPEN:
            return (self.tr("Cancel it and open the other database?") if one else
                    self.tr("Cancel them and open the other database?"),
                    self.tr("Cancel and open"))
        if action == RESTORE:
            return (self.tr("Cancel it and restore the backup?") if one else
                    self.tr("Cancel them and restore the backup?"),
                    self.tr("Cancel and restore"))
        return (self.tr("Cancel it and quit?") if one else self.tr("Cancel them and quit?"),
                self.tr("Cancel and quit"))

    def _wait_for_jobs(self) -> bool:
        """Wait for every job to end (their end handlers run meanwhile); the
        window takes no input, so nothing new starts. False: time ran out."""
        self._stopping = True
        self.setEnabled(False)
        self.statusBar().showMessage(self.tr("Waiting for background work to stop…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return Worker.wait_for_all(STOP_WAIT_S)
        finally:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()
            self.setEnabled(True)
            self._stopping = False

    # ----------------------------------------------------------------- events
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.finish_jobs(QUIT):
            event.ignore()
            return
        self.stop_opening()
        save_layout(self)
        if getattr(self, "live_refresh", None) is not None:
            self.live_refresh.stop()
        super().closeEvent(event)
