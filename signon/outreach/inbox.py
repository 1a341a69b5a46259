"""Endorse by reply (issue 18): read a mailbox, match each message to the
campaign, and apply the clear answers through the status workflow.

For each message read (`signon.outreach.mailboxes`, `signon.outreach.imap`),
in mailbox order:

1. **Reading** — the domain says what it is (`domain.replies.read_reply`):
   an endorsement, a refusal, something to review, a bounce, an automatic
   reply.
2. **Matching** — by thread: its In-Reply-To or References holds the
   Message-ID of one of the campaign's outbox messages (the signatory it
   went to, the kind of message, the statement version it went out with); a
   bounce by the Message-ID of the original inside the report. Otherwise by
   sender: its From address is a contact address of exactly one of the
   campaign's signatories. Otherwise it is *unmatched*. A reply to another
   campaign's message is unmatched here (it is that campaign's). A
   Message-ID the campaign already recorded is a *duplicate*, and so is
   the second copy of one message in the same reading.
3. **Evidence** — its SHA-256, the receiving server's Authentication-Results
   (DKIM, SPF, DMARC), and *verified*: the From address is the
   organisation's (its website's domain, or an address on record) and DKIM
   or DMARC passed (`domain.evidence.is_verified`).
4. **Applying** (only when asked: `apply=True`) — the matched messages are
   recorded (`store.replies`), so a second reading applies nothing; of
   those, endorsements, refusals and bounces matched *by thread* are
   applied: an endorsement endorses the version that was sent (and when a
   newer version was frozen since, the signatory then needs to reconfirm);
   an endorser is left as they are; a refusal declines when the workflow
   allows it, else it is reported; a bounce marks the message bounced and
   flags the address. Sender-only matches and replies to review wait for
   the coordinator (`confirm_reply`). Unmatched messages are not recorded:
   a mailbox holds other mail, which is none of the campaign's business.

Without `apply` nothing is written, not even how far an IMAP folder was
read. Work goes in batches, each one transaction that also keeps the IMAP
position, so cancelling (Progress) or a crash keeps what was applied and
the next reading carries on after it, never applying anything twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from signon.domain import status as workflow
from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.evidence import (
    NO_VERDICTS,
    AuthVerdicts,
    auth_verdicts,
    is_verified,
    message_digest,
)
from signon.domain.messages import _, english, n_
from signon.domain.outbox_notes import BOUNCE_CAME_BACK
from signon.domain.replies import Action, Reading, read_reply, sender_address, thread_ids
from signon.outreach.mailboxes import MailSource, RawMail, parse
from signon.progress import NO_PROGRESS, Progress
from signon.store import replies as store
from signon.store.dbapi import latest_version_number
from signon.store.outbox import BOUNCED, SENT, UNCERTAIN, mark_bounced

if TYPE_CHECKING:
    from sqlmodel import Session

    from signon.store.database import Database
    from signon.store.models import OutboxMessage

#: The channel of the status changes a reply makes.
CHANNEL = "email reply"
#: Messages per transaction (and per IMAP FETCH).
BATCH = 50
#: The Message-ID given to a message without one: its digest, so the same
#: message read again is recognised as a duplicate.
NO_ID_DOMAIN = "no-message-id.sign-on.invalid"
#: What a reading applies when it applies; everything else waits.
APPLIED_ACTIONS = (Action.ENDORSE, Action.DECLINE, Action.BOUNCE)


@dataclass
class InboxEntry:
    """One message as read and matched, and what became of it."""

    message_id: str
    from_address: str
    subject: str
    action: str
    match: str | None = None
    signatory_id: int | None = None
    signatory: str | None = None
    verified: bool = False
    applied: bool = False
    #: why the reading took it for what it is
    reason: str = ""
    #: what applying did or would do, or why it does not
    outcome: str = ""
    where: str = ""
    uid: int | None = None
    #: its row in the store, once recorded
    reply_id: int | None = None
    recorded: bool = False
    #: the reply's Date, its own text and the receiving server's verdicts,
    #: as read (what the app's Replies page shows of a message)
    date: datetime | None = None
    text: str = ""
    verdicts: AuthVerdicts = NO_VERDICTS

    def as_json(self) -> dict:
        """The entry of `signon inbox --json`."""
        return {"message_id": self.message_id, "from": self.from_address,
                "signatory": self.signatory, "match": self.match, "action": self.action,
                "verified": self.verified, "applied": self.applied}


@dataclass
class InboxReport:
    source: str
    apply: bool
    entries: list[InboxEntry] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for e in self.entries if e.action == action)

    @property
    def applied(self) -> int:
        return sum(1 for e in self.entries if e.applied)

    @property
    def recorded(self) -> int:
        return sum(1 for e in self.entries if e.recorded)

    def summary(self) -> str:
        """One line for the person who ran `signon inbox`: shown, never
        stored, so in the user's language."""
        n = len(self.entries)
        parts = [n_("read {n} message", "read {n} messages", n).format(n=n)]
        # the actions keep their names: they are the first column of the lines above
        counts = [f"{self.count(a)} {a}" for a in Action if self.count(a)]
        if counts:
            parts.append(", ".join(counts))
        if self.apply:
            parts.append(_("applied {applied}, recorded {recorded}").format(
                applied=self.applied, recorded=self.recorded))
        else:
            parts.append(_("nothing written (without --apply)"))
        return "; ".join(parts)


