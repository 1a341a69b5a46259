"""A whole campaign as plain values: what a campaign file holds.

No SQL and no JSON here: the store maps these to rows (store/campaign_io.py)
and the campaign file maps them to JSON (exchange/campaign_schema.py), so
validating a file never needs the database libraries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from signon.domain.compose import SectionDraft

#: A campaign's life: drafting the text, collecting endorsements, closed to
#: new ones, published.
CAMPAIGN_STATUSES = ("drafting", "collecting", "closed", "published")

#: Campaign columns a campaign file carries, in the order files list them.
CAMPAIGN_FIELDS = (
    "title", "addressee", "language", "languages", "deadline", "status", "signatory_heading",
    "list_order", "signatory_policy", "keep_reconfirmation", "form_link", "coordinator",
    "reminder_days", "letter_date", "signatory_layout", "retractions", "count_private",
    "retention_days",
)


@dataclass
class EventData:
    at: datetime
    from_status: str | None
    to_status: str
    channel: str = ""
    note: str = ""
    #: an EventKind value: "change", or "correction" (`note` is its reason)
    kind: str = "change"


@dataclass
class SignatoryData:
    """One signatory with its organisation's directory fields and its contact."""

    kind: str
    name: str
    status: str = "prospect"
    acronym: str = ""
    country: str = ""
    org_type: str = ""
    website: str = ""
    title: str = ""
    affiliation: str = ""
    channel: str = ""
    endorsed_at: datetime | None = None
    endorsed_version: int | None = None
    notes: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    #: "do not publish": kept off every public list (issue 19)
    private: bool = False
    #: None: no history known, one creation event is written on insert.
    events: list[EventData] | None = None


@dataclass
class VersionData:
    number: int
    created_at: datetime
    sections: list[SectionDraft]
    note: str = ""
    #: None: computed from the sections on insert.
    content_hash: str | None = None


@dataclass
class CampaignData:
    """A campaign with everything that belongs to it, ids left out."""

    fields: dict[str, object]
    sections: list[SectionDraft] = field(default_factory=list)
    signatories: list[SignatoryData] = field(default_factory=list)
    versions: list[VersionData] = field(default_factory=list)
    #: Translations of the campaign's title, addressee and signatory heading
    #: (docs/translations.md); `fields["languages"]` lists the translation
    #: languages as the column holds them ("es,ar").
    translations: dict = field(default_factory=dict)
