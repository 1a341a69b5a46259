"""Sending the outbox: one message at a time, state committed around each
SMTP call, at a steady rate, with pause and cancel.

The order for each message is fixed and is what makes sending idempotent:

1. commit `sending` (a conditional update: nobody else can take the row);
2. hand the message to the server;
3. commit `sent` (and the signatory's status change), `failed` (certainly
   not delivered; the next run tries again) or `uncertain` (the server may
   have it; never resent without the coordinator's word).

A crash between 1 and 3 leaves the row in `sending`; the next run turns it
into `uncertain` before it starts. So a message is never sent twice by the
app, and never silently skipped: every row ends sent, failed (retried),
excluded or uncertain (shown to the coordinator until resolved).

Cancel and pause act only between messages, never between 1 and 3.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from signon.domain.errors import ValidationError
from signon.domain.messages import english, n_
from signon.domain.outbox_notes import shown_note
from signon.outreach.message import Envelope, build_message, message_bytes, needs_smtputf8
from signon.outreach.settings import SmtpSettings
from signon.outreach.smtp import MaybeSent, NotSent, SmtpConnection
from signon.progress import NO_PROGRESS, Cancelled, Progress
from signon.store.database import Database


class SendControl:
    """Pause and resume from another thread (the GUI's Pause button). Cancel
    is the Progress's own, so the worker's cancel stops sending too."""

    def __init__(self) -> None:
        self._running = threading.Event()
        self._running.set()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    def wait_while_paused(self, progress: Progress, poll: float = 0.1) -> None:
        while not self._running.wait(poll):
            progress.check()


@dataclass
class SendReport:
    total: int = 0
    sent: int = 0
    failed: int = 0
    uncertain: int = 0
    skipped: int = 0  # taken by another sender, or no longer relevant (excluded)
    recovered: int = 0  # found in `sending` from an interrupted run → uncertain
    errors: list[str] = field(default_factory=list)

    @property
    def left(self) -> int:
        return self.total - self.sent - self.failed - self.uncertain - self.skipped

    def summary(self) -> str:
        """"3 sent, 1 failed": shown to the user (a cancel, the Outreach tab),
        never stored, so in the user's language."""
        parts = [n_("{n} sent", "{n} sent", self.sent).format(n=self.sent)]
        if self.failed:
            parts.append(n_("{n} failed", "{n} failed", self.failed).format(n=self.failed))
        if self.uncertain:
            parts.append(n_("{n} uncertain", "{n} uncertain", self.uncertain)
                         .format(n=self.uncertain))
        if self.skipped:
            parts.append(n_("{n} skipped", "{n} skipped", self.skipped).format(n=self.skipped))
        if self.recovered:
            parts.append(n_("{n} interrupted earlier, now uncertain",
                            "{n} interrupted earlier, now uncertain", self.recovered)
                         .format(n=self.recovered))
        return ", ".join(parts)


ConnectionFactory = Callable[[SmtpSettings, str | None], SmtpConnection]


def _sleep_until(deadline: float, progress: Progress, control: SendControl | None,
                 clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
    """Wait for the rate limit in short slices so cancel and pause answer at once."""
    while True:
        progress.check()
        if control is not None and control.paused:
            control.wait_while_paused(progress)
        remaining = deadline - clock()
        if remaining <= 0:
            return
        sleep(min(remaining, 0.1))


def send_outbox(
    db: Database,
    campaign_id: int,
    settings: SmtpSettings,
    password: str | None = None,
    *,
    message_ids: Iterable[int] | None = None,
    control: SendControl | None = None,
    progress: Progress = NO_PROGRESS,
    connect: ConnectionFactory = SmtpConnection,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> SendReport:
    """Send the campaign's queued and failed messages (or those of
    `message_ids` among them). Raises SmtpError if the server cannot be used
    at all, Cancelled (with what was done) if cancelled; rows already sent
    stay sent either way."""
    from signon.store import outbox

    settings = settings.validated()
    report = SendReport()
    with db.session() as session:
        report.recovered = outbox.recover_interrupted(session, campaign_id)
    with db.session() as session:
        ids = outbox.sendable_ids(session, campaign_id, message_ids)
    report.total = len(ids)
    progress.step(0, report.total, f"{report.total} messages to send")
    connection = connect(settings, password)
    next_start = clock()
    try:
        for done, message_id in enumerate(ids):
            _sleep_until(next_start, progress, control, clock, sleep)
            connection.ensure_open()  # SmtpError stops the run before any claim
            next_start = clock() + settings.interval
            with db.session() as session:
                row = outbox.claim(session, message_id)
            if row is None:
                report.skipped += 1
                progress.step(done + 1, report.total, "skipped")
                continue
            _send_one(db, connection, settings, row, report)
            progress.step(done + 1, report.total, f"{row.to_name} <{row.to_address}>")
    except Cancelled:
        raise Cancelled(n_("sending cancelled: {summary}; {n} still in the outbox",
                           "sending cancelled: {summary}; {n} still in the outbox",
                           report.left).format(summary=report.summary(), n=report.left)) \
            from None
    finally:
        connection.close()
    return report


def _send_one(db: Database, connection: SmtpConnection, settings: SmtpSettings, row,
              report: SendReport) -> None:
    from signon.store import outbox

    try:
        with english():  # why a message did not go is stored with it: in English
            msg = build_message(
                Envelope(row.to_name, row.to_address, row.subject, row.body, row.message_id),
                from_name=settings.from_name, from_address=settings.from_address)
            data = message_bytes(msg)
            recipient = _envelope_address(row.to_address)
            connection.send(settings.from_address, recipient, data,
                            smtputf8=needs_smtputf8(row.to_address, settings.from_address))
    except MaybeSent as exc:
        with db.session() as session:
            outbox.mark_uncertain(session, row.id, exc.reason)
        report.uncertain += 1
        report.errors.append(f"{row.to_address}: {shown_note(exc.reason)}")
    except (NotSent, ValidationError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or str(exc)
        with db.session() as session:
            outbox.mark_failed(session, row.id, reason)
        report.failed += 1
        report.errors.append(f"{row.to_address}: {shown_note(reason)}")
    else:
        with db.session() as session:
            outbox.mark_sent(session, row.id)
        report.sent += 1


def _envelope_address(address: str) -> str:
    """The RCPT TO form: the domain in IDNA when the address has one."""
    from signon.domain.addresses import check_address

    try:
        return check_address(address).envelope
    except ValidationError:
        return address
