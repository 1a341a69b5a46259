"""The outbox: every message with the address it uses and its state, and
the ways to send it — SMTP off the GUI thread (progress, pause, cancel),
.eml files, or the desktop's mail program — then to record what happened.

Uncertain messages (the connection died after the server had the whole
message, or the app stopped while sending) are never resent on their own:
the coordinator checks the Sent folder and clicks "It arrived" or "Send
again".

`OutboxView` (outbox_view.py) lays the page out; this class shows the
outbox and wires the view to two handlers: `OutboxSending` (SMTP settings
and runs, outbox_sending.py) and `MessageActions` (what is done with the
selected messages, outbox_actions.py).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from signon.domain.outbox_notes import shown_note
from signon.store import outbox
from signon.store.database import Database
from signon.store.models import OutboxMessage
from signon.ui import colours
from signon.ui.campaign_load import CampaignLoad
from signon.ui.i18n import translate
from signon.ui.labels import format_datetime, format_number, template_kind_label
from signon.ui.outreach.outbox_actions import MessageActions
from signon.ui.outreach.outbox_sending import OutboxSending
from signon.ui.outreach.outbox_view import OutboxView
from signon.ui.outreach.tables import fit_columns

# The columns' widths while the outbox is empty (Signatory, To, Address,
# Kind, Subject), about as wide as once it is filled: so the empty table
# does not give "Sent / note" all the width.
EMPTY_WIDTHS = {0: 170, 1: 120, 2: 170, 3: 90, 4: 200}


class OutboxState(QObject):
    """Translation context of the outbox counts ("3 queued").
    `OutboxState.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


STATE_LABELS = {
    outbox.QUEUED: QT_TRANSLATE_NOOP("OutboxState", "Queued"),
    outbox.SENDING: QT_TRANSLATE_NOOP("OutboxState", "Sending…"),
    outbox.SENT: QT_TRANSLATE_NOOP("OutboxState", "Sent"),
    outbox.FAILED: QT_TRANSLATE_NOOP("OutboxState", "Failed"),
    outbox.EXCLUDED: QT_TRANSLATE_NOOP("OutboxState", "Excluded"),
    outbox.UNCERTAIN: QT_TRANSLATE_NOOP("OutboxState", "Uncertain"),
    outbox.BOUNCED: QT_TRANSLATE_NOOP("OutboxState", "Bounced"),
}
STATE_COLOURS = {
    outbox.SENT: QColor(colours.SUCCESS), outbox.FAILED: QColor(colours.ERROR),
    outbox.UNCERTAIN: QColor(colours.UNCERTAIN_AMBER), outbox.EXCLUDED: QColor(colours.GREY),
    outbox.SENDING: QColor(colours.SENDING_BLUE), outbox.BOUNCED: QColor(colours.WARNING),
}


#: The outbox table's state column (after signatory, to, address, kind, subject).
STATE_COLUMN = 5


def state_label(state: str) -> str:
    source = STATE_LABELS.get(state)
    return translate("OutboxState", source) if source else state


def state_count(state: str, n: int) -> str:
    """"3 queued": one item of the counts above the outbox."""
    if state == outbox.QUEUED:
        return OutboxState.tr("%Ln queued", "", n)
    if state == outbox.SENT:
        return OutboxState.tr("%Ln sent", "", n)
    if state == outbox.FAILED:
        return OutboxState.tr("%Ln failed", "", n)
    if state == outbox.UNCERTAIN:
        return OutboxState.tr("%Ln uncertain", "", n)
    if state == outbox.BOUNCED:
        return OutboxState.tr("%Ln bounced", "", n)
    return OutboxState.tr("%Ln excluded", "", n)


class OutboxRead(NamedTuple):
    """The outbox as the panel shows it."""

    rows: list[OutboxMessage]
    counts: dict[str, int]
    #: the signatory each message is for, by signatory id
    names: dict[int, str]


def read_outbox(db: Database, campaign_id: int, state: str | None) -> OutboxRead:
    """The campaign's messages (in `state`, or all), the counts by state and
    the signatories' names, off the GUI thread: on a team server 100 ms
    away every showing of the Outreach tab froze 0.2 s here."""
    with db.session() as session:
        rows = outbox.outbox(session, campaign_id, state)
        return OutboxRead(rows, outbox.outbox_counts(session, campaign_id),
                          outbox.signatory_names(session, rows))


class OutboxPanel(OutboxView):
    """Emits `changed` after messages were sent or marked (statuses moved)."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.campaign_id: int | None = None
        self._rows: list[OutboxMessage] = []
        #: the messages to select again when the outbox being read arrives
        self._keep: set[int] = set()
        self.reading = CampaignLoad(read_outbox, self)
        self.reading.shown.connect(self._show)
        self.reading.failed.connect(self.counts.setText)
        self.waiting = 0  # queued + failed, whatever the filter shows
        self.smtp = OutboxSending(self)
        self.selection = MessageActions(self)
        self._connect()
        self.set_running(False)

    def _connect(self) -> None:
        """The view's filter, table and buttons to what they do."""
        smtp, selection = self.smtp, self.selection
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.smtp_button.clicked.connect(smtp.edit_smtp)
        self.send_button.clicked.connect(smtp.send)
        self.pause_button.toggled.connect(smtp.pause)
        self.cancel_button.clicked.connect(smtp.cancel)
        for button, slot in ((self.exclude_button, selection.exclude),
                             (self.include_button, selection.include),
                             (self.remove_button, selection.remove),
                             (self.eml_button, selection.export_eml),
                             (self.mailto_button, selection.open_mailto),
                             (self.mark_sent_button, selection.mark_sent),
                             (self.arrived_button, selection.arrived),
                             (self.resend_button, selection.send_again),
                             (self.bounced_button, selection.bounced)):
            button.clicked.connect(slot)

    # -- data ----------------------------------------------------------------------

    def set_campaign(self, campaign_id: int | None) -> None:
        if self.sending:
            self.smtp.cancel()
        self.campaign_id = campaign_id
        self.status.clear()
        self.refresh()

    @property
    def sending(self) -> bool:
        return self.smtp.sending

    def refresh(self, *_args) -> None:
        """Read the outbox again in the background (`read_outbox`); the
        selection stays on the messages selected now."""
        self._keep = {self._rows[i].id for i in self._selected_rows()} | self._keep
        if self.campaign_id is None:
            self.reading.drop()
            self._show(OutboxRead([], {}, {}))
        else:
            self.reading.start(self.db, self.campaign_id, self.filter.currentData())

    def _show(self, read: OutboxRead) -> None:
        selected, self._keep = self._keep, set()
        counts, names = read.counts, read.names
        self._rows = read.rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for i, m in enumerate(self._rows):
            note = shown_note(m.error or "")
            if m.state == outbox.SENT and m.sent_at:
                note = format_datetime(m.sent_at)
            cells = (names.get(m.signatory_id, ""), m.to_name, m.to_address,
                     template_kind_label(m.kind), m.subject, state_label(m.state),
                     format_number(m.attempts), note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == STATE_COLUMN and m.state in STATE_COLOURS:
                    item.setForeground(STATE_COLOURS[m.state])
                if col == len(cells) - 1 and note:
                    item.setToolTip(note)
                self.table.setItem(i, col, item)
        self.table.clearSelection()
        for i, m in enumerate(self._rows):
            if m.id in selected:
                self.table.selectRow(i)
        self.table.blockSignals(False)
        fit_columns(self.table, {0: 220, 1: 180, 2: 230, 4: 320}, elastic=(0, 1, 2, 4),
                    empty=EMPTY_WIDTHS)
        waiting = counts.get(outbox.QUEUED, 0) + counts.get(outbox.FAILED, 0)
        self.waiting = waiting
        parts = [state_count(state, counts[state])
                 for state in (outbox.QUEUED, outbox.SENT, outbox.FAILED, outbox.UNCERTAIN,
                               outbox.BOUNCED, outbox.EXCLUDED) if counts.get(state)]
        self.counts.setText(" · ".join(parts) or self.tr("The outbox is empty."))
        if not self.sending:
            self.send_button.setText(self.tr("Send %Ln waiting", "", waiting) if waiting
                                     else self.tr("Send"))
        self._selection_changed()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()
                       if i.row() < len(self._rows)})

    def selected_messages(self, states: tuple[str, ...] | None = None
                          ) -> list[OutboxMessage]:
        """The selected messages (those in `states` only, when given)."""
        return [self._rows[i] for i in self._selected_rows()
                if states is None or self._rows[i].state in states]

    def select_all(self) -> None:
        self.table.selectAll()

    def _selection_changed(self) -> None:
        rows = self.selected_messages()
        if len(rows) == 1:
            m = rows[0]
            self.preview.setPlainText(f"To: {m.to_name} <{m.to_address}>\nSubject: {m.subject}"
                                      f"\nMessage-ID: {m.message_id}\n\n{m.body}")
        else:
            self.preview.setPlainText("" if not rows else self.tr("%Ln messages selected.", "",
                                                                  len(rows)))
        states = {m.state for m in rows}
        idle = not self.sending
        pending = bool(states & {outbox.QUEUED, outbox.FAILED})
        self.exclude_button.setEnabled(idle and pending)
        self.include_button.setEnabled(idle and outbox.EXCLUDED in states)
        self.remove_button.setEnabled(idle and bool(states & {outbox.QUEUED, outbox.FAILED,
                                                              outbox.EXCLUDED}))
        self.mailto_button.setEnabled(idle and pending)
        self.mark_sent_button.setEnabled(idle and bool(
            states & {outbox.QUEUED, outbox.FAILED, outbox.UNCERTAIN}))
        self.arrived_button.setEnabled(idle and outbox.UNCERTAIN in states)
        self.resend_button.setEnabled(idle and outbox.UNCERTAIN in states)
        self.bounced_button.setEnabled(idle and bool(
            states & {outbox.SENT, outbox.FAILED, outbox.UNCERTAIN}))
        has_waiting = any(m.state in outbox.SENDABLE for m in self._rows)
        self.eml_button.setEnabled(idle and has_waiting)
        self.send_button.setEnabled(idle and self.waiting > 0)

    def set_running(self, running: bool) -> None:
        """A run started or ended: the send row, and what the selection allows."""
        self.show_running(running)
        self._selection_changed()
