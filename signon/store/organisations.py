"""Organisation directory: one row per organisation, found by normalised key."""

from __future__ import annotations

from sqlmodel import Session, select

from signon.domain.errors import ValidationError
from signon.domain.normalise import normalise_name
from signon.store.models import Contact, Organisation, utcnow


def find_organisation(session: Session, name: str) -> Organisation | None:
    key = normalise_name(name)
    return session.exec(select(Organisation).where(Organisation.norm_key == key)).first()


def get_or_create_organisation(
    session: Session,
    name: str,
    *,
    acronym: str = "",
    country: str = "",
    org_type: str = "",
    website: str = "",
) -> tuple[Organisation, bool]:
    """Return (organisation, created). An existing entry is completed with
    fields it lacks but never overwritten: the directory is curated by hand."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("an organisation needs a name")
    org = find_organisation(session, name)
    if org is None:
        org = Organisation(
            name=name, acronym=acronym.strip(), country=country.strip().upper(),
            org_type=org_type.strip(), website=website.strip(), norm_key=normalise_name(name),
        )
        session.add(org)
        session.flush()
        return org, True
    changed = False
    for field, value in (("acronym", acronym), ("country", country.upper()),
                         ("org_type", org_type), ("website", website)):
        if value.strip() and not getattr(org, field):
            setattr(org, field, value.strip())
            changed = True
    if changed:
        org.updated_at = utcnow()
        session.add(org)
    return org, False


def add_contact(
    session: Session,
    *,
    organisation_id: int | None = None,
    name: str = "",
    email: str = "",
    phone: str = "",
    notes: str = "",
) -> Contact | None:
    """Record a private contact; an identical one (same email) is reused."""
    if not (name.strip() or email.strip() or phone.strip() or notes.strip()):
        return None
    email = email.strip()
    if email:
        existing = session.exec(
            select(Contact).where(Contact.email == email,
                                  Contact.organisation_id == organisation_id)
        ).first()
        if existing is not None:
            return existing
    contact = Contact(organisation_id=organisation_id, name=name.strip(), email=email,
                      phone=phone.strip(), notes=notes.strip())
    session.add(contact)
    session.flush()
    return contact
