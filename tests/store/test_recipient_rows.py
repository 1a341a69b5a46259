"""`store.outbox.recipient_rows`: whom each signatory's messages go to, in
one query (issue 22: the Outreach tab read 200,000 ORM contacts)."""

from __future__ import annotations

from signon.store.campaigns import create_campaign
from signon.store.models import Signatory
from signon.store.organisations import add_contact
from signon.store.outbox import ID_LIST_LIMIT, recipient_rows
from signon.store.signatories import add_signatory


def test_each_signatory_gets_its_own_contact_else_its_organisations_first_with_an_address(
        session):
    cid = create_campaign(session, "Letter").id
    own = add_signatory(session, cid, name="Access Now", country="US",
                        contact_name="Ana", contact_email="ana@accessnow.org")
    shared = add_signatory(session, cid, name="Derechos Digitales", country="CL")
    add_contact(session, organisation_id=shared.organisation_id, name="No address")
    add_contact(session, organisation_id=shared.organisation_id, name="Bea",
                email="bea@derechos.org")
    add_contact(session, organisation_id=shared.organisation_id, name="Later",
                email="later@derechos.org")
    bare = add_signatory(session, cid, name="Réseau Liberté", country="FR")
    add_contact(session, organisation_id=bare.organisation_id, name="First, no address")
    add_contact(session, organisation_id=bare.organisation_id, name="Second, no address")
    person = add_signatory(session, cid, kind="individual", name="Karim Haddad",
                           contact_email="karim@example.org", status="invited")
    nobody = add_signatory(session, cid, name="Quiet Group")
    for sig_id in (shared.id, bare.id):  # contacts of the directory, not the signatory's
        sig = session.get(Signatory, sig_id)
        sig.contact_id = None
        session.add(sig)
    session.flush()

    rows = {r[0]: r for r in recipient_rows(session, cid)}
    assert [r[0] for r in recipient_rows(session, cid)] == [own.id, shared.id, bare.id,
                                                           person.id, nobody.id]
    assert rows[own.id][2:5] == ("Access Now", "prospect", "US")
    assert rows[own.id][6:8] == ("Ana", "ana@accessnow.org")
    assert rows[shared.id][6:8] == ("Bea", "bea@derechos.org")
    assert rows[bare.id][6:8] == ("First, no address", "")
    assert rows[person.id][1] == "individual" and rows[person.id][7] == "karim@example.org"
    assert rows[nobody.id][5:] == (None, "", "", "")


def test_by_id_and_repeated_values_held_once(session):
    cid = create_campaign(session, "Letter").id
    ids = [add_signatory(session, cid, name=f"Group {n}", country="KE").id for n in range(6)]
    picked = recipient_rows(session, cid, [ids[1], ids[4]])
    assert [r[0] for r in picked] == [ids[1], ids[4]]
    everyone = recipient_rows(session, cid)
    assert len({id(r[3]) for r in everyone}) == 1  # one "prospect" string, not six
    assert len({id(r[4]) for r in everyone}) == 1
    many = [*ids, *range(10**6, 10**6 + ID_LIST_LIMIT)]  # past the IN list: kept in Python
    assert [r[0] for r in recipient_rows(session, cid, many)] == ids
    assert recipient_rows(session, cid, []) == []
