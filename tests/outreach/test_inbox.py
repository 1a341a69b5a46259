"""Reading replies (issue 18): matching by thread and by sender, the
evidence, and applying through the workflow — once, and only what is clear.
The replies are tests/data/inbox/ (tests/support/inbox_campaign.py says
what each one is)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from support.inbox_campaign import EML_FILES, EXPECTED, INBOX, make_campaign, write_mbox

from signon.domain.errors import ValidationError
from signon.outreach.inbox import CHANNEL, confirm_reply, read_inbox
from signon.outreach.mailboxes import EmlFolder, MailboxError, MboxFile
from signon.progress import Cancelled, Progress
from signon.store.models import Contact, OutboxMessage, Signatory
from signon.store.replies import evidence_rows, list_replies, reply_counts
from signon.store.signatories import events

NOW = datetime(2024, 2, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def inbox(db):
    with db.session() as s:
        return make_campaign(s)


def status_of(db, sid):
    with db.session() as s:
        sig = s.get(Signatory, sid)
        return sig.status, sig.endorsed_version, sig.channel


def shape(report):
    return [(e.signatory, e.match, e.action, e.verified, e.applied) for e in report.entries]


def test_a_reading_without_apply_says_everything_and_writes_nothing(db, inbox):
    report = read_inbox(db, inbox.id, EmlFolder(INBOX), now=NOW)
    assert shape(report) == [(s, m, a, v, False) for s, m, a, v, _ in EXPECTED]
    assert [e.message_id for e in report.entries][:2] == [
        "<reply-apc-1@apc.example.org>", "<reply-dd-1@derechos.example.org>"]
    assert report.entries[0].outcome == "would be applied: endorsed version 1"
    assert report.entries[3].outcome == "matched by sender only: endorse to confirm"
    with db.session() as s:
        assert list_replies(s, inbox.id) == []
    assert status_of(db, inbox.signatories["Association for Progressive Communications"])[0] \
        == "invited"


def test_apply_endorses_declines_and_bounces_what_the_thread_matched(db, inbox):
    report = read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, now=NOW)
    assert shape(report) == EXPECTED
    apc = inbox.signatories["Association for Progressive Communications"]
    assert status_of(db, apc) == ("endorsed", 1, CHANNEL)
    assert status_of(db, inbox.signatories["Derechos Digitales"])[0] == "declined"
    for name in ("Electronic Frontier Foundation", "ARTICLE 19", "Access Now",
                 "Privacy International"):
        assert status_of(db, inbox.signatories[name])[0] == "invited", name
    with db.session() as s:
        [event] = [e for e in events(s, apc) if e.to_status == "endorsed"]
        assert event.channel == "email reply" and event.from_status == "invited"
        assert "<reply-apc-1@apc.example.org>" in event.note
        assert "campaigns@apc.example.org" in event.note and "<inv-apc@signon.test>" in event.note
        # endorsed when the reply says it was written (16 Jan 2024, 10:30 +01:00)
        assert s.get(Signatory, apc).endorsed_at.replace(tzinfo=UTC) == datetime(
            2024, 1, 16, 9, 30, tzinfo=UTC)
        bounced = s.get(OutboxMessage, inbox.outbox["<inv-pi@signon.test>"])
        assert bounced.state == "bounced"
        contact = s.get(Contact, s.get(
            Signatory, inbox.signatories["Privacy International"]).contact_id)
        assert contact.email_status == "bounced"
        rows = list_replies(s, inbox.id)
        # every matched message is recorded once (not the newsletter, not the copy)
        assert [r.message_id for r in rows] == [e.message_id for e in report.entries[:6]]
        assert [r.applied_at is not None for r in rows] == [True, True, True, False, False,
                                                           False]
        assert reply_counts(s, inbox.id) == {"total": 6, "applied": 3, "verified": 3,
                                             "pending": 3}
        apc_row = rows[0]
        assert (apc_row.dkim, apc_row.spf, apc_row.dmarc) == ("pass", "pass", "pass")
        assert apc_row.verified and apc_row.match == "thread" and apc_row.statement_version == 1
        assert apc_row.digest == __import__("hashlib").sha256(
            EML_FILES[0].read_bytes()).hexdigest()
        assert "dkim=pass header.d=apc.example.org" in apc_row.auth_results
        assert apc_row.text.startswith("Dear colleagues,\n\nWe endorse the statement.")
        assert "Would your organisation" not in apc_row.text  # the quote is not the reply
        assert apc_row.representative_name == "" and apc_row.representative_role == ""
        assert apc_row.message_date == datetime(2024, 1, 16, 9, 30, tzinfo=UTC)
        assert rows[3].outcome == "matched by sender only: endorse to confirm"
        assert rows[4].outcome == "automatic reply: ignored"
        assert rows[5].outcome.startswith("to review")


def test_a_second_reading_applies_nothing(db, inbox):
    read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, now=NOW)
    with db.session() as s:
        before = [(e.id, e.to_status) for sid in inbox.signatories.values()
                  for e in events(s, sid)]
    again = read_inbox(db, inbox.id, MboxFile(write_mbox(db.path.parent / "r.mbox")),
                       apply=True, now=NOW)
    assert [e.action for e in again.entries] == ["duplicate"] * 6 + ["unmatched", "duplicate"]
    assert not any(e.applied for e in again.entries)
    with db.session() as s:
        assert [(e.id, e.to_status) for sid in inbox.signatories.values()
                for e in events(s, sid)] == before
        assert len(list_replies(s, inbox.id)) == 6


def test_an_endorsement_of_an_older_text_needs_reconfirmation(db):
    with db.session() as s:
        campaign = make_campaign(s, newer_version=True)
    report = read_inbox(db, campaign.id, EmlFolder(INBOX), apply=True, now=NOW)
    apc = campaign.signatories["Association for Progressive Communications"]
    assert report.entries[0].applied
    assert report.entries[0].outcome == ("endorsed version 1; the text is now version 2: "
                                         "needs reconfirmation")
    assert status_of(db, apc) == ("needs_reconfirmation", 1, CHANNEL)
    with db.session() as s:
        assert [(e.from_status, e.to_status) for e in events(s, apc)][-2:] == [
            ("invited", "endorsed"), ("endorsed", "needs_reconfirmation")]
        assert list_replies(s, campaign.id)[0].statement_version == 1


def test_an_endorser_is_left_as_is_and_a_refusal_the_workflow_refuses_is_reported(db, inbox):
    from signon.store.signatories import set_status

    with db.session() as s:
        set_status(s, inbox.signatories["Association for Progressive Communications"],
                   "endorsed")
        set_status(s, inbox.signatories["Derechos Digitales"], "endorsed")
    report = read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, now=NOW)
    apc, dd = report.entries[:2]
    assert (apc.applied, apc.outcome) == (False, "already endorsed")
    assert not dd.applied
    assert dd.outcome.startswith("not applied: cannot change status from endorsed to declined")
    assert status_of(db, inbox.signatories["Derechos Digitales"])[0] == "endorsed"


def test_a_reply_to_another_campaigns_message_is_not_this_campaigns(db, inbox):
    """The same organisations on a second campaign: a reply to the first
    campaign's invitation is unmatched here, not taken by sender."""
    with db.session() as s:
        other = make_campaign(s, title="Another letter", message_ids={
            mid: mid.replace("@signon.test", "-2@signon.test") for mid in inbox.outbox})
    report = read_inbox(db, other.id, EmlFolder(INBOX), apply=True, now=NOW)
    first = report.entries[0]
    assert (first.action, first.match, first.outcome) == (
        "unmatched", None, "answers a message of another campaign")
    # EFF's reply answers nothing: by sender it is EFF of this campaign too
    assert (report.entries[3].match, report.entries[3].signatory) == (
        "sender", "Electronic Frontier Foundation")