# -- reading a mailbox ----------------------------------------------------------------------


def read_inbox(db: Database, campaign_id: int, source: MailSource, *, apply: bool = False,
               trusted_authserv_ids: Iterable[str] = (), reread: bool = False,
               progress: Progress = NO_PROGRESS,
               now: datetime | None = None) -> InboxReport:
    """Read every (new) message of `source` for the campaign; with `apply`,
    record and apply them (module docstring). An IMAP source
    (`imap.ImapMailbox`) is opened (and closed) here and read from after the
    last UID this campaign read, unless `reread`. `trusted_authserv_ids`:
    the Authentication-Results of these servers only (your provider's);
    `now`: when the reading happens (tests)."""
    from signon.outreach.imap import ImapMailbox

    imap = source if isinstance(source, ImapMailbox) else None
    try:
        return _read_inbox(db, campaign_id, source, imap, apply=apply,
                           trusted=tuple(trusted_authserv_ids), reread=reread,
                           progress=progress, now=now)
    finally:
        if imap is not None:
            imap.close()


def _read_inbox(db: Database, campaign_id: int, source: MailSource, imap, *, apply: bool,
                trusted: tuple[str, ...], reread: bool, progress: Progress,
                now: datetime | None) -> InboxReport:
    report = InboxReport(source.label, apply)
    seen: set[str] = set()
    if imap is not None:
        with db.session() as session:
            position = store.mailbox_position(session, campaign_id, imap.settings.account,
                                              imap.settings.folder)
        uidvalidity = imap.open()
        last = 0 if reread or position is None or position[0] != uidvalidity else position[1]
        imap.start_after(last)
    total = source.count()
    progress.step(0, total, "Reading replies")
    done = 0
    for batch in source.batches(BATCH):
        with db.session() as session:
            entries = process_batch(session, campaign_id, batch, apply=apply, seen=seen,
                                    trusted=trusted, now=now, progress=progress,
                                    done=done, total=total)
            if imap is not None and apply and batch:
                store.save_mailbox_position(session, campaign_id, imap.settings.account,
                                            imap.settings.folder, imap.uidvalidity,
                                            max(m.uid for m in batch if m.uid is not None))
        report.entries.extend(entries)
        done += len(batch)
        if imap is not None and apply and imap.writable:
            imap.move([e.uid for e in entries if e.uid is not None
                       and (e.recorded or e.action == Action.DUPLICATE)])
    progress.step(total, total, "Done")
    return report


