"""Sending the outbox by SMTP: the settings and the password it needs, then
the messages off the GUI thread, one at a time, with progress, pause and
cancel.

State is committed around each message (signon.outreach.sending) and
cancel acts between messages, never during one: a cancelled run leaves the
messages already sent as sent and the others queued for the next Send.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from signon.outreach import secrets
from signon.outreach.sending import SendControl, SendReport, send_outbox
from signon.outreach.settings import SmtpSettings, load_smtp_settings, save_smtp_settings
from signon.store import outbox
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.labels import format_number
from signon.ui.outreach import outbox_wording
from signon.ui.outreach.smtp_dialog import SmtpSettingsDialog
from signon.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton


class SendingHost(Protocol):
    """What sending uses of the outbox panel (`OutboxPanel`, a QWidget:
    the SMTP dialogs open over it)."""

    db: Database
    campaign_id: int | None
    status: QLabel
    pause_button: QPushButton
    progress: QProgressBar
    #: statuses moved (messages were sent)
    changed: SignalInstance
    #: queued and failed messages, whatever the filter shows
    waiting: int

    def refresh(self) -> None: ...

    def set_running(self, running: bool) -> None: ...


class OutboxSending:
    """One SMTP run at a time for the panel: `sending` while it lasts."""

    def __init__(self, panel: SendingHost):
        self.panel = panel
        self._worker: Worker | None = None
        self._control: SendControl | None = None

    @property
    def sending(self) -> bool:
        return self._worker is not None

    # -- SMTP ---------------------------------------------------------------------------

    def edit_smtp(self) -> bool:
        panel = self.panel
        with panel.db.session() as session:
            current = load_smtp_settings(session)
        dialog = SmtpSettingsDialog(current, panel)
        if not dialogs.exec_dialog(dialog):
            return False
        settings = dialog.result_settings()
        with panel.db.session() as session:
            save_smtp_settings(session, settings)
        if dialog.password() and settings.user:
            result = secrets.set_password(settings.host, settings.user, dialog.password(),
                                          remember=dialog.remember.isChecked())
            panel.status.setText(result.message)
        return True

    def _smtp(self) -> tuple[SmtpSettings, str | None] | None:
        """The settings, asked for when there are none yet, and the password
        (from the keyring, or asked for): None when the person gave up."""
        panel = self.panel
        with panel.db.session() as session:
            settings = load_smtp_settings(session)
        if not settings.configured:
            if not self.edit_smtp():
                return None
            with panel.db.session() as session:
                settings = load_smtp_settings(session)
        password = None
        if settings.user:
            password = secrets.get_password(settings.host, settings.user)
            if password is None:
                note = secrets.keyring_status()
                password = dialogs.ask_password(
                    panel, translate("OutboxPanel", "SMTP password"),
                    translate("OutboxPanel", "Password for {user} on {host}:").format(
                        user=settings.user, host=settings.host) + f"\n\n{note.message}")
                if password is None:
                    return None
                secrets.set_password(settings.host, settings.user, password,
                                     remember=note.usable)
        return settings, password

    # -- a run ----------------------------------------------------------------------------

    def send(self) -> None:
        panel = self.panel
        if panel.campaign_id is None or self.sending:
            return
        smtp = self._smtp()
        if smtp is None:
            return
        settings, password = smtp
        self._control = SendControl()
        worker = Worker(send_outbox, panel.db, panel.campaign_id, settings, password,
                        control=self._control)
        worker.describe(outbox_wording.still_sending(panel.waiting))
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_finished)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        panel.set_running(True)
        panel.status.setText(translate("OutboxPanel", "Connecting to {host}…").format(
            host=settings.host))
        worker.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            if self._control is not None:
                self._control.resume()  # a paused run must wake up to stop
            self.panel.status.setText(
                translate("OutboxPanel", "Cancelling after the current message…"))

    def pause(self, paused: bool) -> None:
        if self._control is None:
            return
        panel = self.panel
        if paused:
            self._control.pause()
            panel.pause_button.setText(translate("OutboxPanel", "Resume"))
            panel.status.setText(
                translate("OutboxPanel", "Paused: no new message starts until you resume."))
        else:
            self._control.resume()
            panel.pause_button.setText(translate("OutboxPanel", "Pause"))
            panel.status.setText(translate("OutboxPanel", "Sending…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        panel = self.panel
        panel.progress.setMaximum(max(total, 1))
        panel.progress.setValue(done)
        if not (self._control and self._control.paused):
            panel.status.setText(translate("OutboxPanel", "Sending {done} of {total}: {message}")
                                 .format(done=format_number(done), total=format_number(total),
                                         message=message) if done else message)
        panel.refresh()

    def _finish(self, text: str) -> None:
        self._worker = None
        self._control = None
        panel = self.panel
        panel.set_running(False)
        panel.status.setText(text)
        panel.refresh()
        panel.changed.emit()

    def _on_finished(self, report: SendReport) -> None:
        text = translate("OutboxPanel", "Done: {summary}.").format(summary=report.summary())
        if report.uncertain or report.recovered:
            text += " " + translate("OutboxPanel", "Uncertain messages may have arrived: check "
                                                   "your Sent folder, then click It arrived or "
                                                   "Send again.")
        if report.failed:
            text += " " + translate("OutboxPanel", "Failed messages go again with the next "
                                                   "Send.")
        self._finish(text)

    def _on_failed(self, message: str) -> None:
        self._finish(translate("OutboxPanel", "Sending stopped: {message}").format(
            message=message))
        dialogs.error(self.panel, message)

    def _on_cancelled(self) -> None:
        with self.panel.db.session() as session:
            counts = outbox.outbox_counts(session, self.panel.campaign_id)
        self._finish(outbox_wording.cancelled(counts.get(outbox.QUEUED, 0)))
