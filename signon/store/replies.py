"""Replies read from a mailbox: the evidence they are, and the facts matching
them needs (issue 18, "Endorse by reply").

A `Reply` row is written for each message matched to a campaign (by thread
or by sender) when the coordinator applies a reading (`signon inbox
--apply`, the Outreach tab's Replies page): who answered, from which
address, when, what the message was (its SHA-256), what the receiving
server said of its authenticity, whether the sender is verified, what was
read in it, what was done with it, and the representative's name and role
once the coordinator enters them. Its Message-ID is unique per campaign,
so a reply read again is a duplicate and never applied twice.

Private, like contacts: no letter, public list or campaign file reads this
table (tests/exchange/test_reply_privacy.py). What was read and decided is
the outreach layer's (`signon.outreach.inbox`); this module only stores and
reads rows.

`MailboxState` keeps, per campaign, IMAP account and folder, the last UID
read and the folder's UIDVALIDITY, so each run fetches only new messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import case, func, or_
from sqlmodel import Session, select

from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.text import clean_text
from signon.store.models import (
    Contact,
    MailboxState,
    Organisation,
    OutboxMessage,
    Reply,
    Signatory,
    utcnow,
)

#: IN lists in pieces: SQLite limits the number of bound parameters.
CHUNK = 500

THREAD, SENDER = "thread", "sender"
MATCHES = (THREAD, SENDER)


def _chunks(values: list, size: int = CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


# -- recording --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewReply:
    """One reply as the outreach layer read, matched and (perhaps) applied it."""

    message_id: str
    action: str
    from_address: str = ""
    subject: str = ""
    message_date: datetime | None = None
    digest: str = ""
    signatory_id: int | None = None
    outbox_message_id: int | None = None
    statement_version: int | None = None
    dkim: str | None = None
    spf: str | None = None
    dmarc: str | None = None
    auth_results: str = ""
    verified: bool = False
    match: str | None = None
    applied_at: datetime | None = None
    outcome: str = ""
    text: str = ""
    language: str = ""
    source: str = ""


def record_reply(session: Session, campaign_id: int, new: NewReply, *,
                 at: datetime | None = None) -> Reply:
    """Store one processed reply in the caller's transaction. A Message-ID
    the campaign already has is refused (ValidationError): the caller asks
    `processed_message_ids` first, and the unique constraint keeps two
    coordinators reading one mailbox at once from both recording it."""
    if not new.message_id:
        raise ValidationError(_("a reply needs its Message-ID"))
    if new.match not in (None, *MATCHES):
        raise ValidationError(_("match {value} is not one of thread, sender or none").format(
            value=repr(new.match)))
    if processed_message_ids(session, campaign_id, [new.message_id]):
        raise ValidationError(_("reply {id} was already processed for this campaign").format(
            id=new.message_id))
    row = Reply(campaign_id=campaign_id, recorded_at=at or utcnow(), **{
        k: getattr(new, k) for k in NewReply.__dataclass_fields__})
    session.add(row)
    session.flush()
    return row


def processed_message_ids(session: Session, campaign_id: int,
                          message_ids: Iterable[str]) -> set[str]:
    """Those of `message_ids` the campaign has a reply row for."""
    wanted = sorted(set(message_ids))
    found: set[str] = set()
    for chunk in _chunks(wanted):
        found.update(session.exec(select(Reply.message_id).where(
            Reply.campaign_id == campaign_id, Reply.message_id.in_(chunk))).all())
    return found


def mark_applied(session: Session, reply_id: int, *, outcome: str,
                 at: datetime | None = None) -> Reply:
    """The reply was applied (by `signon inbox --apply`, or later by the
    coordinator confirming it), with what it did."""
    row = get_reply(session, reply_id)
    row.applied_at = at or utcnow()
    row.outcome = outcome
    session.add(row)
    session.flush()
    return row


def set_outcome(session: Session, reply_id: int, outcome: str) -> Reply:
    """What became of a reply that was not applied (why not)."""
    row = get_reply(session, reply_id)
    row.outcome = outcome
    session.add(row)
    session.flush()
    return row


def set_representative(session: Session, reply_id: int, name: str, role: str) -> Reply:
    """The person who authorised the reply for the organisation, and their
    role, as the coordinator entered or confirmed them."""
    row = get_reply(session, reply_id)
    row.representative_name = " ".join(clean_text(name).split())
    row.representative_role = " ".join(clean_text(role).split())
    session.add(row)
    session.flush()
    return row


def get_reply(session: Session, reply_id: int) -> Reply:
    row = session.get(Reply, reply_id)
    if row is None:
        raise ValidationError(_("no reply with id {id}").format(id=reply_id))
    return row


#: The outcome of a reply the coordinator chose to ignore (`ignore_reply`):
#: decided, so no longer pending; kept as evidence, as written.
IGNORED_OUTCOME = "ignored by the coordinator"


def ignore_reply(session: Session, reply_id: int) -> Reply:
    """The coordinator decided nothing is to be done with this reply."""
    return set_outcome(session, reply_id, IGNORED_OUTCOME)


def list_replies(session: Session, campaign_id: int, *,
                 pending: bool = False) -> list[Reply]:
    """The campaign's replies in the order they were read; `pending`: only
    those not applied nor ignored (sender-only matches, replies to review,
    refusals of the workflow) that wait for the coordinator."""
    stmt = select(Reply).where(Reply.campaign_id == campaign_id)
    if pending:
        stmt = stmt.where(Reply.applied_at.is_(None), Reply.outcome != IGNORED_OUTCOME)
    return list(session.exec(stmt.order_by(Reply.id)).all())


def reply_counts(session: Session, campaign_id: int) -> dict[str, int]:
    """{"total", "applied", "verified", "pending"} for the campaign's replies
    (one query): the Replies page's summary."""
    total, applied, verified, ignored = session.exec(select(
        func.count(Reply.id), func.count(Reply.applied_at),
        func.coalesce(func.sum(case((Reply.verified, 1), else_=0)), 0),
        func.coalesce(func.sum(case((Reply.outcome == IGNORED_OUTCOME, 1), else_=0)), 0))
        .where(Reply.campaign_id == campaign_id)).one()
    return {"total": total, "applied": applied, "verified": int(verified),
            "pending": total - applied - int(ignored)}


