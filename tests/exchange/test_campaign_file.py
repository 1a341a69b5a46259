"""The campaign file: strict validation with one-line messages, and a round
trip that gives back every key and value of the input."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import func, select
from support.typed_text import TYPED_CHARS

from signon.domain import json_text
from signon.domain.errors import ValidationError
from signon.domain.letter import LetterOptions
from signon.domain.normalise import normalise_name
from signon.exchange.campaign_file import (
    campaign_document,
    import_campaign,
    load_demo,
    read_campaign_file,
    write_campaign_file,
)
from signon.exchange.campaign_schema import format_timestamp
from signon.store.letters import load_letter
from signon.store.models import Campaign, Contact, Organisation, Signatory, SignatoryEvent
from signon.store.signatories import events, list_signatories

DATA = Path(__file__).resolve().parents[1] / "data" / "campaigns"
BAD = DATA / "bad"

#: Every file of the bad corpus and the exact line it must produce.
EXPECTED = {
    "bad-country-code.json": "$.signatories[3].country: 'XX' is not an ISO 3166 alpha-2 "
                             "country code",
    "bad-country-lower.json": "$.signatories[0].country: 'za' is not an ISO 3166 alpha-2 "
                              "country code (did you mean 'ZA'?)",
    "bad-country-name.json": "$.signatories[0].country: 'South Africa' is not an ISO 3166 "
                             "alpha-2 country code (did you mean 'ZA'?)",
    "bad-date-format.json": "$.campaign.deadline: '01/12/2026' is not a date (YYYY-MM-DD)",
    "bad-date.json": "$.campaign.deadline: '2026-02-30' is not a date (YYYY-MM-DD)",
    "bad-email.json": "$.signatories[1].contact_email: 'olena at example.org' is not an "
                      "email address",
    "bad-language.json": "$.campaign.language: 'Spanish (Latin America)' is not a language "
                         "code such as en, es or pt-BR",
    "bad-retention-days.json": "$.campaign.retention_days: 0 is less than 1",
    "bad-reminder-days.json": "$.campaign.reminder_days: 'a week before' is not a list of "
                              "days such as '7,2'",
    "bad-timestamp.json": "$.signatories[0].events[1].at: 'yesterday' is not a date or time "
                          "(YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)",
    "bad-version-number.json": "$.versions[1].number: 0 is less than 1",
    "bad-version-section.json": "$.versions[0].sections[1].kind: 'concerns' is not one of "
                                "intro, concern, recommendation, closing, text, list",
    "blank-title.json": "$.campaign.title: must not be empty",
    "duplicate-key.json": "$.campaign.status: key given twice; keep one",
    "duplicate-organisation.json": "$.signatories[4].name: 'The Association for Progressive "
                                   "Communications' is the same organisation as "
                                   "$.signatories[0] ('Association for Progressive "
                                   "Communications'); list it once",
    "duplicate-version.json": "$.versions[1].number: version 1 is already $.versions[0]",
    "empty.json": "the file is empty; it is not a campaign file",
    "individual-acronym.json": "$.signatories[2].acronym: only organisations have an acronym; "
                               "an individual's place is its affiliation",
    "items-in-intro.json": "$.sections[0].items: only concern, recommendation and list "
                           "sections have items (intro has text)",
    "json-bomb-objects.json": "nested more than 64 levels deep, which no campaign file is "
                              "(a damaged or hostile file?)",
    "json-bomb.json": "nested more than 64 levels deep, which no campaign file is "
                      "(a damaged or hostile file?)",
    "latin1.json": "not UTF-8 text (byte 0xe9 at offset 56); save the file as UTF-8",
    "missing-campaign.json": "$.campaign: required, but missing",
    "missing-event-time.json": "$.signatories[1].events[0].at: required, but missing",
    "missing-format.json": "$.format: required, but missing (is this a Sign-on campaign file?)",
    "missing-name.json": "$.signatories[0].name: required, but missing",
    "missing-title.json": "$.campaign.title: required, but missing",
    "missing-type.json": "$.signatories[2].type: required, but missing",
    "spreadsheet.json": "line 1, column 1: invalid JSON (Expecting value)",
    "syntax-nan.json": "NaN is not valid JSON; write a number or null",
    "syntax-trailing-comma.json": "line 3, column 29: invalid JSON (Expecting property name "
                                  "enclosed in double quotes)",
    "text-in-concern.json": "$.sections[1].text: a concern section holds items, not text "
                            "(its opening sentence goes in lead)",
    "top-level-array.json": "$: expected an object, got an array",
    "unknown-campaign-status.json": "$.campaign.status: 'open' is not one of drafting, "
                                    "collecting, closed, published",
    "unknown-endorsed-version.json": "$.signatories[0].endorsed_version: there is no version 3 "
                                     "in $.versions (versions: 1, 2)",
    "unknown-event-status.json": "$.signatories[0].events[1].to: 'asked' is not one of "
                                 "prospect, invited, reminded, endorsed, declined, "
                                 "no_response, withdrawn, needs_reconfirmation",
    "unknown-key.json": "$.signatories[3].emial: unknown key (did you mean contact_email?)",
    "unknown-numbering.json": "$.sections[1].numbering: 'roman' is not one of ordinal, "
                              "number, bullet, none",
    "unknown-section-kind.json": "$.sections[1].kind: 'preamble' is not one of intro, "
                                 "concern, recommendation, closing, text, list",
    "unknown-status.json": "$.signatories[3].status: 'maybe' is not one of prospect, "
                           "invited, reminded, endorsed, declined, no_response, withdrawn, "
                           "needs_reconfirmation",
    "unknown-top-key.json": "$.comments: unknown key; expected format, campaign, sections, "
                            "signatories, versions",
    "wrong-format.json": "$.format: 'signon-campaign/3' is not a format this Sign-on reads "
                         "(signon-campaign/1 or signon-campaign/2); update Sign-on or export "
                         "the file again",
    "wrong-type-bool.json": "$.campaign.keep_reconfirmation: expected true or false, got a "
                            "string ('yes')",
    "wrong-type-item.json": "$.sections[2].items[1]: expected a string, got a number (42)",
    "wrong-type-items.json": "$.sections[1].items: expected an array, got a string "
                             "('la falta de financiación')",
    "wrong-type-null.json": "$.signatories[2].notes: expected a string, got null",
    "wrong-type-private.json": "$.signatories[1].private: expected true or false, got a "
                               "string ('yes')",
    "wrong-type-signatories.json": "$.signatories: expected an array, got an object",
    "wrong-type-signatory.json": "$.signatories[1]: expected an object, got a string "
                                 "('Access Now')",
    "wrong-type-version.json": "$.signatories[0].endorsed_version: expected a whole number, "
                               "got a string ('2')",
}


def load(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def import_file(db, path: Path) -> int:
    doc = read_campaign_file(path)
    with db.session() as s:
        return import_campaign(s, doc, source=path.name).id


def counts(db) -> dict[str, int]:
    with db.session() as s:
        return {t.__name__: s.exec(select(func.count()).select_from(t)).one()
                for t in (Campaign, Organisation, Contact, Signatory, SignatoryEvent)}


# -- round trip ----------------------------------------------------------------


def test_full_file_round_trips_exactly(db, tmp_path):
    """full.json holds every key of the format with non-default values."""
    cid = import_file(db, DATA / "full.json")
    out = tmp_path / "out.json"
    with db.session() as s:
        write_campaign_file(s, cid, out)
    assert json.loads(out.read_text(encoding="utf-8")) == load("full.json")


def subset_mismatches(given, got, path="$"):
    """Paths where `got` lacks a key of `given` or holds another value."""
    if isinstance(given, dict):
        if not isinstance(got, dict):
            return [path]
        return [p for k in given for p in (
            [f"{path}.{k}"] if k not in got else subset_mismatches(given[k], got[k],
                                                                   f"{path}.{k}"))]
    if isinstance(given, list):
        if not isinstance(got, list) or len(given) != len(got):
            return [path]
        return [p for i, (a, b) in enumerate(zip(given, got, strict=True))
                for p in subset_mismatches(a, b, f"{path}[{i}]")]
    return [] if given == got else [path]


@pytest.mark.parametrize("name", ["minimal.json", "utf16.json", "utf8-bom.json"])
def test_sparse_files_come_back_with_their_keys_and_defaults(db, name):
    cid = import_file(db, DATA / name)
    with db.session() as s:
        doc = campaign_document(s, cid)
    given = read_campaign_file(DATA / name)
    assert subset_mismatches(given, doc) == []
    assert doc["campaign"]["status"] == "drafting"
    assert doc["campaign"]["signatory_heading"] == "Signatories"
    assert doc["sections"] == [] and doc["signatories"] == [] and doc["versions"] == []


def test_demo_file_round_trips(db):
    given = read_campaign_file(Path(__file__).resolve().parents[2] / "resources" / "demo"
                               / "campaign.json")
    with db.session() as s:
        doc = campaign_document(s, import_campaign(s, given).id)
    assert subset_mismatches(given, doc) == []
    # versions without a content hash get the computed one
    assert all(len(v["content_hash"]) == 64 for v in doc["versions"])


def test_export_of_an_export_is_identical(db):
    cid = import_file(db, DATA / "full.json")
    with db.session() as s:
        first = campaign_document(s, cid)
        second = campaign_document(s, import_campaign(s, first).id)
    assert first == second


def test_timestamps_are_written_in_utc(db):
    doc = load("minimal.json")
    doc["signatories"] = [{
        "type": "organisation", "name": "Digital Action", "status": "endorsed",
        "endorsed_at": "2026-11-02T11:15:00+02:00",
        "events": [{"at": "2026-11-02T09:15:00", "to": "endorsed"},
                   {"at": "2026-11-03", "from": "endorsed", "to": "withdrawn"}]}]
    with db.session() as s:
        out = campaign_document(s, import_campaign(s, doc).id)
    sig = out["signatories"][0]
    assert sig["endorsed_at"] == "2026-11-02T09:15:00Z"  # same instant, in UTC
    assert [e["at"] for e in sig["events"]] == ["2026-11-02T09:15:00Z", "2026-11-03"]
    assert sig["events"][0]["from"] is None
    assert format_timestamp(datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=UTC)) == \
        "2026-01-02T03:04:05.000600Z"


def corrected_campaign(db) -> int:
    """full.json with a mistaken endorsement of Ada Lovelace (GB) corrected."""
    from signon.store.corrections import correct_status

    cid = import_file(db, DATA / "full.json")
    with db.session() as s:
        ada = next(r for r in list_signatories(s, cid) if r.country == "GB")
        correct_status(s, ada.id, "prospect", reason="invited by mistake",
                       at=datetime(2026, 11, 4, 10, tzinfo=UTC))
    return cid


def test_a_correction_round_trips_as_format_2(db, tmp_path):
    cid = corrected_campaign(db)
    out = tmp_path / "out.json"
    with db.session() as s:
        write_campaign_file(s, cid, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "signon-campaign/2"
    ada = next(sd for sd in doc["signatories"] if sd.get("country") == "GB")
    assert ada["status"] == "prospect"
    assert ada["events"][-1] == {"at": "2026-11-04T10:00:00Z", "from": "invited",
                                 "to": "prospect", "channel": "", "note": "invited by mistake",
                                 "kind": "correction"}
    # only the correction carries a kind: the rest is written as /1 writes it
    assert sum("kind" in e for sd in doc["signatories"] for e in sd["events"]) == 1
    with db.session() as s:
        copy_id = import_campaign(s, doc).id
        again = campaign_document(s, copy_id)
        copied = next(r for r in list_signatories(s, copy_id) if r.country == "GB")
        assert [e.kind for e in events(s, copied.id)][-1] == "correction"
    assert again == doc


def test_an_older_sign_on_refuses_a_file_with_a_correction_clearly(db, tmp_path,
                                                                    monkeypatch):
    """What a Sign-on that knows only signon-campaign/1 (and event keys
    without "kind") says when given the file."""
    from signon.exchange import campaign_schema

    cid = corrected_campaign(db)
    with db.session() as s:
        doc = campaign_document(s, cid)
    monkeypatch.setattr(campaign_schema, "FORMATS", ("signon-campaign/1",))
    monkeypatch.setattr(campaign_schema, "EVENT_KEYS", ("at", "from", "to", "channel", "note"))
    with pytest.raises(ValidationError) as refused:
        campaign_schema.parse_document(doc, "letter.json")
    assert str(refused.value) == (
        "letter.json: $.format: 'signon-campaign/2' is not a format this Sign-on reads "
        "(signon-campaign/1); update Sign-on or export the file again")
    # a file without a correction stays readable by it
    with db.session() as s:
        plain = campaign_document(s, import_file(db, DATA / "full.json"))
    assert plain["format"] == "signon-campaign/1"
    campaign_schema.parse_document(plain, "plain.json")


def test_an_unknown_event_kind_is_refused(db):
    doc = load("minimal.json")
    doc["signatories"] = [{"type": "organisation", "name": "Digital Action",
                           "events": [{"at": "2026-11-02", "to": "invited", "kind": "oops"}]}]
    with pytest.raises(ValidationError, match=r"\$.signatories\[0\].events\[0\].kind: 'oops' "
                                              "is not one of change, correction"):
        import_campaign_doc(db, doc)


def test_without_events_one_creation_event_is_written(db):
    doc = load("minimal.json")
    doc["signatories"] = [{"type": "individual", "name": "Ada Lovelace", "status": "invited"}]
    with db.session() as s:
        cid = import_campaign(s, doc, source="people.json").id
        row = list_signatories(s, cid)[0]
        history = events(s, row.id)
    assert [(e.from_status, e.to_status, e.note) for e in history] == [
        (None, "invited", "imported from people.json")]


def test_directory_organisations_are_reused_not_overwritten(db):
    """The organisation directory is shared and curated: an import links to
    the existing entry, completes blanks, and never overwrites."""
    doc = load("minimal.json")
    doc["signatories"] = [{"type": "organisation", "name": "Privacy International",
                           "country": "GB", "website": "https://privacyinternational.org"}]
    import_campaign_doc(db, doc)
    doc["signatories"] = [{"type": "organisation", "name": "privacy international",
                           "acronym": "PI", "country": "FR", "website": "https://x.example"}]
    cid = import_campaign_doc(db, doc)
    with db.session() as s:
        orgs = s.exec(select(Organisation)).all()
        out = campaign_document(s, cid)["signatories"][0]
    assert len(orgs) == 1
    assert (out["name"], out["acronym"], out["country"], out["website"]) == (
        "Privacy International", "PI", "GB", "https://privacyinternational.org")


def import_campaign_doc(db, doc) -> int:
    with db.session() as s:
        return import_campaign(s, doc).id


def test_contacts_identical_within_an_organisation_are_shared(db):
    doc = load("full.json")
    with db.session() as s:
        import_campaign(s, doc)
        import_campaign(s, doc)
        contacts = s.exec(select(Contact)).all()
    # 2 organisation contacts shared by both imports; 2 individuals each get their own
    assert len(contacts) == 2 + 2 * 2


# -- bad files -----------------------------------------------------------------


def test_corpus_and_expectations_match():
    """Every bad file has an expected message, and every message a file."""
    assert {p.name for p in BAD.iterdir()} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gives_one_line_with_file_and_path(name):
    with pytest.raises(ValidationError) as err:
        read_campaign_file(BAD / name)
    assert str(err.value) == f"{name}: {EXPECTED[name]}"
    assert "\n" not in str(err.value)


def test_missing_file_and_folder():
    with pytest.raises(ValidationError, match=r"nowhere\.json: no such file; check the name"):
        read_campaign_file(DATA / "nowhere.json")
    with pytest.raises(ValidationError, match="is a folder; choose a campaign file"):
        read_campaign_file(DATA)


def test_huge_json_bomb_is_refused_before_parsing(tmp_path, monkeypatch):
    bomb = tmp_path / "bomb.json"
    bomb.write_text("[" * 1_000_000 + "]" * 1_000_000)
    parsed = []
    monkeypatch.setattr(json_text.json, "loads", lambda *a, **k: parsed.append(a) or [])
    with pytest.raises(ValidationError, match="bomb.json: nested more than 64 levels"):
        read_campaign_file(bomb)
    assert parsed == []  # refused by the one-pass scan, never handed to the parser


def test_brackets_inside_strings_do_not_count_as_nesting(db, tmp_path):
    doc = load("minimal.json")
    doc["campaign"]["addressee"] = "[[[[{{{{" * 50 + '\\"]]'
    path = tmp_path / "brackets.json"
    path.write_text(json.dumps(doc))
    assert read_campaign_file(path)["campaign"]["addressee"] == doc["campaign"]["addressee"]


def test_invalid_document_writes_nothing(db):
    before = counts(db)
    doc = load("full.json")
    doc["signatories"][4]["status"] = "maybe"  # the last one: the others are valid
    with pytest.raises(ValidationError, match=r"^campaign file: \$\.signatories\[4\]\.status"):
        with db.session() as s:
            import_campaign(s, doc)
    assert counts(db) == before


def test_failure_while_writing_rolls_back_everything(db, monkeypatch):
    """A failure after the campaign, organisations and contacts were written
    (here: while inserting the signatories) leaves none of them."""
    import signon.store.campaign_io as io

    real = io.insert_returning_ids

    def failing(session, table, rows):
        if table.name == "signatory":
            raise OSError("disk full")
        return real(session, table, rows)

    monkeypatch.setattr(io, "insert_returning_ids", failing)
    before = counts(db)
    with pytest.raises(OSError):
        with db.session() as s:
            import_campaign(s, load("full.json"))
    assert counts(db) == before


# -- demo ----------------------------------------------------------------------


def test_demo_campaign(db):
    with db.session() as s:
        cid = load_demo(s).id
        rows = list_signatories(s, cid)
        campaign = s.get(Campaign, cid)
        letter = load_letter(s, cid, LetterOptions(order="alphabetical"))
        doc = campaign_document(s, cid)
    assert 35 <= len(rows) <= 45
    assert {r.status for r in rows} == {
        "prospect", "invited", "reminded", "endorsed", "declined", "no_response", "withdrawn",
        "needs_reconfirmation"}
    assert len({r.country for r in rows if r.country}) >= 20
    names = " ".join(r.name for r in rows)
    for script, sample in {"Cyrillic": "ц", "Arabic": "ح", "Hebrew": "ז", "Devanagari": "ड",
                           "Han": "權", "Kana": "デ", "Hangul": "권", "Thai": "ส",
                           "Latin diacritics": "ó"}.items():
        assert sample in names, script
    # the nine organisations of the real letter endorsed it, in the letter's order
    example = ["Access Now", "ARTICLE 19", "Association for Progressive Communications (APC)",
               "Derechos Digitales", "Digital Action",
               "European Center for Not-For-Profit Law Stichting", "Global Partners Digital",
               "International Center for Not-for-Profit Law", "Privacy International"]
    lines = letter.signatory_lines
    assert [line for line in lines if line in example] == example
    kinds = [section.kind.value for section in letter.sections]
    assert kinds == ["intro", "concern", "recommendation", "closing"]
    concerns = letter.sections[1]
    assert concerns.lead == "Nonetheless, there are concerns with the resolution:"
    assert [i.text.split(",")[0] for i in concerns.items] == [
        "First", "Second", "Third", "Fourth", "Finally"]
    stored = doc["sections"][1]["items"]
    assert not any(i.startswith(("First", "Second", "Third", "Fourth", "Finally"))
                   for i in stored)
    # dates moved: last activity yesterday, deadline ahead
    assert campaign.deadline > datetime.now(UTC).date()
    assert any(r.title and r.affiliation for r in rows if r.kind == "individual")


# -- property: any campaign round-trips -----------------------------------------

# control characters are dropped on the way in (tests/unit/test_clean_text.py)
_text = st.text(TYPED_CHARS, max_size=20)
_name = _text.filter(lambda t: t.strip())
_stamp = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                      timezones=st.just(UTC)).map(format_timestamp)
_status = st.sampled_from(["prospect", "invited", "reminded", "endorsed", "declined",
                           "no_response", "withdrawn", "needs_reconfirmation"])
_event = st.fixed_dictionaries({"at": _stamp, "from": st.none() | _status, "to": _status,
                                "channel": _text, "note": _text})
_individual = st.fixed_dictionaries({
    "type": st.just("individual"), "name": _name, "status": _status, "title": _text,
    "affiliation": _text, "country": st.sampled_from(["", "KE", "BR", "JP"]),
    "notes": _text, "contact_phone": _text, "events": st.lists(_event, max_size=3),
    "endorsed_at": st.none() | _stamp})
_organisation = st.fixed_dictionaries({
    "type": st.just("organisation"), "name": _name, "status": _status, "acronym": _text,
    "country": st.sampled_from(["", "ZA", "GB", "AR"]), "org_type": _text, "website": _text,
    "channel": _text, "contact_name": _text, "contact_email": st.sampled_from(
        ["", "a@example.org", "b@example.org"]), "endorsed_version": st.none() | st.just(1)})
_section = st.one_of(
    st.fixed_dictionaries({"kind": st.sampled_from(["intro", "closing", "text"]),
                           "title": _text, "text": _text}),
    st.fixed_dictionaries({"kind": st.sampled_from(["concern", "recommendation"]),
                           "title": _text, "lead": _text,
                           "numbering": st.sampled_from(["ordinal", "number", "bullet", "none"]),
                           "items": st.lists(_text, max_size=4)}))
_doc = st.fixed_dictionaries({
    "format": st.just("signon-campaign/1"),
    "campaign": st.fixed_dictionaries({"title": _name, "addressee": _text,
                                       "keep_reconfirmation": st.booleans()}),
    "sections": st.lists(_section, max_size=4),
    "signatories": st.lists(_individual, max_size=4).flatmap(lambda people: st.lists(
        _organisation, max_size=4, unique_by=lambda o: normalise_name(o["name"])).map(
        lambda orgs: orgs + people)),
    "versions": st.just([{"number": 1, "sections": []}])})


@pytest.fixture(scope="module")
def empty_db_file(tmp_path_factory) -> Path:
    """A migrated, empty database to copy: migrating one per example is slow."""
    from signon.store.database import open_database

    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(f"sqlite:///{path}").close()
    return path


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=_doc)
def test_any_campaign_round_trips(empty_db_file, tmp_path, doc):
    """Into an empty database (so no directory entry predates the file),
    every key and value comes back, whatever the text in it."""
    import shutil

    from signon.store.database import open_database

    path = tmp_path / "example.db"
    for leftover in (path, tmp_path / "example.db-wal", tmp_path / "example.db-shm"):
        leftover.unlink(missing_ok=True)
    shutil.copy(empty_db_file, path)
    db = open_database(f"sqlite:///{path}")
    try:
        with db.session() as s:
            out = campaign_document(s, import_campaign(s, doc).id)
    finally:
        db.close()
    assert subset_mismatches(doc, out) == []
