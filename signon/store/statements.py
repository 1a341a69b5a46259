"""Statement service: a campaign's sections and items, and frozen versions.

The composer saves the whole statement at once (`replace_sections`), so the
stored text is always one consistent state; versions are immutable JSON
snapshots whose hash covers the primary text only, never the links to
library blocks nor the translations (endorsements are of the primary text;
a version's snapshot still holds its translations, see docs/translations.md)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.status import Status
from signon.domain.translations import dump_translations
from signon.store.letters import read_sections
from signon.store.models import (
    Campaign,
    Section,
    SectionItem,
    Signatory,
    StatementVersion,
    utcnow,
)

ENDORSED = Status.ENDORSED.value


def load_sections(session: Session, campaign_id: int) -> list[SectionDraft]:
    """The campaign's current statement (read as letters.read_sections reads
    it for every letter)."""
    return read_sections(session, campaign_id)


def replace_sections(session: Session, campaign_id: int, drafts: list[SectionDraft], *,
                     expected_revision: int | None = None) -> int:
    """Store the whole statement as given (the composer saves this way; it is
    one transaction, so a crash leaves the previous text, never half of it).
    Returns the campaign's new `statement_revision`.

    `expected_revision` is the revision the composer loaded (or last saved):
    when another coordinator saved the statement since, nothing is written
    and ConflictError says so (None: save whatever is there).

    Links to library blocks are kept, except to blocks deleted meanwhile (an
    undo can bring back an item copied from a block that is gone)."""
    from signon.store.blocks import existing_block_ids
    from signon.store.concurrency import claim_statement_revision

    revision = claim_statement_revision(session, campaign_id, expected_revision)
    campaign = session.get(Campaign, campaign_id, populate_existing=True)
    if campaign is None:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
    wanted = {d.source_block_id for d in drafts if d.source_block_id is not None}
    wanted |= {i for d in drafts for i in d.item_sources if i is not None}
    alive = existing_block_ids(session, wanted)

    def link(block_id: int | None) -> int | None:
        return block_id if block_id in alive else None

    old = session.exec(select(Section.id).where(Section.campaign_id == campaign_id)).all()
    if old:
        session.exec(SectionItem.__table__.delete().where(SectionItem.section_id.in_(old)))
        session.exec(Section.__table__.delete().where(Section.campaign_id == campaign_id))
    for position, draft in enumerate(drafts):
        section = Section(campaign_id=campaign_id, position=position, kind=draft.kind.value,
                          title=draft.title, text=draft.text, lead=draft.lead,
                          numbering=draft.numbering.value, marker=draft.marker.value,
                          translations=dump_translations(draft.translations),
                          source_block_id=link(draft.source_block_id))
        session.add(section)
        session.flush()
        for i, text in enumerate(draft.items):
            session.add(SectionItem(section_id=section.id, position=i, text=text,
                                    translations=dump_translations(draft.item_translation(i)),
                                    source_block_id=link(draft.item_source(i))))
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()
    return revision


def sections_to_json(drafts: list[SectionDraft], translations: bool = True,
                     shape: bool = True) -> list[dict]:
    """The statement as JSON values (a version's snapshot). `translations`
    adds each section's and item's translations, when it has any, under
    "translations" and "item_translations" (the `SectionDraft` fields);
    `shape` a list's "marker" when it is not the default bullet (how the
    items look: left out of the content hash)."""
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
            if shape and d.marker.value != "bullet":
                entry["marker"] = d.marker.value
        else:
            entry["text"] = d.text
        if translations:
            if d.translations:
                entry["translations"] = d.translations
            if d.kind.is_list and any(d.item_translation(i) for i in range(len(d.items))):
                entry["item_translations"] = [d.item_translation(i)
                                              for i in range(len(d.items))]
        out.append(entry)
    return out


def content_hash(drafts: list[SectionDraft]) -> str:
    """The hash of the primary text: what endorsers signed. Translations are
    left out, so translating never asks anyone to reconfirm."""
    payload = json.dumps(sections_to_json(drafts, translations=False, shape=False),
                         ensure_ascii=False, sort_keys=True)
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
    if all(d.is_empty for d in drafts):
        raise ValidationError(_("the statement is empty: write or insert some text before "
                                "freezing a version"))
    digest = content_hash(drafts)
    last = latest_version(session, campaign_id)
    if last is not None and last.content_hash == digest:
        raise ValidationError(_("the text has not changed since version {number}").format(
            number=last.number))
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


def get_version(session: Session, campaign_id: int, number: int) -> StatementVersion:
    row = session.exec(select(StatementVersion).where(
        StatementVersion.campaign_id == campaign_id, StatementVersion.number == number)
    ).first()
    if row is None:
        raise ValidationError(_("this campaign has no statement version {number}").format(
            number=number))
    return row


def restore_version(session: Session, campaign_id: int, number: int) -> list[SectionDraft]:
    """Make an old version's text the current draft. History is never
    rewritten: the versions stay as they are, and the restored text becomes a
    new version only when the coordinator freezes it."""
    drafts = version_sections(get_version(session, campaign_id, number))
    replace_sections(session, campaign_id, drafts)
    return drafts


@dataclass(frozen=True)
class EndorsementExposure:
    """What editing the text means for endorsements already collected.

    Only endorsements that recorded a version count (`endorsed`); one taken
    before any version was frozen cannot be said to be for an older text —
    the rule `store.reconfirm` applies when it asks endorsers to reconfirm.
    `of_older_versions` are those before the latest frozen version."""

    latest: int | None
    latest_hash: str
    latest_at: datetime | None
    endorsed: int
    of_older_versions: int

    def needing_reconfirmation(self, text_changed: bool) -> int:
        """Endorsements that will need reconfirming: all of them once the text
        differs from the latest version, else those of earlier versions."""
        if self.latest is None:
            return 0
        return self.endorsed if text_changed else self.of_older_versions


def endorsement_exposure(session: Session, campaign_id: int) -> EndorsementExposure:
    """One query (a round trip to a team database): the counts over the
    campaign's endorsements, the latest version's fields as scalar subqueries."""
    from sqlalchemy import case

    def latest(column):
        return (select(column).where(StatementVersion.campaign_id == campaign_id)
                .order_by(StatementVersion.number.desc()).limit(1).scalar_subquery())

    number = latest(StatementVersion.number)
    (latest_number, latest_hash, latest_at, endorsed, older) = session.exec(select(
        number, latest(StatementVersion.content_hash), latest(StatementVersion.created_at),
        func.count(Signatory.endorsed_version),
        func.count(case((Signatory.endorsed_version < number, 1)))).where(
        Signatory.campaign_id == campaign_id, Signatory.status == ENDORSED)).one()
    return EndorsementExposure(
        latest=latest_number, latest_hash=latest_hash or "", latest_at=latest_at,
        endorsed=endorsed, of_older_versions=older)
