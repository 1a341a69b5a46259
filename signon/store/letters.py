"""Turn stored rows into the domain's `Letter` (the only place exporters and
the preview get their data from)."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from signon.domain.countries import country_name
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter, LetterOptions, SignatoryEntry, build_letter
from signon.store.campaigns import get_campaign
from signon.store.models import StatementVersion
from signon.store.signatories import list_signatories
from signon.store.statements import load_sections, version_sections


def signatory_entries(session: Session, campaign_id: int, language: str) -> list[SignatoryEntry]:
    return [
        SignatoryEntry(
            kind=r.kind, name=r.name, status=r.status, acronym=r.acronym, country=r.country,
            country_name=country_name(r.country, language) if r.country else "",
            org_type=r.org_type, title=r.title, affiliation=r.affiliation,
            endorsed_at=r.endorsed_at, position=r.position, organisation_id=r.organisation_id,
        )
        for r in list_signatories(session, campaign_id)
    ]


def load_letter(
    session: Session,
    campaign_id: int,
    options: LetterOptions | None = None,
    *,
    version: int | None = None,
    letter_date: date | None = None,
) -> Letter:
    """The letter of a campaign: its current text, or a frozen version's."""
    campaign = get_campaign(session, campaign_id)
    if version is None:
        sections = load_sections(session, campaign_id)
    else:
        row = session.exec(select(StatementVersion).where(
            StatementVersion.campaign_id == campaign_id, StatementVersion.number == version)
        ).first()
        if row is None:
            raise ValidationError(f"campaign {campaign.title!r} has no version {version}")
        sections = version_sections(row)
    opts = options or LetterOptions(order=campaign.list_order,
                                    keep_reconfirmation=campaign.keep_reconfirmation)
    return build_letter(
        title=campaign.title, addressee=campaign.addressee, language=campaign.language,
        sections=sections, signatories=signatory_entries(session, campaign_id,
                                                         campaign.language),
        signatory_heading=campaign.signatory_heading, options=opts,
        letter_date=letter_date, version=version,
    )
