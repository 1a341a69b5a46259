"""A status change of thousands of signatories runs off the GUI thread.

Driven through the real widgets by objectName, with real worker threads
(`Worker.inline` off). To look at the tab while the change runs, the
store's `bulk_set_status` is wrapped so that it pauses inside its
transaction, right after the first chunk was written, until the test lets
it go on.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
)
from sqlmodel import select
from support.big_campaign import event_count, seed, statuses

import signon.store.signatories as store
from signon.progress import Progress
from signon.store.models import SignatoryEvent
from signon.ui import dialogs
from signon.ui.signatories import bulk_status
from signon.ui.worker import Worker

#: Enough rows for several chunks and for the whole-table refresh.
ROWS = 6000
#: Of them, declined ones the workflow will not move to "reminded".
DECLINED = 5


def n(number: int) -> str:
    """A count as %Ln writes it in the test's locale ("6000" or "6,000")."""
    return QLocale().toString(number)


@dataclass
class Pause:
    """Holds the real bulk_set_status inside its transaction after the
    first chunk it wrote, until `resume` is set."""

    reached: threading.Event = field(default_factory=threading.Event)
    resume: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def pause(monkeypatch) -> Pause:
    state = Pause()
    real = store.bulk_set_status

    def paused(session, ids, status, *, progress, **kwargs):
        def step(done: int, total: int, message: str) -> None:
            progress.step(done, total, message)  # the worker's: signals, and cancel
            if done > 0 and not state.reached.is_set():
                state.reached.set()
                state.resume.wait(20)
                progress.check()

        return real(session, ids, status, progress=Progress(step), **kwargs)

    monkeypatch.setattr(store, "bulk_set_status", paused)
    yield state
    state.resume.set()  # never leave a worker waiting


@pytest.fixture
def threads(monkeypatch):
    """Real worker threads (the ui conftest runs them inline)."""
    monkeypatch.setattr(Worker, "inline", False)
    yield
    assert QThreadPool.globalInstance().waitForDone(20000)


@dataclass
class Answers:
    status: str = "reminded"
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch) -> Answers:
    state = Answers()

    def exec_dialog(dialog):
        assert dialog.objectName() == "bulkStatusDialog"
        combo = dialog.findChild(QComboBox, "statusChoice")
        combo.setCurrentIndex(combo.findData(state.status))
        channel = dialog.findChild(QComboBox, "channelChoice")
        channel.setCurrentIndex(channel.findData("email"))
        dialog.findChild(QLineEdit, "statusNote").setText("wave 2")
        return True

    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    monkeypatch.setattr(dialogs, "error",
                        lambda _p, message, title="": state.errors.append(message))
    return state


def open_tab(qtbot, db, campaign_id: int):
    from signon.ui.signatories_tab import SignatoriesTab

    window = QMainWindow()  # for the status bar message
    tab = SignatoriesTab(db)
    window.setCentralWidget(tab)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    tab.set_campaign(campaign_id)
    # with real threads the rows are read in the background (issue 22)
    qtbot.waitUntil(lambda: not tab.reading.loading, timeout=20000)
    return window, tab


def start_change(tab) -> None:
    tab.findChild(QTableView, "signatoryTable").selectAll()
    tab.findChild(QToolButton, "bulkStatusButton").click()


def writing_buttons(tab) -> list[QToolButton]:
    return [tab.findChild(QToolButton, name) for name in (
        "bulkStatusButton", "removeSignatoryButton", "addSignatoryButton", "importButton",
        "duplicatesButton")]


