"""Editions across a campaign's copy, its deletion undone, and merges
(issue 20), on SQLite and PostgreSQL.

- A copy is a new letter: it keeps the letter's shape (layout,
  retractions, section markers) but neither the fixed letter date nor the
  editions.
- A deleted campaign put back has its editions again, with their numbers,
  dates and digests, and the files written from them still verify.
- After a merge the kept entry continues the name an edition printed: the
  next edition's "what changed" lists neither a retraction nor an addition
  for it, and undoing the merge gives the editions back as they were.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from signon.domain.compose import SectionDraft
from signon.exchange.edition_files import write_edition
from signon.store.campaign_io import insert_campaign, read_campaign
from signon.store.campaigns import create_campaign, delete_campaign, duplicate_campaign
from signon.store.editions import (
    draft_edition,
    edition_letter,
    edition_names,
    editions,
    editions_snapshot,
    editions_with_digest,
    file_with_digest,
    get_edition,
    publish,
    record_file,
    restore_editions,
    set_letter_settings,
)
from signon.store.merge import merge_organisations
from signon.store.signatories import add_signatory
from signon.store.signatory_merge import merge_signatories, undo_merge
from signon.store.statements import load_sections, replace_sections

NOV = date(2023, 11, 14)
DEC = date(2023, 12, 5)
JAN = date(2024, 1, 9)


def at(day: int, month: int = 11) -> datetime:
    return datetime(2023, month, day, 10, 0, tzinfo=UTC)


@pytest.fixture
def campaign(session) -> int:
    cid = create_campaign(session, "Event report").id
    replace_sections(session, cid, [
        SectionDraft(kind="intro", text="We met in Geneva."),
        SectionDraft(kind="concern", lead="We found:", items=["one", "two", "three"],
                     marker="none"),
    ])
    return cid


def endorse(session, cid: int, name: str, day: int, **kw) -> int:
    return add_signatory(session, cid, name=name, status="endorsed", endorsed_at=at(day),
                         **kw).id


# -- a copy -----------------------------------------------------------------------------


def test_a_copy_keeps_the_letter_shape_but_not_its_date_nor_its_editions(session, campaign):
    endorse(session, campaign, "Org A", 1)
    set_letter_settings(session, campaign, letter_date=NOV, signatory_layout="inline",
                        retractions="omit")
    publish(session, campaign, on=NOV)

    copy = duplicate_campaign(session, campaign)

    assert (copy.signatory_layout, copy.retractions) == ("inline", "omit")
    assert copy.letter_date is None  # a new letter: dated the day it goes out
    assert copy.status != "published" and editions(session, copy.id) == []
    [_intro, listed] = load_sections(session, copy.id)
    assert listed.marker == "none"


# -- a deletion undone -------------------------------------------------------------------


def test_a_deleted_campaign_put_back_has_its_editions_and_their_files(session, campaign,
                                                                      tmp_path):
    endorse(session, campaign, "Org A", 1)
    first = publish(session, campaign, on=NOV, note="for the summit").edition
    endorse(session, campaign, "Org B", 2)
    second = publish(session, campaign, on=DEC).edition
    written, digest = write_edition(edition_letter(first), first.text, "md",
                                    tmp_path / "edition-1.md")
    record_file(session, first.id, "md", digest)
    kept = [(e.number, e.published_on, e.digest, e.text, e.names, e.note)
            for e in (first, second)]

    data = read_campaign(session, campaign)
    snapshot = editions_snapshot(session, campaign)
    delete_campaign(session, campaign)
    session.expunge_all()  # the editions went with it (ON DELETE CASCADE)
    assert editions_with_digest(session, first.digest) == []
    assert file_with_digest(session, digest) is None

    back = insert_campaign(session, data, note="undo delete").id
    restore_editions(session, back, snapshot)

    assert [(e.number, e.published_on, e.digest, e.text, e.names, e.note)
            for e in editions(session, back)] == kept
    [found] = editions_with_digest(session, first.digest)
    assert (found.campaign_id, found.number) == (back, 1)
    edition, fmt = file_with_digest(session, digest)
    assert (edition.campaign_id, edition.number, fmt) == (back, 1, "md")
    # the next edition of the restored campaign follows on
    assert draft_edition(session, back, on=JAN).number == 3


# -- merges ------------------------------------------------------------------------------


def test_merging_two_printed_organisations_is_no_change(session, campaign):
    keep = endorse(session, campaign, "Article 19", 1)
    other = endorse(session, campaign, "ARTICLE 19 (UK)", 2)
    first = publish(session, campaign, on=NOV).edition
    assert [n.line for n in edition_names(first)] == ["Article 19", "ARTICLE 19 (UK)"]
    text, digest = first.text, first.digest

    merge_signatories(session, keep, other)

    draft = draft_edition(session, campaign, on=DEC)
    assert [n.line for n in draft.names] == ["Article 19"]
    assert not draft.changes  # neither "retracted" nor "added"
    again = get_edition(session, campaign, 1)
    assert (again.text, again.digest) == (text, digest)  # the edition as published
    assert [n.line for n in edition_names(again)] == ["Article 19", "ARTICLE 19 (UK)"]


def test_the_kept_organisation_continues_a_name_only_the_other_printed(session, campaign):
    other_campaign = create_campaign(session, "Another letter").id
    printed = endorse(session, campaign, "Privacy Intl", 1)
    kept = endorse(session, other_campaign, "Privacy International", 1)
    publish(session, campaign, on=NOV)
    from signon.store.models import Signatory

    gone_org = session.get(Signatory, printed).organisation_id
    kept_org = session.get(Signatory, kept).organisation_id

    merge_organisations(session, kept_org, gone_org)  # from the directory

    draft = draft_edition(session, campaign, on=DEC)
    assert [n.line for n in draft.names] == ["Privacy International"]
    assert not draft.changes


def test_a_merged_organisation_withdrawn_later_is_marked_retracted(session, campaign):
    keep = endorse(session, campaign, "Article 19", 1)
    other = endorse(session, campaign, "ARTICLE 19 (UK)", 2)
    publish(session, campaign, on=NOV)
    merged = merge_signatories(session, keep, other).kept_id
    from signon.store.signatories import set_status

    set_status(session, merged, "withdrawn", at=at(1, 12))

    draft = draft_edition(session, campaign, on=DEC)
    assert [n.line for n in draft.names] == ["Article 19 — retracted (December 1, 2023)"]
    assert draft.changes.retracted == ("Article 19",) and draft.changes.added == ()


def test_merging_two_printed_individuals_is_no_change(session, campaign):
    keep = endorse(session, campaign, "Amal Haddad", 1, kind="individual")
    other = endorse(session, campaign, "Amal  Haddad", 2, kind="individual")
    publish(session, campaign, on=NOV)

    merge_signatories(session, keep, other)

    draft = draft_edition(session, campaign, on=DEC)
    assert [n.line for n in draft.names] == ["Amal Haddad"]
    assert not draft.changes


def test_undoing_a_merge_gives_the_editions_their_names_back(session, campaign):
    keep = endorse(session, campaign, "Article 19", 1)
    other = endorse(session, campaign, "ARTICLE 19 (UK)", 2)
    first = publish(session, campaign, on=NOV).edition
    names = first.names

    undo = merge_signatories(session, keep, other)
    assert get_edition(session, campaign, 1).names != names
    undo_merge(session, undo)

    assert get_edition(session, campaign, 1).names == names
    assert not draft_edition(session, campaign, on=DEC).changes
