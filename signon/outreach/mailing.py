"""A mailing: who gets a message, what each one says, and putting the
messages in the outbox for review.

Recipients are signatories chosen by status, by country or by hand, each
with the address a message to them would use. Planning renders one
template for each and skips, with the reason, those to whom the kind of
message does not apply or who have no usable address; a template problem
stops the whole batch before anything is written. Queuing writes what was
planned through `signon.store.outbox`; nothing is sent here
(`signon.outreach.sending` sends the outbox).

In the outreach layer, above the store: it reads and writes through the
store's services and applies the domain's rules (placeholders, audience,
addresses); it builds no SQL of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from signon.domain import status as workflow
from signon.domain.addresses import BOUNCED, INVALID, address_problem, check_address
from signon.domain.audience import INVALID_ADDRESS, MAYBE_SENT, NOT_FOR_THEM, LeftOut, in_audience
from signon.domain.errors import ValidationError
from signon.domain.message_templates import (
    MessageValues,
    TemplateError,
    check_template,
    has_value,
    render,
    required_placeholders,
)
from signon.domain.messages import _, n_
from signon.domain.signatory_kind import SignatoryKind
from signon.outreach.message import make_message_id
from signon.outreach.statement import statement_text
from signon.store.campaigns import get_campaign
from signon.store.outbox import (
    NewMessage,
    enqueue,
    outbox_by_ids,
    recipient_rows,
    set_email_status,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from signon.store.models import Campaign
    from signon.store.templates import TemplateRecord


# -- recipients and their values --------------------------------------------------


class Recipient(NamedTuple):
    """A signatory as outreach sees it: the address it would use, and why not.
    A named tuple (the store's row as it comes): the Outreach tab holds one
    per signatory, 200,000 in a big campaign, and a frozen dataclass each
    cost three times the memory and the time to make."""

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
        return self.name if self.kind == SignatoryKind.INDIVIDUAL else ""


def recipients(
    session: Session,
    campaign_id: int,
    *,
    statuses: Iterable[str] = (),
    countries: Iterable[str] = (),
    signatory_ids: Iterable[int] | None = None,
) -> list[Recipient]:
    """Signatories selected by status, by country and/or by hand, each with
    the address a message to them would use (`choose` says who is selected)."""
    ids = list(signatory_ids) if signatory_ids is not None else None
    everyone = recipient_rows(session, campaign_id, ids)
    # each row replaced in place: a second list of 200,000 rows beside the
    # first was 25 MB more at the Outreach tab's peak
    for i, (sid, kind, name, status, country, contact_id, contact_name, email,
            email_status) in enumerate(everyone):
        everyone[i] = Recipient(sid, kind, name, status, country, contact_id, contact_name,
                                email.strip(), email_status)
    if not statuses and not countries:
        return everyone
    return choose(everyone, statuses=statuses, countries=countries)


def choose(everyone: Iterable[Recipient], *, statuses: Iterable[str] = (),
           countries: Iterable[str] = (),
           signatory_ids: Iterable[int] | None = None) -> list[Recipient]:
    """Those of `everyone` (read once, e.g. by `outreach.snapshot`) a mailing
    is for: any of `statuses` (all when empty), any of `countries` (all when
    empty), and among `signatory_ids` when given. One comprehension with the
    tests inline: a function call per recipient took a tenth of a second of
    the Outreach tab's filtering at 200,000."""
    wanted_status = {workflow.parse_status(s).value for s in statuses}
    wanted_country = {c.strip().upper() for c in countries if c.strip()}
    wanted_ids = set(signatory_ids) if signatory_ids is not None else None
    return [r for r in everyone
            if (not wanted_status or r.status in wanted_status)
            and (not wanted_country or (r.country or "").upper() in wanted_country)
            and (wanted_ids is None or r.signatory_id in wanted_ids)]


#: The values a recipient gives its message; the others are the campaign's,
#: the same in every message of a mailing.
RECIPIENT_VALUES: dict[str, Callable[[Recipient], str]] = {
    "organisation": attrgetter("name"), "contact": attrgetter("greeting_name"),
}


def message_values(campaign: Campaign, recipient: Recipient, statement: str) -> MessageValues:
    return MessageValues(
        **{name: value(recipient) for name, value in RECIPIENT_VALUES.items()},
        campaign=campaign.title, deadline=campaign.deadline, statement=statement,
        link=campaign.form_link, coordinator=campaign.coordinator,
    )


def missing_values(campaign: Campaign, template: TemplateRecord, selected: list[Recipient],
                   statement: str) -> list[str]:
    """For each of `selected`, the placeholder that rendering `template` for
    it would find with no value, as `render` would name it ("" when the
    message renders); `template` must pass `check_template`. Without
    rendering: the campaign's values are looked at once, only each
    recipient's own for each (rendering 50,000 messages to find the few with
    no contact name took seconds)."""
    if not selected:
        return []
    shared = message_values(campaign, selected[0], statement).as_mapping(template.language)
    checks: list[tuple[str, Callable[[Recipient], str] | None]] = []
    for name in required_placeholders(template.text()):
        if name in RECIPIENT_VALUES:
            checks.append((name, RECIPIENT_VALUES[name]))
        elif not has_value(shared[name]):
            checks.append((name, None))  # missing for everyone: render stops here
            break
    if all(value is None for _, value in checks):
        return [checks[0][0] if checks else ""] * len(selected)
    out = []
    for r in selected:
        for name, value in checks:
            if value is None or not has_value(value(r)):
                out.append(name)
                break
        else:
            out.append("")
    return out


def preview(session: Session, campaign_id: int, template: TemplateRecord,
            signatory_id: int) -> tuple[Recipient, str, str]:
    """(recipient, subject, body) of one template for one signatory; raises
    TemplateError exactly as queuing would."""
    campaign = get_campaign(session, campaign_id)
    found = recipients(session, campaign_id, signatory_ids=[signatory_id])
    if not found:
        raise ValidationError(_("no signatory with id {id} in this campaign").format(
            id=signatory_id))
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
    skipped: list[tuple[str, LeftOut]] = field(default_factory=list)  # (name, why)
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
    campaign = get_campaign(session, campaign_id)
    uses = check_template(template.text())
    statement = statement_text(session, campaign_id) if "statement" in uses else ""
    result = QueueResult()
    missing: list[TemplateError] = []
    for r in selected:
        if not in_audience(template.kind, r.status):
            result.skipped.append((r.name, LeftOut(NOT_FOR_THEM, kind=template.kind)))
            continue
        if r.problem:
            result.skipped.append((r.name, LeftOut(r.problem)))
            continue
        try:
            address = check_address(r.email).normalized
        except ValidationError as exc:
            result.skipped.append((r.name, LeftOut(INVALID_ADDRESS, detail=str(exc))))
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
        more = len(missing) - 1
        message = (n_("{error} (and {n} more); nothing was queued",
                      "{error} (and {n} more); nothing was queued", more) if more else
                   _("{error}; nothing was queued"))
        raise TemplateError(message.format(error=first, n=more), template=first.template,
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
    done = enqueue(session, campaign_id, template.kind, [
        NewMessage(p.recipient.signatory_id, p.recipient.greeting_name or p.recipient.name,
                   p.address, p.subject, p.body, make_message_id(sender))
        for p in result.planned], at=at)
    kept: list[PlannedMessage] = []
    for p in result.planned:
        if p.recipient.signatory_id in done.held:
            result.skipped.append((p.recipient.name, LeftOut(MAYBE_SENT, kind=template.kind)))
        else:
            kept.append(p)
    result.queued, result.refreshed = len(done.added), len(done.refreshed)
    result.message_ids = sorted(done.refreshed + done.added)
    result.planned = kept
    return result


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



def queue_invitations(session: Session, campaign_id: int, signatory_ids: Iterable[int], *,
                      sender: str = "") -> QueueResult:
    """The campaign's invitation (in its language: `find_template`) for these
    signatories, in the outbox for review, as the Outreach tab queues it.

    The Signatories tab offers it when "Invited" is set by hand on
    prospects no invitation went to. They stay prospects meanwhile, which
    is what keeps them among the invitation's recipients, and the outbox
    makes them invited when it is sent (`domain.audience.ON_SENT`): the
    status says an invitation went, never that one was only meant to."""
    from signon.store.templates import find_template

    template = find_template(session, campaign_id, "invitation")
    chosen = recipients(session, campaign_id, signatory_ids=list(signatory_ids))
    return queue_messages(session, campaign_id, template, chosen, sender=sender)
