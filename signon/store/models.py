"""SQLModel tables for every entity of DESIGN.md.

Types are kept portable (no SQLite-only features) so the same migrations run
on PostgreSQL in team mode. Enumerations are stored as their string values;
the domain validates them, so adding a status needs no schema change.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import BigInteger, Column, Index, Text, UniqueConstraint, false
from sqlmodel import Field, SQLModel

from signon.domain.signatory_kind import SignatoryKind


def utcnow() -> datetime:
    return datetime.now(UTC)


class Campaign(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(index=True)
    addressee: str = ""
    language: str = "en"
    status: str = "drafting"  # drafting | collecting | closed | published
    deadline: date | None = None
    signatory_policy: str = "organisations"  # organisations | individuals | both
    signatory_heading: str = "Signatories"
    list_order: str = "alphabetical"  # alphabetical | country | type | date | manual
    keep_reconfirmation: bool = False
    form_link: str = ""  # {link} in messages: the web address of the form
    coordinator: str = ""  # {coordinator} in messages
    reminder_days: str = "7,2"  # reminders this many days before the deadline
    languages: str = ""  # translation languages, comma-separated ("es,fr,ar")
    #: {"es": {"title": …, "addressee": …, "signatory_heading": …, "source_hash": …}}
    translations: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    #: bumped by every save of the statement: a save based on an older revision
    #: is refused instead of overwriting a teammate's text (team mode)
    statement_revision: int = 0
    row_version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    #: the date the letter prints (None: the day of export), issue 20
    letter_date: date | None = None
    #: list | inline: one name per line, or one closing line "date. A, B and C."
    signatory_layout: str = Field(default="list", sa_column_kwargs={"server_default": "list"})
    #: mark | omit: what a later edition does with a name withdrawn since
    retractions: str = Field(default="mark", sa_column_kwargs={"server_default": "mark"})
    #: the day it was closed or first published (None while it collects):
    #: retention counts from it, issue 19
    closed_on: date | None = None
    #: remove private contact data this many days after closed_on (None: never)
    retention_days: int | None = None
    #: whether the letter's totals count the signatories kept off it
    count_private: bool = Field(default=False, sa_column_kwargs={"server_default": false()})


class Block(SQLModel, table=True):
    """A reusable piece of wording in the library, shared across campaigns."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)  # intro | concern | recommendation | closing
    title: str = ""
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    tags: str = ""  # comma-separated, lower case
    language: str = Field(default="en", index=True)
    source: str = ""
    #: blocks that are language variants of one another share this key
    variant_group: str = Field(default="", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Section(SQLModel, table=True):
    """A campaign's own ordered copy of a block or free text."""

    __table_args__ = (Index("ix_section_campaign_position", "campaign_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE")
    position: int = 0
    kind: str = "intro"  # intro | concern | recommendation | closing | text
    title: str = ""
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    lead: str = ""
    numbering: str = "ordinal"  # ordinal | number | bullet | none
    #: bullet | none: a marker before each item, or plain paragraphs (issue 20)
    marker: str = Field(default="bullet", sa_column_kwargs={"server_default": "bullet"})
    #: {"es": {"text": …, "lead": …, "title": …, "source_hash": …}}
    translations: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    source_block_id: int | None = Field(
        default=None, foreign_key="block.id", ondelete="SET NULL"
    )


class SectionItem(SQLModel, table=True):
    """One concern or recommendation, stored without its lead-in."""

    __table_args__ = (Index("ix_sectionitem_section_position", "section_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="section.id", ondelete="CASCADE")
    position: int = 0
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    #: {"es": {"text": …, "source_hash": …}}
    translations: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    source_block_id: int | None = Field(
        default=None, foreign_key="block.id", ondelete="SET NULL"
    )


class StatementVersion(SQLModel, table=True):
    """An immutable snapshot of the composed statement that endorsements point at."""

    __table_args__ = (UniqueConstraint("campaign_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    number: int
    created_at: datetime = Field(default_factory=utcnow)
    note: str = ""
    content_hash: str = ""
    content: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class Organisation(SQLModel, table=True):
    """The directory entry; `norm_key` is unique so the same group can never be
    created twice, even by two coordinators importing at once."""

    id: int | None = Field(default=None, primary_key=True)
    name: str
    acronym: str = Field(default="", index=True)
    country: str = Field(default="", index=True)  # ISO 3166 alpha-2, "" if unknown
    org_type: str = ""
    website: str = ""
    norm_key: str = Field(unique=True, index=True)
    row_version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Contact(SQLModel, table=True):
    """Private contact data: never exported except in the coordinator's own
    campaign file."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int | None = Field(
        default=None, foreign_key="organisation.id", ondelete="CASCADE", index=True
    )
    name: str = ""
    email: str = Field(default="", index=True)
    phone: str = ""
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    email_status: str = ""  # "" (unknown/ok) | invalid | bounced
    row_version: int = 1


class Signatory(SQLModel, table=True):
    """A campaign's signatory: an organisation from the directory, or an
    individual whose name, title and affiliation live here."""

    __table_args__ = (
        UniqueConstraint("campaign_id", "organisation_id"),
        Index("ix_signatory_campaign_status", "campaign_id", "status"),
        # every list of a campaign's signatories reads them in this order
        Index("ix_signatory_campaign_position", "campaign_id", "position", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE")
    kind: str = SignatoryKind.ORGANISATION.value
    organisation_id: int | None = Field(
        default=None, foreign_key="organisation.id", ondelete="RESTRICT", index=True
    )
    name: str = ""  # individuals only; organisations take the directory name
    title: str = ""
    affiliation: str = ""
    country: str = ""  # individuals only
    status: str = "prospect"
    endorsed_version: int | None = None
    channel: str = ""
    endorsed_at: datetime | None = None
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    contact_id: int | None = Field(default=None, foreign_key="contact.id", ondelete="SET NULL")
    #: "do not publish": kept off every public list, printed only in the
    #: coordinator's delivery copy (people at risk), issue 19
    private: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    position: int = 0
    row_version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class SignatoryEvent(SQLModel, table=True):
    """Every status change, kept forever: who moved when, through which channel.
    `kind` is a domain EventKind: "change" (the workflow's moves, creations)
    or "correction" (a status put right, `note` holding the reason)."""

    id: int | None = Field(default=None, primary_key=True)
    signatory_id: int = Field(foreign_key="signatory.id", ondelete="CASCADE", index=True)
    at: datetime = Field(default_factory=utcnow)
    from_status: str | None = None
    to_status: str
    channel: str = ""
    note: str = ""
    kind: str = Field(default="change", sa_column_kwargs={"server_default": "change"})


class Setting(SQLModel, table=True):
    """Key/value settings stored with the data (JSON-encoded values)."""

    key: str = Field(primary_key=True)
    value: str = ""


class MessageTemplate(SQLModel, table=True):
    """A campaign's invitation/reminder/… wording, with {placeholders}."""

    __table_args__ = (UniqueConstraint("campaign_id", "kind", "language", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    kind: str  # invitation | reminder | reconfirmation | thank_you | custom
    name: str = ""
    language: str = "en"
    subject: str = ""
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    updated_at: datetime = Field(default_factory=utcnow)


class OutboxMessage(SQLModel, table=True):
    """One message to one signatory. Its state is written before and after the
    SMTP call so a crash or a retry never sends it twice or skips it."""

    __table_args__ = (Index("ix_outbox_campaign_state", "campaign_id", "state"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE")
    signatory_id: int | None = Field(
        default=None, foreign_key="signatory.id", ondelete="SET NULL", index=True
    )
    kind: str = "invitation"
    to_name: str = ""
    to_address: str = ""
    subject: str = ""
    body: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    message_id: str = Field(default="", index=True)  # RFC 5322 Message-ID, made once
    #: queued | sending | sent | failed | excluded | uncertain | bounced
    state: str = "queued"
    error: str = ""
    attempts: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    #: the campaign's latest frozen statement version when the message was
    #: queued (None: none was frozen): what a reply endorsing it endorses
    statement_version: int | None = None


class Reply(SQLModel, table=True):
    """A reply read from a mailbox and matched to a campaign (issue 18): the
    evidence of who answered what, and what Sign-on did with it. Private,
    like contacts: no letter, list or campaign file carries it. One row per
    Message-ID and campaign, so a reply read twice is never applied twice."""

    __table_args__ = (UniqueConstraint("campaign_id", "message_id"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    message_id: str  # the reply's own RFC 5322 Message-ID
    signatory_id: int | None = Field(
        default=None, foreign_key="signatory.id", ondelete="SET NULL", index=True)
    #: the message of ours it answered (matched by thread), or the one it bounced
    outbox_message_id: int | None = Field(
        default=None, foreign_key="outboxmessage.id", ondelete="SET NULL")
    #: the statement version the answered message went out with
    statement_version: int | None = None
    from_address: str = ""
    message_date: datetime | None = None  # the reply's Date header
    subject: str = ""
    digest: str = ""  # SHA-256 (hex) of the raw message as read
    #: Authentication-Results verdicts ("pass", "fail", …; None: not given)
    dkim: str | None = None
    spf: str | None = None
    dmarc: str | None = None
    auth_results: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    #: the sender is the organisation's (its website's domain, or an address
    #: on record) and DKIM or DMARC passed (domain.evidence.is_verified)
    verified: bool = False
    action: str = ""  # a domain.replies.Action
    match: str | None = None  # "thread" | "sender" | None
    applied_at: datetime | None = None
    #: what applying did or why it did not ("already endorsed", …)
    outcome: str = ""
    #: the reply's own text and its language (private)
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    language: str = ""
    #: who authorised it for the organisation: entered or confirmed by the coordinator
    representative_name: str = ""
    representative_role: str = ""
    #: where it was read ("imap user@host INBOX uid 42", "mbox replies.mbox #3")
    source: str = ""
    recorded_at: datetime = Field(default_factory=utcnow)


class MailboxState(SQLModel, table=True):
    """How far a campaign has read an IMAP folder: the last UID seen, valid
    while the folder keeps its UIDVALIDITY (a new one means the UIDs were
    renumbered: the folder is read again from the start). Per campaign, so
    two campaigns answered in one mailbox each read every reply."""

    __table_args__ = (UniqueConstraint("campaign_id", "account", "folder"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    account: str  # "user@host:port"
    folder: str
    #: IMAP's UIDVALIDITY and UIDs are unsigned 32-bit: beyond a 4-byte integer
    uidvalidity: int = Field(sa_column=Column(BigInteger, nullable=False))
    last_uid: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))
    updated_at: datetime = Field(default_factory=utcnow)


class Edition(SQLModel, table=True):
    """A published edition of a campaign's letter (issue 20): immutable once
    written. It keeps the letter itself as built (`letter`, JSON of
    domain.edition.letter_to_json), so an export of the edition reproduces
    it whatever changed since; the names it printed, in order, with who
    each is (`names`: [{"key", "line", "retracted"}], what the next edition
    is compared with); its canonical text (the text export, byte for byte)
    and that text's SHA-256 (`digest`), by which `signon verify` finds it.
    Public data only, like the letter."""

    __table_args__ = (UniqueConstraint("campaign_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", ondelete="CASCADE", index=True)
    number: int
    published_on: date
    #: the frozen statement version the edition prints
    statement_version: int | None = None
    language: str = "en"
    #: the letter options it was built with (order, layout, language, …), JSON
    options: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    letter: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    names: str = Field(default="[]", sa_column=Column(Text, nullable=False, default="[]"))
    text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    digest: str = Field(index=True)
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class EditionFile(SQLModel, table=True):
    """A file written from an edition: its format and the SHA-256 of its
    bytes, so `signon verify` recognises it even after an upgrade of
    Sign-on draws the same edition differently."""

    id: int | None = Field(default=None, primary_key=True)
    edition_id: int = Field(foreign_key="edition.id", ondelete="CASCADE", index=True)
    format: str
    digest: str = Field(index=True)
    written_at: datetime = Field(default_factory=utcnow)
