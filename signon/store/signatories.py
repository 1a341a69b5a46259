"""Signatory service: adding signatories and moving them through the workflow.

Every status change goes through `set_status`, which asks the domain whether
it is allowed and writes the event in the same transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from signon.domain import status as workflow
from signon.domain.errors import ValidationError
from signon.store.models import (
    Contact,
    Organisation,
    Signatory,
    SignatoryEvent,
    utcnow,
)
from signon.store.organisations import add_contact, get_or_create_organisation


@dataclass(frozen=True)
class SignatoryRow:
    """A signatory joined with its organisation, as lists and tables show it."""

    id: int
    kind: str
    name: str
    acronym: str
    country: str
    org_type: str
    title: str
    affiliation: str
    status: str
    endorsed_version: int | None
    endorsed_at: datetime | None
    channel: str
    position: int
    organisation_id: int | None
    contact_id: int | None

    def as_dict(self) -> dict:
        return {
            "id": self.id, "type": self.kind, "name": self.name, "acronym": self.acronym,
            "country": self.country, "org_type": self.org_type, "title": self.title,
            "affiliation": self.affiliation, "status": self.status,
            "endorsed_version": self.endorsed_version,
            "endorsed_at": self.endorsed_at.isoformat() if self.endorsed_at else None,
        }


def _record(session: Session, sig: Signatory, change: workflow.StatusChange) -> None:
    session.add(SignatoryEvent(
        signatory_id=sig.id, at=change.at,
        from_status=change.from_status.value if change.from_status else None,
        to_status=change.to_status.value, channel=change.channel, note=change.note,
    ))


def record_creation(session: Session, sig: Signatory, note: str = "added") -> None:
    """The first event of a signatory: from nothing to its initial status."""
    _record(session, sig, workflow.change(None, sig.status, channel=sig.channel, note=note))


def add_signatory(
    session: Session,
    campaign_id: int,
    *,
    kind: str = "organisation",
    name: str,
    status: str = "prospect",
    acronym: str = "",
    country: str = "",
    org_type: str = "",
    website: str = "",
    title: str = "",
    affiliation: str = "",
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    notes: str = "",
    channel: str = "",
    endorsed_version: int | None = None,
    endorsed_at: datetime | None = None,
    at: datetime | None = None,
) -> Signatory:
    """Add one signatory with its creation event. An organisation already on
    this campaign is refused (ValidationError): the caller decides whether
    that is a skip (import) or an error (hand entry)."""
    st = workflow.parse_status(status)
    if kind not in ("organisation", "individual"):
        raise ValidationError(f"signatory type {kind!r} is not organisation or individual")
    if not name.strip():
        raise ValidationError("a signatory needs a name")
    org_id = None
    if kind == "organisation":
        org, _ = get_or_create_organisation(session, name, acronym=acronym, country=country,
                                            org_type=org_type, website=website)
        org_id = org.id
        dup = session.exec(select(Signatory).where(
            Signatory.campaign_id == campaign_id, Signatory.organisation_id == org_id)).first()
        if dup is not None:
            raise ValidationError(f"{org.name} is already a signatory of this campaign")
    contact = add_contact(session, organisation_id=org_id, name=contact_name,
                          email=contact_email, phone=contact_phone)
    change = workflow.change(None, st, channel=channel, note="added", at=at)
    sig = Signatory(
        campaign_id=campaign_id, kind=kind, organisation_id=org_id,
        name=name.strip() if kind == "individual" else "",
        title=title.strip(), affiliation=affiliation.strip(),
        country=country.strip().upper() if kind == "individual" else "",
        status=st.value, channel=channel, notes=notes,
        contact_id=contact.id if contact else None,
        endorsed_version=endorsed_version,
        endorsed_at=endorsed_at or (change.at if st is workflow.Status.ENDORSED else None),
        position=_next_position(session, campaign_id),
    )
    session.add(sig)
    session.flush()
    _record(session, sig, change)
    return sig


def _next_position(session: Session, campaign_id: int) -> int:
    from sqlalchemy import func

    top = session.exec(
        select(func.max(Signatory.position)).where(Signatory.campaign_id == campaign_id)
    ).one()
    return (top or 0) + 1


def set_status(
    session: Session,
    signatory_id: int,
    new_status: str,
    *,
    channel: str = "",
    note: str = "",
    version: int | None = None,
    at: datetime | None = None,
) -> Signatory:
    """Move one signatory, or raise WorkflowError with the reason."""
    sig = session.get(Signatory, signatory_id)
    if sig is None:
        raise ValidationError(f"no signatory with id {signatory_id}")
    change = workflow.change(sig.status, new_status, channel=channel, note=note, at=at)
    sig.status = change.to_status.value
    sig.updated_at = utcnow()
    if change.to_status is workflow.Status.ENDORSED:
        sig.endorsed_at = change.at
        sig.endorsed_version = version if version is not None else sig.endorsed_version
        sig.channel = channel or sig.channel
    session.add(sig)
    _record(session, sig, change)
    session.flush()
    return sig


def events(session: Session, signatory_id: int) -> list[SignatoryEvent]:
    return list(session.exec(
        select(SignatoryEvent).where(SignatoryEvent.signatory_id == signatory_id)
        .order_by(SignatoryEvent.at, SignatoryEvent.id)
    ).all())


def list_signatories(
    session: Session, campaign_id: int, status: str | None = None
) -> list[SignatoryRow]:
    stmt = (
        select(Signatory, Organisation)
        .join(Organisation, Signatory.organisation_id == Organisation.id, isouter=True)
        .where(Signatory.campaign_id == campaign_id)
        .order_by(Signatory.position, Signatory.id)
    )
    if status:
        stmt = stmt.where(Signatory.status == workflow.parse_status(status).value)
    rows = []
    for sig, org in session.exec(stmt).all():
        rows.append(SignatoryRow(
            id=sig.id, kind=sig.kind,
            name=org.name if org else sig.name,
            acronym=org.acronym if org else "",
            country=(org.country if org else sig.country) or "",
            org_type=org.org_type if org else "",
            title=sig.title, affiliation=sig.affiliation, status=sig.status,
            endorsed_version=sig.endorsed_version, endorsed_at=sig.endorsed_at,
            channel=sig.channel, position=sig.position,
            organisation_id=sig.organisation_id, contact_id=sig.contact_id,
        ))
    return rows


def contact_of(session: Session, sig: Signatory) -> Contact | None:
    return session.get(Contact, sig.contact_id) if sig.contact_id else None
