"""Statement service: a campaign's sections and items, and frozen versions."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import func
from sqlmodel import Session, select

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.store.models import Campaign, Section, SectionItem, StatementVersion, utcnow


def load_sections(session: Session, campaign_id: int) -> list[SectionDraft]:
    sections = session.exec(
        select(Section).where(Section.campaign_id == campaign_id)
        .order_by(Section.position, Section.id)
    ).all()
    items: dict[int, list[str]] = {}
    if sections:
        rows = session.exec(
            select(SectionItem).where(SectionItem.section_id.in_([s.id for s in sections]))
            .order_by(SectionItem.position, SectionItem.id)
        ).all()
        for row in rows:
            items.setdefault(row.section_id, []).append(row.text)
    return [
        SectionDraft(kind=s.kind, text=s.text, lead=s.lead, numbering=s.numbering,
                     items=items.get(s.id, []), title=s.title)
        for s in sections
    ]


def replace_sections(session: Session, campaign_id: int, drafts: list[SectionDraft]) -> None:
    """Store the whole statement as given (the composer saves this way; it is
    one transaction, so a crash leaves the previous text, never half of it)."""
    old = session.exec(select(Section.id).where(Section.campaign_id == campaign_id)).all()
    if old:
        session.exec(SectionItem.__table__.delete().where(SectionItem.section_id.in_(old)))
        session.exec(Section.__table__.delete().where(Section.campaign_id == campaign_id))
    for position, draft in enumerate(drafts):
        section = Section(campaign_id=campaign_id, position=position, kind=draft.kind.value,
                          title=draft.title, text=draft.text, lead=draft.lead,
                          numbering=draft.numbering.value)
        session.add(section)
        session.flush()
        for i, text in enumerate(draft.items):
            session.add(SectionItem(section_id=section.id, position=i, text=text))
    campaign = session.get(Campaign, campaign_id)
    if campaign is not None:
        campaign.updated_at = utcnow()
        session.add(campaign)
    session.flush()


def sections_to_json(drafts: list[SectionDraft]) -> list[dict]:
    out = []
    for d in drafts:
        entry: dict = {"kind": d.kind.value}
        if d.title:
            entry["title"] = d.title
        if d.kind.is_list:
            if d.lead:
                entry["lead"] = d.lead
            entry["numbering"] = d.numbering.value
            entry["items"] = list(d.items)
        else:
            entry["text"] = d.text
        out.append(entry)
    return out


def content_hash(drafts: list[SectionDraft]) -> str:
    payload = json.dumps(sections_to_json(drafts), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def versions(session: Session, campaign_id: int) -> list[StatementVersion]:
    return list(session.exec(
        select(StatementVersion).where(StatementVersion.campaign_id == campaign_id)
        .order_by(StatementVersion.number)
    ).all())


def latest_version(session: Session, campaign_id: int) -> StatementVersion | None:
    return session.exec(
        select(StatementVersion).where(StatementVersion.campaign_id == campaign_id)
        .order_by(StatementVersion.number.desc())
    ).first()


def freeze_version(session: Session, campaign_id: int, note: str = "") -> StatementVersion:
    """Snapshot the current text as the next numbered version; a drafting
    campaign starts collecting. Freezing an unchanged text is refused: it
    would make endorsers reconfirm for nothing."""
    drafts = load_sections(session, campaign_id)
    digest = content_hash(drafts)
    last = latest_version(session, campaign_id)
    if last is not None and last.content_hash == digest:
        raise ValidationError(f"the text has not changed since version {last.number}")
    top = session.exec(select(func.max(StatementVersion.number))
                       .where(StatementVersion.campaign_id == campaign_id)).one()
    version = StatementVersion(
        campaign_id=campaign_id, number=(top or 0) + 1, note=note, content_hash=digest,
        content=json.dumps(sections_to_json(drafts), ensure_ascii=False),
    )
    session.add(version)
    campaign = session.get(Campaign, campaign_id)
    if campaign is not None and campaign.status == "drafting":
        campaign.status = "collecting"
        session.add(campaign)
    session.flush()
    return version


def version_sections(version: StatementVersion) -> list[SectionDraft]:
    return [SectionDraft(**entry) for entry in json.loads(version.content or "[]")]
