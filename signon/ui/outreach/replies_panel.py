"""The Replies page (issue #18, "Endorse by reply"): read the answers to
the campaign's invitations from a mailbox, see what each one says and
whether its sender is verified, apply the clear ones, and decide the
others.

`RepliesView` (replies_view.py) lays the page out; this class keeps what
it shows — the campaign's recorded replies, read in the background
(`replies_reading.read_replies`), and the last mailbox reading — and wires
the view to two handlers: `MailboxReader` (where replies come from, and the
readings off the GUI thread, replies_reader.py) and `ReplyActions` (the
selected reply, and the evidence report, replies_actions.py). Everything
goes through the functions `signon inbox` and `signon evidence` call.
"""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QWidget

from signon.outreach.imap import ImapSettings
from signon.store.database import Database
from signon.ui.campaign_load import CampaignLoad
from signon.ui.i18n import translate
from signon.ui.labels import format_datetime
from signon.ui.outreach import replies_wording as words
from signon.ui.outreach.replies_actions import ReplyActions
from signon.ui.outreach.replies_reader import MailboxReader
from signon.ui.outreach.replies_reading import (
    EML,
    IMAP,
    MBOX,
    TO_APPLY,
    MailboxReading,
    ReadResult,
    RepliesRead,
    ReplyRow,
    SourceChoice,
    merge_rows,
    read_replies,
)
from signon.ui.outreach.replies_view import RepliesView
from signon.ui.outreach.tables import fit_columns, reset_keeping_selection

#: The columns' widths while there are no replies (Date, From, Signatory,
#: Match, Action, Verified), about as wide as once they come.
EMPTY_WIDTHS = {0: 90, 1: 170, 2: 170, 3: 70, 4: 90, 5: 90}



