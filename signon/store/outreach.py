"""Outreach service: templates, recipients, the outbox and its states, the
SMTP settings row, and the deadline actions.

The outbox is a small state machine kept in the database so that sending
is idempotent across crashes and retries:

    queued ──claim──▶ sending ──▶ sent
      ▲  │                 ├────▶ failed     (certainly not delivered: may retry)
      │  └─exclude─▶ excluded    └────▶ uncertain (may have been delivered)
      └──────────── failed / excluded / uncertain ("send again")

Every move is its own committed transaction written by the sending loop
(signon.outreach.sending) before and after the SMTP call. A row still in
`sending` when a new run starts was interrupted by a crash: it becomes
`uncertain`, and uncertain rows are never sent again without the
coordinator saying so (`resolve_uncertain`). Claiming is a conditional
UPDATE, so two senders (the app and the CLI, or two team members on one
PostgreSQL database) can never both send the same row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sqlalchemy import func, update
from sqlmodel import Session, select

from signon.domain import status as workflow
from signon.domain.addresses import BOUNCED, EMAIL_STATUSES, INVALID, address_problem
from signon.domain.audience import UNANSWERED, audience_problem, status_after_sent
from signon.domain.errors import ValidationError
from signon.domain.message_templates import (
    KINDS,
    MessageValues,
    TemplateError,
    TemplateText,
    check_template,
    render,
    template_label,
)
from signon.domain.reminders import deadline_passed, parse_reminder_days, schedule_state
from signon.outreach.defaults import default_templates
from signon.outreach.message import make_message_id
from signon.outreach.settings import SmtpSettings
from signon.store.campaigns import get_campaign
from signon.store.models import (
    Campaign,
    Contact,
    MessageTemplate,
    OutboxMessage,
    Signatory,
    utcnow,
)
from signon.store.settings import get_setting, set_setting
from signon.store.signatories import list_signatories, set_status

S = workflow.Status

QUEUED, SENDING, SENT, FAILED, EXCLUDED, UNCERTAIN = (
    "queued", "sending", "sent", "failed", "excluded", "uncertain")
STATES = (QUEUED, SENDING, SENT, FAILED, EXCLUDED, UNCERTAIN)
#: Rows a send run picks up: never sent, and known not to have gone out.
SENDABLE = (QUEUED, FAILED)

SMTP_SETTING = "outreach.smtp"


# -- settings ------------------------------------------------------------------


def load_smtp_settings(session: Session) -> SmtpSettings:
    return SmtpSettings.from_dict(get_setting(session, SMTP_SETTING, {}))


def save_smtp_settings(session: Session, settings: SmtpSettings) -> SmtpSettings:
    """Validate and store; the password is not part of SmtpSettings, on purpose."""
    settings = settings.validated()
    set_setting(session, SMTP_SETTING, settings.to_dict())
    return settings


def update_campaign_outreach(session: Session, campaign_id: int, *, form_link: str | None = None,
                             coordinator: str | None = None,
                             reminder_days: str | None = None) -> Campaign:
    """The campaign fields that only messages use: {link}, {coordinator} and
    the reminder schedule."""
    campaign = get_campaign(session, campaign_id)
    if form_link is not None:
        campaign.form_link = form_link.strip()
    if coordinator is not None:
        campaign.coordinator = " ".join(coordinator.split())
    if reminder_days is not None:
        days = parse_reminder_days(reminder_days)
        campaign.reminder_days = ",".join(str(d) for d in days)
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()
    return campaign


# -- templates -----------------------------------------------------------------


@dataclass(frozen=True)
class TemplateRecord:
    """A stored template, or a shipped default not yet edited (`id` None)."""

    id: int | None
    kind: str
    language: str
    name: str
    subject: str
    body: str

    @property
    def is_default(self) -> bool:
        return self.id is None

    @property
    def label(self) -> str:
        return template_label(self.kind, self.language, self.name)

    def text(self) -> TemplateText:
        return TemplateText(self.label, self.subject, self.body, self.language)


def _record(row: MessageTemplate) -> TemplateRecord:
    return TemplateRecord(row.id, row.kind, row.language, row.name, row.subject, row.body)


def campaign_templates(session: Session, campaign_id: int) -> list[TemplateRecord]:
    """The campaign's own templates, plus the shipped default (in the campaign
    language) of every kind it has not written itself."""
    campaign = get_campaign(session, campaign_id)
    stored = [_record(r) for r in session.exec(
        select(MessageTemplate).where(MessageTemplate.campaign_id == campaign_id)
        .order_by(MessageTemplate.id)).all()]
    have = {(t.kind, t.language) for t in stored if not t.name}
    defaults = [
        TemplateRecord(None, d.kind, d.language, d.name, d.subject, d.body)
        for d in default_templates(campaign.language or "en")
        if (d.kind, d.language) not in have
    ]
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(stored + defaults,
                  key=lambda t: (order.get(t.kind, 99), t.language, t.name.casefold()))


def find_template(session: Session, campaign_id: int, ref: str) -> TemplateRecord:
    """--template on the command line: a kind ("reminder", "thank-you"), a
    template name, or a stored id. A kind prefers the campaign language."""
    templates = campaign_templates(session, campaign_id)
    key = ref.strip().casefold().replace("-", "_").replace(" ", "_")
    if key.isdigit():
        for t in templates:
            if t.id == int(key):
                return t
    named = [t for t in templates if t.name and t.name.casefold() == ref.strip().casefold()]
    if len(named) == 1:
        return named[0]
    of_kind = [t for t in templates if t.kind == key and not t.name]
    if of_kind:
        language = get_campaign(session, campaign_id).language or "en"
        of_kind.sort(key=lambda t: (t.language != language, t.is_default))
        return of_kind[0]
    available = ", ".join(sorted({t.name or t.kind for t in templates}))
    raise ValidationError(f"no template {ref!r} in this campaign (available: {available})")


def save_template(
    session: Session,
    campaign_id: int,
    *,
    kind: str,
    subject: str,
    body: str,
    language: str = "en",
    name: str = "",
    template_id: int | None = None,
    expected: tuple[str, str] | None = None,
) -> TemplateRecord:
    """Store a template after checking its placeholders (TemplateError names
    the template and the placeholder). Saving an edited default stores the
    campaign's own copy; the shipped file is never changed.

    `expected` is the (subject, body) the editor was opened on: when the
    stored template no longer reads so (a teammate saved it meanwhile),
    ConflictError and nothing is written."""
    get_campaign(session, campaign_id)
    if kind not in KINDS:
        raise ValidationError(f"template kind {kind!r} is not one of {', '.join(KINDS)}")
    name = " ".join(name.split())
    if kind == "custom" and not name:
        raise ValidationError("a custom template needs a name")
    language = (language or "en").strip()
    check_template(TemplateText(template_label(kind, language, name), subject, body, language))
    row = session.get(MessageTemplate, template_id) if template_id else None
    if row is None or row.campaign_id != campaign_id:
        row = session.exec(select(MessageTemplate).where(
            MessageTemplate.campaign_id == campaign_id, MessageTemplate.kind == kind,
            MessageTemplate.language == language, MessageTemplate.name == name)).first()
    else:
        clash = session.exec(select(MessageTemplate).where(
            MessageTemplate.campaign_id == campaign_id, MessageTemplate.kind == kind,
            MessageTemplate.language == language, MessageTemplate.name == name,
            MessageTemplate.id != row.id)).first()
        if clash is not None:
            raise ValidationError(f"template {clash.name or kind!r} ({language}) already "
                                  "exists; choose another name")
    if expected is not None and row is not None and (row.subject, row.body) != expected:
        from signon.store.concurrency import ConflictError

        raise ConflictError(f"the template {template_label(kind, language, name)!r} was "
                            "changed by someone else since you opened it; nothing was saved")
    if row is None:
        row = MessageTemplate(campaign_id=campaign_id, kind=kind)
    row.kind, row.language, row.name = kind, language, name
    row.subject, row.body = subject, body.replace("\r\n", "\n")
    row.updated_at = utcnow()
    session.add(row)
    session.flush()
    return _record(row)


def delete_template(session: Session, template_id: int) -> None:
    """Delete a stored template; for a standard kind the shipped default shows
    again (this is "reset to default")."""
    row = session.get(MessageTemplate, template_id)
    if row is not None:
        session.delete(row)
        session.flush()


# -- recipients and their values --------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """A signatory as outreach sees it: the address it would use, and why not."""

    signatory_id: int
    kind: str
    name: str
    status: str
    country: str
    contact_id: int | None
    contact_name: str
    email: str
    email_status: str

    @property
    def problem(self) -> str:
        return address_problem(self.email, self.email_status)

    @property
    def greeting_name(self) -> str:
        """{contact}: the contact person; an individual is their own contact."""
        if self.contact_name.strip():
            return self.contact_name.strip()
        return self.name if self.kind == "individual" else ""


def _contacts_for(session: Session, rows) -> dict[int, Contact]:
    """The contact each signatory uses: its own, else its organisation's first
    contact with an address (one query for all)."""
    own_ids = {r.contact_id for r in rows if r.contact_id}
    org_ids = {r.organisation_id for r in rows if r.organisation_id and not r.contact_id}
    by_id: dict[int, Contact] = {}
    by_org: dict[int, Contact] = {}
    if own_ids:
        for c in session.exec(select(Contact).where(Contact.id.in_(own_ids))).all():
            by_id[c.id] = c
    if org_ids:
        for c in session.exec(select(Contact).where(Contact.organisation_id.in_(org_ids))
                              .order_by(Contact.id)).all():
            best = by_org.get(c.organisation_id)
            if best is None or (not best.email and c.email):
                by_org[c.organisation_id] = c
    out = {}
    for r in rows:
        contact = by_id.get(r.contact_id) if r.contact_id else by_org.get(r.organisation_id)
        if contact is not None:
            out[r.id] = contact
    return out


def recipients(
    session: Session,
    campaign_id: int,
    *,
    statuses: Iterable[str] = (),
    countries: Iterable[str] = (),
    signatory_ids: Iterable[int] | None = None,
) -> list[Recipient]:
    """Signatories selected by status, by country and/or by hand, each with
    the address a message to them would use."""
    wanted_status = {workflow.parse_status(s).value for s in statuses}
    wanted_country = {c.strip().upper() for c in countries if c.strip()}
    wanted_ids = set(signatory_ids) if signatory_ids is not None else None
    rows = [
        r for r in list_signatories(session, campaign_id)
        if (not wanted_status or r.status in wanted_status)
        and (not wanted_country or (r.country or "").upper() in wanted_country)
        and (wanted_ids is None or r.id in wanted_ids)
    ]
    contacts = _contacts_for(session, rows)
    out = []
    for r in rows:
        c = contacts.get(r.id)
        out.append(Recipient(
            signatory_id=r.id, kind=r.kind, name=r.name, status=r.status,
            country=r.country or "", contact_id=c.id if c else None,
            contact_name=c.name if c else "", email=(c.email if c else "").strip(),
            email_status=c.email_status if c else "",
        ))
    return out


def statement_text(session: Session, campaign_id: int) -> str:
    """{statement}: the current text of the statement, as plain text, without
    the date line or the signatory list (those belong to the published letter)."""
    from signon.outreach.statement import plain_statement
    from signon.store.letters import load_letter

    return plain_statement(load_letter(session, campaign_id))


def message_values(campaign: Campaign, recipient: Recipient, statement: str) -> MessageValues:
    return MessageValues(
        organisation=recipient.name, contact=recipient.greeting_name, campaign=campaign.title,
        deadline=campaign.deadline, statement=statement, link=campaign.form_link,
        coordinator=campaign.coordinator,
    )


def preview(session: Session, campaign_id: int, template: TemplateRecord,
            signatory_id: int) -> tuple[Recipient, str, str]:
    """(recipient, subject, body) of one template for one signatory; raises
    TemplateError exactly as queuing would."""
    campaign = get_campaign(session, campaign_id)
    found = recipients(session, campaign_id, signatory_ids=[signatory_id])
    if not found:
        raise ValidationError(f"no signatory with id {signatory_id} in this campaign")
    recipient = found[0]
    uses = check_template(template.text())
    statement = statement_text(session, campaign_id) if "statement" in uses else ""
    rendered = render(template.text(), message_values(campaign, recipient, statement)
                      .as_mapping(template.language), recipient=recipient.name)
    return recipient, rendered.subject, rendered.body


# -- planning and queuing -----------------------------------------------------------


@dataclass(frozen=True)
class PlannedMessage:
    recipient: Recipient
    address: str
    subject: str
    body: str


@dataclass
class QueueResult:
    """What queuing did: rows added or refreshed, and who was left out and why."""

    planned: list[PlannedMessage] = field(default_factory=list)
    queued: int = 0
    refreshed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)
    message_ids: list[int] = field(default_factory=list)
    invalid_contacts: list[int] = field(default_factory=list)  # flagged when queued
    flagged_invalid: int = 0

    @property
    def count(self) -> int:
        return len(self.planned)


def plan_messages(session: Session, campaign_id: int, template: TemplateRecord,
                  selected: list[Recipient]) -> QueueResult:
    """Render every message without writing anything. Template problems (an
    unknown placeholder, a value missing for any selected signatory) raise
    TemplateError for the whole batch, so nothing half-right is queued; a
    signatory without a usable address or to whom the kind does not apply is
    skipped, with the reason."""
    from signon.domain.addresses import check_address

    campaign = get_campaign(session, campaign_id)
    uses = check_template(template.text())
    statement = statement_text(session, campaign_id) if "statement" in uses else ""
    result = QueueResult()
    missing: list[TemplateError] = []
    for r in selected:
        reason = audience_problem(template.kind, r.status) or r.problem
        if reason:
            result.skipped.append((r.name, reason))
            continue
        try:
            address = check_address(r.email).normalized
        except ValidationError as exc:
            result.skipped.append((r.name, f"invalid address: {exc}"))
            if r.contact_id:
                result.invalid_contacts.append(r.contact_id)
            continue
        try:
            rendered = render(template.text(), message_values(campaign, r, statement)
                              .as_mapping(template.language), recipient=r.name)
        except TemplateError as exc:
            missing.append(exc)
            continue
        result.planned.append(PlannedMessage(r, address, rendered.subject, rendered.body))
    if missing:
        first = missing[0]
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        raise TemplateError(f"{first}{more}; nothing was queued", template=first.template,
                            placeholder=first.placeholder, recipient=first.recipient)
    return result


def queue_messages(session: Session, campaign_id: int, template: TemplateRecord,
                   selected: list[Recipient], *, sender: str = "",
                   at: datetime | None = None) -> QueueResult:
    """Put one message per selected signatory in the outbox. A message of the
    same kind still waiting for that signatory (queued, failed or excluded) is
    refreshed with the current wording and keeps its Message-ID; one whose
    sending is uncertain is left alone. Invalid addresses are flagged on the
    contact. Returns what happened; nothing is sent here. `at` is when the
    new messages were queued (now unless given), which the reminder schedule
    reads back: a caller that decides "today" for the schedule passes the
    same moment here."""
    result = plan_messages(session, campaign_id, template, selected)
    for contact_id in dict.fromkeys(result.invalid_contacts):
        set_email_status(session, contact_id, INVALID)
        result.flagged_invalid += 1
    existing: dict[int, OutboxMessage] = {}
    ids = [p.recipient.signatory_id for p in result.planned]
    for chunk in _chunks(ids):
        for row in session.exec(select(OutboxMessage).where(
                OutboxMessage.campaign_id == campaign_id, OutboxMessage.kind == template.kind,
                OutboxMessage.signatory_id.in_(chunk),
                OutboxMessage.state.in_((QUEUED, FAILED, EXCLUDED, SENDING, UNCERTAIN)))
                .order_by(OutboxMessage.id)).all():
            existing[row.signatory_id] = row
    kept: list[PlannedMessage] = []
    new_rows: list[dict] = []
    refreshed_ids: list[int] = []
    now = at or utcnow()
    for p in result.planned:
        row = existing.get(p.recipient.signatory_id)
        if row is not None and row.state in (SENDING, UNCERTAIN):
            result.skipped.append((p.recipient.name, f"an earlier {template.kind} may have been "
                                   "sent (uncertain): confirm it in the outbox first"))
            continue
        values = {"to_name": p.recipient.greeting_name or p.recipient.name,
                  "to_address": p.address, "subject": p.subject, "body": p.body,
                  "state": QUEUED, "error": ""}
        if row is None:
            new_rows.append({**values, "campaign_id": campaign_id,
                             "signatory_id": p.recipient.signatory_id, "kind": template.kind,
                             "message_id": make_message_id(sender), "attempts": 0,
                             "created_at": now})
        else:
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)
            refreshed_ids.append(row.id)
        kept.append(p)
    session.flush()
    new_ids: list[int] = []
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
        new_ids = [by_message_id[m] for m in wanted]
    result.queued, result.refreshed = len(new_rows), len(refreshed_ids)
    result.message_ids = sorted(refreshed_ids + new_ids)
    result.planned = kept
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
        return _move(session, ids, (QUEUED, FAILED), EXCLUDED, error="excluded by hand")
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
                 error="interrupted while sending (the app stopped): it may or may not have "
                       "been delivered; check your Sent folder, then confirm or send again")


def claim(session: Session, message_id: int) -> OutboxMessage | None:
    """Take one sendable row for sending: a conditional UPDATE, so only one
    sender ever gets it. Returns None if someone else took it, it was sent
    meanwhile, or the signatory no longer needs it (then it is excluded with
    the reason)."""
    row = session.get(OutboxMessage, message_id)
    if row is None or row.state not in SENDABLE:
        return None
    sig = session.get(Signatory, row.signatory_id) if row.signatory_id else None
    reason = "the signatory was removed" if row.signatory_id and sig is None else (
        audience_problem(row.kind, sig.status) if sig is not None else "")
    if reason:
        _move(session, [message_id], SENDABLE, EXCLUDED,
              error=f"not sent: {row.to_name or row.to_address} {reason}"
              if sig is not None else f"not sent: {reason}")
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
        raise ValidationError(f"no outbox message {message_id}")
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


def set_email_status(session: Session, contact_id: int, status: str) -> None:
    """Flag a contact's address as invalid or bounced ("" clears the flag)."""
    if status not in EMAIL_STATUSES:
        raise ValidationError(f"email status {status!r} is not one of invalid, bounced or empty")
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ValidationError(f"no contact with id {contact_id}")
    contact.email_status = status
    session.add(contact)
    session.flush()


