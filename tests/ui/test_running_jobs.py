"""The main window never closes or switches its database under a running job.

Driven through the real window by objectName, with real worker threads
(`Worker.inline` off). To hold a job in the middle of its work, the store
or exchange function it runs is wrapped so that it pauses at a progress
step — inside the status change's transaction, or with the export's temp
file half written — until the test lets it go on or the job is cancelled
(as in tests/ui/test_bulk_status.py). The question goes through
`dialogs.exec_dialog`, which the `answers` fixture hands to the test: it
clicks the box's real buttons.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from exchange.letter_fixtures import reference_campaign
from outreach.conftest import (  # noqa: F401  (fixtures)
    campaign,
    forget_session_passwords,
    queue,
    smtp_server,
)
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QToolButton
from support.big_campaign import event_count, seed, statuses

import signon.store.signatories as signatory_store
from signon.outreach.settings import save_smtp_settings
from signon.progress import Progress
from signon.store import outbox as outbox_store
from signon.store.database import open_database
from signon.ui import dialogs
from signon.ui.export import writing as export_module
from signon.ui.outreach import outbox_sending
from signon.ui.window import jobs as window_jobs
from signon.ui.worker import Worker

#: Enough rows for the change to run off the GUI thread, in several chunks.
ROWS = 6000


@dataclass
class Pause:
    """Where a job holds: `reached` once it is there; it goes on when
    `resume` is set or its own Progress was cancelled."""

    reached: threading.Event = field(default_factory=threading.Event)
    resume: threading.Event = field(default_factory=threading.Event)

    def hold(self, progress: Progress, honour_cancel: bool = True) -> None:
        self.reached.set()
        deadline = time.monotonic() + 20
        while not self.resume.wait(0.01) and time.monotonic() < deadline:
            if honour_cancel and progress.cancelled:
                break


class HeldProgress(Progress):
    """The worker's own Progress (its signals and its cancel), held at the
    first step or check for which `when(done)` is true (`done` is None for a
    check). A job cancelled while held stops at that same call."""

    def __init__(self, inner: Progress, pause: Pause, when: Callable[[int | None], bool],
                 honour_cancel: bool = True):
        super().__init__()
        self.inner, self.pause, self.when = inner, pause, when
        self.honour_cancel = honour_cancel

    def _maybe_hold(self, done: int | None) -> None:
        if not self.pause.reached.is_set() and self.when(done):
            self.pause.hold(self.inner, self.honour_cancel)

    def step(self, done: int, total: int = 0, message: str = "") -> None:
        self._maybe_hold(done)
        self.inner.step(done, total, message)

    def check(self) -> None:
        self._maybe_hold(None)
        self.inner.check()

    @property
    def cancelled(self) -> bool:
        return self.inner.cancelled


@pytest.fixture
def threads(monkeypatch):
    """Real worker threads (the ui conftest runs them inline)."""
    monkeypatch.setattr(Worker, "inline", False)
    yield
    assert QThreadPool.globalInstance().waitForDone(20000)


@pytest.fixture
def pause() -> Pause:
    state = Pause()
    yield state
    state.resume.set()  # never leave a worker waiting


def click(name: str):
    """An `answers.on_dialog` that clicks the button `name` of the box."""
    def answer(box) -> bool:
        assert box.objectName() == "stopJobsDialog"
        box.findChild(QPushButton, name).click()
        return False

    return answer


def n(number: int) -> str:
    return QLocale().toString(number)


# ------------------------------------------------------- status change


@pytest.fixture
def paused_change(monkeypatch, pause):
    """bulk_set_status holds inside its transaction after its first chunk."""
    real = signatory_store.bulk_set_status

    def paused(session, ids, status, *, progress, **kwargs):
        held = HeldProgress(progress, pause, lambda done: bool(done))
        return real(session, ids, status, progress=held, **kwargs)

    monkeypatch.setattr(signatory_store, "bulk_set_status", paused)
    return pause


@pytest.fixture
def status_dialog(monkeypatch, answers):
    """The status dialog answers "reminded"; the Signatories tab shows no
    error. Other dialogs and errors (the window's) go to `answers`."""
    from signon.ui.signatories_tab import SignatoriesTab

    window_exec, window_error = dialogs.exec_dialog, dialogs.error

    def exec_dialog(dialog):
        if dialog.objectName() != "bulkStatusDialog":
            return window_exec(dialog)
        combo = dialog.findChild(QComboBox, "statusChoice")
        combo.setCurrentIndex(combo.findData("reminded"))
        dialog.findChild(QLineEdit, "statusNote").setText("wave 2")
        return True

    def error(parent, message, title=""):
        if isinstance(parent, SignatoriesTab):
            pytest.fail(f"error {message}")
        window_error(parent, message, title)

    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    monkeypatch.setattr(dialogs, "error", error)


def start_change(window, db):
    cid, _ = seed(db, ROWS)
    window.refresh(select=cid)
    assert Worker.wait_for_all(20)  # the list is read in the background
    window.tab_widget.setCurrentIndex(1)
    tab = window.tab(1)
    # with real threads the rows are read in the background (issue 22)
    assert Worker.wait_for_all(20)
    tab.findChild(QTableView, "signatoryTable").selectAll()
    tab.findChild(QToolButton, "bulkStatusButton").click()
    return tab


def test_closing_during_a_status_change_can_keep_working(main_window, db, qtbot, answers,
                                                         threads, paused_change,
                                                         status_dialog):
    tab = start_change(main_window, db)
    qtbot.waitUntil(paused_change.reached.is_set, timeout=20000)
    assert tab.bulk_running
    answers.on_dialog = click("keepWorkingButton")

    assert main_window.close() is False
    [box] = answers.dialogs
    assert box.text() == (f"A status change of {n(ROWS)} signatories is still running. "
                          "Cancelling rolls it back: no signatory is changed.\n\n"
                          "Cancel it and quit?")
    assert box.findChild(QPushButton, "stopJobsButton").text() == "Cancel and quit"
    assert box.findChild(QPushButton, "keepWorkingButton").text() == "Keep working"
    assert main_window.isVisible() and main_window.isEnabled()
    assert tab.bulk_running and not paused_change.resume.is_set()
    assert main_window.running_jobs() == [box.text().split("\n\n")[0]]

    paused_change.resume.set()  # the change goes on and commits, on the open database
    qtbot.waitUntil(lambda: not tab.bulk_running, timeout=30000)
    assert statuses(db) == {"reminded": ROWS}
    assert main_window.running_jobs() == []
    assert main_window.close() is True  # nothing runs: no second question
    assert len(answers.dialogs) == 1


def test_closing_during_a_status_change_can_cancel_it_and_quit(main_window, db, qtbot,
                                                               answers, threads,
                                                               paused_change, status_dialog):
    events_before = event_count(db)
    tab = start_change(main_window, db)
    qtbot.waitUntil(paused_change.reached.is_set, timeout=20000)
    answers.on_dialog = click("stopJobsButton")

    assert main_window.close() is True  # returns once the job has ended
    assert len(answers.dialogs) == 1
    assert not main_window.isVisible()
    assert jobs_running() == []
    assert not tab.bulk_running  # its cancelled handler ran before the window went
    assert "no signatory was changed" in tab.findChild(QLabel, "noticeBar").text()
    assert statuses(db) == {"invited": ROWS}  # rolled back: nothing half written
    assert event_count(db) == events_before


def test_a_job_that_does_not_stop_keeps_the_window_open(main_window, db, qtbot, answers,
                                                        threads, pause, status_dialog,
                                                        monkeypatch):
    """A job that takes longer than the wait allows: said in one line,
    nothing closed; the window works again."""
    real = signatory_store.bulk_set_status

    def stubborn(session, ids, status, *, progress, **kwargs):
        held = HeldProgress(progress, pause, lambda done: bool(done), honour_cancel=False)
        return real(session, ids, status, progress=held, **kwargs)

    monkeypatch.setattr(signatory_store, "bulk_set_status", stubborn)
    monkeypatch.setattr(window_jobs, "STOP_WAIT_S", 0.3)
    tab = start_change(main_window, db)
    qtbot.waitUntil(pause.reached.is_set, timeout=20000)
    answers.on_dialog = click("stopJobsButton")

    assert main_window.close() is False
    [message] = answers.errors
    assert "\n" not in message
    assert "did not stop" in message and "nothing was closed" in message
    assert main_window.isVisible() and main_window.isEnabled()
    assert tab.bulk_running
    pause.resume.set()  # it was cancelled: at its next step it stops and rolls back
    qtbot.waitUntil(lambda: not tab.bulk_running, timeout=30000)
    assert statuses(db) == {"invited": ROWS}
    assert main_window.close() is True
    assert len(answers.dialogs) == 1  # a cancelled job is waited for, not asked about again


def test_switch_database_called_directly_still_stops_the_job(main_window, db, tmp_path,
                                                             qtbot, answers, threads,
                                                             paused_change, status_dialog):
    """A caller that did not ask (the Backups dialog's restore calls
    switch_database itself) has decided already: the job is cancelled
    without a question and waited for before the old database closes."""
    tab = start_change(main_window, db)
    qtbot.waitUntil(paused_change.reached.is_set, timeout=20000)
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")

    main_window.switch_database(other)
    assert answers.dialogs == []
    assert jobs_running() == [] and not tab.bulk_running
    assert main_window.db is other
    assert statuses(db) == {"invited": ROWS}
    other.close()


# --------------------------------------------------------------- export


def jobs_running() -> list[Worker]:
    """The person's jobs still running (a new database's list is read in
    the background meanwhile: not a job anyone waits for)."""
    return [job for job in Worker.running() if job.description]


def part_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".part")] if folder.exists() else []


