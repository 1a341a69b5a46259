"""The main window: campaigns on the left, the chosen campaign's tabs on the right.

The window is the only place that turns a user's campaign action into a
store call (`signon.store.campaigns`), then refreshes the list from the
store; tabs do their own work and emit `changed` so the counts on the left
stay true. Every modal question goes through `signon.ui.dialogs` so tests
can answer it.

The window is split by what a person does, and this class wires the parts:
- `window.view.MainWindowView` (with `window.menu.MainMenu`), which this
  class subclasses: the widgets, layout, actions, menus and toolbar;
- `window.campaigns.CampaignActions`: new, rename, duplicate, delete and
  undo, settings, the demo;
- `window.databases.DatabaseActions`: open, open recent, connect to a team
  database, back up, the Backups dialog (restore);
- `window.jobs.BackgroundJobs`: the jobs still running when the database
  is about to close;
and keeps what they share: opening the first database, the tabs, the
campaign shown, switching to another database, closing.

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

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget
from shiboken6 import isValid

from signon import config
from signon.ui import dialogs, opening
from signon.ui.campaign_list import detail_line, verified_part
from signon.ui.campaign_load import CampaignLoad, when_loaded
from signon.ui.focus import focus_into, focus_next_pane
from signon.ui.labels import format_date
from signon.ui.opening import QUIT
from signon.ui.settings import (
    last_campaign,
    remember_campaign,
    restore_layout,
    restore_splitters,
    save_layout,
)
from signon.ui.window.campaigns import CampaignActions
from signon.ui.window.databases import DatabaseActions
from signon.ui.window.jobs import BackgroundJobs
from signon.ui.window.tabs import EXPORT_TAB, STATEMENT_TAB, TABS
from signon.ui.window.view import MainWindowView
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from signon.store.database import Database
    from signon.ui.campaign_tab import CampaignTab

DB_LABEL_MAX_PX = 520

# Where the window is on its way to a database (`MainWindow._stage`).
WAITING, OPENING, LISTING, READY, FAILED, CLOSED = (
    "waiting", "opening", "listing", "ready", "failed", "closed")
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


def read_campaign_list(db: Database) -> list:
    """The campaign list with its counts (`store.dbapi.list_campaigns`),
    read off the GUI thread: after every write of a tab, and when a teammate
    commits, which on a distant team server froze the window a few tenths
    of a second each time."""
    from signon.store.dbapi import list_campaigns

    with db.transaction() as connection:
        return list_campaigns(connection)


class MainWindow(MainWindowView):
    """`MainWindow(db)`: `db` is an open `Database`, or the URL of one that
    the window opens itself once it is on screen (see the module docstring)."""

    # The database is open, the campaign list filled and the visible tab
    # shows the current campaign (the Statement tab its text: the names
    # under its preview may still be on their way, `when_loaded`).
    ready = Signal()
    # A campaign list `refresh` started is on screen (or could not be read).
    list_shown = Signal()
    # The database could not be opened and the person gave up: the window
    # has closed (`run_app` then returns 1).
    open_failed = Signal()

    def __init__(self, db: Database | str, parent: QWidget | None = None):
        super().__init__(parent)
        self._url = db if isinstance(db, str) else db.url
        self.db: Database | None = None if isinstance(db, str) else db
        self.campaign_id: int | None = None
        # the tab at each index of the tab widget; None until first shown (`tab`)
        self.tabs: list[CampaignTab | None] = []
        self._stage = WAITING
        self._painted = False
        #: the campaign the list `refresh` is reading should select (see there)
        self._select_next: int | None = None
        self.listing = CampaignLoad(read_campaign_list, self)
        self.listing.shown.connect(self._show_list)
        self.listing.failed.connect(self._list_unreadable)
        self.campaigns = CampaignActions(self)
        self.databases = DatabaseActions(self)
        self.jobs = BackgroundJobs(self)
        from signon.ui.window.undo import UndoSlot

        self.undo_slot = UndoSlot(self)  # Edit → Undo: a deleted campaign, a status change
        self._wire()
        self.campaigns.set_undo(None)
        self._build_pages()
        self.resize(1100, 720)
        restore_layout(self)
        self._show_opening()
        if self.db is None:
            opening.import_store_early()  # while the window paints (app.py starts it sooner)
        QTimer.singleShot(0, self, self._open_when_painted)

    def _wire(self) -> None:
        """The view's actions and widgets to the handlers. An action that
        needs the database does nothing until it is open (a shortcut pressed
        while the window opens)."""
        campaigns, databases = self.campaigns, self.databases
        for action, slot, needs_db in (
                (self.open_action, databases.open_database, True),
                (self.backup_action, databases.backup_now, True),
                (self.quit_action, self.close, False),
                (self.backups_action, databases.show_backups, True),
                (self.undo_action, self.undo_slot.trigger, True),
                (self.preferences_action, self.show_preferences, False),
                (self.new_action, campaigns.new_campaign, True),
                (self.rename_action, campaigns.start_rename, True),
                (self.duplicate_action, campaigns.duplicate_campaign, True),
                (self.delete_action, campaigns.delete_campaign, True),
                (self.settings_action, campaigns.edit_settings, True),
                (self.publish_action, self.publish_edition, True),
                (self.connect_action, databases.connect_team_database, True),
                (self.about_action, self.show_about, True)):
            if needs_db:
                action.triggered.connect(
                    lambda _checked=False, slot=slot: self.is_ready() and slot())
            else:
                action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self.recent_menu.aboutToShow.connect(databases.fill_recent_menu)
        self.campaign_list.model().renameRequested.connect(campaigns.rename_campaign)
        self.campaign_list.doubleClicked.connect(lambda _index: campaigns.edit_settings())
        # The view keeps one selection model for its one model, so this lasts.
        self.campaign_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tab_widget.currentChanged.connect(self._tab_shown)
        self.empty_state.create_button.clicked.connect(campaigns.new_campaign)
        self.empty_state.demo_button.clicked.connect(campaigns.load_demo)
        self.undo_button.clicked.connect(self.undo_slot.trigger)

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

    # After the first paint: a worker thread imports the store (SQLAlchemy,
    # SQLModel: more than half a second), opens the database and imports the
    # visible tab's module (`opening.first_attempt`), while the GUI thread
    # keeps painting and answering; then the GUI thread explains a failure
    # (dialogs) or shows the database, reading the list in the background.
    def _open_step(self) -> None:
        if self._stage != WAITING:
            return
        self._stage = OPENING
        if self.db is not None:  # handed an open database (tests)
            QTimer.singleShot(0, self, self._show_database_step)
            return
        worker = Worker(opening.first_attempt, self._url,
                        TABS[max(self.tab_widget.currentIndex(), 0)][0])
        # queued even when workers run inline (tests): a failure closes the
        # window, which waits for running jobs, and this one must have ended
        queued = Qt.ConnectionType.QueuedConnection
        worker.signals.finished.connect(self._opened, queued)
        worker.signals.failed.connect(
            lambda message: self._opened(opening.Attempt(self._url, message=message)), queued)
        worker.start()

    def _opened(self, tried: opening.Attempt) -> None:
        """The first try ended: go on, or explain it and ask (dialogs)."""
        if not isValid(self) or self._stage != OPENING:  # the window was closed meanwhile
            if tried.db is not None:
                tried.db.close()
            tried.let_go()
            return
        db = tried.db if tried.db is not None else opening.open_url(self._url, self, tried)
        if self._stage != OPENING:  # closed while a dialog was open
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
        self._show_database_step()

    def _show_database_step(self) -> None:
        """The database is open: read the campaign list (in the background),
        reopening the campaign shown last time; see `_first_list_shown`."""
        if self._stage != OPENING:
            return
        self._stage = LISTING
        self.list_shown.connect(self._first_list_shown, Qt.ConnectionType.SingleShotConnection)
        self._select_next = last_campaign(self.db)
        self.refresh()

    def _first_list_shown(self) -> None:
        """The list is on screen: build the visible tab, and once it shows
        the campaign, name the database in the title (which is how a script
        sees the window is ready, bench/bench_startup.py) and say `ready`."""
        if self._stage != LISTING:
            return
        self.campaign_list.set_placeholder("")
        when_loaded(self.tab(self.tab_widget.currentIndex()), self._announce_ready)

    def _announce_ready(self) -> None:
        if self._stage != LISTING:
            return
        self._stage = READY
        self.tab(self.tab_widget.currentIndex())  # another tab clicked meanwhile
        self._show_database()
        # Only now: the watcher's first report is "anything may have changed"
        # (it catches up on commits made before it started), and answering
        # it (the list and the tab's check, read again) slowed the first
        # reads of a 50,000-signatory campaign by a tenth of a second.
        self._watch_team_changes()
        # What start-up made (Qt's wrappers, SQLAlchemy, SQLModel, every
        # module: some 400,000 objects) lives as long as the app: the
        # garbage collector no longer walks it at each full collection,
        # which happen on whatever thread allocates and, with a big
        # campaign's rows being read, froze the window 0.1-0.2 s each.
        gc.freeze()
        self.ready.emit()

    def stop_opening(self) -> None:
        """Nothing more happens on the way to a database (the window closed,
        or `run_app` is leaving)."""
        if self._stage in (WAITING, OPENING, LISTING):
            self._stage = CLOSED

    # ------------------------------------------------------------------ tabs
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
                # not a stop of the Tab key: a focused page showed nothing
                page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        tab.changed.connect(lambda tab=tab: self.note_change(but=tab))
        tab.undo_offered.connect(lambda step, tab=tab: self.undo_slot.offer(tab, step))
        tab.settings_requested.connect(
            lambda setting: self.is_ready() and self.campaigns.edit_settings(focus=setting))
        tab.translation_requested.connect(self.show_translation)
        restore_splitters(self, tab)
        page = self.tab_widget.widget(index)
        page.setWidget(tab)
        tab.setAutoFillBackground(False)  # setWidget turned it on: keep the pane's white
        self.tabs[index] = tab
        tab.set_campaign(self.campaign_id)
        return tab

    def show_translation(self, language: str) -> None:
        """The Statement tab, showing its translation into `language` (the
        Export tab's "Translate the missing texts")."""
        self.tab_widget.setCurrentIndex(STATEMENT_TAB)
        self.tab(STATEMENT_TAB).show_translation(language)

    def publish_edition(self) -> None:
        """Campaign → Publish edition…: the Export tab's Editions page, and
        its Publish edition dialog once the tab has read the campaign (the
        dialog shows the letter as that tab builds it)."""
        if self.campaign_id is None:
            return
        self.tab_widget.setCurrentIndex(EXPORT_TAB)
        export = self.tab(EXPORT_TAB)
        export.pages.setCurrentWidget(export.editions)
        if export.source is not None and not export.reading.loading:
            export.editions.publish()
            return

        def once(_read) -> None:
            export.reading.shown.disconnect(once)
            export.editions.publish()

        export.reading.shown.connect(once)

    def note_change(self, but: CampaignTab | None = None) -> None:
        """Data changed (a tab wrote, a teammate committed): every built tab
        but `but` looks again when it is next shown (`CampaignTab.note_change`)."""
        for tab in self.tabs:
            if tab is not None and tab is not but:
                tab.note_change()

    def focus_tab(self, index: int) -> None:
        """Ctrl+1…4: show the tab and put the keyboard focus inside it (in
        its main pane), wherever the focus was."""
        self.tab_widget.setCurrentIndex(index)
        if self.is_ready() and self.campaign_id is not None:
            focus_into(self.tab(index).main_pane())

    def focus_pane(self, step: int) -> None:
        """F6 / Shift+F6: the next (previous) pane of the window: the
        campaign list, then the parts of the tab in view."""
        panes: list[QWidget] = [self.campaign_list]
        tab = self.current_tab() if self.is_ready() and self.campaign_id is not None else None
        if tab is not None:
            panes += tab.panes()
        focus_next_pane(panes, QApplication.focusWidget(), step)

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
        """Read the campaign list again in the background (`read_campaign_list`),
        then show it keeping (or moving to) a selection. Tabs are told only
        when the campaign actually changes, so a tab that emitted `changed`
        keeps its own state. A later refresh that names no campaign keeps
        the one an earlier refresh still on its way was asked to select."""
        if select is not None:
            self._select_next = select
        self.listing.start(self.db)

    def _show_list(self, summaries: list) -> None:
        """The campaign list `refresh` read: show it, then the campaign."""
        select, self._select_next = self._select_next, None
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
        self.show_campaign(view.current_campaign_id())
        self.list_shown.emit()

    def _list_unreadable(self, message: str) -> None:
        """The list could not be read (a server gone for a moment): say so
        and keep showing the last one."""
        self._select_next = None
        self.statusBar().showMessage(self.tr("Could not read the campaigns: {error}").format(
            error=message), 8000)
        self.list_shown.emit()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_campaign(self.campaign_list.current_campaign_id())

    def show_campaign(self, campaign_id: int | None, reload_tabs: bool = False) -> None:
        """Show this campaign's heading and tell the built tabs (only when it
        changed, or `reload_tabs`); enable what needs a campaign."""
        if campaign_id != self.campaign_id or reload_tabs:
            self.campaign_id = campaign_id
            if campaign_id is not None:
                remember_campaign(self.db, campaign_id)
            for tab in self.tabs:  # only those built; the others are told when built
                if tab is not None:
                    tab.set_campaign(campaign_id)
        has = campaign_id is not None
        for action in (self.rename_action, self.duplicate_action, self.delete_action,
                       self.settings_action, self.publish_action):
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
        self.subheading.setText(detail_line(summary) + verified_part(summary) + deadline)

    def current_summary(self):
        row = self.campaign_list.model().row_of(self.campaign_id) \
            if self.campaign_id is not None else -1
        return self.campaign_list.model().summary(row) if row >= 0 else None

    # -------------------------------------------------------------- database
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
            self.jobs.wait()
        old = self.db
        self.db = db
        self.campaigns.set_undo(None)
        self.undo_slot.clear()  # the tabs and their undos go with the old database
        self._build_pages()
        self._show_database()
        self._select_next = last_campaign(db)
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

    def _watch_team_changes(self) -> None:
        """Show other coordinators' (and other programs') changes as they are
        committed, and list this database under File → Open Recent."""
        from signon.ui.change_watcher import LiveRefresh
        from signon.ui.connect_dialog import remember_database

        if getattr(self, "live_refresh", None) is None:
            self.live_refresh = LiveRefresh(self)
        self.live_refresh.watch(self.db)
        remember_database(self.db.url)

    # ------------------------------------------------------- app-wide dialogs
    def show_preferences(self) -> None:
        from signon.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialogs.exec_dialog(dialog) and dialog.apply():
            self.statusBar().showMessage(dialog.restart_message(), 15000)

    def show_about(self) -> None:
        from signon.ui.about import AboutDialog

        dialogs.exec_dialog(AboutDialog(self.db.display, self))

    # -------------------------------------------------------- background jobs
    def running_jobs(self) -> list[str]:
        """What the person started that still runs in the background, one
        sentence each (see `BackgroundJobs.descriptions`)."""
        return self.jobs.descriptions()

    def finish_jobs(self, action: str = QUIT) -> bool:
        """Before the database closes (QUIT, OPEN another, RESTORE a backup):
        True once no job runs any more (see `BackgroundJobs.finish`)."""
        return self.jobs.finish(action)

    # ----------------------------------------------------------------- events
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.finish_jobs(QUIT):
            event.ignore()
            return
        self.stop_opening()
        save_layout(self)
        if getattr(self, "live_refresh", None) is not None:
            self.live_refresh.stop()
        gc.unfreeze()  # what the window froze may be garbage from now on
        super().closeEvent(event)
