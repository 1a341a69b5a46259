"""Changing the status of many signatories off the GUI thread, correcting
it, and undoing the last change.

`change_statuses` is the job the Signatories tab hands to a `Worker`: the
store's `bulk_set_status` in one transaction (a cancel raises `Cancelled`
inside it, so the session rolls back and nothing changed), then, once
committed, the changed rows' new status fields, read on the same worker
thread so the GUI thread only patches them into the model.
`correct_statuses` (a correction, from any status, with a reason) and
`undo_statuses` (the last change or correction put back) are jobs of the
same shape. `BulkStatusStrip` is the progress bar with its Cancel that the
tab shows meanwhile, the same pair the export tab and the import wizard
show for their long work. `StatusChanges` is the tab's handler of it all:
the status and correction dialogs on the selection, running the write
(here or on a worker), saying what moved and what was refused, and the
Undo of the last write (in the notice bar and, through `undo_offered`,
Edit → Undo); its texts keep the tab's translation context
("SignatoriesTab").
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
from signon.domain.status import Status
from signon.progress import NO_PROGRESS, Progress
from signon.ui import dialogs
from signon.ui.campaign_tab import UndoStep
from signon.ui.i18n import translate
from signon.ui.labels import status_word
from signon.ui.signatories import prompts, wording
from signon.ui.signatories.correction_dialog import CorrectionDialog
from signon.ui.signatories.status_dialog import StatusDialog
from signon.ui.signatories.table_model import STATUS
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from signon.store.corrections import StatusUndo
    from signon.store.database import Database
    from signon.store.signatories import BulkResult
    from signon.ui.campaign_tab import CampaignTab

# Below this many selected rows the change runs on the GUI thread (see
# `StatusChanges.apply_status`): 500 rows take about 15 ms to write.
SYNC_LIMIT = 500

#: What a finished write was (`BulkOutcome.kind`).
CHANGE, CORRECTION, UNDO = "change", "correction", "undo"


@dataclass(frozen=True)
class BulkOutcome:
    """What a finished change, correction or undo hands back to the tab."""

    campaign_id: int
    #: the status the rows were moved or corrected to; of an undo, the one
    #: they were taken back from
    status: str
    #: of an undo, `changed` are the rows put back
    result: BulkResult
    # (id, status, endorsed_version, endorsed_on) of the changed rows, read
    # after the commit (`store.signatories.status_rows`); None when they
    # could not be read (the tab reloads).
    statuses: list[tuple] | None
    fingerprint: tuple | None
    kind: str = CHANGE
    #: of an undo: the rows left as they were, changed by someone since
    skipped: list[int] = field(default_factory=list)


def _read_back(db: Database, campaign_id: int, ids: list[int]
               ) -> tuple[list[tuple] | None, tuple | None]:
    """After the commit: the status fields of `ids` and the table's
    fingerprint. Nothing here may raise Cancelled, or the tab would say
    "nothing was changed" about a write that is in the database."""
    from signon.store.signatories import status_rows, table_fingerprint

    statuses: list[tuple] | None = []
    fingerprint: tuple | None = None
    try:
        with db.session() as session:
            if ids:
                statuses = status_rows(session, campaign_id, ids)
            fingerprint = table_fingerprint(session, campaign_id)
    except SignonError:  # the write is in; the tab reads the table itself
        statuses = None
    return statuses, fingerprint


def change_statuses(db: Database, campaign_id: int, ids: list[int], status: str, *,
                    channel: str = "", note: str = "",
                    progress: Progress = NO_PROGRESS) -> BulkOutcome:
    """Move `ids` to `status` in one transaction, then read what the table
    needs to show it. Runs on a worker thread: it touches no widget."""
    from signon.store.signatories import bulk_set_status

    with db.session() as session:
        result = bulk_set_status(session, ids, status, channel=channel, note=note,
                                 progress=progress)
        progress.check()  # the last point where a cancel still rolls everything back
    return BulkOutcome(campaign_id, status, result, *_read_back(db, campaign_id, result.changed))


def correct_statuses(db: Database, campaign_id: int, ids: list[int], status: str, *,
                     reason: str, expected: dict[int, str] | None = None,
                     progress: Progress = NO_PROGRESS) -> BulkOutcome:
    """Correct `ids` to `status` with `reason` in one transaction (rows no
    longer in their `expected` status are left), then read them back."""
    from signon.store.corrections import bulk_correct_status

    with db.session() as session:
        result = bulk_correct_status(session, ids, status, reason=reason, expected=expected,
                                     progress=progress)
        progress.check()
    return BulkOutcome(campaign_id, status, result,
                       *_read_back(db, campaign_id, result.changed), kind=CORRECTION)


def undo_statuses(db: Database, undo: StatusUndo, *,
                  progress: Progress = NO_PROGRESS) -> BulkOutcome:
    """Put the rows of `undo` back in one transaction, then read them back."""
    from signon.store.corrections import undo_status_change
    from signon.store.signatories import BulkResult

    with db.session() as session:
        done = undo_status_change(session, undo, progress=progress)
        progress.check()
    return BulkOutcome(undo.campaign_id, undo.status, BulkResult(done.restored, []),
                       *_read_back(db, undo.campaign_id, done.restored), kind=UNDO,
                       skipped=done.skipped)


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

    def start(self, count: int, status: str, kind: str = CHANGE) -> None:
        if kind == UNDO:
            text = self.tr("Undoing the status change of %Ln signatories…", "", count)
        elif kind == CORRECTION:
            text = self.tr("Correcting %Ln signatories to {status}…", "", count).format(
                status=status_word(status))
        else:
            text = self.tr("Moving %Ln signatories to {status}…", "", count).format(
                status=status_word(status))
        self.text.setText(text)
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

    Acts for one `SignatoriesTab`: asks with the `StatusDialog` (or, for a
    correction, the `CorrectionDialog`), runs `change_statuses` (or
    `correct_statuses`), shows the progress strip, and tells the tab what
    moved (`patch_statuses`) and what was left unchanged (the notice bar,
    with a link that selects those rows: `refused_ids`). The last write
    that moved anything can be undone (`undo_last`): from the notice bar's
    Undo and from Edit → Undo, which the tab is offered through
    `undo_offered`. `tab` is typed by its base class: the tab's module
    imports this one."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self._bulk: Worker | None = None  # the write running off the GUI thread
        self._before: dict[int, str] = {}
        # The rows the last change left unchanged ("Select them" in the notice).
        self.refused_ids: list[int] = []
        #: what the last write that moved rows can be undone with
        self.undo: StatusUndo | None = None
        self._undo_before_run: StatusUndo | None = None
        self._kind = CHANGE  # of the write running or last run

    @property
    def running(self) -> bool:
        """A status change is running off the GUI thread."""
        return self._bulk is not None

    # -- asking --------------------------------------------------------------------------

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
        if status == Status.INVITED.value:
            ids = self._invitation_first(ids, current)
            if not ids:
                return
        self.apply_status(ids, status, channel=channel, note=note)

    def _invitation_first(self, ids: list[int], current: list[str]) -> list[int]:
        """"Invited" set by hand: for prospects no invitation went to (the
        outbox has none sent, `store.outbox.invitation_went`), ask first
        (`prompts.ask_invitation`). Queue it: the invitation goes to the
        outbox for review (`outreach.mailing.queue_invitations`) and they
        stay prospects, among the invitation's recipients, until it is sent,
        which makes them invited. Mark invited: they were invited another
        way, and move now. Keep as prospects: nothing changes. Returns the
        signatories to set invited by hand."""
        from signon.outreach.mailing import queue_invitations
        from signon.outreach.settings import load_smtp_settings
        from signon.store.outbox import invitation_went

        tab = self.tab
        prospects = [i for i, s in zip(ids, current, strict=True) if s == Status.PROSPECT.value]
        if not prospects:
            return ids
        with tab.db.session() as session:
            went = invitation_went(session, tab.campaign_id, prospects)
        uninvited = [i for i in prospects if i not in went]
        if not uninvited:
            return ids
        answer = prompts.ask_invitation(tab, len(uninvited))
        if answer == prompts.MARK_INVITED:
            return ids
        if answer != prompts.QUEUE_INVITATION:
            return []
        try:
            with tab.db.session() as session:
                sender = load_smtp_settings(session).from_address
                result = queue_invitations(session, tab.campaign_id, uninvited, sender=sender)
        except SignonError as exc:
            tab.fail(str(exc))
            return []
        line = wording.invitations_queued(result.count)
        if result.skipped:
            line = " ".join((line, wording.left_out(len(result.skipped))))
        tab.notice.setToolTip("\n".join(f"{name}: {reason}"
                                         for name, reason in result.skipped[:30]))
        tab.show_notice(escape(line) + " " + tab.dismiss_link(), warning=bool(result.skipped))
        self._status_message(line)
        tab.changed.emit()  # the outbox changed: the Outreach tab shows it
        left = set(uninvited)
        return [i for i in ids if i not in left]

    def open_correction_dialog(self) -> None:
        """"Correct status…" on the selection: from any status, with a
        reason. For one signatory the dialog proposes the status it had
        before its last change (the usual mistake is the last click)."""
        tab = self.tab
        ids = tab.selected_ids()
        if not ids or self.running:
            return
        shown = {i: tab.model.find(i)[STATUS] for i in ids}
        dialog = CorrectionDialog(list(shown.values()), self._earlier_status(ids), tab)
        if not dialogs.exec_dialog(dialog):
            return
        status, reason = dialog.values()
        self.apply_correction(ids, status, reason=reason, expected=shown)

    def _earlier_status(self, ids: list[int]) -> str | None:
        details = getattr(self.tab.details, "details", None)
        if len(ids) != 1 or details is None or details.signatory.id != ids[0]:
            return None
        last = max(details.events, key=lambda e: e.id, default=None)
        return last.from_status if last is not None else None

    # -- running -------------------------------------------------------------------------

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
        self._run(Worker(change_statuses, tab.db, tab.campaign_id, list(ids), status,
                         channel=channel, note=note), len(ids), status, CHANGE)

    def apply_correction(self, ids: list[int], status: str, *, reason: str,
                         expected: dict[int, str] | None = None) -> None:
        """Correct many at once, the same way as `apply_status`."""
        tab = self.tab
        if tab.campaign_id is None or not ids or self.running:
            return
        self._before = {i: (row[STATUS] if (row := tab.model.find(i)) else "") for i in ids}
        self._run(Worker(correct_statuses, tab.db, tab.campaign_id, list(ids), status,
                         reason=reason, expected=expected), len(ids), status, CORRECTION)

    def undo_last(self) -> None:
        """Put the rows of the last change or correction back as they were
        (a teammate's later change of a row is left, and counted)."""
        undo = self.undo
        if undo is None or self.running or undo.campaign_id != self.tab.campaign_id:
            return
        self._run(Worker(undo_statuses, self.tab.db, undo), len(undo), undo.status, UNDO)

    def _run(self, worker: Worker, count: int, status: str, kind: str) -> None:
        tab = self.tab
        self._kind = kind
        # no Undo of the previous write while this one runs; back if it fails
        self._undo_before_run = self.undo
        self._offer_undo(None)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        worker.signals.cancelled.connect(self._cancelled)
        if count < SYNC_LIMIT:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                worker.run()
            finally:
                QApplication.restoreOverrideCursor()
            return
        self._bulk = worker
        worker.describe(wording.undo_running(count) if kind == UNDO
                        else wording.change_running(count))
        worker.signals.progress.connect(tab.bulk_strip.set_progress)
        tab.bulk_strip.start(count, status, kind)
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

    # -- undo ----------------------------------------------------------------------------

    def _offer_undo(self, undo: StatusUndo | None) -> None:
        """Keep `undo` as what the notice's Undo and Edit → Undo take back
        (None: nothing), and tell the window."""
        self.undo = undo
        if undo is None:
            self.tab.undo_offered.emit(None)
            return
        self.tab.undo_offered.emit(UndoStep(
            wording.undo_action(len(undo)),
            translate("SignatoriesTab", "Put them back as they were before (Ctrl+Z)"),
            self.undo_last))

    def forget_undo(self) -> None:
        """Another campaign is shown: its notice and Undo go."""
        self._undo_before_run = None
        if self.undo is not None:
            self._offer_undo(None)

    # -- results -------------------------------------------------------------------------

    def _finished(self, outcome: BulkOutcome) -> None:
        tab = self.tab
        background = self._bulk is not None
        self._ended()
        result, status = outcome.result, outcome.status
        if outcome.kind == UNDO:
            self._undone(outcome, background)
            return
        if outcome.kind == CORRECTION:
            moved = wording.corrected(len(result.changed)).format(status=status_word(status))
        else:
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
        from signon.store.corrections import StatusUndo

        if result.changed:
            self._offer_undo(StatusUndo.of(outcome.campaign_id, status, result))
        else:
            self._offer_undo(self._undo_before_run)
        parts = [escape(moved)] if result.changed else []
        self.refused_ids = [r.signatory_id for r in result.refused]
        if result.refused:
            parts.append(self._refusal_summary(result.refused, status, self._before)
                         if outcome.kind == CHANGE else self._left_summary(result.refused))
        tab.notice.setToolTip("\n".join(f"{r.name}: {r.reason}"
                                        for r in result.refused[:30]))
        parts.append(tab.dismiss_link())
        tab.show_notice(" ".join(parts), warning=bool(result.refused),
                        undo=bool(result.changed))
        if result.changed:
            tab.patch_statuses(outcome.statuses, outcome.fingerprint)
            tab.changed.emit()

    def _undone(self, outcome: BulkOutcome, background: bool) -> None:
        """"3 put back as they were. 1 left as it is: someone changed it
        since." The Undo is used up."""
        tab = self.tab
        restored, skipped = outcome.result.changed, outcome.skipped
        line = wording.undone(len(restored))
        if skipped:
            line = " ".join((line, wording.undo_skipped(len(skipped))))
        if background:
            self._status_message(line)
        self._undo_before_run = None
        self._offer_undo(None)
        if outcome.campaign_id != tab.campaign_id:
            if restored:
                tab.changed.emit()
            return
        self.refused_ids = list(skipped)
        tab.notice.setToolTip("")
        select = (" <a href='select-refused'>" + escape(translate("SignatoriesTab",
                                                                  "Select them")) + "</a>"
                  if skipped else "")
        tab.show_notice(escape(line) + select + " " + tab.dismiss_link(),
                        warning=bool(skipped))
        if restored:
            tab.patch_statuses(outcome.statuses, outcome.fingerprint)
            tab.changed.emit()

    def _failed(self, message: str) -> None:
        """A locked database, a lost connection: one line, nothing changed
        (the transaction rolled back)."""
        self._ended()
        self._offer_undo(self._undo_before_run)
        self.tab.fail(message)

    def _cancelled(self) -> None:
        self._ended()
        self._offer_undo(self._undo_before_run)
        self.tab.notice.setToolTip("")
        text = translate("SignatoriesTab", "Undo cancelled; the change stays as it was.") \
            if self._kind == UNDO else \
            translate("SignatoriesTab", "Status change cancelled; no signatory was changed.")
        self.tab.show_notice(escape(text) + " " + self.tab.dismiss_link(),
                             undo=self.undo is not None)

    def _status_message(self, text: str) -> None:
        window = self.tab.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    @staticmethod
    def _left_summary(refused) -> str:
        """"2 left unchanged: KICTANet (is already invited), …", the full
        reason of each row in the notice's tooltip."""
        shown = ", ".join(f"<b>{escape(r.name)}</b>" for r in refused[:3])
        if len(refused) > 3:
            shown = wording.and_more(len(refused) - 3).format(names=shown)
        return escape(wording.left_unchanged(len(refused))) + " " + shown \
            + " <a href='select-refused'>" \
            + escape(translate("SignatoriesTab", "Select them")) + "</a>"

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
