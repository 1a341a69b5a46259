"""The outbox: one row per message, the states a row goes through, and the
contacts' addresses the messages use.

The outbox is a small state machine kept in the database so that sending
is idempotent across crashes and retries:

    queued ──claim──▶ sending ──▶ sent
      ▲  │                 ├────▶ failed     (certainly not delivered: may retry)
      │  └─exclude─▶ excluded    └────▶ uncertain (may have been delivered)
      └──────────── failed / excluded / uncertain ("send again")

    sent / uncertain ──a bounce came back──▶ bounced   (signon inbox, issue 18)

Every move is its own committed transaction written by the sending loop
(signon.outreach.sending) before and after the SMTP call. A row still in
`sending` when a new run starts was interrupted by a crash: it becomes
`uncertain`, and uncertain rows are never sent again without the
coordinator saying so (`resolve_uncertain`). Claiming is a conditional
UPDATE, so two senders (the app and the CLI, or two team members on one
PostgreSQL database) can never both send the same row.

In the store because it is rows and conditional UPDATEs. Who gets a
message and what it says are decided above, in `signon.outreach.mailing`;
who a kind of message is for and the status change a sent one makes are the
domain's (`signon.domain.audience`), applied here when a row is claimed and
when it is recorded as sent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import func, update
from sqlmodel import Session, select

from signon.domain import status as workflow
from signon.domain.addresses import EMAIL_STATUSES
from signon.domain.audience import NOT_FOR_THEM, LeftOut, in_audience, status_after_sent
from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.outbox_notes import (
    EXCLUDED_BY_HAND,
    INTERRUPTED,
    SIGNATORY_REMOVED,
    not_sent_note,
)
from signon.store import dbapi
from signon.store.models import Contact, Organisation, OutboxMessage, Signatory, utcnow
from signon.store.signatories import set_status

QUEUED, SENDING, SENT, FAILED, EXCLUDED, UNCERTAIN, BOUNCED = (
    "queued", "sending", "sent", "failed", "excluded", "uncertain", "bounced")
STATES = (QUEUED, SENDING, SENT, FAILED, EXCLUDED, UNCERTAIN, BOUNCED)
#: Rows a send run picks up: never sent, and known not to have gone out.
SENDABLE = (QUEUED, FAILED)


# -- putting messages in ------------------------------------------------------------


@dataclass(frozen=True)
class NewMessage:
    """One message for the outbox. `message_id` is used when the row is new;
    a message still waiting for the same signatory keeps its own."""

    signatory_id: int
    to_name: str
    to_address: str
    subject: str
    body: str
    message_id: str


@dataclass
class Enqueued:
    """What `enqueue` did: the rows added and refreshed (ids), and the
    signatories whose earlier message of the kind may have gone (being sent or
    uncertain), left alone."""

    added: list[int] = field(default_factory=list)
    refreshed: list[int] = field(default_factory=list)
    held: set[int] = field(default_factory=set)


def enqueue(session: Session, campaign_id: int, kind: str, messages: list[NewMessage], *,
            at: datetime | None = None) -> Enqueued:
    """Put one message of `kind` per signatory in the outbox. A message of the
    same kind still waiting for that signatory (queued, failed or excluded) is
    refreshed with the new wording, queued again, and keeps its Message-ID;
    one being sent or whose sending is uncertain is left alone. `at` is when
    the new rows were queued (now unless given). Every row queued or
    refreshed records the campaign's latest frozen statement version: what
    a reply endorsing the message endorses (signon.outreach.inbox)."""
    existing: dict[int, OutboxMessage] = {}
    ids = [m.signatory_id for m in messages]
    for chunk in _chunks(ids):
        for row in session.exec(select(OutboxMessage).where(
                OutboxMessage.campaign_id == campaign_id, OutboxMessage.kind == kind,
                OutboxMessage.signatory_id.in_(chunk),
                OutboxMessage.state.in_((QUEUED, FAILED, EXCLUDED, SENDING, UNCERTAIN)))
                .order_by(OutboxMessage.id)).all():
            existing[row.signatory_id] = row
    result = Enqueued()
    new_rows: list[dict] = []
    now = at or utcnow()
    version = dbapi.latest_version_number(session, campaign_id)
    for m in messages:
        row = existing.get(m.signatory_id)
        if row is not None and row.state in (SENDING, UNCERTAIN):
            result.held.add(m.signatory_id)
            continue
        values = {"to_name": m.to_name, "to_address": m.to_address, "subject": m.subject,
                  "body": m.body, "state": QUEUED, "error": "", "statement_version": version}
        if row is None:
            new_rows.append({**values, "campaign_id": campaign_id,
                             "signatory_id": m.signatory_id, "kind": kind,
                             "message_id": m.message_id, "attempts": 0, "created_at": now})
        else:
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)
            result.refreshed.append(row.id)
    session.flush()
    if new_rows:
        # plain INSERTs: building thousands of ORM objects costs seconds
        table = OutboxMessage.__table__
        session.execute(table.insert(), new_rows)
        by_message_id: dict[str, int] = {}
        wanted = [r["message_id"] for r in new_rows]
        for chunk in _chunks(wanted):
            by_message_id.update(session.execute(
                select(table.c.message_id, table.c.id).where(table.c.message_id.in_(chunk))
            ).all())
        result.added = [by_message_id[m] for m in wanted]
    return result


def _chunks(values: list, size: int = 5000):
    """IN lists in pieces: SQLite limits the number of bound parameters."""
    for i in range(0, len(values), size):
        yield values[i:i + size]


# -- the outbox ---------------------------------------------------------------------


def outbox(session: Session, campaign_id: int, states: Iterable[str] | None = None,
           ids: Iterable[int] | None = None) -> list[OutboxMessage]:
    stmt = select(OutboxMessage).where(OutboxMessage.campaign_id == campaign_id)
    if states is not None:
        stmt = stmt.where(OutboxMessage.state.in_(list(states)))
    if ids is not None:
        stmt = stmt.where(OutboxMessage.id.in_(list(ids)))
    return list(session.exec(stmt.order_by(OutboxMessage.id)).all())


def outbox_counts(session: Session, campaign_id: int) -> dict[str, int]:
    rows = session.exec(select(OutboxMessage.state, func.count())
                        .where(OutboxMessage.campaign_id == campaign_id)
                        .group_by(OutboxMessage.state)).all()
    return {state: n for state, n in rows}


def _move(session: Session, ids: Iterable[int], from_states: Iterable[str], to_state: str,
          **values) -> int:
    ids = list(ids)
    if not ids:
        return 0
    result = session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id.in_(ids), OutboxMessage.state.in_(list(from_states)))
        .values(state=to_state, **values)
        .execution_options(synchronize_session=False))
    session.flush()
    return result.rowcount or 0


def set_excluded(session: Session, ids: Iterable[int], excluded: bool = True) -> int:
    """Leave messages out of sending (or put them back). Sent or uncertain
    messages are not touched: their fate is already decided or being decided."""
    if excluded:
        return _move(session, ids, (QUEUED, FAILED), EXCLUDED, error=EXCLUDED_BY_HAND)
    return _move(session, ids, (EXCLUDED,), QUEUED, error="")


def remove_messages(session: Session, ids: Iterable[int]) -> int:
    """Delete messages that never went out (queued, failed, excluded)."""
    ids = list(ids)
    if not ids:
        return 0
    result = session.execute(
        OutboxMessage.__table__.delete().where(
            OutboxMessage.id.in_(ids), OutboxMessage.state.in_((QUEUED, FAILED, EXCLUDED))))
    session.flush()
    return result.rowcount or 0


def sendable_ids(session: Session, campaign_id: int,
                 ids: Iterable[int] | None = None) -> list[int]:
    stmt = select(OutboxMessage.id).where(OutboxMessage.campaign_id == campaign_id,
                                          OutboxMessage.state.in_(SENDABLE))
    if ids is not None:
        stmt = stmt.where(OutboxMessage.id.in_(list(ids)))
    return list(session.exec(stmt.order_by(OutboxMessage.id)).all())


def recover_interrupted(session: Session, campaign_id: int) -> int:
    """Rows left in `sending` by a run that died (crash, power cut, killed
    process) may or may not have reached the server: mark them uncertain."""
    return _move(session, [r.id for r in outbox(session, campaign_id, (SENDING,))],
                 (SENDING,), UNCERTAIN,
                 error=INTERRUPTED)


def claim(session: Session, message_id: int) -> OutboxMessage | None:
    """Take one sendable row for sending: a conditional UPDATE, so only one
    sender ever gets it. Returns None if someone else took it, it was sent
    meanwhile, or the signatory no longer needs it (then it is excluded with
    the reason)."""
    row = session.get(OutboxMessage, message_id)
    if row is None or row.state not in SENDABLE:
        return None
    sig = session.get(Signatory, row.signatory_id) if row.signatory_id else None
    note = SIGNATORY_REMOVED if row.signatory_id and sig is None else (
        not_sent_note(row.to_name or row.to_address, LeftOut(NOT_FOR_THEM, kind=row.kind))
        if sig is not None and not in_audience(row.kind, sig.status) else "")
    if note:
        _move(session, [message_id], SENDABLE, EXCLUDED, error=note)
        return None
    if _move(session, [message_id], SENDABLE, SENDING,
             attempts=OutboxMessage.attempts + 1, error="") != 1:
        return None
    session.refresh(row)
    return row


def mark_sent(session: Session, message_id: int, *, by_hand: bool = False,
              at: datetime | None = None) -> OutboxMessage:
    """The message went: record it and move the signatory (prospect → invited
    for an invitation, invited → reminded for a reminder) with an event that
    names the message."""
    row = session.get(OutboxMessage, message_id)
    if row is None:
        raise ValidationError(_("no outbox message {id}").format(id=message_id))
    when = at or datetime.now(UTC)
    row.state, row.error, row.sent_at = SENT, "", when
    session.add(row)
    session.flush()
    _advance_signatory(session, row, by_hand=by_hand, at=when)
    return row


def _advance_signatory(session: Session, row: OutboxMessage, *, by_hand: bool,
                       at: datetime) -> None:
    sig = session.get(Signatory, row.signatory_id) if row.signatory_id else None
    if sig is None:
        return
    target = status_after_sent(row.kind, sig.status)
    if target is None:
        return
    how = "marked as sent by hand" if by_hand else "sent"
    note = (f"{row.kind.replace('_', '-')} {how}: {row.subject!r} to {row.to_address} "
            f"{row.message_id}")
    set_status(session, sig.id, target.value, channel=workflow.Channel.EMAIL.value,
               note=note, at=at)


def mark_failed(session: Session, message_id: int, error: str) -> None:
    _move(session, [message_id], (SENDING, UNCERTAIN), FAILED, error=error[:1000])


def mark_uncertain(session: Session, message_id: int, error: str) -> None:
    _move(session, [message_id], (SENDING,), UNCERTAIN, error=error[:1000])


def mark_bounced(session: Session, message_id: int, reason: str) -> bool:
    """A bounce came back for a message that went (sent, or uncertain: the
    bounce says it did go): it is `bounced`, with the reason. False when the
    message is in no such state (already bounced, never sent)."""
    return _move(session, [message_id], (SENT, UNCERTAIN), BOUNCED,
                 error=reason[:1000]) == 1


def mark_sent_by_hand(session: Session, ids: Iterable[int], *,
                      at: datetime | None = None) -> int:
    """After sending from one's own mail program (.eml or mailto:): record
    the messages as sent, with the same status changes as SMTP sending.
    `at` is when they went (now unless given), as for `mark_sent`."""
    done = 0
    for row in session.exec(select(OutboxMessage).where(
            OutboxMessage.id.in_(list(ids)),
            OutboxMessage.state.in_((QUEUED, FAILED, UNCERTAIN)))).all():
        mark_sent(session, row.id, by_hand=True, at=at)
        done += 1
    return done


def resolve_uncertain(session: Session, ids: Iterable[int], *, was_sent: bool) -> int:
    """The coordinator's decision on uncertain messages: they did arrive
    (found in the Sent folder, or the partner answered), or they did not and
    may go again (back to the queue, same Message-ID)."""
    ids = list(ids)
    if was_sent:
        rows = outbox_by_ids(session, ids, (UNCERTAIN,))
        for row in rows:
            mark_sent(session, row.id, by_hand=True)
        return len(rows)
    return _move(session, ids, (UNCERTAIN,), QUEUED, error="")


def outbox_by_ids(session: Session, ids: Iterable[int],
                  states: Iterable[str] | None = None) -> list[OutboxMessage]:
    stmt = select(OutboxMessage).where(OutboxMessage.id.in_(list(ids)))
    if states is not None:
        stmt = stmt.where(OutboxMessage.state.in_(list(states)))
    return list(session.exec(stmt.order_by(OutboxMessage.id)).all())


def signatory_names(session: Session, rows: Iterable[OutboxMessage]) -> dict[int, str]:
    """Who each message is for, by signatory id: the organisation's name, or
    the individual's (the message itself names only the contact person)."""
    ids = sorted({r.signatory_id for r in rows if r.signatory_id is not None})
    names: dict[int, str] = {}
    for chunk in _chunks(ids):
        found = session.exec(
            select(Signatory.id, Signatory.name, Organisation.name)
            .join(Organisation, Signatory.organisation_id == Organisation.id, isouter=True)
            .where(Signatory.id.in_(chunk))).all()
        names.update({sid: org or name for sid, name, org in found})
    return names


