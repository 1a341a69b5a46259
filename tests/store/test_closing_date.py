"""Retention counts from the day a campaign stops collecting (issue 19):
closing or publishing dates it once, reopening forgets the day."""

from __future__ import annotations

from datetime import date

from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign, update_campaign
from signon.store.editions import publish
from signon.store.statements import replace_sections


def test_closing_dates_the_campaign_once_and_reopening_forgets_it(session):
    cid = create_campaign(session, "Open letter", status="collecting").id
    assert update_campaign(session, cid, deadline=None).closed_on is None
    closed = update_campaign(session, cid, status="closed").closed_on
    assert isinstance(closed, date)
    assert update_campaign(session, cid, status="published").closed_on == closed
    assert update_campaign(session, cid, status="collecting").closed_on is None


def test_publishing_dates_a_collecting_campaign_by_its_edition(session):
    cid = create_campaign(session, "Open letter", status="collecting").id
    replace_sections(session, cid, [SectionDraft(kind="intro", text="We, the undersigned.")])
    publish(session, cid, on=date(2026, 4, 5))
    from signon.store.campaigns import get_campaign

    campaign = get_campaign(session, cid)
    assert (campaign.status, campaign.closed_on) == ("published", date(2026, 4, 5))
