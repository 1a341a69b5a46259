"""Organisation directory: one row per organisation, found by normalised key."""

from __future__ import annotations

from sqlmodel import Session, select

from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.normalise import normalise_acronym, normalise_name
from signon.domain.text import clean_text
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
    fields it lacks but never overwritten: the directory is curated by hand.

    "Existing" is decided by match_organisation, the rule the Add dialog
    announces ("Already in the directory as …"): the same normalised name, or
    an acronym of that entry in the same country. (The dialog said it would
    use the entry for a bare "ADC" in Argentina, then created a second one.)"""
    from signon.store.directory import complete_organisations, upsert_organisations

    name, acronym, country, org_type, website = map(
        clean_text, (name, acronym, country, org_type, website))
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("an organisation needs a name"))
    fields = {"acronym": acronym.strip(), "country": country.strip().upper(),
              "org_type": org_type.strip(), "website": website.strip()}
    org = match_organisation(session, name, acronym=acronym, country=country)
    if org is None:
        # An upsert, not a plain INSERT: another coordinator may create the
        # same organisation at this moment; then theirs is used (and
        # completed below), never a duplicate or a failed transaction.
        now = utcnow()
        [(org_id, created)] = upsert_organisations(session, [
            {"name": name, **fields, "norm_key": normalise_name(name), "created_at": now,
             "updated_at": now}])
        if created:
            return session.get(Organisation, org_id), True
    else:
        org_id = org.id
    complete_organisations(session, {org_id: {k: v for k, v in fields.items() if v}},
                           utcnow())
    return session.get(Organisation, org_id, populate_existing=True), False


def add_contact(
    session: Session,
    *,
    organisation_id: int | None = None,
    name: str = "",
    email: str = "",
    phone: str = "",
    notes: str = "",
) -> Contact | None:
    """Record a private contact; an identical one (same email) is reused
    (signatory_writer.add_contacts, the rule of every import)."""
    from signon.store.signatory_writer import NewContact, add_contacts

    name, email, phone, notes = map(clean_text, (name, email, phone, notes))
    contact = NewContact(name=name.strip(), email=email.strip(), phone=phone.strip(),
                         notes=notes.strip())
    if not contact:
        return None
    ids = add_contacts(session, [(0, organisation_id, contact, True)])
    return session.get(Contact, ids[0])


#: Organisation fields a coordinator may edit by hand.
EDITABLE_ORG_FIELDS = ("name", "acronym", "country", "org_type", "website")
#: Contact fields a coordinator may edit by hand.
EDITABLE_CONTACT_FIELDS = ("name", "email", "phone", "notes")


def get_organisation(session: Session, organisation_id: int) -> Organisation:
    org = session.get(Organisation, organisation_id)
    if org is None:
        raise ValidationError(_("no organisation with id {id}").format(id=organisation_id))
    return org


def match_organisation(
    session: Session, name: str, *, acronym: str = "", country: str = ""
) -> Organisation | None:
    """The directory entry a typed or imported organisation is, if any.

    Same normalised name first; then the acronym rule of the directory
    ("ADC" in Argentina is "Asociación por los Derechos Civiles" in Argentina):
    a name or acronym that equals another entry's acronym, in the same
    country. Without a country the acronym alone is too weak to decide.
    """
    org = find_organisation(session, name)
    if org is not None or not country.strip():
        return org
    country = country.strip().upper()
    wanted = {normalise_acronym(a) for a in (acronym, name) if a.strip()}
    wanted.discard("")
    if not wanted:
        return None
    for candidate in session.exec(
        select(Organisation).where(Organisation.country == country, Organisation.acronym != "")
    ).all():
        if normalise_acronym(candidate.acronym) in wanted:
            return candidate
    return None


def update_organisation(session: Session, organisation_id: int, *,
                        expected_version: int | None = None, **fields: str) -> Organisation:
    """Edit a directory entry. Renaming it onto another entry's key is refused:
    that is a merge, which keeps both histories (see store.merge).

    `expected_version` is the `row_version` the form displayed; a directory
    entry another coordinator saved since raises ConflictError and nothing
    is written (None: no check, the version still moves on)."""
    from signon.store.concurrency import claim_version

    org = get_organisation(session, organisation_id)
    claim_version(session, Organisation.__table__, organisation_id, expected_version, org.name)
    org = session.get(Organisation, organisation_id, populate_existing=True)
    for field, value in fields.items():
        if field not in EDITABLE_ORG_FIELDS:
            raise ValidationError(_("unknown organisation field {field}").format(
                field=repr(field)))
        value = " ".join(clean_text(value or "").split())
        if field == "name":
            if not value:
                raise ValidationError(_("an organisation needs a name"))
            key = normalise_name(value)
            other = session.exec(select(Organisation).where(
                Organisation.norm_key == key, Organisation.id != org.id)).first()
            if other is not None:
                raise ValidationError(_("{value} is already in the directory as {name}; merge "
                                        "the two organisations instead").format(
                                            value=repr(value), name=repr(other.name)))
            org.norm_key = key
        if field == "country":
            value = value.upper()
        setattr(org, field, value)
    org.updated_at = utcnow()
    session.add(org)
    session.flush()
    return org


def contacts_of_organisation(session: Session, organisation_id: int) -> list[Contact]:
    return list(session.exec(
        select(Contact).where(Contact.organisation_id == organisation_id).order_by(Contact.id)
    ).all())


def update_contact(session: Session, contact_id: int, *, expected_version: int | None = None,
                   **fields: str) -> Contact:
    """Edit a private contact; `expected_version` as for update_organisation."""
    from signon.store.concurrency import claim_version

    contact = session.get(Contact, contact_id)
    if contact is None:
        raise ValidationError(_("no contact with id {id}").format(id=contact_id))
    claim_version(session, Contact.__table__, contact_id, expected_version,
                  _("The contact {name}").format(name=contact.name or contact.email or "")
                  .strip())
    contact = session.get(Contact, contact_id, populate_existing=True)
    for field, value in fields.items():
        if field not in EDITABLE_CONTACT_FIELDS:
            raise ValidationError(_("unknown contact field {field}").format(field=repr(field)))
        value = clean_text(value or "").strip()
        if field == "email" and value != contact.email:
            if value:
                from signon.domain.addresses import check_address

                check_address(value, where="contact email")
            contact.email_status = ""  # a corrected address is no longer bounced/invalid
        setattr(contact, field, value)
    session.add(contact)
    session.flush()
    return contact


def delete_contact(session: Session, contact_id: int) -> None:
    """Forget a private contact (signatories that pointed at it keep their row)."""
    from signon.store.models import Signatory

    contact = session.get(Contact, contact_id)
    if contact is None:
        return
    for sig in session.exec(select(Signatory).where(Signatory.contact_id == contact_id)).all():
        sig.contact_id = None
        session.add(sig)
    session.delete(contact)
    session.flush()