def held_pdf_export(monkeypatch, pause, tmp_path) -> tuple[Path, Path]:
    """The Export tab's export, held by `pause` once its temp file exists;
    the output folder and the target file."""
    out = tmp_path / "out"
    target = out / "letter.pdf"
    real = export_module.write_export

    def held_export(fmt, path, letters, *, progress, **kwargs):
        held = HeldProgress(progress, pause, lambda _done: bool(part_files(out)))
        return real(fmt, path, letters, progress=held, **kwargs)

    monkeypatch.setattr(export_module, "write_export", held_export)
    monkeypatch.setattr(export_module, "choose_output", lambda _parent, _fmt, _suggested: target)
    return out, target


def start_pdf_export(main_window, db, qtbot, pause):
    """Export the reference campaign as PDF from the Export tab, and wait
    until the job is held mid-write; the tab."""
    with db.session() as s:
        cid = reference_campaign(s)
    main_window.refresh(select=cid)
    qtbot.waitUntil(lambda: main_window.campaign_id == cid)  # read in the background
    main_window.tab_widget.setCurrentIndex(3)
    tab = main_window.tab(3)
    assert Worker.wait_for_all(20)  # the letter is read in the background (issue 22)
    combo = tab.findChild(QComboBox, "exportFormat")
    combo.setCurrentIndex(combo.findData("pdf"))
    tab.findChild(QPushButton, "exportButton").click()
    qtbot.waitUntil(pause.reached.is_set, timeout=20000)
    return tab


