"""Deadline rounds: who has not answered, the reminder round due today, and
closing the invitations left unanswered once the deadline has passed.

The schedule itself is date arithmetic (`signon.domain.reminders`); this
module applies it to a campaign's signatories and outbox, and queues
reminders as any mailing is queued (`signon.outreach.mailing`), for the
coordinator to review before anything is sent.

In the outreach layer, above the store: it reads the outbox's history and
changes statuses through the store's services.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, NamedTuple

from signon.domain import status as workflow
from signon.domain.audience import UNANSWERED
from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.reminders import deadline_passed, parse_reminder_days, schedule_state
from signon.outreach.mailing import QueueResult, Recipient, choose, queue_messages, recipients
from signon.store.campaigns import get_campaign
from signon.store.outbox import sent_history, written_since
from signon.store.signatories import list_signatories, set_status
from signon.store.templates import TemplateRecord, find_template

if TYPE_CHECKING:
    from sqlmodel import Session


class Unanswered(NamedTuple):
    """A signatory who was written to and has not answered (a named tuple:
    a big campaign has tens of thousands)."""

    signatory_id: int
    name: str
    status: str
    country: str
    email: str
    problem: str
    last_contacted: datetime | None
    reminders_sent: int


def unanswered(session: Session, campaign_id: int,
               everyone: list[Recipient] | None = None) -> list[Unanswered]:
    """Who has not answered (invited or reminded), with when they were last
    written to and how many reminders they got. `everyone`: the campaign's
    recipients when the caller has read them already (`outreach.snapshot`)."""
    people = (recipients(session, campaign_id, statuses=UNANSWERED) if everyone is None
              else choose(everyone, statuses=UNANSWERED))
    last, reminders = sent_history(session, campaign_id, [p.signatory_id for p in people])
    return [Unanswered(p.signatory_id, p.name, p.status, p.country, p.email, p.problem,
                       last.get(p.signatory_id), reminders.get(p.signatory_id, 0))
            for p in people]


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
    recent = written_since(session, campaign_id, state.due)
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
        raise ValidationError(_("campaign {title} has no deadline").format(
            title=repr(campaign.title)))
    if not deadline_passed(campaign.deadline, today):
        raise ValidationError(_("the deadline ({deadline}) has not passed yet; answers may "
                                "still come").format(deadline=campaign.deadline.isoformat()))
    note = f"no answer by the deadline {campaign.deadline.isoformat()}"
    ids = [r.id for r in list_signatories(session, campaign_id) if r.status in UNANSWERED]
    for sid in ids:
        set_status(session, sid, workflow.Status.NO_RESPONSE.value,
                   channel=workflow.Channel.APP.value, note=note)
    return len(ids)
