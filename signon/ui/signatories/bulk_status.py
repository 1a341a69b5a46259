"""Changing the status of many signatories off the GUI thread.

`change_statuses` is the job the Signatories tab hands to a `Worker`: the
store's `bulk_set_status` in one transaction (a cancel raises `Cancelled`
inside it, so the session rolls back and nothing changed), then, once
committed, the changed rows' new status fields, read on the same worker
thread so the GUI thread only patches them into the model. `BulkStatusStrip` is the progress bar
with its Cancel that the tab shows meanwhile, the same pair the export tab
and the import wizard show for their long work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from signon.domain.errors import SignonError
from signon.progress import NO_PROGRESS, Progress
from signon.ui.labels import status_word

if TYPE_CHECKING:
    from signon.store.database import Database
    from signon.store.signatories import BulkResult

# Below this many selected rows the change runs on the GUI thread (see
# `SignatoriesTab.apply_status`): 500 rows take about 15 ms to write.
SYNC_LIMIT = 500


@dataclass(frozen=True)
class BulkOutcome:
    """What a finished change hands back to the tab."""

    campaign_id: int
    status: str
    result: BulkResult
    # (id, status, endorsed_version, endorsed_on) of the changed rows, read
    # after the commit (`store.signatories.status_rows`); None when they
    # could not be read (the tab reloads).
    statuses: list[tuple] | None
    fingerprint: tuple | None


def change_statuses(db: Database, campaign_id: int, ids: list[int], status: str, *,
                    channel: str = "", note: str = "",
                    progress: Progress = NO_PROGRESS) -> BulkOutcome:
    """Move `ids` to `status` in one transaction, then read what the table
    needs to show it. Runs on a worker thread: it touches no widget."""
    from signon.store.signatories import bulk_set_status, status_rows, table_fingerprint

    with db.session() as session:
        result = bulk_set_status(session, ids, status, channel=channel, note=note,
                                 progress=progress)
        progress.check()  # the last point where a cancel still rolls everything back
    # Committed: from here on nothing may raise Cancelled, or the tab would
    # say "nothing was changed" about a change that is in the database.
    statuses: list[tuple] | None = []
    fingerprint: tuple | None = None
    try:
        with db.session() as session:
            if result.changed:
                statuses = status_rows(session, campaign_id, result.changed)
            fingerprint = table_fingerprint(session, campaign_id)
    except SignonError:  # the change is in; the tab reads the table itself
        statuses = None
    return BulkOutcome(campaign_id, status, result, statuses, fingerprint)


class BulkStatusStrip(QFrame):
    """"Moving 44,000 signatories to endorsed…", a progress bar and Cancel,
    shown above the table while a change runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bulkStatusStrip")
        self.text = QLabel()
        self.text.setObjectName("bulkStatusText")
        self.bar = QProgressBar()
        self.bar.setObjectName("bulkStatusProgress")
        self.bar.setAccessibleName(self.tr("Status change progress"))
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("bulkStatusCancel")
        self.cancel.setAccessibleName(self.tr("Cancel the status change"))
        self.cancel.setToolTip(self.tr("The change is written as a whole: cancelling leaves "
                                       "every status as it was"))
        self.cancel.clicked.connect(self._cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.text)
        layout.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self, count: int, status: str) -> None:
        self.text.setText(self.tr("Moving %Ln signatories to {status}…", "", count).format(
            status=status_word(status)))
        self.bar.setRange(0, 0)  # busy until the store knows how much it will write
        self.cancel.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int, _message: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _cancel_clicked(self) -> None:
        self.cancel.setEnabled(False)
        self.text.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.hide()
