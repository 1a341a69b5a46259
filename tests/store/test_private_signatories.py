"""Signatories marked "do not publish" (issue 19), on SQLite and PostgreSQL:
`set_private` marks many at once with a history entry each; the letter's
rows are split once (store/letters.py), so a public letter, its counts and
every edition leave them out, and only a delivery copy prints them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.letter import EditionContext, LetterOptions
from signon.store.campaigns import create_campaign
from signon.store.editions import editions, publish
from signon.store.letters import letter_source, withdrawn_entries
from signon.store.models import Campaign, Signatory
from signon.store.signatories import (
    PRIVATE_NOTES,
    add_signatory,
    events,
    private_signatories,
    set_private,
    set_status,
)
from signon.store.statements import replace_sections

SECRET = "Karim Haddad"


def at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, 0, tzinfo=UTC)


@pytest.fixture
def session(db):
    with db.session() as s:
        yield s


@pytest.fixture
def campaign(session):
    cid = create_campaign(session, "Joint letter").id
    replace_sections(session, cid, [SectionDraft(kind="intro", text="We write.")])
    ids = {"id": cid}
    for name, kind, country, day in (("Org A", "organisation", "", 1),
                                     ("Org B", "organisation", "", 2),
                                     (SECRET, "individual", "SY", 3),
                                     ("Invited Org", "organisation", "", 4)):
        status = "invited" if name == "Invited Org" else "endorsed"
        ids[name] = add_signatory(session, cid, name=name, kind=kind, country=country,
                                  status=status, endorsed_at=at(day)
                                  if status == "endorsed" else None).id
    return ids


def count_private(session, campaign_id: int) -> None:
    """The campaign's totals count its private signatories (a campaign file
    says so; no service sets it yet)."""
    row = session.get(Campaign, campaign_id)
    row.count_private = True
    session.add(row)
    session.flush()


def latest_event(session, signatory_id: int):
    return max(events(session, signatory_id), key=lambda e: e.id)


def names(letter) -> list[str]:
    return [line for group in letter.groups for line in group.lines]


def test_set_private_marks_many_once_each_with_history(session, campaign):
    ids = [campaign[SECRET], campaign["Invited Org"]]
    before = {sid: session.get(Signatory, sid).row_version for sid in ids}
    assert set_private(session, [*ids, ids[0]], True, at=at(5)) == ids
    assert private_signatories(session, campaign["id"]) == frozenset(ids)
    for sid in ids:
        sig = session.get(Signatory, sid)
        assert sig.private and sig.row_version == before[sid] + 1
        last = latest_event(session, sid)
        assert (last.from_status, last.to_status) == (sig.status, sig.status)
        assert last.note == PRIVATE_NOTES[True]
    # already so: nothing written, no second history entry
    assert set_private(session, ids, True) == []
    assert len(events(session, ids[0])) == 2
    assert set_private(session, [ids[0]], False, at=at(6)) == [ids[0]]
    assert latest_event(session, ids[0]).note == PRIVATE_NOTES[False]
    assert private_signatories(session, campaign["id"]) == frozenset({ids[1]})


def test_a_public_letter_leaves_a_private_signatory_out(session, campaign):
    set_private(session, [campaign[SECRET]], True)
    source = letter_source(session, campaign["id"])
    assert SECRET not in {e.name for e in source.signatories}
    letter = source.letter(LetterOptions(show_counts=True))
    assert names(letter) == ["Org A", "Org B"]
    assert letter.counts_line == "Signed by 2 organisations"  # not counted by default
    assert letter.notice == "" and SECRET not in repr(letter)
    assert source.private_count() == 1


def test_the_totals_count_them_when_the_campaign_says_so(session, campaign):
    set_private(session, [campaign[SECRET]], True)
    count_private(session, campaign["id"])
    letter = letter_source(session, campaign["id"]).letter(LetterOptions(show_counts=True))
    # Syria is left out of the countries: it would point at the one unnamed
    assert letter.counts_line == ("Signed by 2 organisations and 1 individual, including 1 "
                                  "who asked not to be named")
    assert names(letter) == ["Org A", "Org B"] and SECRET not in repr(letter)


def test_a_delivery_copy_prints_them_in_place_under_its_note(session, campaign):
    set_private(session, [campaign[SECRET]], True)
    source = letter_source(session, campaign["id"])
    letter = source.letter(LetterOptions(delivery_copy=True, order="date",
                                         separate_individuals=False, show_counts=True))
    assert names(letter) == ["Org A", "Org B", SECRET]
    assert letter.notice == ("Delivery copy — includes 1 signatory who asked not to be "
                             "named publicly. Not for publication.")
    assert letter.sections[0].title == letter.notice  # first thing of the text
    assert letter.counts_line == "Signed by 2 organisations and 1 individual from 1 country"
    with pytest.raises(ValidationError, match="never an edition"):
        source.letter(LetterOptions(delivery_copy=True), edition=EditionContext(1))


def test_no_edition_ever_holds_a_private_name(session, campaign):
    cid = campaign["id"]
    set_private(session, [campaign[SECRET]], True)
    count_private(session, cid)
    shown = LetterOptions(show_counts=True)
    publish(session, cid, on=date(2026, 11, 10), options=shown)
    # printed in no edition, then withdrawn: not "retracted" either
    set_status(session, campaign[SECRET], "withdrawn", at=at(11))
    set_private(session, [campaign["Org B"]], True, at=at(12))
    publish(session, cid, on=date(2026, 11, 14), options=shown)
    stored = [editions(session, cid)[0], editions(session, cid)[1]]
    for row in stored:
        assert SECRET not in " ".join([row.text, row.letter, row.names, row.options])
    second = stored[1]
    # a name an earlier edition printed that asks now not to be named is
    # left out, not marked retracted
    assert "Org B" not in second.text and "Org B" not in second.names
    assert "Org A" in second.text
    assert "including 1 who asked not to be named" in second.text
    assert json.loads(second.options).get("delivery_copy") in (None, False)


def test_withdrawn_entries_leave_private_ones_and_status_keeping_events_out(session, campaign):
    cid = campaign["id"]
    set_status(session, campaign["Org A"], "withdrawn", at=at(10))
    set_status(session, campaign[SECRET], "withdrawn", at=at(10))
    set_private(session, [campaign[SECRET]], True, at=at(11))
    # marking and unmarking Org A later keeps the day it withdrew
    set_private(session, [campaign["Org A"]], True, at=at(20))
    set_private(session, [campaign["Org A"]], False, at=at(21))
    found = withdrawn_entries(session, cid)
    assert [(e.name, e.retracted_on) for e in found] == [("Org A", date(2026, 11, 10))]
