"""The replies' store (issue 18) on SQLite and PostgreSQL: one row per
Message-ID and campaign, what matching reads, how far an IMAP folder was
read, the version each message went out with, and a bounced message."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.store.campaigns import create_campaign, delete_campaign
from signon.store.models import MailboxState, OutboxMessage, Reply, Signatory
from signon.store.organisations import add_contact
from signon.store.outbox import NewMessage, enqueue, mark_bounced, mark_sent
from signon.store.replies import (
    NewReply,
    list_replies,
    mailbox_position,
    mark_applied,
    outbox_by_message_ids,
    processed_message_ids,
    record_reply,
    reply_counts,
    save_mailbox_position,
    set_representative,
    signatories_by_address,
    signatory_facts,
    verification_by_signatory,
)
from signon.store.signatories import add_signatory, remove_signatories
from signon.store.statements import freeze_version, replace_sections

AT = datetime(2024, 1, 16, 9, 30, tzinfo=UTC)


@pytest.fixture
def campaign(session):
    cid = create_campaign(session, "Letter").id
    apc = add_signatory(session, cid, name="APC", website="https://www.apc.example.org",
                        contact_email="Campaigns@APC.example.org").id
    ada = add_signatory(session, cid, kind="individual", name="Ada Lovelace",
                        contact_email="ada@example.net").id
    session.flush()
    return cid, apc, ada


def test_a_reply_is_recorded_once_per_campaign(session, campaign):
    cid, apc, _ada = campaign
    row = record_reply(session, cid, NewReply(
        message_id="<r1@apc.example.org>", action="endorse", signatory_id=apc, match="thread",
        from_address="campaigns@apc.example.org", message_date=AT, verified=True,
        dkim="pass", text="We endorse."), at=AT)
    assert (row.recorded_at, row.applied_at, row.representative_name) == (AT, None, "")
    assert processed_message_ids(session, cid, ["<r1@apc.example.org>", "<other@x>"]) == {
        "<r1@apc.example.org>"}
    with pytest.raises(ValidationError, match="already processed"):
        record_reply(session, cid, NewReply(message_id="<r1@apc.example.org>", action="endorse"))
    with pytest.raises(ValidationError, match="match 'subject'"):
        record_reply(session, cid, NewReply(message_id="<r2@x>", action="endorse",
                                            match="subject"))
    other = create_campaign(session, "Another").id  # another campaign may record it too
    record_reply(session, other, NewReply(message_id="<r1@apc.example.org>", action="review"))
    assert processed_message_ids(session, other, ["<r1@apc.example.org>"]) == {
        "<r1@apc.example.org>"}


def test_the_database_refuses_a_second_row_for_one_message(db):
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
        s.add(Reply(campaign_id=cid, message_id="<same@x>", action="endorse"))
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Reply(campaign_id=cid, message_id="<same@x>", action="decline"))
        s.flush()


def test_pending_applied_counts_and_the_representative(session, campaign):
    cid, apc, ada = campaign
    first = record_reply(session, cid, NewReply(message_id="<a@x>", action="endorse",
                                                signatory_id=apc, match="thread", verified=True))
    second = record_reply(session, cid, NewReply(message_id="<b@x>", action="endorse",
                                                 signatory_id=ada, match="sender"))
    mark_applied(session, first.id, outcome="endorsed version 1", at=AT)
    assert [r.id for r in list_replies(session, cid, pending=True)] == [second.id]
    assert reply_counts(session, cid) == {"total": 2, "applied": 1, "verified": 1,
                                          "pending": 1}
    row = set_representative(session, first.id, "  Ana\u00a0Rivera ", "Director\x07")
    assert (row.representative_name, row.representative_role) == ("Ana Rivera", "Director")
    shown = verification_by_signatory(session, cid)
    assert list(shown) == [apc] and shown[apc].verified and shown[apc].action == "endorse"


def test_matching_reads_contact_addresses_and_websites(session, campaign):
    cid, apc, ada = campaign
    org_id = session.get(Signatory, apc).organisation_id
    add_contact(session, organisation_id=org_id, name="Press", email="press@apc.example.org")
    found = signatories_by_address(session, cid, ["CAMPAIGNS@apc.example.org",
                                                  "press@apc.example.org", "ada@example.net",
                                                  "nobody@example.org"])
    assert found == {"campaigns@apc.example.org": {apc}, "press@apc.example.org": {apc},
                     "ada@example.net": {ada}}
    facts = signatory_facts(session, [apc, ada])
    assert facts[apc].name == "APC" and facts[apc].website == "https://www.apc.example.org"
    assert facts[apc].addresses == {"campaigns@apc.example.org", "press@apc.example.org"}
    assert (facts[ada].name, facts[ada].website, facts[ada].addresses) == (
        "Ada Lovelace", "", frozenset({"ada@example.net"}))


def test_a_message_goes_out_with_the_latest_frozen_version(session, campaign):
    cid, apc, ada = campaign
    [first] = enqueue(session, cid, "invitation", [
        NewMessage(apc, "APC", "campaigns@apc.example.org", "S", "B", "<m1@x>")]).added
    assert session.get(OutboxMessage, first).statement_version is None
    replace_sections(session, cid, [SectionDraft(kind="intro", text="We, the undersigned.")])
    freeze_version(session, cid)
    [second] = enqueue(session, cid, "invitation",
                       [NewMessage(ada, "Ada", "ada@example.net", "S", "B", "<m2@x>")]).added
    refreshed = enqueue(session, cid, "invitation",  # queued again: the text it now carries
                        [NewMessage(apc, "APC", "campaigns@apc.example.org", "S", "B", "<m3@x>")])
    assert refreshed.refreshed == [first]
    session.expire_all()
    assert [session.get(OutboxMessage, i).statement_version for i in (first, second)] == [1, 1]
    assert set(outbox_by_message_ids(session, ["<m1@x>", "<m2@x>", "<zz@x>"])) == {
        "<m1@x>", "<m2@x>"}


def test_only_a_message_that_went_can_bounce(session, campaign):
    cid, apc, _ada = campaign
    [mid] = enqueue(session, cid, "invitation",
                    [NewMessage(apc, "APC", "campaigns@apc.example.org", "S", "B", "<m@x>")]).added
    assert not mark_bounced(session, mid, "a bounce came back")  # still queued
    mark_sent(session, mid, at=AT)
    assert mark_bounced(session, mid, "a bounce came back")
    assert not mark_bounced(session, mid, "again")
    session.expire_all()
    row = session.get(OutboxMessage, mid)
    assert (row.state, row.error) == ("bounced", "a bounce came back")


def test_mailbox_position_keeps_32_bit_unsigned_numbers(session, campaign):
    cid = campaign[0]
    assert mailbox_position(session, cid, "ana@imap.example.org:993", "INBOX") is None
    save_mailbox_position(session, cid, "ana@imap.example.org:993", "INBOX", 4_294_967_295, 12)
    save_mailbox_position(session, cid, "ana@imap.example.org:993", "INBOX", 4_294_967_295,
                          3_000_000_000)
    save_mailbox_position(session, cid, "ana@imap.example.org:993", "Replies", 7, 1)
    assert mailbox_position(session, cid, "ana@imap.example.org:993", "INBOX") == (
        4_294_967_295, 3_000_000_000)
    assert mailbox_position(session, cid, "ana@imap.example.org:993", "Replies") == (7, 1)


def test_replies_go_with_their_campaign_and_their_signatory(session, campaign):
    """Issue 19: removing a signatory takes their replies (their mail, the
    evidence) with them; deleting the campaign takes the rest."""
    cid, apc, ada = campaign
    record_reply(session, cid, NewReply(message_id="<a@x>", action="endorse", signatory_id=apc))
    record_reply(session, cid, NewReply(message_id="<b@x>", action="endorse", signatory_id=ada))
    save_mailbox_position(session, cid, "a@h:993", "INBOX", 1, 2)
    remove_signatories(session, [ada])
    assert [r.signatory_id for r in list_replies(session, cid)] == [apc]
    delete_campaign(session, cid)
    session.flush()
    from sqlmodel import select

    assert session.exec(select(Reply)).all() == []
    assert session.exec(select(MailboxState)).all() == []


def test_an_ignored_reply_is_decided_not_pending(session, campaign):
    from signon.store.replies import IGNORED_OUTCOME, ignore_reply, reply_counts

    cid, apc, ada = campaign
    kept = record_reply(session, cid, NewReply(message_id="<a@x>", action="review",
                                                signatory_id=apc))
    record_reply(session, cid, NewReply(message_id="<b@x>", action="review", signatory_id=ada))
    ignore_reply(session, kept.id)
    assert [r.signatory_id for r in list_replies(session, cid, pending=True)] == [ada]
    assert reply_counts(session, cid)["pending"] == 1
    assert list_replies(session, cid)[0].outcome == IGNORED_OUTCOME  # kept as evidence