# -- one batch, in one transaction ------------------------------------------------------------


@dataclass
class _Read:
    mail: RawMail
    message: Message
    message_id: str
    digest: str
    reading: Reading
    sender: str
    thread: list[str]


def _message_id(message: Message, digest: str) -> str:
    try:
        value = message.get("Message-ID")
    except Exception:  # a header the parser cannot make sense of
        value = None
    text = "".join(str(value).split()) if value else ""
    if text and not text.startswith("<"):
        text = f"<{text.strip('<>')}>"
    return text or f"<{digest}@{NO_ID_DOMAIN}>"


def _header(message: Message, name: str) -> str:
    """A header as a person reads it: its RFC 2047 words decoded
    ("=?utf-8?b?...?=" → "Adhesión"), on one line."""
    try:
        value = message.get(name)
        if value is None:
            return ""
        text = str(make_header(decode_header(str(value))))
    except Exception:  # a header too broken to decode: as written
        text = str(value) if value is not None else ""
    return " ".join(text.split())


def _date(message: Message) -> datetime | None:
    raw = _header(message, "Date")
    if not raw:
        return None
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:  # "-0000": a time of unknown zone, read as UTC
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _read(mail: RawMail) -> _Read:
    message = parse(mail.raw)
    digest = message_digest(mail.raw)
    try:
        reading = read_reply(message)
    except Exception as exc:  # a message too broken to read: a person looks at it
        reading = Reading(Action.REVIEW, "", None, f"could not be read ({exc})")
    try:
        sender, thread = sender_address(message), list(thread_ids(message))
    except Exception:
        sender, thread = "", []
    return _Read(mail, message, _message_id(message, digest), digest, reading, sender, thread)


def process_batch(session: Session, campaign_id: int, batch: list[RawMail], *, apply: bool,
                  seen: set[str], trusted: tuple[str, ...] = (), now: datetime | None = None,
                  progress: Progress = NO_PROGRESS, done: int = 0,
                  total: int = 0) -> list[InboxEntry]:
    """Read, match and (with `apply`) record and apply one batch in the
    caller's transaction; `seen` holds the Message-IDs of this reading so
    far (a second copy is a duplicate)."""
    read = [_read(m) for m in batch]
    wanted = {i for r in read for i in r.thread}
    wanted |= {r.reading.bounced_message_id for r in read if r.reading.bounced_message_id}
    outbox = store.outbox_by_message_ids(session, wanted)
    by_address = store.signatories_by_address(session, campaign_id, [r.sender for r in read])
    processed = store.processed_message_ids(session, campaign_id, [r.message_id for r in read])
    latest = latest_version_number(session, campaign_id)
    entries: list[tuple[_Read, InboxEntry, OutboxMessage | None]] = []
    for r in read:
        try:
            verdicts = auth_verdicts(r.message, trusted)
        except Exception:  # a header too broken to read: no verdict
            verdicts = NO_VERDICTS
        entry = InboxEntry(r.message_id, r.sender, _header(r.message, "Subject"),
                           r.reading.action.value, reason=r.reading.reason, where=r.mail.where,
                           uid=r.mail.uid, date=_date(r.message), text=r.reading.text,
                           verdicts=verdicts)
        row = _match(entry, r, campaign_id, outbox, by_address)
        if r.message_id in processed or r.message_id in seen:
            entry.action = Action.DUPLICATE.value
            entry.outcome = ("already recorded for this campaign" if r.message_id in processed
                             else "a second copy of a message read above")
        seen.add(r.message_id)
        entries.append((r, entry, row))
    facts = store.signatory_facts(session, [e.signatory_id for _r, e, _o in entries
                                            if e.signatory_id is not None])
    result = []
    for step, (r, entry, row) in enumerate(entries, start=done + 1):
        progress.step(step, total, entry.where)
        fact = facts.get(entry.signatory_id) if entry.signatory_id is not None else None
        if fact is not None:
            entry.signatory = fact.name
            if entry.action != Action.BOUNCE:
                entry.verified = bool(is_verified(r.sender, entry.verdicts, fact.website,
                                                  fact.addresses))
        if entry.action not in (Action.DUPLICATE, Action.UNMATCHED):
            effect = plan_effect(entry, fact, row, latest) if fact is not None else None
            if effect is not None and not entry.outcome:
                entry.outcome = effect.outcome if apply or not effect.applies else \
                    f"would be applied: {effect.outcome}"
            if apply:
                _record_and_apply(session, campaign_id, r, entry, fact, row, effect,
                                  trusted, now)
        result.append(entry)
    return result


