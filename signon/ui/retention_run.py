"""The retention run at start-up (issue 19).

A campaign's rule ("remove private contact data N days after the campaign
closes", the campaign settings) is only kept if something applies it
without the coordinator remembering to: once the window shows its
database, the run of `signon retention` (`store.retention.run_retention`)
goes through every campaign off the GUI thread (`ui.worker.Worker`).

Nothing is said when nothing was due. When something was removed, the
status bar says so and a non-modal message lists each campaign and how
much of each kind went: the coordinator reads it when they like, and it
never stands between them and their work. A failure (the database locked
by another program) is a status-bar line; the next start tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from signon.ui.worker import Worker

MESSAGE_MS = 60 * 1000


class RetentionRun(QObject):
    """Runs the retention rules on `window.db` once (`start`, on the
    window's `ready`) and reports what went."""

    #: the store's RetentionReport
    finished = Signal(object)

    def __init__(self, window: QMainWindow, *, clock: Callable[[], date] = date.today):
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.job: Worker | None = None
        self.report_box: QMessageBox | None = None

    def start(self) -> bool:
        """Start the run (True), unless there is no database yet or it runs."""
        from signon.store.retention import run_retention

        if self.window.db is None or self.job is not None:
            return False
        job = Worker(run_retention, self.window.db, self.clock())
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._ended)
        self.job = job
        job.start()
        return True

    def _ended(self) -> None:
        self.job = None

    def _finished(self, report: object) -> None:
        self.job = None
        clearings = report.clearings
        if clearings:
            self.window.statusBar().showMessage(self.tr(
                "Private contact data removed from %Ln campaigns past their retention "
                "period.", "", len(clearings)), MESSAGE_MS)
            self._show_report(clearings)
            campaign = self.window.campaign_id
            self.window.refresh(select=campaign)
            self.window.show_campaign(campaign, reload_tabs=True)
        self.finished.emit(report)

    def _show_report(self, clearings: list) -> None:
        """The non-modal message: one line per campaign."""
        from signon.store.retention import CONTACTS, MESSAGES, NOTES, REPLIES

        lines = []
        for clearing in clearings:
            counts = clearing.counts()
            lines.append(self.tr(
                "“{title}” — outbox messages: {messages}, replies: {replies}, contacts: "
                "{contacts}, signatory notes: {notes}").format(
                # isolated: a Latin title keeps its order in an Arabic line
                title=f"\u2068{clearing.title}\u2069", messages=counts[MESSAGES],
                replies=counts[REPLIES], contacts=counts[CONTACTS], notes=counts[NOTES]))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Private contact data removed"),
                          self.tr("These campaigns are past their retention period; their "
                                  "private contact data was removed:"),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("retentionReport")
        box.setInformativeText("\n".join(lines) + "\n\n" + self.tr(
            "The letters, endorsements and editions are kept. Backups hold the removed "
            "data until they age out (File → Backups…)."))
        box.setTextFormat(Qt.TextFormat.PlainText)  # campaign titles are the user's text
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()
        self.report_box = box

    def _failed(self, message: str) -> None:
        self.job = None
        self.window.statusBar().showMessage(self.tr(
            "Removing private contact data past its retention period failed ({message}); "
            "it is tried again at the next start.").format(message=message), MESSAGE_MS)
