"""Showing other coordinators' changes without a restart.

`ChangeWatcher` runs the store's change detector (`signon.store.changes`:
SQLite's data_version, PostgreSQL's LISTEN) on a thread of its own and emits
`changed` on the GUI thread. `LiveRefresh` turns that into a refresh of the
main window: the campaign list (counts, titles) and the tab being looked at,
through its `reload_if_changed()` — each tab compares what it shows with
the store first, so our own saves (which the detector sees too) cost a cheap
query, not a reload. A refresh never lands under the coordinator's hands:
while a dialog is open or a cell is being edited it waits, and the Statement
tab never replaces text with unsaved edits (it offers Reload instead).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

#: Seconds one wait of the detector lasts (stop() interrupts it at once).
WAIT_SLICE_S = 1.0
#: Seconds between attempts when the detector cannot be opened (a server
#: that went away after the window opened).
RETRY_S = 5.0
#: Longest wait for the watcher's thread to close its connection when the
#: database closes (a SQLite poll wakes at once; a PostgreSQL wait within
#: half a second).
JOIN_TIMEOUT_S = 2.0
#: Changes arriving within this many milliseconds are one refresh. The
#: detector already gathers a burst of commits (50 ms); 300 ms here made a
#: teammate's change on a server 100 ms away take 0.95 s to show.
DEBOUNCE_MS = 100
#: How long to wait before trying again when an edit is in progress.
BUSY_RETRY_MS = 1000


class ChangeWatcher(QObject):
    """Emits `changed(frozenset[str])` (table names, or "*" for "anything")
    when another connection commits to the watched database."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stop: threading.Event | None = None
        self._detector: list = []  # the running watch's detector, once open
        self._generation = 0

    def watch(self, url: str):
        """Watch `url` from now on (stops watching the previous database).
        Returns at once: the detector connects on its own thread. Returns a
        function that stops this watch and waits until its connection is
        closed (it touches no Qt object, so it may run after the window is
        gone)."""
        self.stop()
        self._generation += 1
        stop = self._stop = threading.Event()
        detector = self._detector = []
        thread = threading.Thread(target=self._run,
                                  args=(url, stop, self._generation, detector),
                                  name="signon-change-watcher", daemon=True)
        thread.start()

        def halt() -> None:
            _interrupt(stop, detector)
            if thread is not threading.current_thread():
                thread.join(JOIN_TIMEOUT_S)

        return halt

    def stop(self) -> None:
        """Stop watching; the thread's wait is interrupted and it ends soon
        on its own (a SQLite poll at once, a PostgreSQL wait within 0.1 s)."""
        if self._stop is not None:
            _interrupt(self._stop, self._detector)
            self._stop = None

    @property
    def active(self) -> bool:
        return self._stop is not None

    def _run(self, url: str, stop: threading.Event, generation: int, holder: list) -> None:
        from signon.store.changes import ANY, open_change_detector

        detector = None
        while detector is None:
            if stop.is_set():
                return
            try:
                detector = open_change_detector(url)
            except Exception:  # unreachable for now: the window works, try again later
                stop.wait(RETRY_S)
                continue
            if detector is None:  # nothing to watch (a database in memory)
                return
        holder.append(detector)  # from now on stop() interrupts its wait
        # The detector counts from the moment it opened, on this thread: a
        # commit between the window reading the database and that moment (the
        # thread started late on a busy machine, the server was unreachable
        # for a while) would stay unseen until the next one. So the first
        # report is "anything may have changed"; readers compare with the
        # store first, which costs a cheap query when nothing did.
        tables = frozenset({ANY})
        try:
            while not stop.is_set():
                if tables and generation == self._generation:
                    try:
                        self.changed.emit(tables)  # queued onto the GUI thread
                    except RuntimeError:  # the window (and this object) is gone
                        return
                tables = detector.wait(WAIT_SLICE_S)
        finally:
            detector.close()


def _interrupt(stop: threading.Event, holder: list) -> None:
    """Stop one watch: its loop ends, and a wait in progress returns now
    instead of after its slice (closing the window waited a whole second)."""
    stop.set()
    for detector in holder:
        detector.stop()


def editing_in_progress() -> bool:
    """A dialog, a menu or a cell editor is open: a refresh now could throw
    away what the coordinator is typing or choosing."""
    if QApplication.activeModalWidget() is not None or \
            QApplication.activePopupWidget() is not None:
        return True
    widget: QWidget | None = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, QAbstractItemView) and \
                widget.state() == QAbstractItemView.State.EditingState:
            return True
        widget = widget.parentWidget()
    return False


class LiveRefresh(QObject):
    """The main window's side of change watching: debounced, deferred while
    an edit is in progress, then `window.refresh()` and the current tab's
    `reload_if_changed()`."""

    refreshed = Signal(object)  # the tables that changed, after a refresh

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.watcher = ChangeWatcher(self)
        self.watcher.changed.connect(self._on_changed)
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.apply)

    def watch(self, db) -> None:
        self._pending.clear()
        self._timer.stop()
        halt = self.watcher.watch(db.url)
        # closing the database (switching, restoring a backup over it, quitting)
        # first closes the watcher's own connection to it
        db.on_close(halt)

    def stop(self) -> None:
        self._timer.stop()
        self.watcher.stop()

    def _on_changed(self, tables) -> None:
        self._pending |= set(tables)
        if not self._timer.isActive():
            self._timer.start(DEBOUNCE_MS)

    def apply(self) -> None:
        """Refresh now, or a little later if the coordinator is editing."""
        if not self._pending:
            return
        if editing_in_progress():
            self._timer.start(BUSY_RETRY_MS)
            return
        tables, self._pending = frozenset(self._pending), set()
        window = self.window
        # Both read in the background (a distant server's round trips never
        # freeze the window); a read that fails says so in the status bar
        # (the list) or on the tab, and the next change tries again.
        window.refresh()
        tabs = getattr(window, "tabs", [])
        index = window.tab_widget.currentIndex()
        tab = tabs[index] if 0 <= index < len(tabs) else None
        if tab is not None and window.campaign_id is not None:
            tab.reload_if_changed()
        window.note_change(but=tab)  # the others look when shown
        self.refreshed.emit(tables)
