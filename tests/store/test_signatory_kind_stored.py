"""A SignatoryKind goes into the database as its word and comes back as plain
text that compares equal to it, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from signon.domain.signatory_kind import SignatoryKind
from signon.store.campaigns import create_campaign
from signon.store.directory import campaign_people
from signon.store.models import Signatory
from signon.store.signatories import add_signatory, list_signatories


def test_kind_is_stored_as_its_word_and_read_back_equal(session):
    campaign = create_campaign(session, "Kinds")
    org = add_signatory(session, campaign.id, kind=SignatoryKind.ORGANISATION, name="Access Now")
    person = add_signatory(session, campaign.id, kind=SignatoryKind.INDIVIDUAL,
                           name="Ada Lovelace", affiliation="Analytical Society")
    typed = add_signatory(session, campaign.id, kind="individual", name="Grace Hopper")
    session.commit()
    session.expire_all()

    stored = dict(session.exec(text("SELECT id, kind FROM signatory")).all())
    assert stored == {org.id: "organisation", person.id: "individual",
                      typed.id: "individual"}
    assert all(type(kind) is str for kind in stored.values())

    kinds = {s.id: s.kind for s in session.exec(select(Signatory)).all()}
    assert kinds[org.id] == SignatoryKind.ORGANISATION
    assert kinds[person.id] == kinds[typed.id] == SignatoryKind.INDIVIDUAL
    assert SignatoryKind(kinds[person.id]) is SignatoryKind.INDIVIDUAL

    individuals = session.exec(
        select(Signatory.id).where(Signatory.kind == SignatoryKind.INDIVIDUAL)).all()
    assert sorted(individuals) == sorted([person.id, typed.id])
    assert sorted(campaign_people(session, campaign.id).values()) == [
        "Ada Lovelace", "Grace Hopper"]
    rows = {r.id: r.kind for r in list_signatories(session, campaign.id)}
    assert rows[org.id] == SignatoryKind.ORGANISATION
