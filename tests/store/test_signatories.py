"""Signatory service: table rows, counts, bulk status changes, removal, edits."""

from __future__ import annotations

import pytest
from sqlmodel import select

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError, WorkflowError
from signon.store.campaigns import create_campaign
from signon.store.models import Contact, Organisation, Signatory, SignatoryEvent
from signon.store.organisations import (
    match_organisation,
    update_contact,
    update_organisation,
)
from signon.store.signatories import (
    TABLE_FIELDS,
    add_signatory,
    add_signatory_contact,
    bulk_set_status,
    events,
    remove_signatories,
    set_status,
    signatory_details,
    status_counts,
    status_rows,
    table_rows,
    update_signatory,
)
from signon.store.statements import freeze_version, replace_sections


@pytest.fixture
def campaign(session):
    return create_campaign(session, "AI resolution")


def test_table_rows_join_directory_and_individuals(session, campaign):
    a = add_signatory(session, campaign.id, name="Access Now", acronym="", country="US",
                      org_type="NGO", status="endorsed")
    b = add_signatory(session, campaign.id, kind="individual", name="Ada Lovelace",
                      title="Professor", affiliation="University of Somewhere", country="gb")
    rows = table_rows(session, campaign.id)
    assert [r[0] for r in rows] == [a.id, b.id]
    first = dict(zip(TABLE_FIELDS, rows[0], strict=True))
    assert first["name"] == "Access Now" and first["country"] == "US"
    assert first["org_type"] == "NGO" and first["status"] == "endorsed"
    assert len(first["endorsed_on"]) == 10 and first["endorsed_on"][4] == "-"
    second = dict(zip(TABLE_FIELDS, rows[1], strict=True))
    assert second["name"] == "Ada Lovelace" and second["country"] == "GB"
    assert second["affiliation"] == "University of Somewhere"
    assert second["endorsed_on"] is None
    assert table_rows(session, campaign.id, ids=[b.id])[0][0] == b.id


@pytest.mark.parametrize("many", [False, True], ids=["few", "most-of-the-campaign"])
def test_status_rows_are_the_status_fields_of_table_rows(session, campaign, many, monkeypatch):
    import signon.store.signatories as service

    if many:  # the one-query path for a big selection, on a small campaign
        monkeypatch.setattr(service, "ID_CHUNK", 1)
    ids = [add_signatory(session, campaign.id, name=f"Group {i}", status="invited").id
           for i in range(6)]
    bulk_set_status(session, ids[:5], "endorsed", channel="form")
    wanted = ids[1:]
    fields = [TABLE_FIELDS.index(f) for f in
              ("id", "status", "endorsed_version", "endorsed_on")]
    expected = [tuple(r[i] for i in fields) for r in table_rows(session, campaign.id, ids=wanted)]
    assert sorted(status_rows(session, campaign.id, wanted)) == sorted(expected)
    assert {r[1] for r in expected} == {"endorsed", "invited"}


def test_status_counts(session, campaign):
    for i in range(3):
        add_signatory(session, campaign.id, name=f"Group {i}", status="invited")
    add_signatory(session, campaign.id, name="Other", status="endorsed")
    assert status_counts(session, campaign.id) == {"invited": 3, "endorsed": 1}


def test_bulk_change_applies_allowed_and_reports_refused(session, campaign):
    ok1 = add_signatory(session, campaign.id, name="One", status="invited")
    ok2 = add_signatory(session, campaign.id, name="Two", status="reminded")
    refused = add_signatory(session, campaign.id, name="Three", status="declined")
    result = bulk_set_status(session, [ok1.id, ok2.id, refused.id], "no_response",
                             channel="email", note="deadline passed")
    assert result.changed == [ok1.id, ok2.id]
    assert [r.signatory_id for r in result.refused] == [refused.id]
    assert result.refused[0].name == "Three"
    assert "cannot change status from declined to no_response" in result.refused[0].reason
    assert session.get(Signatory, refused.id).status == "declined"
    last = events(session, ok1.id)[-1]
    assert (last.from_status, last.to_status, last.channel, last.note) == (
        "invited", "no_response", "email", "deadline passed")
    assert len(events(session, refused.id)) == 1  # creation only


def test_bulk_change_is_one_transaction(db):
    """A failure after some rows were changed leaves every row as it was."""
    with db.session() as s:
        cid = create_campaign(s, "C").id
        ids = [add_signatory(s, cid, name=f"G{i}", status="invited").id for i in range(3)]
    with pytest.raises(RuntimeError), db.session() as s:
        assert bulk_set_status(s, ids, "endorsed").changed == ids
        raise RuntimeError("crash before commit")
    with db.session() as s:
        assert {s.get(Signatory, i).status for i in ids} == {"invited"}
        assert s.exec(select(SignatoryEvent)).all().__len__() == 3


def test_bulk_same_status_is_reported_not_an_event(session, campaign):
    sig = add_signatory(session, campaign.id, name="One", status="invited")
    result = bulk_set_status(session, [sig.id], "invited")
    assert result.changed == [] and "already invited" in result.refused[0].reason


def test_endorsement_points_at_latest_version(session, campaign):
    replace_sections(session, campaign.id, [SectionDraft(kind="intro", text="We ask.")])
    freeze_version(session, campaign.id)
    sig = add_signatory(session, campaign.id, name="One", status="invited")
    set_status(session, sig.id, "endorsed", channel="form")
    assert session.get(Signatory, sig.id).endorsed_version == 1
    direct = add_signatory(session, campaign.id, name="Two", status="endorsed")
    assert direct.endorsed_version == 1


