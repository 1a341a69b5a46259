"""Campaign service: create, edit, duplicate, delete and list campaigns."""

from __future__ import annotations

from sqlmodel import Session, select

from signon.domain.campaign_data import CAMPAIGN_STATUSES
from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.domain.text import clean_text
from signon.store.models import (
    Campaign,
    Contact,
    MailboxState,
    OutboxMessage,
    Reply,
    Section,
    SectionItem,
    Signatory,
    SignatoryEvent,
    StatementVersion,
    utcnow,
)
from signon.store.settings import delete_campaign_settings
from signon.store.signatories import record_creation

EDITABLE_FIELDS = (
    "title", "addressee", "language", "status", "deadline", "signatory_policy",
    "signatory_heading", "list_order", "keep_reconfirmation", "languages",
    "form_link", "coordinator", "retention_days", "count_private",
)
#: The longest retention rule a campaign may have: ten years.
RETENTION_DAYS_MAX = 3650


def create_campaign(session: Session, title: str, **fields) -> Campaign:
    title = clean_text(title).strip()
    if not title:
        raise ValidationError(_("a campaign needs a title"))
    campaign = Campaign(title=title)
    _apply(campaign, fields)
    session.add(campaign)
    session.flush()
    return campaign


def _apply(campaign: Campaign, fields: dict) -> None:
    for key, value in fields.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(_("unknown campaign field {field}").format(field=repr(key)))
        if isinstance(value, str):
            value = clean_text(value)  # a pasted control character never reaches a letter
        if key == "status" and value not in CAMPAIGN_STATUSES:
            raise ValidationError(_("campaign status {value} is not one of {choices}").format(
                value=repr(value), choices=", ".join(CAMPAIGN_STATUSES)))
        if key == "status":
            _date_the_closing(campaign, value)
        if key == "title":
            value = value.strip()
            if not value:
                raise ValidationError(_("a campaign needs a title"))
        if key == "languages":
            value = _translation_languages(value, fields.get("language", campaign.language))
        if key == "form_link":
            value = form_link(value)
        if key == "coordinator":
            value = " ".join((value or "").split())
        if key == "retention_days":
            value = retention_days(value)
        setattr(campaign, key, value)


def _date_the_closing(campaign: Campaign, status: str) -> None:
    """Retention counts from the day a campaign stops collecting: closing or
    publishing dates it (once: publishing a closed campaign keeps the day it
    closed), and reopening it forgets the day."""
    if status in ("closed", "published"):
        campaign.closed_on = campaign.closed_on or utcnow().date()
    else:
        campaign.closed_on = None