# -- the addresses messages use -------------------------------------------------------


#: Up to this many signatories are asked for by id in SQL; more are read
#: with the whole campaign and kept in Python (an IN list of 200,000 ids
#: took longer to build than the query).
ID_LIST_LIMIT = 500

_RECIPIENTS_SQL = (
    "SELECT s.id, s.kind, COALESCE(o.name, s.name), s.status,"
    " COALESCE(CASE WHEN o.id IS NULL THEN s.country ELSE o.country END, ''),"
    " c.id, COALESCE(c.name, ''), COALESCE(c.email, ''), COALESCE(c.email_status, '')"
    " FROM signatory s"
    " LEFT JOIN organisation o ON o.id = s.organisation_id"
    # an organisation's messages go to its first contact with an address,
    # else to its first contact
    " LEFT JOIN (SELECT organisation_id,"
    "   COALESCE(MIN(CASE WHEN email <> '' THEN id END), MIN(id)) AS id"
    "   FROM contact WHERE organisation_id IN"
    "   (SELECT organisation_id FROM signatory WHERE campaign_id = ? AND contact_id IS NULL)"
    "   GROUP BY organisation_id) oc"
    " ON s.contact_id IS NULL AND oc.organisation_id = s.organisation_id"
    " LEFT JOIN contact c ON c.id = COALESCE(s.contact_id, oc.id)"
    " WHERE s.campaign_id = ?")