def _match(entry: InboxEntry, r: _Read, campaign_id: int, outbox: dict,
           by_address: dict[str, set[int]]) -> OutboxMessage | None:
    """Fill in the entry's match and signatory; the outbox message it
    answers (or bounced), if any."""
    if r.reading.action == Action.BOUNCE:
        for mid in [r.reading.bounced_message_id, *r.thread]:
            row = outbox.get(mid) if mid else None
            if row is not None and row.campaign_id == campaign_id and row.signatory_id:
                entry.match, entry.signatory_id = store.THREAD, row.signatory_id
                return row
        entry.action = Action.UNMATCHED.value
        entry.outcome = "a bounce of no message of this campaign"
        return None
    ours = [outbox[i] for i in r.thread if i in outbox]
    mine = [row for row in ours if row.campaign_id == campaign_id]
    if mine:
        row = mine[0]
        if row.signatory_id is None:
            entry.action = Action.UNMATCHED.value
            entry.outcome = "answers a message to a signatory since removed"
            return None
        entry.match, entry.signatory_id = store.THREAD, row.signatory_id
        return row
    if ours:
        entry.action = Action.UNMATCHED.value
        entry.outcome = "answers a message of another campaign"
        return None
    found = by_address.get(r.sender.lower(), set()) if r.sender else set()
    if len(found) == 1:
        entry.match, entry.signatory_id = store.SENDER, next(iter(found))
        return None
    entry.action = Action.UNMATCHED.value
    entry.outcome = (f"the sender is a contact of {len(found)} signatories" if found else
                     "not a reply to the campaign's messages, from no contact on record")
    return None


# -- what a reply does ------------------------------------------------------------------------


@dataclass(frozen=True)
class Effect:
    """What applying a reply does (`applies`), or why it does not."""

    applies: bool
    outcome: str
    #: (status, endorsed version or None, event note) in order
    steps: tuple[tuple[str, int | None, str], ...] = ()
    bounce: bool = False
    version: int | None = None


