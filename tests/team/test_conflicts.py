"""Two coordinators, one database: stale saves are refused, never silently
overwrite; status changes made between another client's read and write are
validated against the newer status; organisations are never created twice.

Each test runs on SQLite and PostgreSQL; "the other coordinator" is a second
`Database` on the same URL (its own engine and connections)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError, WorkflowError
from signon.store import concurrency
from signon.store.campaigns import create_campaign
from signon.store.concurrency import ConflictError
from signon.store.models import Campaign, Contact, Organisation, Signatory, SignatoryEvent
from signon.store.organisations import (
    get_or_create_organisation,
    update_contact,
    update_organisation,
)
from signon.store.signatories import (
    add_signatory,
    bulk_set_status,
    events,
    set_status,
    signatory_details,
    update_signatory,
)
from signon.store.statements import load_sections, replace_sections


@pytest.fixture
def setup(db):
    """A campaign with an organisation (with a contact) and an individual."""
    with db.session() as s:
        cid = create_campaign(s, "AI resolution").id
        org = add_signatory(s, cid, name="Access Now", country="US", status="invited",
                            contact_name="Ana", contact_email="ana@accessnow.example")
        person = add_signatory(s, cid, kind="individual", name="Ada Lovelace",
                               title="Professor", status="invited")
        return cid, org.id, person.id


def shown(db, sid):
    """What a form displays: the signatory, its organisation and contacts."""
    with db.session() as s:
        return signatory_details(s, sid)


# -- optimistic versions -------------------------------------------------------------


def test_stale_signatory_edit_is_refused_and_writes_nothing(db, other, setup):
    _cid, _org, person = setup
    mine = shown(db, person).signatory
    theirs = shown(other, person).signatory
    assert mine.row_version == theirs.row_version == 1

    with other.session() as s:  # the other coordinator saves first
        update_signatory(s, person, expected_version=theirs.row_version, title="Dr")
    with pytest.raises(ConflictError, match="Ada Lovelace was changed by someone else since "
                                            "you opened it; reload"):
        with db.session() as s:
            update_signatory(s, person, expected_version=mine.row_version,
                             title="Professor emerita", notes="mine")
    now = shown(db, person).signatory
    assert (now.title, now.notes, now.row_version) == ("Dr", "", 2)

    # after reloading, the same edit goes through and moves the version on
    with db.session() as s:
        saved = update_signatory(s, person, expected_version=now.row_version,
                                 title="Professor emerita")
        assert saved.row_version == 3 and saved.title == "Professor emerita"


def test_stale_organisation_and_contact_edits_are_refused(db, other, setup):
    _cid, org_sid, _person = setup
    details = shown(db, org_sid)
    org, contact = details.organisation, details.contacts[0]
    with other.session() as s:
        update_organisation(s, org.id, expected_version=org.row_version, website="accessnow.org")
        update_contact(s, contact.id, expected_version=contact.row_version, phone="+1 555")
    with pytest.raises(ConflictError, match="Access Now was changed by someone else"):
        with db.session() as s:
            update_organisation(s, org.id, expected_version=org.row_version, acronym="AN")
    with pytest.raises(ConflictError, match="The contact Ana was changed by someone else"):
        with db.session() as s:
            update_contact(s, contact.id, expected_version=contact.row_version, phone="+1 666")
    with db.session() as s:
        fresh = s.get(Organisation, org.id)
        assert (fresh.acronym, fresh.website, fresh.row_version) == ("", "accessnow.org", 2)
        assert s.get(Contact, contact.id).phone == "+1 555"
        # an edit that is not based on a displayed copy still moves the version
        update_organisation(s, org.id, org_type="NGO")
        assert s.get(Organisation, org.id).row_version == 3


def test_edit_of_a_deleted_row_says_so(db, setup):
    from signon.store.signatories import remove_signatories

    _cid, _org, person = setup
    version = shown(db, person).signatory.row_version
    with db.session() as s:
        remove_signatories(s, [person])
    with pytest.raises(ValidationError, match=f"no signatory with id {person}"):
        with db.session() as s:
            update_signatory(s, person, expected_version=version, title="Dr")


def test_stale_statement_save_is_refused(db, other, setup):
    cid = setup[0]
    with db.session() as s:
        base = s.get(Campaign, cid).statement_revision
    with db.session() as s:
        mine = replace_sections(s, cid, [SectionDraft("intro", text="My first words")],
                                expected_revision=base)
    assert mine == base + 1
    # the other coordinator loaded the statement before that save
    with pytest.raises(ConflictError, match="the statement was changed by someone else"):
        with other.session() as s:
            replace_sections(s, cid, [SectionDraft("intro", text="Their words")],
                             expected_revision=base)
    with db.session() as s:
        assert [d.text for d in load_sections(s, cid)] == ["My first words"]
        # "Keep mine": an explicit overwrite passes the revision it now knows
        assert replace_sections(s, cid, [SectionDraft("intro", text="Agreed words")],
                                expected_revision=mine) == mine + 1
        # saves without a revision (campaign file import, scripts) always go in
        assert replace_sections(s, cid, [SectionDraft("intro", text="x")]) == mine + 2


def test_translation_saved_meanwhile_makes_an_open_composer_stale(db, other, setup):
    """A translation written through the store (not the composer) is part of
    the statement too: the composer that loaded the text before it must not
    write over it without being told."""
    from signon.store.translations import set_item_translation, set_translation_languages

    cid = setup[0]
    with db.session() as s:
        set_translation_languages(s, cid, ["es"])
        base = replace_sections(s, cid, [SectionDraft("concern", items=["the funding"])])
    with other.session() as s:
        set_item_translation(s, cid, 0, 0, "es", "la financiación")
    with pytest.raises(ConflictError, match="changed by someone else"):
        with db.session() as s:
            replace_sections(s, cid, [SectionDraft("concern", items=["the funding gap"])],
                             expected_revision=base)
    with db.session() as s:
        assert load_sections(s, cid)[0].item_translation(0)["es"]["text"] == "la financiación"


# -- status changes from two clients --------------------------------------------------


def _race(monkeypatch, other, change):
    """Run `change(session)` on the other client between our read and our
    write: wraps the compare-and-set that every status change goes through."""
    real = concurrency.compare_and_set
    done = []

    def racing(session, *args, **kwargs):
        if not done:
            done.append(True)
            with other.session() as s:
                change(s)
        return real(session, *args, **kwargs)

    monkeypatch.setattr(concurrency, "compare_and_set", racing)
    return done


def test_status_change_made_meanwhile_is_validated_against(db, other, setup, monkeypatch):
    """Both invited. They move Access Now to reminded while we move it to
    endorsed: ours is checked against "reminded" (allowed) and recorded from
    there; both events are in the history, in order."""
    _cid, org, _person = setup
    raced = _race(monkeypatch, other, lambda s: set_status(s, org, "reminded"))
    with db.session() as s:
        sig = set_status(s, org, "endorsed", channel="email")
        assert sig.status == "endorsed"
    assert raced
    with db.session() as s:
        history = [(e.from_status, e.to_status) for e in events(s, org)]
    assert history == [(None, "invited"), ("invited", "reminded"), ("reminded", "endorsed")]


def test_status_change_refused_after_the_other_change(db, other, setup, monkeypatch):
    """They record a decline while we mark a reminder: "reminded" is not
    allowed from "declined", so ours is refused with the workflow's reason
    and their event stays the last."""
    _cid, org, _person = setup
    _race(monkeypatch, other, lambda s: set_status(s, org, "declined"))
    with pytest.raises(WorkflowError, match="cannot change status from declined to reminded"):
        with db.session() as s:
            set_status(s, org, "reminded")
    with db.session() as s:
        assert [e.to_status for e in events(s, org)] == ["invited", "declined"]
        assert s.get(Signatory, org).status == "declined"


def test_bulk_change_rechecks_rows_changed_meanwhile(db, other, setup, monkeypatch):
    """bulk_set_status writes with UPDATE … WHERE status = <the status read>;
    the other client's decline lands between our read and that UPDATE: the
    row is read again and refused by the workflow, the other one changes."""
    from sqlalchemy.orm import Session

    _cid, org, person = setup
    real_execute = Session.execute
    fired = []

    def execute(self, statement, *args, **kwargs):
        if not fired and getattr(statement, "is_update", False) and \
                statement.table.name == "signatory":
            fired.append(True)
            with other.session() as s:
                set_status(s, org, "declined")
        return real_execute(self, statement, *args, **kwargs)

    monkeypatch.setattr(Session, "execute", execute)
    with db.session() as s:
        result = bulk_set_status(s, [org, person], "reminded")
    monkeypatch.setattr(Session, "execute", real_execute)
    assert fired and result.changed == [person]
    assert [(r.signatory_id, r.reason.split(";")[0]) for r in result.refused] == [
        (org, "cannot change status from declined to reminded")]
    with db.session() as s:
        assert [e.to_status for e in events(s, org)] == ["invited", "declined"]
        assert [e.to_status for e in events(s, person)] == ["invited", "reminded"]
        assert len(s.exec(select(SignatoryEvent)).all()) == 4


# -- the directory ---------------------------------------------------------------------


def test_organisation_created_meanwhile_is_used_not_duplicated(db, other, monkeypatch):
    """Between our "is it in the directory?" and our INSERT, the other client
    creates it: the upsert uses theirs and completes what it lacks."""
    from signon.store import organisations

    real = organisations.find_organisation
    calls = []

    def late(session, name):
        calls.append(name)
        if len(calls) == 1:
            with other.session() as s:
                get_or_create_organisation(s, "Derechos Digitales", country="CL")
            return None  # what we saw before they committed
        return real(session, name)

    monkeypatch.setattr(organisations, "find_organisation", late)
    with db.session() as s:
        org, created = get_or_create_organisation(s, "derechos digitales",
                                                  website="derechosdigitales.org")
        assert not created and org.name == "Derechos Digitales" and org.country == "CL"
        assert org.website == "derechosdigitales.org"
    with db.session() as s:
        assert len(s.exec(select(Organisation)).all()) == 1


# -- campaign settings ---------------------------------------------------------------


def test_settings_someone_else_changed_are_not_written_over(db, other, setup):
    from datetime import date

    from signon.store.campaigns import get_campaign, update_campaign

    cid, _org, _person = setup
    with db.session() as s:
        seen = get_campaign(s, cid)
        mine = {"deadline": seen.deadline, "addressee": seen.addressee}
    with other.session() as s:  # the teammate saves a deadline first
        update_campaign(s, cid, expected={"deadline": mine["deadline"]},
                        deadline=date(2026, 12, 1))
    with pytest.raises(ConflictError, match="deadline .* changed by someone else"), \
            db.session() as s:
        update_campaign(s, cid, expected=mine, deadline=date(2026, 12, 15),
                        addressee="Member States")
    with db.session() as s:  # nothing of the refused save was written
        kept = get_campaign(s, cid)
        assert (kept.deadline, kept.addressee) == (date(2026, 12, 1), "")
        # a setting nobody else touched is saved alongside theirs
        update_campaign(s, cid, expected={"addressee": ""}, addressee="Member States")
    with other.session() as s:
        now = get_campaign(s, cid)
        assert (now.deadline, now.addressee) == (date(2026, 12, 1), "Member States")