def recipient_rows(session: Session, campaign_id: int,
                   signatory_ids: list[int] | None = None) -> list[tuple]:
    """Each signatory of the campaign (or those of `signatory_ids`) in its
    order with the contact its messages go to: its own (an individual's),
    else its organisation's first contact with an address. Tuples of (id,
    kind, name, status, country, contact id or None, contact name, email,
    email status), one query: the Outreach tab reads 200,000 of them, which
    through ORM objects took 5 s and 200 MB more."""
    sql, params = _RECIPIENTS_SQL, [campaign_id, campaign_id]
    wanted = None
    if signatory_ids is not None:
        if len(signatory_ids) <= ID_LIST_LIMIT:
            if not signatory_ids:
                return []
            sql += f" AND s.id IN ({dbapi.marks(signatory_ids)})"
            params.extend(signatory_ids)
        else:
            wanted = set(signatory_ids)
    found = dbapi.batches(session, sql + " ORDER BY s.position, s.id", params)
    if wanted is not None:
        found = ([r for r in batch if r[0] in wanted] for batch in found)
    return dbapi.share_repeats(found, (1, 3, 4, 8))  # kind, status, country, email status


def set_email_status(session: Session, contact_id: int, status: str) -> None:
    """Flag a contact's address as invalid or bounced ("" clears the flag)."""
    if status not in EMAIL_STATUSES:
        raise ValidationError(_("email status {value} is not one of invalid, bounced or "
                                "empty").format(value=repr(status)))
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ValidationError(_("no contact with id {id}").format(id=contact_id))
    contact.email_status = status
    session.add(contact)
    session.flush()


