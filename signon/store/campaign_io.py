"""A whole campaign in and out of the store, as plain data.

The campaign file (exchange/campaign_file.py) and the demo need to write a
campaign with its statement, versions, signatories, contacts and full event
histories in one go, and to read all of it back. `CampaignData`
(domain/campaign_data.py) is that campaign as plain values; this module is
the one place that maps it to and from table rows, so that a round trip
through a file is exact.

Unlike `signatories.add_signatory` (hand entry: trims, stamps "now", writes a
creation event), `insert_campaign` stores values as given and writes the
events it is handed: a file's history is a record, not a new change.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import Session, select

from signon.domain.campaign_data import (
    CAMPAIGN_FIELDS,
    CampaignData,
    EventData,
    SignatoryData,
    VersionData,
)
from signon.progress import NO_PROGRESS, Progress
from signon.store.models import (
    Campaign,
    Contact,
    Organisation,
    Signatory,
    SignatoryEvent,
    StatementVersion,
    utcnow,
)
from signon.store.organisations import get_or_create_organisation
from signon.store.statements import (
    content_hash,
    load_sections,
    replace_sections,
    sections_to_json,
    version_sections,
    versions,
)


def insert_campaign(
    session: Session,
    data: CampaignData,
    *,
    note: str = "imported",
    progress: Progress = NO_PROGRESS,
) -> Campaign:
    """Write a new campaign from `data` in the caller's transaction.

    `data` must be valid (the campaign file validates it first). Organisations
    already in the directory are reused, completed but never overwritten;
    `note` is written on the creation event of signatories that bring no
    history of their own.
    """
    now = utcnow()
    campaign = Campaign(**data.fields, created_at=now, updated_at=now)
    session.add(campaign)
    session.flush()
    replace_sections(session, campaign.id, data.sections)
    for v in data.versions:
        session.add(StatementVersion(
            campaign_id=campaign.id, number=v.number, created_at=v.created_at, note=v.note,
            content_hash=v.content_hash if v.content_hash is not None
            else content_hash(v.sections),
            content=json.dumps(sections_to_json(v.sections), ensure_ascii=False),
        ))
    contacts: dict[tuple, int] = {}
    total = len(data.signatories)
    for position, sd in enumerate(data.signatories, start=1):
        if position % 200 == 0:
            progress.step(position, total, "signatories")
        _insert_signatory(session, campaign.id, position, sd, note, now, contacts)
    session.flush()
    progress.step(total, total, "signatories")
    return campaign


def _insert_signatory(
    session: Session, campaign_id: int, position: int, sd: SignatoryData, note: str,
    now: datetime, contacts: dict[tuple, int],
) -> None:
    org_id = None
    if sd.kind == "organisation":
        org, _ = get_or_create_organisation(session, sd.name, acronym=sd.acronym,
                                            country=sd.country, org_type=sd.org_type,
                                            website=sd.website)
        org_id = org.id
    sig = Signatory(
        campaign_id=campaign_id, kind=sd.kind, organisation_id=org_id,
        name=sd.name if sd.kind == "individual" else "",
        country=sd.country if sd.kind == "individual" else "",
        title=sd.title, affiliation=sd.affiliation, status=sd.status, channel=sd.channel,
        endorsed_at=sd.endorsed_at, endorsed_version=sd.endorsed_version, notes=sd.notes,
        contact_id=_contact_id(session, org_id, sd, contacts), position=position,
        created_at=now, updated_at=now,
    )
    session.add(sig)
    session.flush()
    history = sd.events
    if history is None:
        history = [EventData(at=now, from_status=None, to_status=sd.status,
                             channel=sd.channel, note=note)]
    for ev in history:
        session.add(SignatoryEvent(signatory_id=sig.id, at=ev.at, from_status=ev.from_status,
                                   to_status=ev.to_status, channel=ev.channel, note=ev.note))


def _contact_id(
    session: Session, org_id: int | None, sd: SignatoryData, seen: dict[tuple, int]
) -> int | None:
    """The signatory's private contact. An organisation's identical contact
    (same person, email and phone) is shared, as the directory does; an
    individual always gets their own, since namesakes are different people."""
    if not (sd.contact_name or sd.contact_email or sd.contact_phone):
        return None
    key = (org_id, sd.contact_name, sd.contact_email, sd.contact_phone)
    if org_id is not None:
        if key in seen:
            return seen[key]
        existing = session.exec(select(Contact.id).where(
            Contact.organisation_id == org_id, Contact.name == sd.contact_name,
            Contact.email == sd.contact_email, Contact.phone == sd.contact_phone)).first()
        if existing is not None:
            seen[key] = existing
            return existing
    contact = Contact(organisation_id=org_id, name=sd.contact_name, email=sd.contact_email,
                      phone=sd.contact_phone)
    session.add(contact)
    session.flush()
    if org_id is not None:
        seen[key] = contact.id
    return contact.id


def read_campaign(session: Session, campaign_id: int) -> CampaignData:
    """Everything of a campaign as plain data (the inverse of `insert_campaign`)."""
    from signon.store.campaigns import get_campaign

    campaign = get_campaign(session, campaign_id)
    fields: dict[str, object] = {name: getattr(campaign, name) for name in CAMPAIGN_FIELDS}
    history: dict[int, list[EventData]] = {}
    rows = session.exec(
        select(SignatoryEvent).join(Signatory, SignatoryEvent.signatory_id == Signatory.id)
        .where(Signatory.campaign_id == campaign_id).order_by(SignatoryEvent.id)
    ).all()
    for ev in rows:
        history.setdefault(ev.signatory_id, []).append(EventData(
            at=ev.at, from_status=ev.from_status, to_status=ev.to_status,
            channel=ev.channel, note=ev.note))
    signatories = []
    stmt = (
        select(Signatory, Organisation, Contact)
        .join(Organisation, Signatory.organisation_id == Organisation.id, isouter=True)
        .join(Contact, Signatory.contact_id == Contact.id, isouter=True)
        .where(Signatory.campaign_id == campaign_id)
        .order_by(Signatory.position, Signatory.id)
    )
    for sig, org, contact in session.exec(stmt).all():
        signatories.append(SignatoryData(
            kind=sig.kind, name=org.name if org else sig.name, status=sig.status,
            acronym=org.acronym if org else "", country=org.country if org else sig.country,
            org_type=org.org_type if org else "", website=org.website if org else "",
            title=sig.title, affiliation=sig.affiliation, channel=sig.channel,
            endorsed_at=sig.endorsed_at, endorsed_version=sig.endorsed_version,
            notes=sig.notes, contact_name=contact.name if contact else "",
            contact_email=contact.email if contact else "",
            contact_phone=contact.phone if contact else "",
            events=history.get(sig.id, []),
        ))
    return CampaignData(
        fields=fields,
        sections=load_sections(session, campaign_id),
        signatories=signatories,
        versions=[VersionData(number=v.number, created_at=v.created_at,
                              sections=version_sections(v), note=v.note,
                              content_hash=v.content_hash)
                  for v in versions(session, campaign_id)],
    )