def test_switching_the_database_during_an_export_cancels_it(main_window, db, tmp_path, qtbot,
                                                            answers, threads, pause,
                                                            monkeypatch):
    out, target = held_pdf_export(monkeypatch, pause, tmp_path)
    other_path = tmp_path / "other.db"
    open_database(f"sqlite:///{other_path}").close()
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *_a, **_k: str(other_path))
    tab = start_pdf_export(main_window, db, qtbot, pause)
    assert part_files(out) and not target.exists()  # half written
    answers.on_dialog = click("stopJobsButton")

    main_window.open_action.trigger()
    [box] = answers.dialogs
    assert box.text() == ("An export to letter.pdf is still being written. Cancelling it "
                          "leaves no file.\n\nCancel it and open the other database?")
    assert box.findChild(QPushButton, "stopJobsButton").text() == "Cancel and open"
    assert main_window.db.path == other_path
    assert main_window.findChild(QLabel, "dbLabel").text() == main_window.db.display
    assert jobs_running() == []
    assert not target.exists() and part_files(out) == []  # no partial file anywhere
    assert tab.status.text() == "Export cancelled; no file was written."
    assert answers.errors == []
    main_window.db.close()


def test_switching_during_an_export_can_keep_working(main_window, db, tmp_path, qtbot,
                                                     answers, threads, pause, monkeypatch):
    out, target = held_pdf_export(monkeypatch, pause, tmp_path)
    monkeypatch.setattr(export_module, "exported_message", lambda _parent, _path: False)
    opened = []
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *_a, **_k: str(tmp_path / "o.db"))
    monkeypatch.setattr("signon.ui.opening.open_with_recovery",
                        lambda *a, **k: opened.append(a) or None)
    tab = start_pdf_export(main_window, db, qtbot, pause)
    answers.on_dialog = click("keepWorkingButton")

    main_window.open_action.trigger()
    assert len(answers.dialogs) == 1
    assert opened == []  # the other file was not even opened
    assert main_window.db is db
    pause.resume.set()
    qtbot.waitUntil(lambda: tab.exporting.worker is None, timeout=30000)
    assert target.exists() and part_files(out) == []
    assert tab.status.text() == f"Exported to {target}"


