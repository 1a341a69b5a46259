"""Any campaign round-trips through the campaign FILE: written to disk,
read back, imported into another database and written again, it is the same
file. Text is the hard part, so the strategies lean on it: whitespace-only
values (a website of " " once broke the round trip), tabs and line breaks,
right-to-left and combining marks, names that differ only in case or
spacing from a directory entry's key."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.typed_text import TYPED_CHARS

from signon.domain.normalise import normalise_name
from signon.exchange.campaign_file import (
    campaign_document,
    import_campaign,
    read_campaign_file,
    write_campaign_file,
)
from signon.exchange.campaign_schema import format_timestamp

AWKWARD = st.sampled_from([" ", "  ", "\t", "\n", " \n ", "\u00a0", "\u200b", "\u200f",
                           "مرحبا", "שָׁלוֹם", "e\u0301", "Ǆ", "𝔘𝔫𝔦", "\"quoted\"", "\\",
                           "{}", "<b>", "=1+1", "\r\n"])
#: NUL is refused by the campaign file (as no text a person typed holds it);
#: other control characters are dropped on the way in.
CHARS = TYPED_CHARS
TEXT = st.one_of(
    st.text(CHARS, max_size=16),
    AWKWARD,
    st.lists(AWKWARD | st.text(CHARS, max_size=4), max_size=4).map("".join),
)
NAME = TEXT.filter(lambda t: normalise_name(t))
STAMP = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.just(UTC)).map(format_timestamp)
STATUS = st.sampled_from(["prospect", "invited", "reminded", "endorsed", "declined",
                          "no_response", "withdrawn", "needs_reconfirmation"])
EVENT = st.fixed_dictionaries({"at": STAMP, "from": st.none() | STATUS, "to": STATUS,
                               "channel": TEXT, "note": TEXT})
INDIVIDUAL = st.fixed_dictionaries({
    "type": st.just("individual"), "name": NAME, "status": STATUS, "title": TEXT,
    "affiliation": TEXT, "country": st.sampled_from(["", "KE", "BR", "JP", "PS"]),
    "notes": TEXT, "contact_phone": TEXT, "events": st.lists(EVENT, max_size=2),
    "endorsed_at": st.none() | STAMP})
ORGANISATION = st.fixed_dictionaries({
    "type": st.just("organisation"), "name": NAME, "status": STATUS, "acronym": TEXT,
    "country": st.sampled_from(["", "ZA", "GB", "AR", "UA"]), "org_type": TEXT,
    "website": TEXT, "channel": TEXT, "contact_name": TEXT, "notes": TEXT,
    "contact_email": st.sampled_from(["", "a@example.org", "b@example.org"])})
SECTION = st.one_of(
    st.fixed_dictionaries({"kind": st.sampled_from(["intro", "closing", "text"]),
                           "title": TEXT, "text": TEXT}),
    st.fixed_dictionaries({"kind": st.sampled_from(["concern", "recommendation"]),
                           "title": TEXT, "lead": TEXT,
                           "numbering": st.sampled_from(["ordinal", "number", "bullet",
                                                         "none"]),
                           "items": st.lists(TEXT, max_size=4)}))
CAMPAIGN = st.fixed_dictionaries({
    "title": NAME, "addressee": TEXT, "keep_reconfirmation": st.booleans(),
    "language": st.sampled_from(["en", "es", "fr", "ar"]),
    "signatory_heading": NAME,
    "status": st.sampled_from(["drafting", "collecting", "closed", "published"])})
DOC = st.fixed_dictionaries({
    "format": st.just("signon-campaign/1"),
    "campaign": CAMPAIGN,
    "sections": st.lists(SECTION, max_size=4),
    "signatories": st.lists(INDIVIDUAL, max_size=3).flatmap(lambda people: st.lists(
        ORGANISATION, max_size=4, unique_by=lambda o: normalise_name(o["name"])).map(
        lambda orgs: orgs + people))})

WEBSITE_SPACE = {"format": "signon-campaign/1", "campaign": {"title": "T"}, "sections": [],
                 "signatories": [{"type": "organisation", "name": "Org", "website": " ",
                                  "acronym": " ", "status": "endorsed"}]}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(doc=DOC)
@example(doc=WEBSITE_SPACE)
def test_campaign_file_round_trips_through_disk(fresh_db, tmp_path, doc):
    first = fresh_db("first")
    with first.session() as s:
        campaign_id = import_campaign(s, doc).id
        write_campaign_file(s, campaign_id, tmp_path / "campaign.json")
        exported = campaign_document(s, campaign_id)
    read = read_campaign_file(tmp_path / "campaign.json")
    assert read == exported
    second = fresh_db("second")
    with second.session() as s:
        again = campaign_document(s, import_campaign(s, read).id)
    assert again == exported
    # and what was written keeps what the document said
    for key, value in doc["campaign"].items():
        assert exported["campaign"].get(key, value) == value, key
    fields = ("type", "name", "website", "acronym", "title", "affiliation", "notes")

    def public(person: dict) -> tuple:
        return tuple(person.get(key, "") for key in fields)

    # two people may share a name (never merged silently): compare as multisets
    assert Counter(map(public, exported["signatories"])) == Counter(
        map(public, doc["signatories"]))