def test_refused_single_change_raises(session, campaign):
    sig = add_signatory(session, campaign.id, name="One", status="declined")
    with pytest.raises(WorkflowError):
        set_status(session, sig.id, "invited")


def test_remove_signatories_deletes_history_keeps_directory(session, campaign):
    sig = add_signatory(session, campaign.id, name="Gone", status="invited",
                        contact_email="a@example.org")
    ind = add_signatory(session, campaign.id, kind="individual", name="Ada",
                        contact_email="ada@example.org")
    set_status(session, sig.id, "declined")
    assert remove_signatories(session, [sig.id, ind.id]) == 2
    assert session.exec(select(Signatory)).all() == []
    assert session.exec(select(SignatoryEvent)).all() == []
    assert session.exec(select(Organisation)).one().name == "Gone"
    emails = [c.email for c in session.exec(select(Contact)).all()]
    assert emails == ["a@example.org"]  # the organisation's, not the individual's


def test_update_signatory_and_organisation(session, campaign):
    ind = add_signatory(session, campaign.id, kind="individual", name="Ada")
    update_signatory(session, ind.id, title="Dr", affiliation="Somewhere", country="fr")
    got = session.get(Signatory, ind.id)
    assert (got.title, got.affiliation, got.country) == ("Dr", "Somewhere", "FR")
    org_sig = add_signatory(session, campaign.id, name="Access Now")
    with pytest.raises(ValidationError, match="edited in the directory"):
        update_signatory(session, org_sig.id, name="Other")
    update_organisation(session, org_sig.organisation_id, name="Access  Now Inc.",
                        country="us", acronym="AN")
    org = session.get(Organisation, org_sig.organisation_id)
    assert (org.name, org.country, org.acronym) == ("Access Now Inc.", "US", "AN")
    add_signatory(session, campaign.id, name="Article 19")
    with pytest.raises(ValidationError, match="merge"):
        update_organisation(session, org.id, name="ARTICLE 19")


def test_details_contacts_and_events(session, campaign):
    sig = add_signatory(session, campaign.id, name="APC", contact_name="Ana",
                        contact_email="ana@apc.org")
    add_signatory_contact(session, sig.id, name="Bo", phone="+1 555")
    set_status(session, sig.id, "invited", channel="email", note="first wave")
    details = signatory_details(session, sig.id)
    assert details.organisation.name == "APC"
    assert [c.name for c in details.contacts] == ["Ana", "Bo"]
    assert [e.to_status for e in details.events] == ["prospect", "invited"]
    update_contact(session, details.contacts[0].id, notes="prefers phone")
    assert signatory_details(session, sig.id).contacts[0].notes == "prefers phone"
    # an address is checked when it is typed; correcting it clears a bounce flag
    with pytest.raises(ValidationError, match="contact email: 'ana@apc' is not a valid"):
        update_contact(session, details.contacts[0].id, email="ana@apc")
    contact = session.get(Contact, details.contacts[0].id)
    contact.email_status = "bounced"
    update_contact(session, contact.id, email="ana.m@apc.org")
    assert (contact.email, contact.email_status) == ("ana.m@apc.org", "")
    ind = add_signatory(session, campaign.id, kind="individual", name="Ada")
    add_signatory_contact(session, ind.id, email="ada@example.org")
    assert [c.email for c in signatory_details(session, ind.id).contacts] == [
        "ada@example.org"]


def test_match_organisation_by_acronym_in_same_country(session, campaign):
    add_signatory(session, campaign.id, name="Asociación por los Derechos Civiles",
                  acronym="ADC", country="AR")
    assert match_organisation(session, "asociacion por los derechos civiles ").acronym == "ADC"
    assert match_organisation(session, "ADC", country="AR").country == "AR"
    assert match_organisation(session, "ADC", country="BR") is None
    assert match_organisation(session, "ADC") is None


def test_bulk_endorsement_of_a_large_selection(session, campaign):
    """More ids than one IN list holds; each row gets what set_status gives."""
    from signon.store.models import utcnow

    replace_sections(session, campaign.id, [SectionDraft(kind="intro", text="We ask.")])
    freeze_version(session, campaign.id)
    now = utcnow()
    session.execute(Signatory.__table__.insert(), [
        {"campaign_id": campaign.id, "kind": "individual", "name": f"Person {i}",
         "status": "invited" if i % 100 else "declined", "position": i, "title": "",
         "affiliation": "", "country": "", "channel": "", "notes": "",
         "created_at": now, "updated_at": now}
        for i in range(1200)])
    ids = list(session.exec(select(Signatory.id).order_by(Signatory.position)).all())
    result = bulk_set_status(session, ids, "reminded", channel="email")
    assert len(result.changed) == 1188 and len(result.refused) == 12
    assert result.refused[0].name == "Person 0"
    assert status_counts(session, campaign.id) == {"reminded": 1188, "declined": 12}
    result = bulk_set_status(session, ids, "endorsed", channel="form", note="wave 1")
    assert len(result.changed) == 1200 and not result.refused
    sig = session.get(Signatory, ids[1])
    assert (sig.status, sig.endorsed_version, sig.channel) == ("endorsed", 1, "form")
    assert sig.endorsed_at is not None
    last = events(session, ids[1])[-1]
    assert (last.from_status, last.to_status, last.note) == ("reminded", "endorsed", "wave 1")
    assert events(session, ids[0])[-1].from_status == "declined"
    assert len(session.exec(select(SignatoryEvent)).all()) == 1188 + 1200
