"""Outreach tab of a campaign: write the messages, choose who gets them,
send them, chase those who have not answered before the deadline, and read
their replies.

Five pages in the order the work is done — Messages (templates with a
live preview for any signatory), Recipients (by status, country or by
hand → outbox), Outbox (send by SMTP off the GUI thread with progress,
pause and cancel; or .eml / mail program and mark as sent), Deadline (who
has not answered, days left, reminder rounds, no response after the
deadline), Replies (read the answers from a mailbox, apply the clear ones,
decide the others: `signon inbox`). All writes go through `signon.outreach`
and the store; the tab emits `changed` when signatory statuses moved so
the window's counts stay true.

The campaign is read once per switch, off the GUI thread, as one
`OutreachSnapshot` that the Messages, Recipients and Deadline pages share
(`ui.campaign_load`); a page asks for a new one (`stale`) after it changed
what they show. The outbox reads its own messages, the replies their own.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from signon.outreach.snapshot import OutreachSnapshot, read_snapshot
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.campaign_load import CampaignLoad
from signon.ui.campaign_tab import CampaignTab
from signon.ui.labels import format_number
from signon.ui.outreach.deadline_panel import DeadlinePanel
from signon.ui.outreach.outbox_panel import OutboxPanel
from signon.ui.outreach.recipients_panel import RecipientsPanel
from signon.ui.outreach.replies_panel import RepliesPanel
from signon.ui.outreach.templates_panel import TemplatesPanel

PAGE_MESSAGES, PAGE_RECIPIENTS, PAGE_OUTBOX, PAGE_DEADLINE, PAGE_REPLIES = range(5)


class OutreachTab(CampaignTab):
    """Five pages of outreach; `changed` when signatory statuses moved."""

    OBJECT_NAME = "outreachTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("OutreachTab", "Outreach to prospective signatories")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("OutreachTab",
                                   "Choose a campaign to write to its signatories.")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.templates = TemplatesPanel(db)
        self.recipients = RecipientsPanel(db)
        self.outbox = OutboxPanel(db)
        self.deadline = DeadlinePanel(db)
        self.replies = RepliesPanel(db)
        self.pages = QTabWidget()
        self.pages.setObjectName("outreachPages")
        self.pages.setDocumentMode(True)
        # the steps' numbers as the interface writes numbers (Latin digits in
        # Arabic too: the translations had put Arabic-Indic ones, "١ · الرسائل")
        for step, (page, name) in enumerate(
                ((self.templates, self.tr("Messages")), (self.recipients, self.tr("Recipients")),
                 (self.outbox, self.tr("Outbox")), (self.deadline, self.tr("Deadline")),
                 (self.replies, self.tr("Replies"))),
                start=1):
            self.pages.addTab(page, f"{format_number(step)} · {name}")
        self.pages.currentChanged.connect(self._page_shown)
        self.empty = QLabel(self.empty_text())
        self.empty.setObjectName("outreachEmpty")
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setObjectName("outreachLoading")
        self.loading.setProperty("role", "note")
        self.loading.hide()
        #: what the pages show (None: no campaign, or let go of out of view)
        self.snapshot: OutreachSnapshot | None = None
        self.reading = CampaignLoad(read_snapshot, self)
        self.reading.loading_changed.connect(self._loading)
        self.reading.shown.connect(self._show)
        self.reading.failed.connect(lambda message: dialogs.error(self, message))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.loading)
        layout.addWidget(self.pages, 1)

        self.templates.saved.connect(self._templates_saved)
        self.recipients.queued.connect(self._queued)
        self.deadline.queued.connect(self._queued)
        self.deadline.changed.connect(self._statuses_changed)
        self.outbox.changed.connect(self._statuses_changed)
        self.replies.changed.connect(self._replies_applied)
        self.recipients.stale.connect(self.read_again)
        self.deadline.stale.connect(self.read_again)
        # "Set form link…": the window opens Campaign settings, and once they
        # are saved tells every tab, so this one reads the campaign again
        self.templates.settings_requested.connect(self.settings_requested)
        self.recipients.settings_requested.connect(self.settings_requested)
        self.set_campaign(None)

    def defers(self) -> bool:
        """Out of view, like every tab; but a switch still stops a send or a
        reading of replies at once."""
        return super().defers() and not self.outbox.sending and not self.replies.running

    def load(self) -> None:
        campaign_id = self.campaign_id
        self.empty.setVisible(campaign_id is None)
        self.pages.setVisible(campaign_id is not None)
        if campaign_id is None:
            self.reading.drop()
            self._show(None)
        else:
            self.read_again()
        self.outbox.set_campaign(campaign_id)
        self.replies.set_campaign(campaign_id)

    def held_rows(self) -> int:
        return len(self.snapshot.recipients) if self.snapshot is not None else 0

    def unload(self) -> None:
        """Out of view: let go of the snapshot (50,000 recipients) until shown."""
        self.reading.drop()
        self._show(None)

    def read_again(self) -> None:
        """Read the campaign in the background; the pages show it when read."""
        if self.campaign_id is not None:
            self.reading.start(self.db, self.campaign_id)

    def _loading(self, busy: bool) -> None:
        """While a campaign is read, the pages that show it wait (the outbox,
        which reads its own and may be sending, stays usable)."""
        self.loading.setVisible(busy)
        for page in (self.templates, self.recipients, self.deadline):
            page.setEnabled(not busy and self.campaign_id is not None)

    def _show(self, snapshot: OutreachSnapshot | None) -> None:
        self.snapshot = snapshot
        self.templates.show_snapshot(snapshot)
        self.recipients.show_snapshot(snapshot, self.templates.templates())
        self.deadline.show_snapshot(snapshot)

    def shown(self, event) -> None:
        """Coming back from another tab that changed signatories, contacts or
        the statement (`note_change`): the visible page is re-read."""
        if not event.spontaneous() and self.take_change():
            self._page_shown(self.pages.currentIndex())

    def _page_shown(self, index: int) -> None:
        # other tabs may have changed signatories since: show what is true now
        if self.campaign_id is None:
            return
        if index == PAGE_OUTBOX:
            self.outbox.refresh()
        elif index == PAGE_REPLIES:
            self.replies.refresh()
        else:
            self.read_again()

    def _templates_saved(self) -> None:
        self.recipients.set_templates(self.templates.templates())

    def _queued(self, count: int) -> None:
        self.outbox.refresh()
        if count:
            self.pages.setCurrentIndex(PAGE_OUTBOX)

    def _statuses_changed(self) -> None:
        self.read_again()
        self.changed.emit()

    def _replies_applied(self) -> None:
        """Replies moved statuses, and a bounce marks its message: the
        outbox and the other pages show it, the window's counts too."""
        self.outbox.refresh()
        self._statuses_changed()