def plan_effect(entry: InboxEntry, fact: store.SignatoryFacts,
                row: OutboxMessage | None, latest: int | None, *,
                confirmed: bool = False) -> Effect:
    """Decide, without writing, what the entry's action does to its
    signatory (and the message it bounced). Only a thread match applies on
    its own; `confirmed` is the coordinator's word for any other."""
    action = Action(entry.action)
    if action == Action.AUTO_REPLY:
        return Effect(False, "automatic reply: ignored")
    if action == Action.REVIEW:
        return Effect(False, f"to review: {entry.reason}" if entry.reason else "to review")
    if entry.match != store.THREAD and not confirmed:
        return Effect(False, f"matched by sender only: {action.value} to confirm")
    if action == Action.BOUNCE:
        if row is None:
            return Effect(False, "the bounced message is not in the outbox")
        if row.state == BOUNCED:
            return Effect(False, "the message was already marked bounced")
        if row.state not in (SENT, UNCERTAIN):
            return Effect(False, f"the bounced message is {row.state}, not sent")
        return Effect(True, f"message marked bounced; {row.to_address} flagged", bounce=True)
    current = workflow.Status(fact.status)
    if action == Action.DECLINE:
        if current is workflow.Status.DECLINED:
            return Effect(False, "already declined")
        try:
            with english():
                workflow.check_transition(current, workflow.Status.DECLINED)
        except WorkflowError as exc:
            return Effect(False, f"not applied: {exc}")
        return Effect(True, "declined", ((workflow.Status.DECLINED.value, None,
                                          _note(entry, row, "declined")),))
    # ENDORSE: the version that was sent
    sent = row.statement_version if row is not None else latest
    if current is workflow.Status.ENDORSED:
        return Effect(False, "already endorsed", version=sent)
    if sent is None and latest is not None:
        return Effect(False, "answers a message sent before any version was frozen; ask "
                             f"them to confirm version {latest}")
    newer = latest is not None and sent is not None and latest > sent
    if current is workflow.Status.NEEDS_RECONFIRMATION and newer:
        return Effect(False, f"still needs reconfirmation: the reply is for version {sent}, "
                             f"the text is version {latest}", version=sent)
    try:
        with english():
            workflow.check_transition(current, workflow.Status.ENDORSED)
    except WorkflowError as exc:
        return Effect(False, f"not applied: {exc}", version=sent)
    what = f"endorsed version {sent}" if sent is not None else "endorsed"
    steps = [(workflow.Status.ENDORSED.value, sent, _note(entry, row, what))]
    if newer:
        steps.append((workflow.Status.NEEDS_RECONFIRMATION.value, None,
                      f"endorsed version {sent} by email reply {entry.message_id}; "
                      f"the text is now version {latest}"))
        return Effect(True, f"{what}; the text is now version {latest}: needs "
                            "reconfirmation", tuple(steps), version=sent)
    return Effect(True, what, tuple(steps), version=sent)


def _note(entry: InboxEntry, row: OutboxMessage | None, what: str) -> str:
    answered = (f", answering the {row.kind.replace('_', '-')} {row.message_id}"
                if row is not None and entry.match == store.THREAD else "")
    subject = f" {entry.subject!r}" if entry.subject else ""
    return f"{what} by email reply {entry.message_id} from {entry.from_address}" \
           f"{subject}{answered}"


def _when(r: _Read, row: OutboxMessage | None, now: datetime) -> datetime:
    """When the reply says it was written, if that can be: not in the future,
    not before the message it answers went; else now."""
    when = _date(r.message)
    if when is None or when > now:
        return now
    went = row.sent_at or row.created_at if row is not None else None
    if went is not None:
        went = went if went.tzinfo else went.replace(tzinfo=UTC)
        if when < went:
            return now
    return when


def carry_out(session: Session, fact: store.SignatoryFacts, row: OutboxMessage | None,
              effect: Effect, at: datetime) -> None:
    """Write an effect through the workflow (`signatories.set_status`) and
    the outbox; WorkflowError when a teammate moved the signatory meanwhile."""
    from signon.outreach.mailing import flag_bounced
    from signon.store.signatories import set_status

    if effect.bounce and row is not None:
        mark_bounced(session, row.id, BOUNCE_CAME_BACK)
        flag_bounced(session, [row.id])
        return
    for status, version, note in effect.steps:
        set_status(session, fact.id, status, channel=CHANNEL, note=note, version=version, at=at)