@dataclass(frozen=True)
class Verification:
    """The reply behind a signatory's status, for a Verification column."""

    reply_id: int
    action: str
    verified: bool
    applied_at: datetime | None
    from_address: str


def verification_by_signatory(session: Session, campaign_id: int) -> dict[int, Verification]:
    """Signatory id → its latest applied reply: whether the status came from
    a verified sender. Signatories without an applied reply are absent."""
    found: dict[int, Verification] = {}
    for row in session.exec(select(Reply.id, Reply.signatory_id, Reply.action, Reply.verified,
                                   Reply.applied_at, Reply.from_address)
                            .where(Reply.campaign_id == campaign_id,
                                   Reply.signatory_id.is_not(None),
                                   Reply.applied_at.is_not(None))
                            .order_by(Reply.applied_at, Reply.id)).all():
        rid, sid, action, verified, applied_at, address = row
        found[sid] = Verification(rid, action, bool(verified), applied_at, address)
    return found


# -- what matching needs --------------------------------------------------------------------


def outbox_by_message_ids(session: Session,
                          message_ids: Iterable[str]) -> dict[str, OutboxMessage]:
    """The outbox rows, of any campaign, whose Message-ID is one of these: a
    reply's In-Reply-To and References, a bounce's original message."""
    wanted = sorted({m for m in message_ids if m})
    found: dict[str, OutboxMessage] = {}
    for chunk in _chunks(wanted):
        for row in session.exec(select(OutboxMessage).where(
                OutboxMessage.message_id.in_(chunk)).order_by(OutboxMessage.id)).all():
            found.setdefault(row.message_id, row)
    return found


def signatories_by_address(session: Session, campaign_id: int,
                           addresses: Iterable[str]) -> dict[str, set[int]]:
    """Lower-cased address → the campaign's signatories it is a contact
    address of: the signatory's own contact, or any contact of its
    organisation."""
    wanted = sorted({a.strip().lower() for a in addresses if a and a.strip()})
    found: dict[str, set[int]] = {}
    email = func.lower(Contact.email)
    for chunk in _chunks(wanted):
        for address, sid in session.exec(
                select(email, Signatory.id)
                .join(Contact, or_(Contact.id == Signatory.contact_id,
                                   (Contact.organisation_id == Signatory.organisation_id)
                                   & Signatory.organisation_id.is_not(None)))
                .where(Signatory.campaign_id == campaign_id, email.in_(chunk))).all():
            found.setdefault(address, set()).add(sid)
    return found


@dataclass(frozen=True)
class SignatoryFacts:
    """What applying a reply and judging its sender need of one signatory."""

    id: int
    campaign_id: int
    name: str
    status: str
    website: str = ""
    #: the contact addresses on record (lower case): its own and its organisation's
    addresses: frozenset[str] = field(default_factory=frozenset)
    #: contact ids with those addresses, to flag a bounced one
    contacts: dict[str, int] = field(default_factory=dict)