def retention_days(value: object) -> int | None:
    """The campaign's retention rule: None (off), or the days after it
    closes that its private contact data is kept (store/retention.py)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) \
            or not 1 <= value <= RETENTION_DAYS_MAX:
        raise ValidationError(_("retention: {value} is not a number of days from 1 to {most}; "
                                "leave it empty to keep the data").format(
                                    value=repr(value), most=RETENTION_DAYS_MAX))
    return value


def form_link(text: str | None) -> str:
    """{link} in messages: where organisations sign, a web address ("" for
    none). A bare domain is taken as https; any other scheme (mailto:,
    file:, javascript:) is refused, since a message puts it in front of
    every recipient."""
    from signon.domain.fields import web_url

    text = (text or "").strip()
    if not text:
        return ""
    url = web_url(text)
    if url is None:
        raise ValidationError(_("form link: {value} is not a web address; give the form's "
                                "address, starting with https://").format(value=repr(text)))
    return url


def _translation_languages(value: str | list[str], primary: str) -> str:
    """"es, AR" → "es,ar": the translation languages, each once, without the
    primary language; a word that is not a language code is refused."""
    from signon.domain.languages import is_language_code
    from signon.domain.translations import languages_text, parse_languages

    codes = parse_languages(value or "", primary or "en")
    for code in codes:
        if not is_language_code(code):
            raise ValidationError(_("translation languages: {value} is not a language code "
                                    "such as es, fr, ar or pt-BR").format(value=repr(code)))
    return languages_text(codes)


def update_campaign(session: Session, campaign_id: int, *, expected: dict | None = None,
                    **fields) -> Campaign:
    """Change some of the campaign's settings. With `expected` (the values the
    coordinator saw, by field), a field that someone else changed since then
    is not written over: ConflictError, nothing saved. Fields the other
    coordinator did not touch are simply updated, so two people editing
    different settings at once both keep their change."""
    if expected:
        from signon.store.concurrency import ConflictError, begin_write

        begin_write(session)  # SQLite: read and write under the write lock
        # the newest values, locked until the commit on PostgreSQL
        campaign = session.get(Campaign, campaign_id, with_for_update=True,
                               populate_existing=True)
        if campaign is None:
            raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
        stale = [k for k, v in expected.items() if k in fields and getattr(campaign, k) != v]
        if stale:
            raise ConflictError(
                _("{fields} of “{title}” was changed by someone else since you opened the "
                  "settings; nothing was saved").format(
                      fields=", ".join(k.replace("_", " ") for k in stale), title=campaign.title),
                fields=tuple(stale))
    else:
        campaign = get_campaign(session, campaign_id)
    _apply(campaign, fields)
    campaign.updated_at = utcnow()
    session.add(campaign)
    session.flush()
    return campaign


def get_campaign(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
    return campaign


def find_campaign(session: Session, ref: str) -> Campaign:
    """CAMPAIGN on the command line: an id, or a title (exact, then unambiguous
    case-insensitive prefix), found by dbapi.find_campaign_ref."""
    from signon.store.dbapi import find_campaign_ref

    return get_campaign(session, find_campaign_ref(session, ref).id)


def delete_campaign(session: Session, campaign_id: int) -> None:
    """Delete a campaign with everything that belongs to it, its own settings
    too (organisations stay in the directory). Callers take a backup first:
    the UI and CLI do."""
    campaign = get_campaign(session, campaign_id)
    sig_ids = select(Signatory.id).where(Signatory.campaign_id == campaign_id)
    section_ids = select(Section.id).where(Section.campaign_id == campaign_id)
    # individuals' own contacts go with the campaign unless another
    # campaign's signatory (a duplicate) uses them: left behind they were
    # private data nothing showed or could delete (issue 19)
    own_contacts = set(session.exec(
        select(Signatory.contact_id).where(
            Signatory.campaign_id == campaign_id, Signatory.contact_id.is_not(None),
            Signatory.organisation_id.is_(None))).all())
    for stmt in (
        SignatoryEvent.__table__.delete().where(SignatoryEvent.signatory_id.in_(sig_ids)),
        Signatory.__table__.delete().where(Signatory.campaign_id == campaign_id),
        SectionItem.__table__.delete().where(SectionItem.section_id.in_(section_ids)),
        Section.__table__.delete().where(Section.campaign_id == campaign_id),
        StatementVersion.__table__.delete().where(StatementVersion.campaign_id == campaign_id),
    ):
        session.exec(stmt)
    for table in (OutboxMessage.__table__, Reply.__table__, MailboxState.__table__):
        session.exec(table.delete().where(table.c.campaign_id == campaign_id))
    if own_contacts:
        used = set(session.exec(select(Signatory.contact_id).where(
            Signatory.contact_id.in_(own_contacts))).all())
        session.exec(Contact.__table__.delete().where(
            Contact.id.in_(own_contacts - used), Contact.organisation_id.is_(None)))
    delete_campaign_settings(session, campaign_id)
    session.delete(campaign)
    session.flush()


def duplicate_campaign(session: Session, campaign_id: int, title: str | None = None) -> Campaign:
    """A new drafting campaign with a copy of the statement and the same
    signatories reset to prospect (the usual start of a follow-up letter).
    Versions and event histories are not copied: they belong to the original.

    A copy is a new letter: it keeps the original's shape (one name per line
    or one closing line, marking or omitting retractions, each section's
    marker) but not its fixed letter date, nor its published editions."""
    source = get_campaign(session, campaign_id)
    # what the campaign says and how it reaches people travels with the copy,
    # as it is (a link saved before links were checked is not refused here)
    as_is = ("translations", "form_link", "coordinator", "reminder_days",
             "signatory_layout", "retractions")
    fields = {k: getattr(source, k) for k in EDITABLE_FIELDS
              if k not in ("title", "status", *as_is)}
    copy = create_campaign(session, title or f"{source.title} (copy)", **fields)
    for extra in as_is:
        setattr(copy, extra, getattr(source, extra))
    session.add(copy)
    sections = session.exec(
        select(Section).where(Section.campaign_id == campaign_id).order_by(Section.position)
    ).all()
    for section in sections:
        new = Section(**section.model_dump(exclude={"id", "campaign_id"}), campaign_id=copy.id)
        session.add(new)
        session.flush()
        items = session.exec(select(SectionItem).where(SectionItem.section_id == section.id)
                             .order_by(SectionItem.position)).all()
        for item in items:
            session.add(SectionItem(**item.model_dump(exclude={"id", "section_id"}),
                                    section_id=new.id))
    for sig in session.exec(select(Signatory).where(Signatory.campaign_id == campaign_id)).all():
        data = sig.model_dump(exclude={"id", "campaign_id", "status", "endorsed_version",
                                       "endorsed_at", "channel", "created_at", "updated_at"})
        new_sig = Signatory(**data, campaign_id=copy.id, status="prospect")
        session.add(new_sig)
        session.flush()
        record_creation(session, new_sig, note=f"copied from campaign {source.id}")
    return copy
