"""Removing a signatory or deleting a campaign takes the person's data with
it (issue 19): the messages written to them, their replies, an
individual's own contact. An organisation's contacts stay with the
organisation in the directory."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from signon.store.campaigns import create_campaign, delete_campaign, duplicate_campaign
from signon.store.data_held import data_held
from signon.store.models import Contact, OutboxMessage, Reply
from signon.store.outbox import NewMessage, enqueue
from signon.store.replies import NewReply, record_reply
from signon.store.signatories import add_signatory, remove_signatories

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def campaign_with_people(s):
    cid = create_campaign(s, "Open letter").id
    karim = add_signatory(s, cid, kind="individual", name="Karim Haddad",
                          contact_email="karim@bdr.example.org", contact_phone="+961 1 234",
                          at=AT)
    org = add_signatory(s, cid, name="Access Now", contact_name="Ana",
                        contact_email="ana@accessnow.example.org", at=AT)
    for n, (sig, address) in enumerate(((karim, "karim@bdr.example.org"),
                                        (org, "ana@accessnow.example.org"))):
        enqueue(s, cid, "invitation", [NewMessage(sig.id, "", address, "Invitation",
                                                  "Dear …", f"<inv-{n}@signon.test>")], at=AT)
        record_reply(s, cid, NewReply(f"<reply-{n}@x.example>", "endorse",
                                      from_address=address, signatory_id=sig.id), at=AT)
    return cid, karim.id, org.id


def test_removing_signatories_takes_their_messages_replies_and_own_contact(session):
    cid, karim, org = campaign_with_people(session)
    remove_signatories(session, [karim, org])
    assert session.exec(select(OutboxMessage)).all() == []
    assert session.exec(select(Reply)).all() == []
    assert [c.email for c in session.exec(select(Contact)).all()] == [
        "ana@accessnow.example.org"]  # the organisation's, in the directory
    assert data_held(session.connection(), "karim@bdr.example.org") == []


def test_deleting_a_campaign_leaves_no_contact_nothing_can_reach(session):
    cid, karim, org = campaign_with_people(session)
    copy = duplicate_campaign(session, cid).id  # shares Karim's contact
    delete_campaign(session, cid)
    assert session.exec(select(OutboxMessage)).all() == []
    assert session.exec(select(Reply)).all() == []
    emails = sorted(c.email for c in session.exec(select(Contact)).all())
    assert emails == ["ana@accessnow.example.org", "karim@bdr.example.org"]
    delete_campaign(session, copy)
    assert [c.email for c in session.exec(select(Contact)).all()] == [
        "ana@accessnow.example.org"]
