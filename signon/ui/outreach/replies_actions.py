"""The coordinator's word on the selected reply, and the evidence report.

Endorse and Decline apply a recorded reply that waited (a sender-only
match, a reply to review, a refusal the workflow did not take on its own)
through `signon.outreach.inbox.confirm_reply`, the rules `signon inbox
--apply` follows; Ignore keeps it as evidence only (`store.replies.
set_outcome`). The representative's name and role go with the reply's
evidence (`store.replies.set_representative`). "Save evidence report…"
writes what `signon evidence` writes, a private file (0600).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from signon.domain.errors import SignonError
from signon.outreach.inbox import confirm_reply
from signon.store import replies as store
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.outreach.replies_reading import ReplyRow, write_evidence
from signon.ui.settings import EXPORT_FOLDER, ui_settings
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel, QLineEdit



class ActionsHost(Protocol):
    """What the actions use of the Replies page (`RepliesPanel`)."""

    db: Database
    campaign_id: int | None
    status: QLabel
    rep_name: QLineEdit
    rep_role: QLineEdit
    #: statuses moved (a reply was applied)
    changed: SignalInstance

    def selected_row(self) -> ReplyRow | None: ...

    def refresh(self) -> None: ...


class ReplyActions:
    """Acts on the page's selected reply, then reads the replies again."""

    def __init__(self, panel: ActionsHost):
        self.panel = panel
        self._writing: Worker | None = None

    def endorse(self) -> None:
        self._confirm("endorse")

    def decline(self) -> None:
        self._confirm("decline")

    def _confirm(self, action: str) -> None:
        panel = self.panel
        row = panel.selected_row()
        if row is None or not row.waiting:
            return
        try:
            with panel.db.session() as session:
                done = confirm_reply(session, row.reply_id, action)
        except SignonError as exc:
            dialogs.error(panel, str(exc))
            panel.refresh()
            return
        panel.status.setText(translate("RepliesPanel", "{signatory}: {outcome}.").format(
            signatory=row.signatory or row.from_address, outcome=done))
        panel.refresh()
        panel.changed.emit()

    def ignore(self) -> None:
        panel = self.panel
        row = panel.selected_row()
        if row is None or not row.waiting:
            return
        try:
            with panel.db.session() as session:
                store.ignore_reply(session, row.reply_id)
        except SignonError as exc:
            dialogs.error(panel, str(exc))
        else:
            panel.status.setText(translate("RepliesPanel", "The reply from {address} is kept as "
                                                           "evidence; nothing "
                                     "was changed.").format(address=row.from_address))
        panel.refresh()

    def save_representative(self) -> None:
        panel = self.panel
        row = panel.selected_row()
        if row is None or not row.recorded:
            return
        try:
            with panel.db.session() as session:
                store.set_representative(session, row.reply_id, panel.rep_name.text(),
                                         panel.rep_role.text())
        except SignonError as exc:
            dialogs.error(panel, str(exc))
            return
        panel.status.setText(translate("RepliesPanel", "Saved who authorised the reply from "
                                                       "{address}.").format(
            address=row.from_address))
        panel.refresh()

    # -- the evidence report ----------------------------------------------------------------

    def save_evidence(self) -> None:
        """The evidence of every recorded reply as a CSV file only its owner
        can read, written off the GUI thread."""
        panel = self.panel
        if panel.campaign_id is None or self._writing is not None:
            return
        folder = ui_settings().get(EXPORT_FOLDER) or str(Path.home())
        start = str(Path(folder) / f"campaign-{panel.campaign_id}-evidence.csv")
        path = dialogs.choose_save_file(
            panel, translate("RepliesPanel", "Save the evidence report (private: it names people "
                                             "and quotes their "
                       "mail)"), start, translate("RepliesPanel", "CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        worker = Worker(write_evidence, panel.db, panel.campaign_id, path)
        worker.signals.finished.connect(self._written)
        worker.signals.failed.connect(self._not_written)
        self._writing = worker
        worker.start()

    def _written(self, path: Path) -> None:
        self._writing = None
        self.panel.status.setText(translate("RepliesPanel", "Saved the evidence report to {path}. "
                                                            "It is private: only "
                                      "you can read the file; keep it out of shared "
                                      "folders.").format(path=str(path)))

    def _not_written(self, message: str) -> None:
        self._writing = None
        self.panel.status.setText(translate("RepliesPanel", "The evidence report was not saved: "
                                                            "{message}").format(
            message=message))
        dialogs.error(self.panel, message)