class RepliesPanel(RepliesView):
    """Emits `changed` after replies were applied (statuses moved)."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.campaign_id: int | None = None
        self._stored: list[ReplyRow] = []
        self._reading: MailboxReading | None = None
        self._imap = ImapSettings()
        #: the file or folder chosen for each kind of source, this session
        self._paths: dict[str, str] = {MBOX: "", EML: ""}
        self.loading = CampaignLoad(read_replies, self)
        self.loading.shown.connect(self._show_stored)
        self.loading.failed.connect(self.status.setText)
        self.reader = MailboxReader(self)
        self.actions = ReplyActions(self)
        self._connect()
        self._source_changed()
        self.set_running(False)

    def _connect(self) -> None:
        reader, actions = self.reader, self.actions
        self.source.currentIndexChanged.connect(self._source_changed)
        self.choose_button.clicked.connect(reader.choose)
        self.mailbox_button.clicked.connect(reader.edit_mailbox)
        self.read_button.clicked.connect(reader.read)
        self.apply_button.clicked.connect(reader.apply)
        self.cancel_button.clicked.connect(reader.cancel)
        self.endorse_button.clicked.connect(actions.endorse)
        self.decline_button.clicked.connect(actions.decline)
        self.ignore_button.clicked.connect(actions.ignore)
        self.rep_save.clicked.connect(actions.save_representative)
        self.evidence_button.clicked.connect(actions.save_evidence)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed())

    # -- data ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.reader.running

    def set_campaign(self, campaign_id: int | None) -> None:
        if campaign_id != self.campaign_id:
            if self.running:
                self.reader.cancel()
            self._reading = None  # a reading is the campaign's it was made for
            self._stored = []
            self.status.clear()
        self.campaign_id = campaign_id
        self.refresh()

    def refresh(self, *_args) -> None:
        """Read the campaign's recorded replies again in the background."""
        if self.campaign_id is None:
            self.loading.drop()
            self._show_stored(RepliesRead(0, [], self._imap))
        else:
            self.loading.start(self.db, self.campaign_id)

    def _show_stored(self, read: RepliesRead) -> None:
        if self.campaign_id is not None and read.campaign_id != self.campaign_id:
            return
        self._stored = read.rows
        self.set_imap(read.imap)
        self._show_rows()

    def show_result(self, result: ReadResult) -> None:
        """A reading that ended: its messages, then the recorded replies."""
        self._reading = result.reading
        self._stored = result.stored.rows
        self._show_rows()

    def _show_rows(self) -> None:
        rows = merge_rows(self._reading, self._stored)
        reset_keeping_selection(self.table, lambda: self.model.set_rows(rows),
                                key=attrgetter("message_id"))
        fit_columns(self.table, {1: 240, 2: 260}, elastic=(1, 2), empty=EMPTY_WIDTHS)
        self.summary.setText(words.summary(rows) if self.campaign_id is not None else "")
        self._selection_changed()

    def rows(self) -> list[ReplyRow]:
        return self.model.rows

    def pending_to_apply(self) -> int:
        return sum(1 for r in self.model.rows if r.state == TO_APPLY)

    # -- the source ----------------------------------------------------------------------------

    def source_choice(self) -> SourceChoice:
        kind = self.source.currentData()
        return SourceChoice(kind, self._paths.get(kind, ""))

    def set_source(self, kind: str, path: str = "") -> None:
        """Read from this kind of source (and this file or folder)."""
        if path:
            self._paths[kind] = path
        self.source.setCurrentIndex(max(0, self.source.findData(kind)))
        self._source_changed()

    def set_path(self, kind: str, path: str) -> None:
        self._paths[kind] = path
        self._source_changed()

    def set_imap(self, settings: ImapSettings) -> None:
        self._imap = settings
        self._source_changed()

    def _source_changed(self, *_args) -> None:
        choice = self.source_choice()
        imap = choice.kind == IMAP
        self.mailbox_button.setVisible(imap)
        self.choose_button.setVisible(not imap)
        if imap:
            s = self._imap
            if s.configured:
                text = translate("RepliesPanel", "{user} on {host}, folder {folder}").format(
                    user=s.user, host=s.host, folder=s.folder)
                if s.move_to:
                    text += " " + translate(
                        "RepliesPanel", "(recorded replies move to {folder})").format(
                        folder=s.move_to)
            else:
                text = translate("RepliesPanel", "Not set up yet: give the server in Mailbox "
                                                 "settings…")
        elif choice.path:
            text = choice.path
        else:
            text = translate("RepliesPanel", "No file chosen yet") if choice.kind == MBOX \
                else translate("RepliesPanel", "No folder chosen yet")
        self.source_label.set_full_text(text)

    # -- the selection ------------------------------------------------------------------------

    def selected_row(self) -> ReplyRow | None:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.model.rows[row] if row < len(self.model.rows) else None

    def select_message(self, message_id: str) -> bool:
        """Select the row of a message (tests, and after a write)."""
        for i, row in enumerate(self.model.rows):
            if row.message_id == message_id:
                # not QTableView.selectRow: right to left it finds no column
                # to make current at the viewport's edge, and selects nothing
                index = self.model.index(i, 0)
                flags = QItemSelectionModel.SelectionFlag
                self.table.selectionModel().setCurrentIndex(
                    index, flags.ClearAndSelect | flags.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self._show_message(row)
        idle = not self.running
        waiting = row is not None and row.waiting and idle
        for button in (self.endorse_button, self.decline_button, self.ignore_button):
            button.setEnabled(waiting)
        recorded = row is not None and row.recorded and idle
        for widget in (self.rep_name, self.rep_role, self.rep_save):
            widget.setEnabled(recorded)
        has = self.campaign_id is not None
        self.read_button.setEnabled(has and idle)
        self.apply_button.setEnabled(has and idle)
        self.evidence_button.setEnabled(has and idle and bool(self._stored))

    def _show_message(self, row: ReplyRow | None) -> None:
        if row is None:
            self.heading.clear()
            self.heading.setToolTip("")
            self.text.clear()
            self.rep_name.clear()
            self.rep_role.clear()
            self.set_representative_note("")
            return
        # the sender and the day are on the row; the hour in the tooltip
        lines = [row.subject or translate("RepliesPanel", "(no subject)")]
        if row.outcome:
            lines.append(row.outcome)
        sent = format_datetime(row.date) if row.date else ""
        self.heading.setToolTip(translate("RepliesPanel", "From {address}, {date}").format(
            address=row.from_address, date=sent) if sent
            else translate("RepliesPanel", "From {address}").format(address=row.from_address))
        self.heading.setText("\n".join(lines))
        self.text.setPlainText(row.text)
        self.text.setPlaceholderText(translate("RepliesPanel", "No text of its own (a bounce, an "
                                                               "automatic "
                                         "reply, or only the quoted invitation)."))
        self.rep_name.setText(row.representative_name)
        self.rep_role.setText(row.representative_role)
        if row.recorded:
            self.set_representative_note(translate("RepliesPanel", "Kept with the reply's "
                                                                   "evidence: private, never in "
                                                                   "the "
                                      "letter."))
        elif row.match is None:
            self.set_representative_note(translate("RepliesPanel", "Not a reply to this campaign: "
                                                                   "nothing of it is "
                                      "recorded."))
        else:
            self.set_representative_note(translate("RepliesPanel", "Only for a recorded reply: "
                                                                   "Apply clear replies "
                                      "records every matched one."))

    def set_running(self, running: bool) -> None:
        """A reading started or ended: the run row, and what the selection allows."""
        self.show_running(running)
        self._selection_changed()
