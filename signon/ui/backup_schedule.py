"""Daily backups while the app is open.

A coordinator rarely thinks of backing up, so the app does it: shortly
after start and then every hour it looks at the newest backup of the open
database in the backup folder, and when that is older than a day (or there
is none) it writes one off the GUI thread (`signon.ui.worker.Worker`).
`backup_database` checks the copy and prunes the folder under the backup
periods the person set in File → Backups… (by default 14 daily and 8
weekly backups, safety copies 30 days), so the folder never grows without
bound and what was deleted from the database does not stay in it for good.

The schedule follows the window's current database (File → Open switches
it) and stays quiet about success except for a status-bar line; a failure
(the backup drive is unplugged, the disk is full) is a status-bar warning,
not a modal dialog at start-up, and is tried again at the next check.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from signon.ui.worker import Worker

if TYPE_CHECKING:  # made before the window has opened its database
    from signon.store.database import Database

INTERVAL = timedelta(days=1)
CHECK_EVERY_MS = 60 * 60 * 1000
#: The first check waits until the window is up and idle.
FIRST_CHECK_MS = 5 * 1000
MESSAGE_MS = 15000


class BackupSchedule(QObject):
    """Backs up `window.db` when its newest backup is older than `interval`."""

    backed_up = Signal(object)  # Path of the new backup
    failed = Signal(str)

    def __init__(self, window: QMainWindow, *, interval: timedelta = INTERVAL,
                 check_every_ms: int = CHECK_EVERY_MS,
                 clock: Callable[[], datetime] = datetime.now):
        super().__init__(window)
        self.window = window
        self.interval = interval
        self.clock = clock
        self.job: Worker | None = None
        self.last_error: str | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("backupScheduleTimer")
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)

    @property
    def db(self) -> Database | None:
        """The window's database; None while the window is still opening it."""
        return self.window.db

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_check_ms, self.check)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def busy(self) -> bool:
        return self.job is not None or getattr(self.window, "_backup_job", None) is not None

    def last_backup_time(self) -> datetime | None:
        """When the open database was last backed up into the backup folder
        (None: never, or not a file database)."""
        from signon.config import backups_dir_path
        from signon.store.backup import list_backups

        path = self.db.path
        if path is None:
            return None
        for backup in list_backups(backups_dir_path()):
            if backup.stem == path.stem:
                return backup.taken
        return None

    def due(self) -> bool:
        """A file database whose newest backup is missing or too old."""
        if self.db is None:  # not open yet: the next check will see
            return False
        path = self.db.path
        if path is None or not path.exists():  # PostgreSQL: its server backs it up
            return False
        last = self.last_backup_time()
        return last is None or self.clock() - last >= self.interval

    def check(self) -> bool:
        """Start a backup when one is due; True when one was started."""
        if self.busy:
            return False
        try:
            if not self.due():
                return False
        except OSError as exc:
            self._failed(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
            return False
        return self.run_now()

    def run_now(self) -> bool:
        from signon.store.backup import backup_database

        if self.busy:
            return False
        job = Worker(backup_database, self.db)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        self.job = job
        job.start()
        return True

    def _finished(self, path: object) -> None:
        self.job = None
        self.last_error = None
        self.window.statusBar().showMessage(
            self.tr("Daily backup written to {path}.").format(path=path), MESSAGE_MS)
        self.backed_up.emit(Path(str(path)))

    def _failed(self, message: str) -> None:
        self.job = None
        self.last_error = message
        self.window.statusBar().showMessage(
            self.tr("Daily backup failed ({message}); it will be tried again within the hour. "
                    "File → Backups… shows the folder.").format(message=message),
            4 * MESSAGE_MS)
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self.job = None
