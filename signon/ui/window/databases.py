"""What the main window does to its database: open another file or a recent
one, connect to a team database, back up now, the Backups dialog (where a
backup is restored).

`DatabaseActions` acts for one `MainWindow`. Every way to another database
first asks the window to finish its background jobs (`finish_jobs`: the
old database never closes under a thread still using it), then opens the
new one (`signon.ui.opening`, with its recovery questions, or the Connect
dialog) and hands it to `switch_database`. Backing up runs off the GUI
thread.

The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from signon import config
from signon.ui import dialogs, opening
from signon.ui.i18n import translate
from signon.ui.opening import OPEN
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow


class DatabaseActions(QObject):
    """The File menu's database actions; `window` is the MainWindow (typed
    by its base class: the window's module imports this one)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._backup_job: Worker | None = None

    # -- another database ----------------------------------------------------------------

    def open_database(self) -> None:
        window = self.window
        start = str(window.db.path.parent) if window.db.path else ""
        path = dialogs.choose_database_file(window, start)
        if not path or not window.finish_jobs(OPEN):
            return
        db = opening.open_with_recovery(config.resolve_db(path), window,
                                        quit_label=translate("MainWindow", "Cancel"))
        if db is not None:
            window.switch_database(db)

    def connect_team_database(self, url: str | None = None) -> None:
        """File → Connect to team database… (or a team database from Open
        Recent, which connects at once when its password is known)."""
        from signon.ui.connect_dialog import ConnectDialog

        window = self.window
        dialog = ConnectDialog(window, url=url)
        if url:
            dialog.connect_now()
        if dialog.database is None and not dialogs.exec_dialog(dialog):
            return
        if dialog.database is not None:
            if not window.finish_jobs(OPEN):
                dialog.database.close()
                return
            window.switch_database(dialog.database)
            if dialog.keyring_message:
                window.statusBar().showMessage(dialog.keyring_message, 8000)

    def fill_recent_menu(self) -> None:
        """File → Open Recent, filled each time it opens."""
        from signon.config import without_secrets
        from signon.ui.connect_dialog import recent_databases, recent_label

        window, menu = self.window, self.window.recent_menu
        menu.clear()
        open_now = without_secrets(window.db.url) if window.is_ready() else None
        for url in recent_databases():
            action = menu.addAction(recent_label(url))
            action.setEnabled(open_now is not None and url != open_now)
            action.triggered.connect(lambda _checked=False, url=url: self.open_recent(url))
        if menu.isEmpty():
            menu.addAction(translate("MainWindow", "No recent databases")).setEnabled(False)

    def open_recent(self, url: str) -> None:
        if not url.startswith("sqlite"):
            self.connect_team_database(url)
            return
        window = self.window
        if not window.finish_jobs(OPEN):
            return
        db = opening.open_with_recovery(url, window, quit_label=translate("MainWindow", "Cancel"))
        if db is not None:
            window.switch_database(db)

    # -- backups -------------------------------------------------------------------------

    def backup_now(self) -> None:
        """A checked backup into the backups folder (old ones are pruned by
        the store's retention rule), off the GUI thread."""
        from signon.store.backup import backup_database

        if self._backup_job is not None:
            return
        window = self.window
        window.backup_action.setEnabled(False)
        window.statusBar().showMessage(translate("MainWindow", "Backing up…"))
        job = Worker(backup_database, window.db)
        # bound methods of this QObject: Qt queues them onto the GUI thread
        job.signals.finished.connect(self._backup_finished)
        job.signals.failed.connect(self._backup_failed)
        self._backup_job = job
        job.start()

    def _backup_finished(self, path: object) -> None:
        self._backup_job = None
        self.window.backup_action.setEnabled(True)
        self.window.statusBar().showMessage(
            translate("MainWindow", "Backup written to {path}.").format(path=path), 15000)

    def _backup_failed(self, message: str) -> None:
        self._backup_job = None
        self.window.backup_action.setEnabled(True)
        self.window.statusBar().clearMessage()
        dialogs.error(self.window, message)

    def show_backups(self) -> None:
        """File → Backups…: the folder, the backups in it, restoring one."""
        from signon.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window)
        dialogs.exec_dialog(dialog)
        dialog.deleteLater()