def flag_bounced(session: Session, message_ids: Iterable[int]) -> int:
    """A bounce came back for these messages: flag the addresses they used."""
    flagged = 0
    for row in outbox_by_ids(session, message_ids):
        if not row.signatory_id:
            continue
        for r in recipients(session, row.campaign_id, signatory_ids=[row.signatory_id]):
            if r.contact_id and r.email.casefold() == row.to_address.casefold():
                set_email_status(session, r.contact_id, BOUNCED)
                flagged += 1
    return flagged


# -- deadlines ----------------------------------------------------------------------


@dataclass(frozen=True)
class Unanswered:
    """A signatory who was written to and has not answered."""

    signatory_id: int
    name: str
    status: str
    country: str
    email: str
    problem: str
    last_contacted: datetime | None
    reminders_sent: int


def unanswered(session: Session, campaign_id: int) -> list[Unanswered]:
    """Who has not answered (invited or reminded), with when they were last
    written to and how many reminders they got."""
    people = recipients(session, campaign_id, statuses=UNANSWERED)
    last: dict[int, datetime] = {}
    reminders: dict[int, int] = {}
    ids = [p.signatory_id for p in people]
    if ids:
        for sid, kind, sent_at in session.exec(
                select(OutboxMessage.signatory_id, OutboxMessage.kind, OutboxMessage.sent_at)
                .where(OutboxMessage.campaign_id == campaign_id, OutboxMessage.state == SENT,
                       OutboxMessage.signatory_id.in_(ids))).all():
            if sent_at is not None and (sid not in last or sent_at > last[sid]):
                last[sid] = sent_at
            if kind == "reminder":
                reminders[sid] = reminders.get(sid, 0) + 1
    return [Unanswered(p.signatory_id, p.name, p.status, p.country, p.email, p.problem,
                       last.get(p.signatory_id), reminders.get(p.signatory_id, 0))
            for p in people]