def test_thousands_change_in_the_background_with_progress(qtbot, db, threads, pause,
                                                          answers):
    cid, _ = seed(db, ROWS, lambda i: "declined" if i >= ROWS - DECLINED else "invited")
    window, tab = open_tab(qtbot, db, cid)
    events_before = event_count(db)
    start_change(tab)

    qtbot.waitUntil(pause.reached.is_set, timeout=20000)
    strip = tab.findChild(QLabel, "bulkStatusText")
    bar = tab.findChild(QProgressBar, "bulkStatusProgress")
    assert strip.isVisible() and f"Moving {n(ROWS)} signatories to reminded" in strip.text()
    qtbot.waitUntil(lambda: bar.maximum() == 2 * (ROWS - DECLINED) and bar.value() > 0)
    assert tab.findChild(QPushButton, "bulkStatusCancel").isEnabled()
    # no second change, no edit, no other write while this one runs
    assert not any(b.isEnabled() for b in writing_buttons(tab))
    assert not any(a.isEnabled() for a in tab.status_actions.values())
    # ...but searching and filtering work (the GUI thread is free)
    search = tab.findChild(QLineEdit, "signatorySearch")
    search.setText("Org 0001")
    tab.apply_filter_now()
    assert tab.model.rowCount() == 10
    search.clear()
    tab.apply_filter_now()
    tab.findChild(QTableView, "signatoryTable").selectAll()
    assert statuses(db) == {"invited": ROWS - DECLINED, "declined": DECLINED}  # uncommitted

    pause.resume.set()
    qtbot.waitUntil(lambda: not tab.bulk_running, timeout=30000)
    assert statuses(db) == {"reminded": ROWS - DECLINED, "declined": DECLINED}
    assert event_count(db) == events_before + ROWS - DECLINED
    with db.session() as s:
        last = s.exec(select(SignatoryEvent).order_by(SignatoryEvent.id.desc())).first()
        assert (last.channel, last.note, last.to_status) == ("email", "wave 2", "reminded")
    assert not bar.isVisible()
    counts = tab.findChild(QLabel, "statusCounts").text().replace("&nbsp;", " ")
    moved = n(ROWS - DECLINED)
    assert f"{moved} reminded" in counts and "5 declined" in counts and "invited" not in counts
    notice = tab.findChild(QLabel, "noticeBar").text()
    assert f"{moved} moved to reminded" in notice and "5 left unchanged" in notice
    assert window.statusBar().currentMessage() == f"{moved} moved to reminded. 5 left unchanged."
    assert len(tab.selected_ids()) == ROWS  # the selection survived the reload
    assert all(b.isEnabled() for b in writing_buttons(tab))
    assert not answers.errors


def test_cancel_mid_way_changes_nothing(qtbot, db, threads, pause, answers):
    cid, _ = seed(db, ROWS)
    _window, tab = open_tab(qtbot, db, cid)
    events_before = event_count(db)
    answers.status = "endorsed"
    start_change(tab)
    qtbot.waitUntil(pause.reached.is_set, timeout=20000)
    # the panel shows a signatory picked meanwhile, without its edit buttons
    tab.select_ids(tab.shown_ids()[:1])
    assert tab.findChild(QLabel, "detailsName").text() == "Org 00000"
    assert not tab.findChild(QPushButton, "editSignatoryButton").isEnabled()
    assert not tab.findChild(QPushButton, "nextStatus_endorsed").isEnabled()
    cancel = tab.findChild(QPushButton, "bulkStatusCancel")
    cancel.click()
    assert not cancel.isEnabled()
    assert tab.findChild(QLabel, "bulkStatusText").text() == "Cancelling…"
    pause.resume.set()  # the first 5,000 rows are written; the next step stops it
    qtbot.waitUntil(lambda: not tab.bulk_running, timeout=30000)
    assert statuses(db) == {"invited": ROWS}
    assert event_count(db) == events_before
    assert "cancelled; no signatory was changed" in tab.findChild(QLabel, "noticeBar").text()
    assert tab.findChild(QPushButton, "editSignatoryButton").isEnabled()
    assert tab.findChild(QToolButton, "bulkStatusButton").isEnabled()
    counts = tab.findChild(QLabel, "statusCounts").text().replace("&nbsp;", " ")
    assert f"{n(ROWS)} invited" in counts
    assert not answers.errors


def test_a_locked_database_is_one_line_and_changes_nothing(qtbot, tmp_path, monkeypatch,
                                                            threads, answers):
    from signon.store import database
    from signon.store.database import open_database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "busy.db"
    db = open_database(f"sqlite:///{path}")
    try:
        cid, _ = seed(db, bulk_status.SYNC_LIMIT + 100)
        _window, tab = open_tab(qtbot, db, cid)
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another program writing; readers still read
        try:
            start_change(tab)
            qtbot.waitUntil(lambda: not tab.bulk_running, timeout=20000)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert len(answers.errors) == 1
        assert "\n" not in answers.errors[0] and "locked" in answers.errors[0]
        assert statuses(db) == {"invited": bulk_status.SYNC_LIMIT + 100}
        assert not tab.findChild(QLabel, "bulkStatusText").isVisible()
        assert tab.findChild(QToolButton, "bulkStatusButton").isEnabled()
    finally:
        QThreadPool.globalInstance().waitForDone(20000)
        db.close()


def test_a_few_rows_change_at_once_without_the_strip(qtbot, db, threads, answers):
    cid, _ = seed(db, 40)
    _window, tab = open_tab(qtbot, db, cid)
    tab.select_ids(tab.shown_ids()[:3])
    shown = []
    tab.bulk_strip.start = lambda *a: shown.append(a)  # would flash for milliseconds
    tab.findChild(QToolButton, "bulkStatusButton").click()
    # no waiting: written on the GUI thread before the click returned
    assert statuses(db) == {"reminded": 3, "invited": 37}
    assert shown == [] and not tab.bulk_running
    assert "3 moved to reminded" in tab.findChild(QLabel, "noticeBar").text()
    assert len(tab.selected_ids()) == 3
