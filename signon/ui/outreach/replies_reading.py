"""What the Replies page reads, off the GUI thread (issue #18, "Endorse by
reply"): the campaign's recorded replies, and a mailbox read through
`signon.outreach.inbox.read_inbox`, the function `signon inbox` calls.

A reading without applying writes nothing (`read_inbox(apply=False)`);
"Apply clear replies" is the same reading with `apply=True`, as
`signon inbox --apply`. The page shows each message read as one row: a
reply recorded for the campaign comes from the store (`evidence_rows`,
what `signon evidence` writes), one only read from what `read_inbox`
reported.

`InboxEntry` says what a message is, what was or would be done, and what
the page shows before anything is recorded: when it was written, its own
text and the receiving server's verdicts, as `read_inbox` read them.

Plain Python: no widget, so it runs in a `Worker`; the texts it returns are
the store's and the outreach layer's (English, like their errors).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email import policy
from email.parser import HeaderParser
from pathlib import Path

from signon.domain.evidence import NO_VERDICTS, AuthVerdicts, auth_verdicts
from signon.domain.replies import Action
from signon.outreach.imap import ImapMailbox, ImapSettings, load_imap_settings
from signon.outreach.inbox import APPLIED_ACTIONS, InboxEntry, InboxReport, read_inbox
from signon.outreach.mailboxes import EmlFolder, MailSource, MboxFile
from signon.progress import NO_PROGRESS, Progress
from signon.store.database import Database
from signon.store.replies import IGNORED_OUTCOME

#: Where replies are read from.
IMAP, MBOX, EML = "imap", "mbox", "eml"
SOURCE_KINDS = (IMAP, MBOX, EML)

#: What the row says of a reply (the State column).
APPLIED = "applied"  # applied (by a reading, or confirmed by the coordinator)
TO_APPLY = "to-apply"  # read, not recorded: "Apply clear replies" applies it
TO_CONFIRM = "to-confirm"  # waits for the coordinator: Endorse, Decline or Ignore
TO_RECORD = "to-record"  # read, not recorded: applying records it, for the coordinator
IGNORED = "ignored"  # an automatic reply, or ignored by the coordinator
NOTHING = "nothing"  # unmatched, a second copy: nothing to do
#: How `read_inbox` begins the outcome of a clear reply it would apply.
WOULD_APPLY = "would be applied"


def stored_verdicts(auth_results: str) -> AuthVerdicts:
    """The verdicts of a recorded reply, from the Authentication-Results
    headers kept with it (those `auth_verdicts` read when it was recorded)."""
    if not auth_results.strip():
        return NO_VERDICTS
    try:
        headers = HeaderParser(policy=policy.compat32).parsestr(auth_results + "\n\n")
        return auth_verdicts(headers)
    except Exception:
        return NO_VERDICTS


@dataclass(frozen=True)
class SourceChoice:
    """Where the person chose to read from: the IMAP folder of the settings,
    an mbox file or a folder of .eml files."""

    kind: str
    path: str = ""

    @property
    def ready(self) -> bool:
        return self.kind == IMAP or bool(self.path)


def mail_source(choice: SourceChoice, settings: ImapSettings | None = None,
                password: str = "", *, apply: bool = False) -> MailSource:
    """The source `read_inbox` reads; for IMAP, `settings` and `password`,
    and replies are moved (to the settings' folder) only when applying."""
    if choice.kind == MBOX:
        return MboxFile(Path(choice.path))
    if choice.kind == EML:
        return EmlFolder(Path(choice.path))
    return ImapMailbox(settings or ImapSettings(), password, move=apply)


# -- rows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyRow:
    """One message on the page: a recorded reply, or one only read."""

    message_id: str
    from_address: str
    subject: str
    action: str
    state: str
    date: datetime | None = None
    signatory: str | None = None
    signatory_id: int | None = None
    match: str | None = None
    verified: bool = False
    verdicts: AuthVerdicts = NO_VERDICTS
    #: what applying did or would do, or why not (the outreach layer's words)
    outcome: str = ""
    #: why it was read as what it is
    reason: str = ""
    text: str = ""
    where: str = ""
    #: its row in the store, once recorded
    reply_id: int | None = None
    applied_at: datetime | None = None
    representative_name: str = ""
    representative_role: str = ""

    @property
    def recorded(self) -> bool:
        return self.reply_id is not None

    @property
    def waiting(self) -> bool:
        """Recorded, not applied, and for the coordinator to decide:
        Endorse, Decline or Ignore make sense."""
        return self.state == TO_CONFIRM and self.recorded and self.signatory_id is not None


def stored_state(action: str, applied_at: datetime | None, outcome: str) -> str:
    if applied_at is not None:
        return APPLIED
    if action == Action.AUTO_REPLY or outcome == IGNORED_OUTCOME:
        return IGNORED
    if action in (Action.DUPLICATE, Action.UNMATCHED):
        return NOTHING
    return TO_CONFIRM


def entry_state(entry: InboxEntry) -> str:
    """What a message read is waiting for (one this very reading recorded
    is shown as the store has it: `merge_rows`)."""
    if entry.applied:
        return APPLIED
    if entry.action in (Action.DUPLICATE, Action.UNMATCHED) or entry.match is None:
        return NOTHING
    if entry.action == Action.AUTO_REPLY:
        return IGNORED
    if (entry.action in APPLIED_ACTIONS and entry.match == "thread"
            and entry.outcome.startswith(WOULD_APPLY)):
        return TO_APPLY
    return TO_CONFIRM if entry.recorded else TO_RECORD


def entry_row(entry: InboxEntry) -> ReplyRow:
    return ReplyRow(
        message_id=entry.message_id, from_address=entry.from_address, subject=entry.subject,
        action=entry.action, state=entry_state(entry), date=entry.date,
        signatory=entry.signatory, signatory_id=entry.signatory_id, match=entry.match,
        verified=entry.verified, verdicts=entry.verdicts, outcome=entry.outcome,
        reason=entry.reason, text=entry.text, where=entry.where, reply_id=entry.reply_id)


def stored_row(row) -> ReplyRow:
    """A recorded reply (`store.replies.EvidenceRow`)."""
    r = row.reply
    date = r.message_date
    if date is not None and date.tzinfo is None:  # SQLite gives back UTC without its offset
        date = date.replace(tzinfo=UTC)
    return ReplyRow(
        message_id=r.message_id, from_address=r.from_address, subject=r.subject,
        action=r.action, state=stored_state(r.action, r.applied_at, r.outcome), date=date,
        signatory=row.signatory or None, signatory_id=r.signatory_id, match=r.match,
        verified=bool(r.verified), verdicts=stored_verdicts(r.auth_results),
        outcome=r.outcome, text=r.text, where=r.source, reply_id=r.id,
        applied_at=r.applied_at, representative_name=r.representative_name,
        representative_role=r.representative_role)


@dataclass(frozen=True)
class MailboxReading:
    """A mailbox read for the campaign: the messages in mailbox order."""

    campaign_id: int
    source: SourceChoice
    label: str
    applied: bool
    rows: list[ReplyRow]

    @property
    def applied_count(self) -> int:
        return sum(1 for r in self.rows if r.state == APPLIED)


@dataclass(frozen=True)
class RepliesRead:
    """The campaign's recorded replies, in the order read, and the IMAP
    settings the source line names."""

    campaign_id: int
    rows: list[ReplyRow]
    imap: ImapSettings = field(default_factory=ImapSettings)


def read_replies(db: Database, campaign_id: int) -> RepliesRead:
    """What the page shows before any reading: the replies recorded for the
    campaign (one transaction)."""
    from signon.store.replies import evidence_rows

    with db.session() as session:
        rows = [stored_row(r) for r in evidence_rows(session, campaign_id)]
        imap = load_imap_settings(session)
    return RepliesRead(campaign_id, rows, imap)


@dataclass(frozen=True)
class ReadResult:
    reading: MailboxReading
    #: the recorded replies after the reading (it may have recorded some)
    stored: RepliesRead


def read_mailbox(db: Database, campaign_id: int, choice: SourceChoice, source: MailSource, *,
                 apply: bool = False, progress: Progress = NO_PROGRESS) -> ReadResult:
    """Worker side of "Read replies" (`apply=False`: nothing is written) and
    "Apply clear replies" (`apply=True`, as `signon inbox --apply`)."""
    try:
        report: InboxReport = read_inbox(db, campaign_id, source, apply=apply,
                                         progress=progress)
    finally:
        close = getattr(source, "close", None)
        if close is not None:
            close()
    rows = [entry_row(e) for e in report.entries]
    return ReadResult(MailboxReading(campaign_id, choice, report.source, apply, rows),
                      read_replies(db, campaign_id))


def merge_rows(reading: MailboxReading | None, stored: list[ReplyRow]) -> list[ReplyRow]:
    """The page's rows: the messages of the last reading in mailbox order
    (a recorded one as the store has it now), then the replies recorded by
    earlier readings, the latest first."""
    by_id = {r.message_id: r for r in stored}
    rows: list[ReplyRow] = []
    seen: set[str] = set()
    for row in reading.rows if reading is not None else ():
        kept = by_id.get(row.message_id)
        if kept is not None and row.message_id not in seen:
            rows.append(replace(kept, date=kept.date or row.date))
        else:
            rows.append(row)
        seen.add(row.message_id)
    rows.extend(r for r in reversed(stored) if r.message_id not in seen)
    return rows


def write_evidence(db: Database, campaign_id: int, path: str, *,
                   progress: Progress = NO_PROGRESS) -> Path:
    """The evidence report, as `signon evidence` writes it (0600)."""
    from signon.outreach.evidence_report import write_evidence_csv
    from signon.store.replies import evidence_rows

    with db.session() as session:
        rows = evidence_rows(session, campaign_id)
    return write_evidence_csv(rows, path, progress=progress)
