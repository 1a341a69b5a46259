"""What the coordinator does with the selected messages of the outbox other
than sending them by SMTP: leave them out or put them back, remove unsent
ones, send them from their own mail program (.eml files, or drafts opened
in it) and mark them as sent, and record what became of sent ones (it
arrived after all, send it again, it bounced: marked bounced and its address
flagged).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from signon.domain.errors import SignonError
from signon.domain.outbox_notes import BOUNCED_BY_HAND
from signon.outreach import mailing
from signon.outreach.message import mailto_link
from signon.outreach.settings import load_smtp_settings
from signon.store import outbox
from signon.store.database import Database
from signon.store.models import OutboxMessage
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.outreach import outbox_wording
from signon.ui.outreach.outbox_view import MAILTO_MAX

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel


class SelectionHost(Protocol):
    """What the actions use of the outbox panel (`OutboxPanel`, a QWidget:
    their questions open over it)."""

    db: Database
    campaign_id: int | None
    status: QLabel
    #: statuses moved (messages were marked)
    changed: SignalInstance

    def refresh(self) -> None: ...

    def selected_messages(self, states: tuple[str, ...] | None = None
                          ) -> list[OutboxMessage]: ...


class MessageActions:
    """Acts on the panel's selected messages, then shows the outbox again."""

    def __init__(self, panel: SelectionHost):
        self.panel = panel

    def exclude(self) -> None:
        self._apply(outbox.set_excluded)

    def include(self) -> None:
        self._apply(lambda s, ids: outbox.set_excluded(s, ids, excluded=False))

    def mark_sent(self) -> None:
        self._apply(outbox.mark_sent_by_hand, confirm=True)

    def arrived(self) -> None:
        self._apply(lambda s, ids: outbox.resolve_uncertain(s, ids, was_sent=True))

    def send_again(self) -> None:
        self._apply(lambda s, ids: outbox.resolve_uncertain(s, ids, was_sent=False))

    def bounced(self) -> None:
        """A bounce came back: the message is bounced (when it went) and its
        address flagged, as `signon inbox --apply` does with one it reads."""
        def bounce(session, ids: list[int]) -> None:
            for message_id in ids:
                outbox.mark_bounced(session, message_id, BOUNCED_BY_HAND)
            mailing.flag_bounced(session, ids)

        self._apply(bounce)

    def _apply(self, action: Callable, confirm: bool = False) -> None:
        """Run a store action on the selected messages; `confirm` asks first
        (marking as sent, which moves statuses)."""
        panel = self.panel
        ids = [m.id for m in panel.selected_messages()]
        if not ids or panel.campaign_id is None:
            return
        if confirm and not dialogs.confirm(
                panel, translate("OutboxPanel", "Outbox"),
                outbox_wording.mark_sent_question(len(ids)),
                translate("OutboxPanel", "Mark as sent")):
            return
        try:
            with panel.db.session() as session:
                action(session, ids)
        except SignonError as exc:
            dialogs.error(panel, str(exc))
        panel.refresh()
        panel.changed.emit()

    def remove(self) -> None:
        panel = self.panel
        ids = [m.id for m in panel.selected_messages(
            (outbox.QUEUED, outbox.FAILED, outbox.EXCLUDED))]
        if ids and dialogs.confirm(panel, translate("OutboxPanel", "Outbox"),
                                   outbox_wording.remove_question(len(ids)),
                                   translate("OutboxPanel", "Remove")):
            with panel.db.session() as session:
                outbox.remove_messages(session, ids)
            panel.refresh()

    def export_eml(self) -> None:
        """The selected messages that can be sent, or all of them when none
        is selected, as .eml files in a folder."""
        panel = self.panel
        if panel.campaign_id is None:
            return
        folder = dialogs.choose_folder(
            panel, translate("OutboxPanel", "Save the messages as .eml files into"))
        if not folder:
            return
        from signon.outreach.eml import export_eml

        chosen = [m.id for m in panel.selected_messages(outbox.SENDABLE)]
        with panel.db.session() as session:
            settings = load_smtp_settings(session)
            rows = outbox.outbox(session, panel.campaign_id, outbox.SENDABLE, ids=chosen or None)
        try:
            paths = export_eml(rows, folder, from_name=settings.from_name,
                               from_address=settings.from_address)
        except (SignonError, OSError) as exc:
            dialogs.error(panel, str(exc))
            return
        panel.status.setText(outbox_wording.saved_eml(len(paths), folder))

    def open_mailto(self) -> None:
        """Up to `MAILTO_MAX` selected messages as drafts in the mail program."""
        rows = self.panel.selected_messages(outbox.SENDABLE)[:MAILTO_MAX]
        for m in rows:
            dialogs.open_link(mailto_link(m.to_address, m.subject, m.body))
        if rows:
            self.panel.status.setText(outbox_wording.opened_in_mail_program(len(rows)))
