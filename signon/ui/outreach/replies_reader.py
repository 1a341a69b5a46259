"""Reading replies for the Replies page: where they come from (the IMAP
mailbox of the settings, with its password; an mbox file; a folder of .eml
files), then the reading off the GUI thread with progress and Cancel.

"Read replies" is `signon inbox` without --apply: nothing is written.
"Apply clear replies" is `signon inbox --apply` on the same source: the
matched replies are recorded and the clear ones applied, batch by batch,
each batch its own transaction, so Cancel keeps what was applied and the
next reading carries on (`signon.outreach.inbox`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from signon.domain.errors import SignonError
from signon.outreach import secrets
from signon.outreach.imap import ImapSettings, load_imap_settings, save_imap_settings
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import format_number
from signon.ui.outreach import replies_wording as words
from signon.ui.outreach.mailbox_dialog import MailboxSettingsDialog
from signon.ui.outreach.replies_reading import (
    EML,
    IMAP,
    MBOX,
    ReadResult,
    SourceChoice,
    mail_source,
    read_mailbox,
)
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel, QProgressBar



class ReaderHost(Protocol):
    """What reading uses of the Replies page (`RepliesPanel`, a QWidget:
    its dialogs open over it)."""

    db: Database
    campaign_id: int | None
    status: QLabel
    progress: QProgressBar
    #: statuses moved (replies were applied)
    changed: SignalInstance

    def source_choice(self) -> SourceChoice: ...

    def set_path(self, kind: str, path: str) -> None: ...

    def set_imap(self, settings: ImapSettings) -> None: ...

    def set_running(self, running: bool) -> None: ...

    def show_result(self, result: ReadResult) -> None: ...

    def pending_to_apply(self) -> int: ...

    def refresh(self) -> None: ...


class MailboxReader:
    """One reading at a time for the page: `running` while it lasts."""

    def __init__(self, panel: ReaderHost):
        self.panel = panel
        self._worker: Worker | None = None
        self._apply = False
        self._imap_login: tuple[str, str] | None = None

    @property
    def running(self) -> bool:
        return self._worker is not None

    # -- where replies come from ----------------------------------------------------------

    def choose(self) -> bool:
        """The mbox file or the .eml folder, by a file dialog; False when the
        person gave up."""
        panel = self.panel
        choice = panel.source_choice()
        start = choice.path or str(Path.home())
        if choice.kind == MBOX:
            path = dialogs.choose_open_file(
                panel, translate("RepliesPanel", "Choose the mbox file replies are in"), start,
                translate("RepliesPanel", "All files (*);;mbox files (*.mbox *.mbx)"))
        elif choice.kind == EML:
            path = dialogs.choose_folder(panel, translate("RepliesPanel", "Choose the folder of "
                                                                          ".eml files"), start)
        else:
            return self.edit_mailbox()
        if not path:
            return False
        panel.set_path(choice.kind, path)
        return True

    def edit_mailbox(self) -> bool:
        """The IMAP settings dialog; the settings to the database, the
        password to the keyring (or this session)."""
        panel = self.panel
        with panel.db.session() as session:
            current = load_imap_settings(session)
        dialog = MailboxSettingsDialog(current, panel)
        if not dialogs.exec_dialog(dialog):
            return False
        settings = dialog.result_settings()
        try:
            with panel.db.session() as session:
                settings = save_imap_settings(session, settings)
        except SignonError as exc:
            dialogs.error(panel, str(exc))
            return False
        panel.set_imap(settings)
        if dialog.password():
            result = secrets.set_imap_password(settings.host, settings.user, dialog.password(),
                                               remember=dialog.remember.isChecked())
            panel.status.setText(result.message)
        return True

    def _imap(self) -> tuple[ImapSettings, str] | None:
        """The settings, asked for when there are none yet, and the password
        (from the keyring or this session, or asked for): None when the
        person gave up."""
        panel = self.panel
        with panel.db.session() as session:
            settings = load_imap_settings(session)
        if not settings.configured:
            if not self.edit_mailbox():
                return None
            with panel.db.session() as session:
                settings = load_imap_settings(session)
        settings = settings.validated()
        password = secrets.get_imap_password(settings.host, settings.user)
        if password is None:
            note = secrets.keyring_status()
            password = dialogs.ask_password(
                panel, translate("RepliesPanel", "Mailbox password"),
                translate("RepliesPanel", "Password for {user} on {host}:").format(
                    user=settings.user, host=settings.host) + f"\n\n{note.message}")
            if password is None:
                return None
            secrets.set_imap_password(settings.host, settings.user, password,
                                      remember=note.usable)
        return settings, password

    # -- a reading ----------------------------------------------------------------------------

    def read(self) -> None:
        """Read the replies; nothing is written."""
        self._start(apply=False)

    def apply(self) -> None:
        """Read again and apply the clear replies, after saying what that does."""
        panel = self.panel
        if panel.campaign_id is None or self.running:
            return
        question = translate("RepliesPanel", "Apply the clear replies? Every reply that answers "
                                             "one of the "
                       "campaign's own messages and clearly endorses or declines moves its "
                       "signatory's status, with the reply kept as evidence; a bounce flags "
                       "the address. The other matched replies are recorded for you to "
                       "decide. Mail that is not the campaign's is left alone.")
        pending = panel.pending_to_apply()
        if pending:
            question += " " + words.found_to_apply(pending)
        if not dialogs.confirm(panel, translate("RepliesPanel", "Replies"), question,
                               translate("RepliesPanel", "Apply")):
            return
        self._start(apply=True)

    def _start(self, apply: bool) -> None:
        panel = self.panel
        if panel.campaign_id is None or self.running:
            return
        choice = panel.source_choice()
        if not choice.ready:
            if not self.choose():
                return
            choice = panel.source_choice()
        try:
            if choice.kind == IMAP:
                imap = self._imap()
                if imap is None:
                    return
                settings, password = imap
                self._imap_login = (settings.host, settings.user)
                source = mail_source(choice, settings, password, apply=apply)
            else:
                self._imap_login = None
                source = mail_source(choice)
        except SignonError as exc:
            dialogs.error(panel, str(exc))
            return
        self._apply = apply
        worker = Worker(read_mailbox, panel.db, panel.campaign_id, choice, source, apply=apply)
        worker.describe(words.still_reading(apply))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        panel.set_running(True)
        panel.status.setText(translate("RepliesPanel", "Reading {source}…").format(
            source=source.label))
        worker.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.panel.status.setText(translate("RepliesPanel", "Cancelling after the current "
                                                                "batch…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        panel = self.panel
        panel.progress.setMaximum(max(total, 1))
        panel.progress.setValue(done)
        if done and done < total:
            panel.status.setText(translate(
                "RepliesPanel", "Reading {done} of {total}: {message}").format(
                done=format_number(done), total=format_number(total), message=message))

    def _end(self) -> None:
        self._worker = None
        self.panel.set_running(False)

    def _on_finished(self, result: ReadResult) -> None:
        self._end()
        panel = self.panel
        reading = result.reading
        if reading.campaign_id == panel.campaign_id:
            panel.show_result(result)
            panel.status.setText(words.read_done(len(reading.rows), reading.applied_count,
                                                 reading.applied))
        if reading.applied and reading.applied_count:
            panel.changed.emit()

    def _on_failed(self, message: str) -> None:
        self._end()
        panel = self.panel
        if self._imap_login is not None and "login refused" in message:
            secrets.discard_imap_password(*self._imap_login)  # asked again next time
        panel.status.setText(translate("RepliesPanel", "Reading stopped: {message}").format(
            message=message))
        if self._apply:
            panel.refresh()  # batches applied before the error stay applied
            panel.changed.emit()
        dialogs.error(panel, message)

    def _on_cancelled(self) -> None:
        self._end()
        panel = self.panel
        if self._apply:
            panel.status.setText(translate("RepliesPanel", "Cancelled. Replies applied before "
                                                           "stay applied; the "
                                     "next reading carries on."))
            panel.refresh()
            panel.changed.emit()
        else:
            panel.status.setText(translate("RepliesPanel", "Reading cancelled; nothing was "
                                                           "written."))
