"""Reading a tab's campaign off the GUI thread (issue 22).

A tab used to read its campaign inside `set_campaign`, on the GUI thread: a
50,000-signatory campaign froze the window for seconds at every switch, and a
team server on another continent for as long as its round trips took.
`CampaignLoad` runs the tab's read function (`read(db, campaign_id)`, a plain
function of the store or outreach layer that returns everything the tab
shows: one snapshot per switch) in a `Worker`, and hands the result back to
the tab on the GUI thread.

Switching quickly from campaign to campaign starts a read per switch; only the
newest one is shown. Each read carries the number it was started with, and a
result whose number is not the latest is dropped (a thread cannot be stopped
in the middle of a query, so the stale read finishes and is thrown away). The
tab shows an unobtrusive "Loading…" state meanwhile (`loading_changed`).

Tests run workers inline (`tests/ui/conftest.py`), so there a load is over
when `start` returns, as the synchronous reads were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from signon.ui.worker import Worker

if TYPE_CHECKING:
    from signon.store.database import Database


def _read_campaign(read: Callable[..., Any], db: Database, *args, progress) -> Any:
    """Worker side: the tab's read (short, so not cancellable half-way)."""
    del progress
    return read(db, *args)


class CampaignLoad(QObject):
    """One tab's reads of its campaign; see the module docstring.

    `shown(result)` is called on the GUI thread with the newest read's result,
    `failed(message)` with the one-line reason it could not be read (a locked
    file, an unreachable server)."""

    #: True when a read starts, False when the newest one ended (shown or failed).
    loading_changed = Signal(bool)
    shown = Signal(object)
    failed = Signal(str)

    def __init__(self, read: Callable[..., Any], parent: QObject | None = None, *,
                 background: bool = False):
        super().__init__(parent)
        self._read = read
        self._number = 0
        self.loading = False
        #: work over what the tab already shows (a check for other
        #: coordinators' changes, the table's search texts, the names under
        #: the Statement tab's preview): `when_loaded`
        #: does not wait for it (the window's first check ran while a distant
        #: server's first reads were on their way, and held back "ready" by
        #: six round trips for a "nothing changed")
        self.background = background

    def start(self, db: Database, *args) -> None:
        """Read (`read(db, *args)`, usually `args` starting with the campaign
        id) in the background; any read still running is dropped when it
        ends."""
        self._number += 1
        number = self._number
        worker = Worker(_read_campaign, self._read, db, *args)
        # delivered on the GUI thread: the signals' object lives there
        worker.signals.finished.connect(lambda result: self._finished(number, result))
        worker.signals.failed.connect(lambda message: self._failed(number, message))
        self._set_loading(True)
        worker.start()

    def drop(self) -> None:
        """Forget the reads still running (the tab shows no campaign now)."""
        self._number += 1
        self._set_loading(False)

    def _finished(self, number: int, result: Any) -> None:
        if not isValid(self) or number != self._number:
            return  # the tab is gone (a database switch), or a newer switch came
        self._set_loading(False)
        self.shown.emit(result)

    def _failed(self, number: int, message: str) -> None:
        if not isValid(self) or number != self._number:
            return
        self._set_loading(False)
        self.failed.emit(message)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)


def when_loaded(widget: QObject, then: Callable[[], None]) -> None:
    """Call `then` once no `CampaignLoad` of `widget` (a tab) is reading
    what it shows (`background` work is not waited for: the Statement
    tab's preview names, a check for teammates' changes):
    at once when none is, else when the last one ends. A load that ends by
    starting another is waited for too: the check runs on the next turn of
    the event loop."""
    def check() -> None:
        if not isValid(widget):
            return
        busy = [load for load in widget.findChildren(CampaignLoad)
                if load.loading and not load.background]
        if not busy:
            then()
            return
        waiting = [True]

        def ended(loading: bool) -> None:
            if not loading and waiting[0]:
                waiting[0] = False
                QTimer.singleShot(0, check)

        for load in busy:
            load.loading_changed.connect(ended)

    check()
