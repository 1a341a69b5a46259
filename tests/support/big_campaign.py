"""A campaign of thousands of organisation signatories, written by bulk
inserts (add_signatory one by one would take most of a test's time), and
the counts tests read back from it."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func
from sqlmodel import select

from signon.store.campaigns import create_campaign
from signon.store.models import Organisation, Signatory, SignatoryEvent


def seed(db, rows: int, status: Callable[[int], str] = lambda _i: "invited"
         ) -> tuple[int, list[int]]:
    """A campaign of `rows` organisations, the i-th in `status(i)`; its id
    and its signatories' ids in order."""
    with db.session() as s:
        cid = create_campaign(s, "Big campaign").id
        s.execute(Organisation.__table__.insert(), [
            {"name": f"Org {i:05d}", "norm_key": f"org {i:05d}", "acronym": "",
             "country": "FR", "org_type": "", "website": ""} for i in range(rows)])
        org_ids = s.exec(select(Organisation.id).order_by(Organisation.id)).all()
        s.execute(Signatory.__table__.insert(), [
            {"campaign_id": cid, "kind": "organisation", "organisation_id": oid,
             "status": status(i), "position": i, "name": "", "title": "", "affiliation": "",
             "country": "", "channel": "", "notes": ""} for i, oid in enumerate(org_ids)])
        ids = list(s.exec(select(Signatory.id).where(Signatory.campaign_id == cid)
                          .order_by(Signatory.id)).all())
    return cid, ids


def statuses(db) -> dict[str, int]:
    with db.session() as s:
        return dict(s.exec(select(Signatory.status, func.count())
                           .group_by(Signatory.status)).all())


def event_count(db) -> int:
    with db.session() as s:
        return s.exec(select(func.count()).select_from(SignatoryEvent)).one()