def test_the_coordinator_confirms_a_sender_match(db, inbox):
    read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, now=NOW)
    eff = inbox.signatories["Electronic Frontier Foundation"]
    with db.session() as s:
        [pending] = [r for r in list_replies(s, inbox.id, pending=True)
                     if r.match == "sender"]
        done = confirm_reply(s, pending.id)
        assert done == "endorsed version 1"
        with pytest.raises(ValidationError, match="already applied"):
            confirm_reply(s, pending.id)
    assert status_of(db, eff) == ("endorsed", 1, CHANNEL)
    with db.session() as s:
        assert list_replies(s, inbox.id)[3].outcome == "endorsed version 1 (confirmed)"
        [review] = [r for r in list_replies(s, inbox.id, pending=True) if r.action == "review"]
        with pytest.raises(ValidationError, match="not review"):
            confirm_reply(s, review.id)
        assert confirm_reply(s, review.id, "decline") == "declined"
    assert status_of(db, inbox.signatories["Access Now"])[0] == "declined"


def test_evidence_rows_name_who_answered_what(db, inbox):
    read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, now=NOW)
    with db.session() as s:
        rows = evidence_rows(s, inbox.id)
    assert [(r.signatory, r.answered_kind, r.answered_message_id) for r in rows][:2] == [
        ("Association for Progressive Communications", "invitation", "<inv-apc@signon.test>"),
        ("Derechos Digitales", "invitation", "<inv-dd@signon.test>")]
    assert rows[3].answered_kind == ""  # by sender: it answered nothing of ours


