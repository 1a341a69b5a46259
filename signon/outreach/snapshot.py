"""What the Outreach tab shows of a campaign, read once per switch.

The tab's four pages each used to read for themselves: the campaign seven
times, the full signatory list with its contacts four times (messages'
preview list, the recipients' countries and rows, who has not answered) and
the whole letter twice for {statement}. On a 50,000-signatory campaign that
was 4.5 s of a frozen window per switch, and on a team server 100 ms away
dozens of round trips. `read_snapshot` reads each thing once, off the GUI
thread (`ui.campaign_load`), its independent reads at the same time
(`store.parallel`); the pages filter and render from it (`mailing.choose`),
and read again only when data changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from signon.domain.collation import collation_key
from signon.outreach.deadlines import Unanswered, unanswered
from signon.outreach.mailing import Recipient, choose, recipients
from signon.outreach.statement import statement_text
from signon.store.campaigns import get_campaign
from signon.store.parallel import read_together
from signon.store.templates import TemplateRecord, campaign_templates

if TYPE_CHECKING:
    from signon.store.database import Database
    from signon.store.models import Campaign


@dataclass(frozen=True)
class OutreachSnapshot:
    """A campaign as outreach sees it at one moment."""

    campaign: Campaign
    templates: list[TemplateRecord]
    #: every signatory, in the campaign's order, with the address it would use
    recipients: list[Recipient]
    #: who has not answered, with when they were last written to
    unanswered: list[Unanswered]
    #: {statement}: the current text as a message carries it
    statement: str
    #: every signatory by name, in the campaign language's collation: whom
    #: to preview a message for (sorted here, off the GUI thread)
    by_name: list[Recipient]
    #: the signatories' countries, sorted (a recipients filter)
    countries: list[str]

    def choose(self, **wanted) -> list[Recipient]:
        """The recipients `mailing.choose(..., **wanted)` selects."""
        return choose(self.recipients, **wanted)


def read_snapshot(db: Database, campaign_id: int) -> OutreachSnapshot:
    """Everything the Outreach tab shows of `campaign_id`: three reads at
    once (`store.parallel`), two round trips each to a team server instead
    of seven one after the other."""

    def people(session):
        everyone = recipients(session, campaign_id)
        return everyone, unanswered(session, campaign_id, everyone)

    def settings(session):
        return get_campaign(session, campaign_id), campaign_templates(session, campaign_id)

    (everyone, waiting), (campaign, templates), statement = read_together(
        db, people, settings, lambda session: statement_text(session, campaign_id))
    return OutreachSnapshot(
        campaign=campaign,
        templates=templates,
        recipients=everyone,
        unanswered=waiting,
        statement=statement,
        by_name=by_name(everyone, campaign.language),
        countries=sorted({r.country for r in everyone if r.country}),
    )


def by_name(everyone: list[Recipient], language: str) -> list[Recipient]:
    """`everyone` sorted by name as the letter sorts names in `language`
    (case, accents and Arabic marks aside; `domain.collation`).

    Sorted on the key's first two parts (script, primary form), then each
    run of names equal in those on the whole key: the same order as the
    whole key, but 200,000 whole keys held at once (four parts, three of
    them strings) were 55 MB at the Outreach tab's peak."""
    key = collation_key(language)
    heads = [key(r.name)[:2] for r in everyone]
    order: list[int] = []
    for _head, run in groupby(sorted(range(len(everyone)), key=heads.__getitem__),
                              key=heads.__getitem__):
        run = list(run)  # a whole key only for names that tie on the first two parts
        order.extend(sorted(run, key=lambda i: key(everyone[i].name)) if len(run) > 1 else run)
    return [everyone[i] for i in order]
