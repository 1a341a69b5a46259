"""Before the main window's database closes: the background jobs still using it.

The window never closes its database under a thread still using it: before
it quits or shows another database it looks at the running `Worker` jobs,
asks once whether to cancel the ones the person started, and waits for
every job to end (`BackgroundJobs.finish`, which `MainWindow.finish_jobs`
calls).

The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import format_number
from signon.ui.opening import OPEN, QUIT, RESTORE
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

# How long the window waits for jobs to stop before it gives up and stays
# as it is. A cancelled status change or export stops at its next progress
# step (well under a second); sending stops after the message in hand,
# which a slow server can hold for its timeout (30 s per SMTP phase).
# (Plain comments: pyside6-lupdate would give "#:" lines to translators.)
STOP_WAIT_S = 90.0


class BackgroundJobs(QObject):
    """The window's view of `Worker.running()`; `window` is the MainWindow."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self._stopping = False  # waiting for jobs to end

    def descriptions(self) -> list[str]:
        """What the person started that still runs in the background, one
        sentence each ("A status change of 20,000 signatories is still
        running…"); jobs already cancelled are only waited for."""
        return [job.description for job in Worker.running()
                if job.description and not job.cancelled]

    def finish(self, action: str = QUIT) -> bool:
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
            if not dialogs.ask_stop_jobs(self.window, text, accept):
                return False
            for job in jobs:
                job.cancel()
        if not Worker.running():
            return True
        if self.wait():
            return True
        dialogs.error(self.window, translate(
            "MainWindow", "Background work did not stop within {seconds} seconds, so nothing "
            "was closed. Try again in a moment.").format(seconds=format_number(int(STOP_WAIT_S))))
        return False

    @staticmethod
    def _stop_question(action: str, count: int) -> tuple[str, str]:
        """The question that ends the text, and the button that agrees."""
        one = count == 1
        if action == OPEN:
            return (translate("MainWindow", "Cancel it and open the other database?") if one
                    else translate("MainWindow", "Cancel them and open the other database?"),
                    translate("MainWindow", "Cancel and open"))
        if action == RESTORE:
            return (translate("MainWindow", "Cancel it and restore the backup?") if one
                    else translate("MainWindow", "Cancel them and restore the backup?"),
                    translate("MainWindow", "Cancel and restore"))
        return (translate("MainWindow", "Cancel it and quit?") if one
                else translate("MainWindow", "Cancel them and quit?"),
                translate("MainWindow", "Cancel and quit"))

    def wait(self) -> bool:
        """Wait for every job to end (their end handlers run meanwhile); the
        window takes no input, so nothing new starts. False: time ran out."""
        window = self.window
        self._stopping = True
        window.setEnabled(False)
        window.statusBar().showMessage(translate("MainWindow",
                                                 "Waiting for background work to stop…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return Worker.wait_for_all(STOP_WAIT_S)
        finally:
            QApplication.restoreOverrideCursor()
            window.statusBar().clearMessage()
            window.setEnabled(True)
            self._stopping = False
