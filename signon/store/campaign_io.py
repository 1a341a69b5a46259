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

from sqlmodel import Session, select

from signon.domain.campaign_data import (
    CAMPAIGN_FIELDS,
    CampaignData,
    EventData,
    SignatoryData,
    VersionData,
)
from signon.domain.normalise import normalise_name
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.translations import dump_translations, load_translations
from signon.progress import NO_PROGRESS, Progress
from signon.store.directory import complete_organisations, upsert_organisations
from signon.store.models import (
    Campaign,
    Contact,
    Organisation,
    Signatory,
    SignatoryEvent,
    StatementVersion,
    utcnow,
)
from signon.store.signatory_writer import insert_events
from signon.store.statements import (
    content_hash,
    load_sections,
    replace_sections,
    sections_to_json,
    version_sections,
    versions,
)
from signon.store.tables import CONTACT, SIGNATORY, insert_returning_ids

#: Rows per INSERT batch (and per progress step).
BATCH = 1000


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
    history of their own. Rows go in as batched INSERTs (not one ORM flush
    per signatory): a 10,000-signatory file imports in seconds.
    """
    now = utcnow()
    campaign = Campaign(**data.fields, created_at=now, updated_at=now,
                        translations=dump_translations(data.translations))
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
    session.flush()
    sigs = data.signatories
    org_ids = _organisation_ids(session, sigs)
    contact_ids = _contact_ids(session, sigs, org_ids)
    rows = [
        {"campaign_id": campaign.id, "kind": sd.kind, "organisation_id": org_id,
         "name": sd.name if sd.kind == SignatoryKind.INDIVIDUAL else "",
         "country": sd.country if sd.kind == SignatoryKind.INDIVIDUAL else "",
         "title": sd.title, "affiliation": sd.affiliation, "status": sd.status,
         "channel": sd.channel, "endorsed_at": sd.endorsed_at,
         "endorsed_version": sd.endorsed_version, "notes": sd.notes,
         "contact_id": contact_id, "position": position, "created_at": now, "updated_at": now}
        for position, (sd, org_id, contact_id) in enumerate(
            zip(sigs, org_ids, contact_ids, strict=True), start=1)
    ]
    sig_ids: list[int] = []
    for start in range(0, len(rows), BATCH):
        progress.step(start, len(rows), "signatories")
        sig_ids += insert_returning_ids(session, SIGNATORY, rows[start:start + BATCH])
    _mark_private(session, [sig_id for sd, sig_id in zip(sigs, sig_ids, strict=True)
                            if sd.private])
    events = []
    for sd, sig_id in zip(sigs, sig_ids, strict=True):
        history = sd.events
        if history is None:
            history = [EventData(at=now, from_status=None, to_status=sd.status,
                                 channel=sd.channel, note=note)]
        events += [{"signatory_id": sig_id, "at": ev.at, "from_status": ev.from_status,
                    "to_status": ev.to_status, "channel": ev.channel, "note": ev.note,
                    "kind": ev.kind}
                   for ev in history]
    for start in range(0, len(events), BATCH):
        progress.check()
        insert_events(session, events[start:start + BATCH])
    progress.step(len(rows), len(rows), "signatories")
    return campaign


def _mark_private(session: Session, sig_ids: list[int]) -> None:
    """"Do not publish" on those signatories, as the file says: after the
    batched INSERTs, which leave it at its default (few are marked, and the
    INSERTs are shared with the signatory import, which never marks one)."""
    from sqlalchemy import update

    sig = Signatory.__table__.c
    for start in range(0, len(sig_ids), BATCH):
        session.execute(update(Signatory.__table__)
                        .where(sig.id.in_(sig_ids[start:start + BATCH])).values(private=True))


def _organisation_ids(session: Session, sigs: list[SignatoryData]) -> list[int | None]:
    """The directory entry of every organisation signatory (None for
    individuals), found or created by the directory's own upsert — an
    existing entry is completed where it is blank, never overwritten — for
    all of them in a few statements rather than a few per signatory."""
    keys = [normalise_name(sd.name) if sd.kind == SignatoryKind.ORGANISATION else None
            for sd in sigs]
    first: dict[str, SignatoryData] = {}
    for sd, key in zip(sigs, keys, strict=True):
        if key is not None:
            first.setdefault(key, sd)
    now = utcnow()
    # New entries keep the file's values exactly (the file was validated).
    upserted = upsert_organisations(session, [
        {"name": sd.name, "acronym": sd.acronym, "country": sd.country,
         "org_type": sd.org_type, "website": sd.website, "norm_key": key,
         "created_at": now, "updated_at": now}
        for key, sd in first.items()])
    ids = {key: org_id for key, (org_id, _created) in zip(first, upserted, strict=True)}
    existed = {key for key, (_id, created) in zip(first, upserted, strict=True) if not created}
    completions: dict[int, dict[str, str]] = {}
    for sd, key in zip(sigs, keys, strict=True):
        if key in existed:
            fields = completions.setdefault(ids[key], {})
            for field, value in (("acronym", sd.acronym), ("country", sd.country.upper()),
                                 ("org_type", sd.org_type), ("website", sd.website)):
                if value.strip():
                    fields.setdefault(field, value.strip())
    complete_organisations(session, {oid: f for oid, f in completions.items() if f}, now)
    for oid in completions:  # completed in SQL: a copy the session holds is stale
        loaded = session.identity_map.get(session.identity_key(Organisation, oid))
        if loaded is not None:
            session.expire(loaded)
    return [ids[k] if k is not None else None for k in keys]


def _contact_ids(
    session: Session, sigs: list[SignatoryData], org_ids: list[int | None]
) -> list[int | None]:
    """Each signatory's private contact. An organisation's identical contact
    (same person, email and phone) is shared, as the directory does; an
    individual always gets their own, since namesakes are different people."""
    known: dict[tuple, int] = {}
    orgs = sorted({o for o in org_ids if o is not None})
    for start in range(0, len(orgs), 500):
        for c in session.exec(select(Contact).where(
                Contact.organisation_id.in_(orgs[start:start + 500]))).all():
            known.setdefault((c.organisation_id, c.name, c.email, c.phone), c.id)
    slots: list[int | tuple | None] = []
    new: dict[tuple, dict] = {}
    for i, (sd, org_id) in enumerate(zip(sigs, org_ids, strict=True)):
        if not (sd.contact_name or sd.contact_email or sd.contact_phone):
            slots.append(None)
            continue
        key = (org_id, sd.contact_name, sd.contact_email, sd.contact_phone)
        if org_id is None:
            key = key + (i,)  # never shared
        elif key in known:
            slots.append(known[key])
            continue
        new.setdefault(key, {"organisation_id": org_id, "name": sd.contact_name,
                             "email": sd.contact_email, "phone": sd.contact_phone,
                             "notes": "", "email_status": ""})
        slots.append(key)
    ids = dict(zip(new, insert_returning_ids(session, CONTACT, list(new.values())),
                   strict=True))
    return [ids[s] if isinstance(s, tuple) else s for s in slots]


def read_campaign(session: Session, campaign_id: int) -> CampaignData:
    """Everything of a campaign as plain data (the inverse of `insert_campaign`)."""
    from signon.store.campaigns import get_campaign

    campaign = get_campaign(session, campaign_id)
    fields: dict[str, object] = {name: getattr(campaign, name) for name in CAMPAIGN_FIELDS}
    # Plain Core rows, not ORM objects: a 10,000-signatory campaign would
    # otherwise spend seconds building 50,000 model instances.
    sig, org, contact, ev = (Signatory.__table__.c, Organisation.__table__.c,
                             Contact.__table__.c, SignatoryEvent.__table__.c)
    conn = session.connection()
    history: dict[int, list[EventData]] = {}
    for sid, at, before, after, channel, note, kind in conn.execute(
        select(ev.signatory_id, ev.at, ev.from_status, ev.to_status, ev.channel, ev.note,
               ev.kind)
        .join_from(SignatoryEvent.__table__, Signatory.__table__, ev.signatory_id == sig.id)
        .where(sig.campaign_id == campaign_id).order_by(ev.id)
    ):
        history.setdefault(sid, []).append(EventData(at=at, from_status=before, to_status=after,
                                                     channel=channel, note=note, kind=kind))
    stmt = (
        select(sig.id, sig.kind, sig.name, sig.status, sig.country, sig.title, sig.affiliation,
               sig.channel, sig.endorsed_at, sig.endorsed_version, sig.notes, sig.private,
               org.id,
               org.name, org.acronym, org.country, org.org_type, org.website,
               contact.name, contact.email, contact.phone)
        .select_from(Signatory.__table__
                     .outerjoin(Organisation.__table__, sig.organisation_id == org.id)
                     .outerjoin(Contact.__table__, sig.contact_id == contact.id))
        .where(sig.campaign_id == campaign_id)
        .order_by(sig.position, sig.id)
    )
    signatories = []
    for (sid, kind, name, status, country, title, affiliation, channel, endorsed_at,
         endorsed_version, notes, private, org_id, org_name, acronym, org_country, org_type,
         website, c_name, c_email, c_phone) in conn.execute(stmt):
        is_org = org_id is not None
        signatories.append(SignatoryData(
            kind=kind, name=org_name if is_org else name, status=status,
            acronym=acronym if is_org else "", country=org_country if is_org else country,
            org_type=org_type if is_org else "", website=website if is_org else "",
            title=title, affiliation=affiliation, channel=channel, endorsed_at=endorsed_at,
            endorsed_version=endorsed_version, notes=notes, contact_name=c_name or "",
            contact_email=c_email or "", contact_phone=c_phone or "",
            private=bool(private), events=history.get(sid, []),
        ))
    return CampaignData(
        fields=fields,
        # a damaged column is no translation, not a failed backup
        translations=load_translations(campaign.translations),
        sections=load_sections(session, campaign_id),
        signatories=signatories,
        versions=[VersionData(number=v.number, created_at=v.created_at,
                              sections=version_sections(v), note=v.note,
                              content_hash=v.content_hash)
                  for v in versions(session, campaign_id)],
    )