def _record_and_apply(session: Session, campaign_id: int, r: _Read, entry: InboxEntry,
                      fact: store.SignatoryFacts | None, row: OutboxMessage | None,
                      effect: Effect | None, trusted: tuple[str, ...],
                      now: datetime | None) -> None:
    """Record a matched reply, and apply it when its effect applies."""
    if entry.match is None:
        return
    moment = now or datetime.now(UTC)
    applied_at = None
    if effect is not None and effect.applies and entry.action in APPLIED_ACTIONS:
        try:
            with english():  # the outcome is stored: a refusal in it stays English
                carry_out(session, fact, row, effect, _when(r, row, moment))
        except (WorkflowError, ValidationError) as exc:
            entry.outcome = f"not applied: {exc}"
        else:
            applied_at, entry.applied = moment, True
    verdicts = auth_verdicts(r.message, trusted)
    saved = store.record_reply(session, campaign_id, store.NewReply(
        message_id=entry.message_id, action=entry.action, from_address=entry.from_address,
        subject=entry.subject, message_date=_date(r.message), digest=r.digest,
        signatory_id=entry.signatory_id, outbox_message_id=row.id if row is not None else None,
        statement_version=(effect.version if effect is not None and effect.version is not None
                           else row.statement_version if row is not None else None),
        dkim=verdicts.dkim, spf=verdicts.spf, dmarc=verdicts.dmarc, auth_results=verdicts.raw,
        verified=entry.verified, match=entry.match, applied_at=applied_at,
        outcome=entry.outcome, text=r.reading.text, language=r.reading.language or "",
        source=entry.where), at=moment)
    entry.reply_id, entry.recorded = saved.id, True


# -- the coordinator's word on a recorded reply ---------------------------------------------------


def confirm_reply(session: Session, reply_id: int, action: str | None = None, *,
                  signatory_id: int | None = None, at: datetime | None = None) -> str:
    """Apply a recorded reply that waited (a sender-only match, a reply to
    review, an answer that needs a person's reading): as `action` (default:
    what was read), for `signatory_id` (default: the one matched). Through
    the same rules as `signon inbox --apply`; returns what it did, or raises
    ValidationError / WorkflowError saying why not. An endorsement without
    the message it answered endorses the version last sent to the
    signatory, else the latest one."""
    from signon.store.models import OutboxMessage

    reply = store.get_reply(session, reply_id)
    if reply.applied_at is not None:
        raise ValidationError(_("this reply was already applied"))
    chosen = Action(action or reply.action)
    if chosen not in APPLIED_ACTIONS:
        raise ValidationError(_("a reply is applied as endorse, decline or bounce, not "
                                "{action}").format(action=chosen.value))
    sid = signatory_id if signatory_id is not None else reply.signatory_id
    if sid is None:
        raise ValidationError(_("choose the signatory this reply is from"))
    fact = store.signatory_facts(session, [sid]).get(sid)
    if fact is None or fact.campaign_id != reply.campaign_id:
        raise ValidationError(_("no signatory {id} in this campaign").format(id=sid))
    row = session.get(OutboxMessage, reply.outbox_message_id) \
        if reply.outbox_message_id else None
    if row is not None and row.signatory_id != sid:
        row = None  # another signatory chosen: the thread says nothing of theirs
    latest = latest_version_number(session, reply.campaign_id)
    if row is None and chosen == Action.ENDORSE:
        row = _last_sent(session, reply.campaign_id, sid)
    entry = InboxEntry(reply.message_id, reply.from_address, reply.subject, chosen.value,
                       match=reply.match, signatory_id=sid)
    effect = plan_effect(entry, fact, row, latest, confirmed=True)
    if not effect.applies:
        raise ValidationError(effect.outcome)
    carry_out(session, fact, row, effect, at or datetime.now(UTC))
    # the action stays what was read: the outcome says what the coordinator applied
    reply.signatory_id = sid
    if effect.version is not None:
        reply.statement_version = effect.version
    session.add(reply)
    store.mark_applied(session, reply_id, outcome=f"{effect.outcome} (confirmed)", at=at)
    return effect.outcome


def _last_sent(session: Session, campaign_id: int, signatory_id: int) -> OutboxMessage | None:
    from sqlmodel import select

    from signon.store.models import OutboxMessage

    return session.exec(select(OutboxMessage).where(
        OutboxMessage.campaign_id == campaign_id, OutboxMessage.signatory_id == signatory_id,
        OutboxMessage.state.in_((SENT, UNCERTAIN)))
        .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc())).first()

