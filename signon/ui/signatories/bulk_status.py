"""Changing the status of many signatories off the GUI thread.

`change_statuses` is the job the Signatories tab hands to a `Worker`: the
store's `bulk_set_status` in one transaction (a cancel raises `Cancelled`
inside it, so the session rolls back and nothing changed), then, once
committed, the changed rows' new status fields, read on the same worker
thread so the GUI thread only patches them into the model. `BulkStatusStrip` is the progress bar
with its Cancel that the tab shows meanwhile, the same pair the export tab
and the import wizard show for their long work. `StatusChanges` is the
tab's handler of it all: the status dialog on the selection, running the
change (here or on a worker), and saying what moved and what the workflow
refused; its texts keep the tab's translation context ("SignatoriesTab").
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.progress import NO_PROGRESS, Progress
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import status_word
from signon.ui.signatories import wording
from signon.ui.signatories.status_dialog import StatusDialog
from signon.ui.signatories.table_model import STATUS
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from signon.store.database import Database
    from signon.store.signatories import BulkResult
    from signon.ui.campaign_tab import CampaignTab

# Below this many selected rows the change runs on the GUI thread (see
# `StatusChanges.apply_status`): 500 rows take about 15 ms to write.
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


class StatusChanges(QObject):
    """Changing the status of the tab's selection: one signatory or 50,000.

    Acts for one `SignatoriesTab`: asks with the `StatusDialog`, runs
    `change_statuses`, shows the progress strip, and tells the tab what
    moved (`patch_statuses`) and what the workflow left unchanged (the
    notice bar, with a link that selects those rows: `refused_ids`). `tab`
    is typed by its base class: the tab's module imports this one."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self._bulk: Worker | None = None  # the status change running off the GUI thread
        self._before: dict[int, str] = {}
        # The rows the last change left unchanged ("Select them" in the notice).
        self.refused_ids: list[int] = []

    @property
    def running(self) -> bool:
        """A status change is running off the GUI thread."""
        return self._bulk is not None

    def open_status_dialog(self, target: str | None = None) -> None:
        tab = self.tab
        ids = tab.selected_ids()
        if not ids or self.running:
            return
        current = [tab.model.find(i)[STATUS] for i in ids]
        dialog = StatusDialog(current, target, tab)
        if not dialogs.exec_dialog(dialog):
            return
        status, channel, note = dialog.values()
        self.apply_status(ids, status, channel=channel, note=note)

    def apply_status(self, ids: list[int], status: str, *, channel: str = "",
                     note: str = "") -> None:
        """Change many at once: allowed moves in one transaction, each with
        its event; refused ones listed in the notice bar, with a link that
        selects them.

        From SYNC_LIMIT (500) rows on the change runs off the GUI thread
        (tens of thousands take seconds): a strip above the table shows its
        progress and a Cancel that rolls the one transaction back, the
        actions that write are off until it ends, and search, filter and
        scrolling keep working. A smaller change is written right here, as
        before: it takes milliseconds, a strip and a greyed toolbar would
        only flash, and the next shortcut already sees the new statuses.
        Both ways end in the same handlers."""
        tab = self.tab
        if tab.campaign_id is None or not ids or self.running:
            return
        self._before = {i: (row[STATUS] if (row := tab.model.find(i)) else "") for i in ids}
        worker = Worker(change_statuses, tab.db, tab.campaign_id, list(ids), status,
                        channel=channel, note=note)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        if len(ids) < SYNC_LIMIT:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                worker.run()
            finally:
                QApplication.restoreOverrideCursor()
            return
        self._bulk = worker
        worker.describe(wording.change_running(len(ids)))
        worker.signals.progress.connect(tab.bulk_strip.set_progress)
        tab.bulk_strip.start(len(ids), status)
        tab.sync_actions()
        worker.start()

    def cancel(self) -> None:
        """Ask the running change to stop; it answers with `cancelled` (rolled
        back) or, when the cancel came after the commit, `finished`."""
        if self._bulk is not None:
            self._bulk.cancel()

    def _ended(self) -> None:
        self._bulk = None
        self.tab.bulk_strip.finish()
        self.tab.sync_actions()

    def _finished(self, outcome: BulkOutcome) -> None:
        tab = self.tab
        background = self._bulk is not None
        self._ended()
        result, status = outcome.result, outcome.status
        moved = wording.moved(len(result.changed)).format(status=status_word(status))
        if background:  # the coordinator may be on another tab by now
            line = moved if not result.refused else " ".join(
                (moved, wording.left_unchanged(len(result.refused))))
            self._status_message(line)
        if outcome.campaign_id != tab.campaign_id:
            # another campaign is shown now: its table is not these rows
            if result.changed:
                tab.changed.emit()
            return
        parts = [escape(moved)] if result.changed else []
        self.refused_ids = [r.signatory_id for r in result.refused]
        if result.refused:
            parts.append(self._refusal_summary(result.refused, status, self._before))
        tab.notice.setToolTip("\n".join(f"{r.name}: {r.reason}"
                                              for r in result.refused[:30]))
        parts.append(tab.dismiss_link())
        tab.show_notice(" ".join(parts), warning=bool(result.refused))
        if result.changed:
            tab.patch_statuses(outcome.statuses, outcome.fingerprint)
            tab.changed.emit()

    def _failed(self, message: str) -> None:
        """A locked database, a lost connection: one line, nothing changed
        (the transaction rolled back)."""
        self._ended()
        self.tab.fail(message)

    def _cancelled(self) -> None:
        self._ended()
        self.tab.notice.setToolTip("")
        self.tab.show_notice(escape(translate(
            "SignatoriesTab", "Status change cancelled; no signatory was changed."))
            + " " + self.tab.dismiss_link())

    def _status_message(self, text: str) -> None:
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    @staticmethod
    def _refusal_summary(refused, target: str, before: dict[int, str]) -> str:
        """"1 left unchanged — the workflow does not allow reminded from
        declined: KICTANet", grouped by the status they are in; the full
        reason of each row is in the notice's tooltip."""
        groups: dict[str, list[str]] = {}
        for r in refused:
            groups.setdefault(before.get(r.signatory_id, ""), []).append(r.name)
        label = escape(status_word(target))
        pieces = []
        for status, names in groups.items():
            shown = ", ".join(f"<b>{escape(n)}</b>" for n in names[:3])
            if len(names) > 3:
                shown = wording.and_more(len(names) - 3).format(names=shown)
            if status == target:
                pieces.append(translate("SignatoriesTab", "already {status}: {names}").format(
                    status=label, names=shown))
            else:
                word = escape(status_word(status)) if status else translate("SignatoriesTab",
                                                                            "removed")
                pieces.append(translate("SignatoriesTab", "from {status}: {names}").format(
                    status=word, names=shown))
        return wording.refused(len(refused)).format(status=label, reasons="; ".join(pieces)) \
            + " <a href='select-refused'>" \
            + escape(translate("SignatoriesTab", "Select them")) + "</a>"
