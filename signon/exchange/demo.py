"""The demo campaign: the real joint statement on the UN AI resolution (from
examples/), with recommendations and ~40 signatories from many countries and
scripts in every status, so a first look at the app shows what it is for.

The file is an ordinary campaign file (resources/demo/campaign.json). Its
dates are moved on loading so that its last activity was yesterday and the
deadline still ahead: a demo whose deadline passed two years ago looks
broken.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from signon.config import RESOURCES
from signon.domain.campaign_data import CampaignData
from signon.exchange.campaign_schema import object_pairs, parse_document
from signon.store.campaign_io import insert_campaign
from signon.store.models import Campaign

DEMO_FILE = RESOURCES / "demo" / "campaign.json"


def demo_data(now: datetime | None = None) -> CampaignData:
    """The demo campaign as data, its dates moved relative to `now`."""
    doc = json.loads(DEMO_FILE.read_text(encoding="utf-8"), object_pairs_hook=object_pairs)
    data = parse_document(doc, DEMO_FILE.name)
    return shift_dates(data, now or datetime.now(UTC))


def _timestamps(data: CampaignData) -> list[datetime]:
    out = [v.created_at for v in data.versions]
    for s in data.signatories:
        out.extend(e.at for e in s.events or [])
        if s.endorsed_at:
            out.append(s.endorsed_at)
    return out


def shift_dates(data: CampaignData, now: datetime) -> CampaignData:
    """Move every date by whole days so the latest one falls on the day
    before `now` (times of day, and so the order of events, are kept)."""
    stamps = _timestamps(data)
    if not stamps:
        return data
    delta = timedelta(days=((now - timedelta(days=1)).date() - max(stamps).date()).days)
    fields = dict(data.fields)
    if fields.get("deadline"):
        fields["deadline"] = fields["deadline"] + delta
    return CampaignData(
        fields=fields,
        sections=data.sections,
        versions=[replace(v, created_at=v.created_at + delta) for v in data.versions],
        signatories=[
            replace(s, endorsed_at=s.endorsed_at + delta if s.endorsed_at else None,
                    events=[replace(e, at=e.at + delta) for e in s.events]
                    if s.events is not None else None)
            for s in data.signatories
        ],
    )


def load_demo(session: Session) -> Campaign:
    """Add the demo campaign (another copy if one is there already)."""
    return insert_campaign(session, demo_data(), note="demo")