# -- who was written to when ----------------------------------------------------------


def sent_history(session: Session, campaign_id: int,
                 signatory_ids: list[int]) -> tuple[dict[int, datetime], dict[int, int]]:
    """For these signatories: when a message last went to each, and how many
    reminders each was sent."""
    last: dict[int, datetime] = {}
    reminders: dict[int, int] = {}
    if signatory_ids:
        stmt = (select(OutboxMessage.signatory_id, OutboxMessage.kind, OutboxMessage.sent_at)
                .where(OutboxMessage.campaign_id == campaign_id, OutboxMessage.state == SENT))
        wanted = set(signatory_ids)
        if len(wanted) <= ID_LIST_LIMIT:  # else the campaign's, kept below
            stmt = stmt.where(OutboxMessage.signatory_id.in_(wanted))
        for sid, kind, sent_at in session.exec(stmt).all():
            if sid not in wanted:
                continue
            if sent_at is not None and (sid not in last or sent_at > last[sid]):
                last[sid] = sent_at
            if kind == "reminder":
                reminders[sid] = reminders.get(sid, 0) + 1
    return last, reminders


def written_since(session: Session, campaign_id: int, day: date) -> set[int]:
    """The signatories an invitation or reminder went to on or after `day`, or
    was queued for then or later and has not failed."""
    recent: set[int] = set()
    for sid, state, created, sent_at in session.exec(
            select(OutboxMessage.signatory_id, OutboxMessage.state,
                   OutboxMessage.created_at, OutboxMessage.sent_at)
            .where(OutboxMessage.campaign_id == campaign_id,
                   OutboxMessage.kind.in_(("invitation", "reminder")))).all():
        when = sent_at if state == SENT else created
        if when is not None and _as_date(when) >= day and state != FAILED:
            recent.add(sid)
    return recent


def _as_date(value: datetime) -> date:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.date()


def invitation_went(session: Session, campaign_id: int, signatory_ids: Iterable[int]) -> set[int]:
    """Those of `signatory_ids` an invitation of this campaign went to, or
    may have gone to (sent, or its sending uncertain): the Signatories tab
    asks before "Invited" is set by hand on the others."""
    ids = list(signatory_ids)
    went: set[int] = set()
    for chunk in _chunks(ids):
        went.update(session.exec(
            select(OutboxMessage.signatory_id).where(
                OutboxMessage.campaign_id == campaign_id, OutboxMessage.kind == "invitation",
                OutboxMessage.state.in_((SENT, UNCERTAIN)),
                OutboxMessage.signatory_id.in_(chunk))).all())
    return went