# -------------------------------------------------------------- sending


def test_closing_while_sending_stops_between_messages(main_window, db, campaign,  # noqa: F811
                                                      smtp_server, qtbot, answers,  # noqa: F811
                                                      threads, pause, monkeypatch):
    """The question says what cancelling does to the outbox, and it is
    what happens: the message sent stays sent, the others stay queued."""
    with db.session() as s:
        save_smtp_settings(s, smtp_server.settings())
    queue(db, campaign)
    real = outbox_sending.send_outbox

    def held_send(*args, progress, **kwargs):
        held = HeldProgress(progress, pause, lambda done: done == 1)  # one message sent
        return real(*args, progress=held, **kwargs)

    monkeypatch.setattr(outbox_sending, "send_outbox", held_send)
    main_window.refresh(select=campaign)
    qtbot.waitUntil(lambda: main_window.campaign_id == campaign)  # read in the background
    main_window.tab_widget.setCurrentIndex(2)
    outbox = main_window.tab(2).outbox
    outbox.refresh()
    qtbot.waitUntil(lambda: not outbox.reading.loading)  # read in the background
    outbox.findChild(QPushButton, "sendButton").click()
    qtbot.waitUntil(pause.reached.is_set, timeout=20000)
    answers.on_dialog = click("stopJobsButton")

    assert main_window.close() is True
    [box] = answers.dialogs
    assert box.text() == ("The outbox is still being sent (5 messages). Cancelling stops "
                          "after the message being sent: messages already sent stay sent, "
                          "the others stay in the outbox for the next Send.\n\n"
                          "Cancel it and quit?")
    assert len(smtp_server.handler.messages) == 1
    with db.session() as s:
        states = sorted(m.state for m in outbox_store.outbox(s, campaign))
    assert states == ["queued"] * 4 + ["sent"]


# ------------------------------------------------------- nothing / backup


def test_nothing_running_means_no_question(main_window, db, tmp_path, answers, monkeypatch):
    other_path = tmp_path / "other.db"
    monkeypatch.setattr(dialogs, "choose_database_file", lambda *_a, **_k: str(other_path))
    main_window.open_action.trigger()
    assert main_window.db.path == other_path
    assert main_window.close() is True
    assert answers.dialogs == [] and answers.errors == []
    main_window.db.close()


def test_a_backup_is_waited_for_not_cancelled(main_window, db, db_path, qtbot, answers,
                                              threads, pause, monkeypatch):
    """Quitting while "Back up now" writes: no question, the backup ends and
    is kept, then the window closes."""
    from signon.config import backups_dir
    from signon.store import backup

    real = backup.backup_database

    def slow_backup(db_or_url, *args, progress, **kwargs):
        pause.hold(progress, honour_cancel=False)
        return real(db_or_url, *args, progress=progress, **kwargs)

    monkeypatch.setattr(backup, "backup_database", slow_backup)
    main_window.backup_action.trigger()
    qtbot.waitUntil(pause.reached.is_set, timeout=20000)
    assert main_window.running_jobs() == []  # nothing to ask about
    threading.Timer(0.3, pause.resume.set).start()

    assert main_window.close() is True
    assert answers.dialogs == [] and answers.errors == []
    assert len(list(backups_dir().glob(f"{db_path.stem}-*.db"))) == 1