def _as_date(value: datetime) -> date:
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.date()


def queue_due_reminders(session: Session, campaign_id: int, today: date, *,
                        template: TemplateRecord | None = None, sender: str = "",
                        at: datetime | None = None) -> tuple[date | None, QueueResult]:
    """Fill the outbox with the reminder round due today, for review: one
    reminder for each unanswered signatory who was not written to since the
    round's date. Returns (round date or None, what was queued).

    "Written to" is read from the messages' queued and sent times, so a
    caller that fixes `today` (a test, a preview of another day) also gives
    `at`, the moment the new reminders are queued: without it they are
    stamped with the machine's clock, which may be a later day than `today`."""
    campaign = get_campaign(session, campaign_id)
    state = schedule_state(campaign.deadline, parse_reminder_days(campaign.reminder_days),
                           today)
    if state.due is None:
        return None, QueueResult()
    recent: set[int] = set()
    for sid, state_, created, sent_at in session.exec(
            select(OutboxMessage.signatory_id, OutboxMessage.state,
                   OutboxMessage.created_at, OutboxMessage.sent_at)
            .where(OutboxMessage.campaign_id == campaign_id,
                   OutboxMessage.kind.in_(("invitation", "reminder")))).all():
        when = sent_at if state_ == SENT else created
        if when is not None and _as_date(when) >= state.due and state_ != FAILED:
            recent.add(sid)
    chosen = [r for r in recipients(session, campaign_id, statuses=UNANSWERED)
              if r.signatory_id not in recent]
    template = template or find_template(session, campaign_id, "reminder")
    if template.kind != "reminder":
        template = replace(template, kind="reminder")
    return state.due, queue_messages(session, campaign_id, template, chosen, sender=sender,
                                     at=at)


def close_unanswered(session: Session, campaign_id: int, today: date) -> int:
    """After the deadline: every signatory still invited or reminded becomes
    no_response, each with an event. Refused before the deadline has passed."""
    campaign = get_campaign(session, campaign_id)
    if campaign.deadline is None:
        raise ValidationError(f"campaign {campaign.title!r} has no deadline")
    if not deadline_passed(campaign.deadline, today):
        raise ValidationError(f"the deadline ({campaign.deadline.isoformat()}) has not passed "
                              "yet; answers may still come")
    note = f"no answer by the deadline {campaign.deadline.isoformat()}"
    ids = list(session.exec(select(Signatory.id).where(
        Signatory.campaign_id == campaign_id, Signatory.status.in_(UNANSWERED))).all())
    for sid in ids:
        set_status(session, sid, S.NO_RESPONSE.value, channel=workflow.Channel.APP.value,
                   note=note)
    return len(ids)
