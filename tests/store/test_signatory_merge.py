"""Merging two signatories of one campaign (#21), and undoing it exactly."""

from __future__ import annotations

import pytest
from sqlalchemy import select as core_select
from sqlmodel import SQLModel, select

from signon.domain.errors import ValidationError
from signon.store.campaigns import create_campaign
from signon.store.models import Contact, Organisation, OutboxMessage, Signatory, SignatoryEvent
from signon.store.outbox import NewMessage, enqueue
from signon.store.signatories import add_signatory, events, set_status
from signon.store.signatory_merge import (
    MergeUndoError,
    merge_signatories,
    plan_merge,
    undo_merge,
)

TABLES = ("organisation", "contact", "signatory", "signatory_event", "outbox_message")


def dump(db) -> dict:
    """Every row of the tables a merge touches, row_version left out (an
    undo moves it on, on purpose)."""
    with db.session() as s:
        out = {}
        for table in SQLModel.metadata.sorted_tables:
            if table.name in TABLES:
                rows = s.execute(core_select(table)).mappings().all()
                out[table.name] = sorted(
                    (tuple((k, v) for k, v in r.items() if k != "row_version") for r in rows),
                    key=repr)
        return out


@pytest.fixture
def twice(db):
    """ "ARTICLE 19" (invited, with a contact) and "Article 19 UK" (endorsed,
    with another contact and an outbox message) in one campaign; the second
    also signs another campaign."""
    with db.session() as s:
        cid = create_campaign(s, "Spyware").id
        other = create_campaign(s, "Other").id
        a = add_signatory(s, cid, name="ARTICLE 19", status="invited",
                          contact_email="info@article19.org", contact_name="Info",
                          notes="met at RightsCon")
        b = add_signatory(s, cid, name="Article 19 UK", country="GB", status="prospect",
                          contact_email="uk@article19.org", notes="call back")
        set_status(s, b.id, "invited")
        set_status(s, b.id, "endorsed", channel="email")
        enqueue(s, cid, "thank_you", [NewMessage(b.id, "UK", "uk@article19.org", "Thanks",
                                                 "Thank you", "<m1@x>")])
        add_signatory(s, other, name="Article 19 UK", status="declined")
        add_signatory(s, cid, name="Access Now", status="endorsed")
        return cid, other, a.id, b.id, a.organisation_id, b.organisation_id


def test_plan_says_what_the_merge_does(db, twice):
    cid, _other, a, b, _oa, _ob = twice
    with db.session() as s:
        plan = plan_merge(s, a, b)
    assert plan.keep.name == "ARTICLE 19" and plan.other.name == "Article 19 UK"
    assert plan.status == "endorsed" and plan.status_from == b  # the answer beats the name
    assert plan.contacts_moved == 1
    assert plan.events == 1 + 3
    assert plan.other_campaigns == 1


def test_merge_keeps_chosen_name_strongest_status_and_everything(db, twice):
    cid, other, a, b, oa, ob = twice
    with db.session() as s:
        undo = merge_signatories(s, a, b)
    with db.session() as s:
        sigs = s.exec(select(Signatory).where(Signatory.campaign_id == cid)).all()
        assert len(sigs) == 2  # ARTICLE 19 once, Access Now
        merged = s.get(Signatory, undo.kept_id)
        assert merged.organisation_id == oa
        org = s.get(Organisation, oa)
        assert org.name == "ARTICLE 19" and org.country == "GB"  # gap filled
        assert s.get(Organisation, ob) is None
        assert merged.status == "endorsed" and merged.channel == "email"
        assert "met at RightsCon" in merged.notes and "call back" in merged.notes
        history = events(s, merged.id)
        assert sorted(e.to_status for e in history[:4]) == ["endorsed", "invited",
                                                             "invited", "prospect"]
        assert len(history) == 5 and "merged 'Article 19 UK' into 'ARTICLE 19'" in \
            history[-1].note
        emails = {c.email for c in s.exec(select(Contact).where(
            Contact.organisation_id == oa)).all()}
        assert emails == {"info@article19.org", "uk@article19.org"}
        message = s.exec(select(OutboxMessage)).one()
        assert message.signatory_id == merged.id
        elsewhere = s.exec(select(Signatory).where(Signatory.campaign_id == other)).one()
        assert elsewhere.organisation_id == oa  # the directory merged too


def test_undo_puts_every_row_back(db, twice):
    cid, _other, a, b, _oa, _ob = twice
    before = dump(db)
    with db.session() as s:
        undo = merge_signatories(s, a, b)
    assert dump(db) != before
    with db.session() as s:
        undo_merge(s, undo)
    assert dump(db) == before


def test_undo_other_way_round_and_for_individuals(db):
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
        x = add_signatory(s, cid, kind="individual", name="Ada Lovelace", title="Prof.",
                          status="endorsed", contact_email="ada@example.org")
        y = add_signatory(s, cid, kind="individual", name="A. Lovelace", affiliation="UCL",
                          contact_email="al@example.org")
        x_id, y_id = x.id, y.id
    before = dump(db)
    with db.session() as s:
        undo = merge_signatories(s, y_id, x_id)  # keep the name of the weaker one
    with db.session() as s:
        merged = s.get(Signatory, undo.kept_id)
        assert undo.kept_id == x_id  # the endorsed row survives…
        assert merged.name == "A. Lovelace"  # …with the chosen name
        assert merged.title == "Prof." and merged.affiliation == "UCL"
        assert merged.status == "endorsed"
        assert "al@example.org" in merged.notes  # the spare contact is not lost
        assert s.get(Signatory, y_id) is None
    with db.session() as s:
        undo_merge(s, undo)
    assert dump(db) == before


def test_undo_refused_after_a_later_change(db, twice):
    cid, _other, a, b, _oa, _ob = twice
    with db.session() as s:
        undo = merge_signatories(s, a, b)
    with db.session() as s:
        set_status(s, undo.kept_id, "withdrawn")
    with pytest.raises(MergeUndoError), db.session() as s:
        undo_merge(s, undo)
    with db.session() as s:  # nothing was put back
        assert s.get(Signatory, undo.kept_id).status == "withdrawn"
        assert len(s.exec(select(SignatoryEvent)).all()) >= 6


def test_refuses_mixed_kinds_and_other_campaigns(db, twice):
    cid, other, a, b, _oa, _ob = twice
    with db.session() as s:
        person = add_signatory(s, cid, kind="individual", name="Ada").id
        elsewhere = s.exec(select(Signatory.id).where(Signatory.campaign_id == other)).one()
    with db.session() as s:
        with pytest.raises(ValidationError, match="individual"):
            plan_merge(s, a, person)
        with pytest.raises(ValidationError, match="same campaign"):
            merge_signatories(s, a, elsewhere)
        with pytest.raises(ValidationError):
            merge_signatories(s, a, a)


def test_merge_moves_row_versions_on(db, twice):
    _cid, _other, a, b, oa, _ob = twice
    with db.session() as s:
        old = s.get(Organisation, oa).row_version
        undo = merge_signatories(s, a, b)
    with db.session() as s:
        assert s.get(Organisation, oa).row_version == old + 1
        undo_merge(s, undo)
    with db.session() as s:
        assert s.get(Organisation, oa).row_version == old + 2