def signatory_facts(session: Session, signatory_ids: Iterable[int]) -> dict[int, SignatoryFacts]:
    ids = sorted(set(signatory_ids))
    base: dict[int, tuple] = {}
    for chunk in _chunks(ids):
        for sid, cid, name, org_name, status, website, org_id, contact_id in session.exec(
                select(Signatory.id, Signatory.campaign_id, Signatory.name, Organisation.name,
                       Signatory.status, Organisation.website, Signatory.organisation_id,
                       Signatory.contact_id)
                .join(Organisation, Signatory.organisation_id == Organisation.id,
                      isouter=True)
                .where(Signatory.id.in_(chunk))).all():
            base[sid] = (cid, org_name or name, status, website or "", org_id, contact_id)
    org_ids = sorted({b[4] for b in base.values() if b[4] is not None})
    own_ids = sorted({b[5] for b in base.values() if b[5] is not None})
    by_org: dict[int, dict[str, int]] = {}
    by_id: dict[int, tuple[str, int]] = {}
    for chunk in _chunks(org_ids):
        for cid, org_id, email in session.exec(
                select(Contact.id, Contact.organisation_id, Contact.email)
                .where(Contact.organisation_id.in_(chunk)).order_by(Contact.id)).all():
            if email.strip():
                by_org.setdefault(org_id, {}).setdefault(email.strip().lower(), cid)
    for chunk in _chunks(own_ids):
        for cid, email in session.exec(select(Contact.id, Contact.email)
                                       .where(Contact.id.in_(chunk))).all():
            if email.strip():
                by_id[cid] = (email.strip().lower(), cid)
    facts: dict[int, SignatoryFacts] = {}
    for sid, (cid, name, status, website, org_id, contact_id) in base.items():
        contacts = dict(by_org.get(org_id, {})) if org_id is not None else {}
        if contact_id in by_id:
            address, own = by_id[contact_id]
            contacts[address] = own
        facts[sid] = SignatoryFacts(sid, cid, name, status, website,
                                    frozenset(contacts), contacts)
    return facts


# -- the evidence report ------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRow:
    """One reply as the evidence report lists it."""

    reply: Reply
    signatory: str  # the organisation's or individual's name; "" if removed
    answered_kind: str  # the kind of message it answered ("invitation", …) or ""
    answered_message_id: str


def evidence_rows(session: Session, campaign_id: int) -> list[EvidenceRow]:
    """Every reply of the campaign, in the order read, with the signatory's
    name and the message it answered: who authorised what, when, how
    verified."""
    replies = list_replies(session, campaign_id)
    facts = signatory_facts(session, [r.signatory_id for r in replies if r.signatory_id])
    answered: dict[int, tuple[str, str]] = {}
    ids = sorted({r.outbox_message_id for r in replies if r.outbox_message_id})
    for chunk in _chunks(ids):
        for oid, kind, message_id in session.exec(
                select(OutboxMessage.id, OutboxMessage.kind, OutboxMessage.message_id)
                .where(OutboxMessage.id.in_(chunk))).all():
            answered[oid] = (kind, message_id)
    return [EvidenceRow(r, facts[r.signatory_id].name if r.signatory_id in facts else "",
                        *answered.get(r.outbox_message_id or 0, ("", "")))
            for r in replies]


# -- how far an IMAP folder was read ------------------------------------------------------------


def mailbox_position(session: Session, campaign_id: int, account: str,
                     folder: str) -> tuple[int, int] | None:
    """(UIDVALIDITY, last UID read) of the campaign's reading of this folder,
    or None when it was never read."""
    row = session.exec(select(MailboxState.uidvalidity, MailboxState.last_uid).where(
        MailboxState.campaign_id == campaign_id, MailboxState.account == account,
        MailboxState.folder == folder)).first()
    return None if row is None else (int(row[0]), int(row[1]))


def save_mailbox_position(session: Session, campaign_id: int, account: str, folder: str,
                          uidvalidity: int, last_uid: int) -> None:
    """Remember how far the folder was read, in the transaction that
    recorded what was read: a run that stops midway reads the rest next time,
    and nothing twice."""
    row = session.exec(select(MailboxState).where(
        MailboxState.campaign_id == campaign_id, MailboxState.account == account,
        MailboxState.folder == folder)).first()
    if row is None:
        row = MailboxState(campaign_id=campaign_id, account=account, folder=folder,
                           uidvalidity=uidvalidity, last_uid=last_uid)
    else:
        row.uidvalidity, row.last_uid, row.updated_at = uidvalidity, last_uid, utcnow()
    session.add(row)
    session.flush()
