"""Published editions in the store (issue 20), on SQLite and PostgreSQL:
an edition is kept exactly as published whatever happens after it; the
next one lists the endorsers of its moment, marks (or leaves out) a
withdrawal and can say what it added; publishing freezes an unfrozen text
first and publishes the campaign; nothing private is ever in an edition.
Every date is given: nothing depends on the day the tests run."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.domain.letter import LetterOptions
from signon.domain.letter_text import render_text
from signon.store.campaigns import create_campaign, get_campaign, update_campaign
from signon.store.editions import (
    changes_between,
    draft_edition,
    edition_letter,
    edition_names,
    editions,
    editions_with_digest,
    file_with_digest,
    get_edition,
    publish,
    record_file,
    set_letter_settings,
)
from signon.store.signatories import add_signatory, set_status
from signon.store.statements import freeze_version, replace_sections, versions

NOV = date(2023, 11, 14)
DEC = date(2023, 12, 5)


def at(day: int, month: int = 11) -> datetime:
    return datetime(2023, month, day, 10, 0, tzinfo=UTC)


@pytest.fixture
def campaign(session) -> dict:
    cid = create_campaign(session, "Joint statement").id
    replace_sections(session, cid, [
        SectionDraft(kind="intro", text="We, the undersigned."),
        SectionDraft(kind="concern", lead="We are concerned:", items=["one", "two", "three"]),
    ])
    ids = {}
    for name, day in (("Org A", 1), ("Org B", 2)):
        ids[name] = add_signatory(session, cid, name=name, status="endorsed",
                                  endorsed_at=at(day), contact_email="x@private.example.org",
                                  contact_phone="+1 555 0100", notes="private note 4711").id
    add_signatory(session, cid, name="Org Invited", status="invited")
    return {"id": cid, **ids}


def lines(edition) -> list[str]:
    return [n.line for n in edition_names(edition)]


def test_publishing_freezes_the_text_and_stores_the_edition(session, campaign):
    cid = campaign["id"]
    done = publish(session, cid, on=NOV, note="  first  publication ")
    edition = done.edition
    assert done.draft.freezes and edition.statement_version == 1
    assert [v.number for v in versions(session, cid)] == [1]
    assert (edition.number, edition.published_on, edition.note) == (1, NOV, "first publication")
    assert get_campaign(session, cid).status == "published"
    assert lines(edition) == ["Org A", "Org B"]
    options = json.loads(edition.options)
    assert options["order"] == "alphabetical" and options["language"] == "en"
    assert options["signatory_layout"] == "list" and options["letter_date"] == "2023-11-14"
    assert edition.text == render_text(edition_letter(edition))
    assert "November 14, 2023" in edition.text
    import hashlib

    assert edition.digest == hashlib.sha256(edition.text.encode()).hexdigest()
    assert editions_with_digest(session, edition.digest) == [edition]


def test_a_frozen_text_is_not_frozen_again(session, campaign):
    cid = campaign["id"]
    freeze_version(session, cid)
    done = publish(session, cid, on=NOV)
    assert not done.draft.freezes and done.edition.statement_version == 1
    assert [v.number for v in versions(session, cid)] == [1]


def test_edition_1_unchanged_after_late_endorsements_and_a_withdrawal(session, campaign):
    cid = campaign["id"]
    first = publish(session, cid, on=NOV).edition
    text, letter, digest = first.text, first.letter, first.digest

    # after publication: a late endorsement, a withdrawal, a renamed text and campaign
    add_signatory(session, cid, name="Org C", status="endorsed", endorsed_at=at(2, 12))
    set_status(session, campaign["Org B"], "withdrawn", at=at(1, 12))
    replace_sections(session, cid, [SectionDraft(kind="intro", text="A new text.")])
    update_campaign(session, cid, title="Renamed", list_order="date")

    again = get_edition(session, cid, 1)
    assert (again.text, again.letter, again.digest) == (text, letter, digest)
    assert lines(again) == ["Org A", "Org B"]
    assert render_text(edition_letter(again)) == text

    # edition 2: the endorsers of its moment, the withdrawal marked
    second = publish(session, cid, on=DEC, options=LetterOptions(show_added=True)).edition
    assert second.number == 2 and second.statement_version == 2
    assert lines(second) == ["Org A", "Org B — retracted (December 1, 2023)", "Org C"]
    assert "Added since edition 1: Org C." in second.text
    changes = changes_between(session, cid, 1, 2)
    assert changes.added == ("Org C",) and changes.retracted == ("Org B",)
    assert [e.number for e in editions(session, cid)] == [1, 2]


def test_the_campaign_may_leave_a_withdrawal_out(session, campaign):
    cid = campaign["id"]
    publish(session, cid, on=NOV)
    set_status(session, campaign["Org B"], "withdrawn", at=at(1, 12))
    set_letter_settings(session, cid, retractions="omit")
    second = publish(session, cid, on=DEC).edition
    assert lines(second) == ["Org A"]
    assert changes_between(session, cid, 1, 2).retracted == ("Org B",)


def test_a_withdrawal_never_printed_is_not_marked(session, campaign):
    cid = campaign["id"]
    late = add_signatory(session, cid, name="Org Late", status="endorsed", endorsed_at=at(3)).id
    set_status(session, late, "withdrawn", at=at(4))
    publish(session, cid, on=NOV)
    assert "Org Late" not in get_edition(session, cid, 1).text


def test_the_draft_shows_the_changes_before_publishing_and_stores_nothing(session, campaign):
    cid = campaign["id"]
    publish(session, cid, on=NOV)
    add_signatory(session, cid, name="Org C", status="endorsed", endorsed_at=at(2, 12))
    set_status(session, campaign["Org A"], "withdrawn", at=at(3, 12))
    draft = draft_edition(session, cid, on=DEC)
    assert (draft.number, draft.previous) == (2, 1)
    assert draft.changes.added == ("Org C",) and draft.changes.retracted == ("Org A",)
    assert not draft.freezes and draft.statement_version == 1
    assert [e.number for e in editions(session, cid)] == [1]


def test_an_empty_statement_is_not_published(session):
    cid = create_campaign(session, "Empty").id
    with pytest.raises(ValidationError, match="statement is empty"):
        publish(session, cid, on=NOV)


def test_inline_letter_date_and_language_are_kept(session, campaign):
    cid = campaign["id"]
    set_letter_settings(session, cid, signatory_layout="inline", letter_date=date(2023, 11, 10))
    edition = publish(session, cid, on=NOV, language="es").edition
    assert edition.language == "es"
    assert edition.text.endswith("10 de noviembre de 2023. Org A y Org B.\n")
    assert json.loads(edition.options)["letter_date"] == "2023-11-10"


def test_set_letter_settings_refuses_what_it_does_not_know(session, campaign):
    with pytest.raises(ValidationError, match="not one of list, inline"):
        set_letter_settings(session, campaign["id"], signatory_layout="columns")
    with pytest.raises(ValidationError, match="unknown letter setting"):
        set_letter_settings(session, campaign["id"], colour="red")


def test_files_written_from_an_edition_are_found_by_their_bytes(session, campaign):
    edition = publish(session, campaign["id"], on=NOV).edition
    record_file(session, edition.id, "pdf", "ab" * 32)
    record_file(session, edition.id, "pdf", "ab" * 32)  # once
    assert file_with_digest(session, "ab" * 32) == (edition, "pdf")
    assert file_with_digest(session, "cd" * 32) is None


def test_nothing_private_is_in_an_edition(session, campaign):
    """Contact emails, phones and notes never reach an edition: not its
    text, letter, names or options."""
    cid = campaign["id"]
    publish(session, cid, on=NOV)
    set_status(session, campaign["Org B"], "withdrawn", at=at(1, 12), note="private note 4711")
    edition = publish(session, cid, on=DEC).edition
    for row in editions(session, cid):
        stored = " ".join([row.text, row.letter, row.names, row.options, row.note])
        for secret in ("private", "x@", "555 0100", "4711"):
            assert secret not in stored
    assert "retracted" in edition.text
    fields = {key for group in json.loads(edition.letter)["groups"]
              for entry in group["entries"] for key in entry}
    assert not fields & {"contact_email", "contact_name", "contact_phone", "notes", "email"}


def test_deleting_a_campaign_takes_its_editions(session, campaign):
    from signon.store.campaigns import delete_campaign

    edition = publish(session, campaign["id"], on=NOV).edition
    digest = edition.digest
    delete_campaign(session, campaign["id"])
    session.expire_all()
    assert editions_with_digest(session, digest) == []