def test_cancel_keeps_the_batches_done_and_the_rest_comes_next_time(db, inbox, monkeypatch):
    import signon.outreach.inbox as inbox_module

    monkeypatch.setattr(inbox_module, "BATCH", 2)
    progress = Progress(lambda done, total, _m: done == 3 and progress.cancel())
    with pytest.raises(Cancelled):
        read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, progress=progress, now=NOW)
    with db.session() as s:  # the first batch (APC, Derechos Digitales) stayed
        assert [r.message_id for r in list_replies(s, inbox.id)] == [
            "<reply-apc-1@apc.example.org>", "<reply-dd-1@derechos.example.org>"]
    report = read_inbox(db, inbox.id, EmlFolder(INBOX), apply=True, now=NOW)
    assert [e.applied for e in report.entries] == [False, False, True, False, False, False,
                                                   False, False]


def test_a_message_without_a_message_id_is_known_by_its_digest(db, inbox, tmp_path):
    raw = EML_FILES[0].read_bytes().replace(b"Message-ID: <reply-apc-1@apc.example.org>\n", b"")
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(raw)
    (folder / "b.eml").write_bytes(raw)
    report = read_inbox(db, inbox.id, EmlFolder(folder), apply=True, now=NOW)
    assert [e.action for e in report.entries] == ["endorse", "duplicate"]
    assert report.entries[0].message_id.endswith("@no-message-id.sign-on.invalid>")


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: MboxFile(p / "missing.mbox"), "missing.mbox: no such mbox file"),
    (lambda p: MboxFile(p), "is a folder, not an mbox file"),
    (lambda p: MboxFile(shutil.copy(EML_FILES[0], p / "x.mbox")),
     "x.mbox: not an mbox file"),
    (lambda p: EmlFolder(p / "nowhere"), "nowhere: no such folder"),
    (lambda p: EmlFolder(shutil.copy(EML_FILES[0], p / "one.eml")), "one.eml: not a folder"),
])
def test_a_mailbox_that_cannot_be_read_says_which_and_why(db, inbox, tmp_path, make, message):
    with pytest.raises(MailboxError, match=message):
        read_inbox(db, inbox.id, make(tmp_path))


def test_an_encoded_subject_is_recorded_as_a_person_reads_it(db, inbox, tmp_path):
    """Messages are parsed with the fast compat32 API (mailboxes.parse): the
    subject kept as evidence is decoded, not "=?utf-8?b?…?="."""
    raw = (INBOX / "01-apc-endorse.eml").read_bytes()
    encoded = "=?utf-8?b?" + __import__("base64").b64encode(
        "Re: Adhesión — توقيع".encode()).decode() + "?="
    head, _, body = raw.partition(b"\n\n")
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"subject:")]
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "reply.eml").write_bytes(b"\n".join([*lines, b"Subject: " + encoded.encode()])
                                       + b"\n\n" + body)
    [entry] = read_inbox(db, inbox.id, EmlFolder(folder), apply=True, now=NOW).entries
    assert entry.subject == "Re: Adhesión — توقيع"
    with db.session() as s:
        [row] = evidence_rows(s, inbox.id)
    assert "Re: Adhesión — توقيع" in str(row)
