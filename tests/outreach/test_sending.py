"""Sending against a real SMTP server: each message arrives once, with the
right headers, whatever the script of the names, even when the connection
drops halfway and the run is retried."""

from __future__ import annotations

import pytest

from outreach.conftest import PEOPLE, Recorder, queue
from signon.outreach.mailing import queue_messages, recipients
from signon.outreach.sending import SendControl, send_outbox
from signon.outreach.settings import SmtpSettings
from signon.outreach.smtp import SmtpConnection, SmtpError
from signon.progress import Cancelled, Progress
from signon.store.outbox import claim, outbox, resolve_uncertain, set_excluded
from signon.store.signatories import events, list_signatories
from signon.store.templates import find_template, save_template


def states(db, campaign_id):
    with db.session() as s:
        return {m.to_address: m.state for m in outbox(s, campaign_id)}


def delivered(server):
    """Recipient address → how many times the server accepted a message for it."""
    counts: dict[str, int] = {}
    for envelope in server.handler.messages:
        for rcpt in envelope.rcpt_tos:
            counts[rcpt] = counts.get(rcpt, 0) + 1
    return counts


def test_each_message_arrives_once_with_decoded_headers(db, campaign, smtp_server):
    result = queue(db, campaign, "reminder")
    assert result.queued == 5

    report = send_outbox(db, campaign, smtp_server.settings())

    assert (report.sent, report.failed, report.uncertain) == (5, 0, 0)
    assert delivered(smtp_server) == {email: 1 for _, _, email, _ in PEOPLE}
    by_to = {m["To"].addresses[0].addr_spec: m for m in smtp_server.handler.parsed()}
    for org, contact, email, _ in PEOPLE:
        msg = by_to[email]
        assert msg["To"].addresses[0].display_name == contact  # Arabic, Chinese, Cyrillic …
        assert msg["Subject"] == ("Reminder: endorsements for “Joint statement on AI and human "
                                  "rights” close on December 1, 2026")
        body = msg.get_content()
        assert f"Dear {contact}," in body
        assert org in body
        assert msg["From"].addresses[0].display_name == "Coalición por los Derechos Digitales"
        assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(">")
    # the raw header is ASCII (RFC 2047), as every server requires without SMTPUTF8
    raw = smtp_server.handler.messages[1].content.split(b"\r\n\r\n")[0]
    assert raw.isascii()
    with db.session() as s:
        ids = {m.to_address: m.message_id for m in outbox(s, campaign)}
    assert {m["Message-ID"] for m in smtp_server.handler.parsed()} == set(ids.values())


def test_utf8_subject_in_any_script(db, campaign, smtp_server):
    with db.session() as s:
        save_template(s, campaign, kind="custom", name="Multilingual",
                      subject="تذكير · 提醒 · Напоминание: {organisation}",
                      body="{contact} — {campaign}")
        template = find_template(s, campaign, "Multilingual")
        queue_messages(s, campaign, template, recipients(s, campaign))
    send_outbox(db, campaign, smtp_server.settings())
    subjects = sorted(m["Subject"] for m in smtp_server.handler.parsed())
    assert "تذكير · 提醒 · Напоминание: Мемориал" in subjects
    assert "تذكير · 提醒 · Напоминание: 中国数字权利联盟" in subjects
    assert "تذكير · 提醒 · Напоминание: الجمعية العربية لحقوق الإنسان" in subjects


def test_sent_reminder_moves_invited_to_reminded_with_an_event(db, campaign, smtp_server):
    queue(db, campaign, "reminder")
    send_outbox(db, campaign, smtp_server.settings())
    with db.session() as s:
        rows = list_signatories(s, campaign)
        assert {r.status for r in rows} == {"reminded"}
        message = outbox(s, campaign)[0]
        last = events(s, rows[0].id)[-1]
    assert (last.from_status, last.to_status, last.channel) == ("invited", "reminded", "email")
    assert message.message_id in last.note and "reminder sent" in last.note


def test_invitation_moves_prospect_to_invited(db, campaign, smtp_server):
    from signon.store.signatories import add_signatory

    with db.session() as s:
        add_signatory(s, campaign, name="Fundación Karisma", contact_name="Carolina",
                      contact_email="carolina@karisma.example", status="prospect")
    result = queue(db, campaign, "invitation", statuses=["prospect"])
    assert result.queued == 1
    send_outbox(db, campaign, smtp_server.settings())
    with db.session() as s:
        statuses = {r.name: r.status for r in list_signatories(s, campaign)}
    assert statuses["Fundación Karisma"] == "invited"
    body = smtp_server.handler.parsed()[0].get_content()
    assert "invite Fundación Karisma to endorse" in body


def test_second_run_sends_nothing(db, campaign, smtp_server):
    queue(db, campaign)
    send_outbox(db, campaign, smtp_server.settings())
    again = send_outbox(db, campaign, smtp_server.settings())
    assert again.total == 0
    assert len(smtp_server.handler.messages) == 5


def test_drop_before_data_then_retry_delivers_each_exactly_once(db, campaign, smtp_factory):
    server = smtp_factory(Recorder(drop={3: "rcpt"}))
    queue(db, campaign)

    first = send_outbox(db, campaign, server.settings())
    assert (first.sent, first.failed, first.uncertain) == (4, 1, 0)
    failed = [a for a, st in states(db, campaign).items() if st == "failed"]
    assert len(failed) == 1

    retry = send_outbox(db, campaign, server.settings())
    assert (retry.total, retry.sent) == (1, 1)
    assert delivered(server) == {email: 1 for _, _, email, _ in PEOPLE}
    assert set(states(db, campaign).values()) == {"sent"}


def test_drop_after_data_is_uncertain_and_never_resent_automatically(db, campaign,
                                                                     smtp_factory):
    """The server kept message 2 but the connection died before its reply:
    the app cannot know, so it marks it uncertain and a retry leaves it."""
    server = smtp_factory(Recorder(drop={2: "kept"}))
    queue(db, campaign)

    first = send_outbox(db, campaign, server.settings())
    assert (first.sent, first.uncertain) == (4, 1)
    retry = send_outbox(db, campaign, server.settings())
    assert retry.total == 0
    assert delivered(server) == {email: 1 for _, _, email, _ in PEOPLE}

    with db.session() as s:
        (uncertain,) = outbox(s, campaign, ["uncertain"])
        assert "may or may not" in uncertain.error
        resolve_uncertain(s, [uncertain.id], was_sent=True)  # found in Sent folder
    assert set(states(db, campaign).values()) == {"sent"}


def test_uncertain_lost_message_goes_again_when_the_coordinator_says_so(db, campaign,
                                                                       smtp_factory):
    server = smtp_factory(Recorder(drop={4: "lost"}))
    queue(db, campaign)
    send_outbox(db, campaign, server.settings())
    with db.session() as s:
        (uncertain,) = outbox(s, campaign, ["uncertain"])
        message_id = uncertain.message_id
        assert resolve_uncertain(s, [uncertain.id], was_sent=False) == 1
    again = send_outbox(db, campaign, server.settings())
    assert again.sent == 1
    assert delivered(server) == {email: 1 for _, _, email, _ in PEOPLE}
    # the same Message-ID on every attempt: a duplicate is recognisable as one
    assert server.handler.parsed()[-1]["Message-ID"] == message_id


def test_interrupted_sending_row_becomes_uncertain(db, campaign, smtp_server):
    result = queue(db, campaign)
    with db.session() as s:
        assert claim(s, result.message_ids[0]) is not None  # then the app "crashed"
    report = send_outbox(db, campaign, smtp_server.settings())
    assert (report.recovered, report.sent) == (1, 4)
    with db.session() as s:
        row = outbox(s, campaign, ids=[result.message_ids[0]])[0]
    assert row.state == "uncertain" and "interrupted" in row.error
    assert len(smtp_server.handler.messages) == 4


def test_claim_is_exclusive(db, campaign):
    result = queue(db, campaign)
    with db.session() as s:
        assert claim(s, result.message_ids[0]) is not None
    with db.session() as s:
        assert claim(s, result.message_ids[0]) is None


def test_signatory_who_answered_meanwhile_is_not_reminded(db, campaign, smtp_server):
    from signon.store.signatories import set_status

    result = queue(db, campaign)
    with db.session() as s:
        row = outbox(s, campaign, ids=[result.message_ids[0]])[0]
        set_status(s, row.signatory_id, "endorsed", channel="form")
    report = send_outbox(db, campaign, smtp_server.settings())
    assert (report.sent, report.skipped) == (4, 1)
    with db.session() as s:
        row = outbox(s, campaign, ids=[result.message_ids[0]])[0]
    assert row.state == "excluded"
    assert row.error == ("not sent: Marwa Fatafta: reminders go only to those invited who have "
                         "not answered yet")


def test_excluded_messages_are_not_sent(db, campaign, smtp_server):
    result = queue(db, campaign)
    with db.session() as s:
        assert set_excluded(s, result.message_ids[:2]) == 2
    report = send_outbox(db, campaign, smtp_server.settings())
    assert report.sent == 3
    with db.session() as s:
        assert set_excluded(s, result.message_ids[:1], excluded=False) == 1
    assert send_outbox(db, campaign, smtp_server.settings()).sent == 1


def test_cancel_stops_between_messages_and_keeps_the_rest_queued(db, campaign, smtp_server):
    queue(db, campaign)
    progress = Progress()

    def on_step(done, total, message):
        if done == 2:
            progress.cancel()

    progress._callback = on_step
    with pytest.raises(Cancelled, match="2 sent"):
        send_outbox(db, campaign, smtp_server.settings(), progress=progress)
    assert sorted(states(db, campaign).values()) == ["queued"] * 3 + ["sent"] * 2
    assert len(smtp_server.handler.messages) == 2


def test_rate_limit_spaces_messages(db, campaign, smtp_server):
    queue(db, campaign)
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    send_outbox(db, campaign, smtp_server.settings(rate_per_minute=60),
                clock=lambda: now[0], sleep=sleep)
    assert sum(slept) == pytest.approx(4.0)  # 5 messages at one a second


def test_pause_waits_until_resumed(db, campaign, smtp_server):
    import threading

    queue(db, campaign)
    control = SendControl()
    control.pause()
    timer = threading.Timer(0.3, control.resume)
    timer.start()
    report = send_outbox(db, campaign, smtp_server.settings(), control=control)
    timer.join()
    assert report.sent == 5


def test_unreachable_server_stops_before_claiming_anything(db, campaign):
    from outreach.conftest import free_port

    queue(db, campaign)
    settings = SmtpSettings(
        host="127.0.0.1", port=free_port(), security="none",
        from_address="me@coalition.example", timeout=2)
    with pytest.raises(SmtpError, match="cannot connect"):
        send_outbox(db, campaign, settings)
    assert set(states(db, campaign).values()) == {"queued"}


class RefusesDmitry(Recorder):
    """A server that refuses one recipient, as a mailbox that does not exist."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("dmitry"):
            return "550 5.1.1 no such user"
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


def test_recipient_refused_is_failed_with_the_reason(db, campaign, smtp_factory):
    server = smtp_factory(RefusesDmitry())
    queue(db, campaign)
    report = send_outbox(db, campaign, server.settings())
    assert (report.sent, report.failed) == (4, 1)
    with db.session() as s:
        (failed,) = outbox(s, campaign, ["failed"])
    assert "550" in failed.error and "no such user" in failed.error


def test_a_refusal_is_stored_in_english_and_reported_in_the_language(db, campaign,
                                                                     smtp_factory):
    """The outbox keeps why a message failed in English (stored text); the
    run's report says it in the user's language, the server's reply as the
    server wrote it."""
    from signon import message_catalog
    from signon.domain import messages
    from signon.domain.outbox_notes import shown_note

    server = smtp_factory(RefusesDmitry())
    queue(db, campaign)
    message_catalog.install("fr")
    try:
        report = send_outbox(db, campaign, server.settings())
        with db.session() as s:
            (failed,) = outbox(s, campaign, ["failed"])
        assert failed.error == "recipient refused: 550 5.1.1 no such user"
        assert report.errors == [f"{failed.to_address}: destinataire refusé : 550 5.1.1 no such "
                                 "user"]
        assert shown_note(failed.error) == "destinataire refusé : 550 5.1.1 no such user"
    finally:
        messages.install(None)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_with_password_from_keyring(db, campaign, smtp_factory, keyring_backend):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    from signon.outreach import secrets

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"s3cret-\xc3\xa9"
        return AuthResult(success=ok, handled=False)

    server = smtp_factory(Recorder(), authenticator=authenticator, auth_required=True,
                          auth_require_tls=False)
    settings = server.settings(user="ana")
    result = secrets.set_password(settings.host, "ana", "s3cret-é")
    assert result.remembered
    secrets.clear_session()  # a new session: only the keyring has it now
    queue(db, campaign)
    password = secrets.get_password(settings.host, "ana")
    assert send_outbox(db, campaign, settings, password).sent == 5

    with pytest.raises(SmtpError, match="login refused for ana"):
        SmtpConnection(settings, "wrong").open()
    with pytest.raises(SmtpError, match="no password for ana"):
        SmtpConnection(settings, None).open()


def test_international_addresses(db, campaign, smtp_server):
    """An IDN domain goes as IDNA; a non-ASCII local part needs SMTPUTF8,
    which this server announces."""
    from signon.store.signatories import add_signatory

    with db.session() as s:
        add_signatory(s, campaign, name="Bürgerrechte e.V.", contact_name="Jürgen",
                      contact_email="info@bürgerrechte.example", status="invited")
        add_signatory(s, campaign, name="Открытые права", contact_name="Дмитрий",
                      contact_email="дмитрий@права.example", status="invited")
    queue(db, campaign, statuses=["invited"])
    report = send_outbox(db, campaign, smtp_server.settings())
    assert report.failed == 0 and report.sent == 7
    rcpts = {r for e in smtp_server.handler.messages for r in e.rcpt_tos}
    assert "info@xn--brgerrechte-thb.example" in rcpts
    assert "дмитрий@права.example" in rcpts
    from email import message_from_string, policy

    # RFC 6532 headers are raw UTF-8: parse them as text
    parsed = [message_from_string(e.content.decode("utf-8"), policy=policy.default)
              for e in smtp_server.handler.messages]
    by_name = {m["To"].addresses[0].display_name: m for m in parsed}
    assert by_name["Jürgen"]["To"].addresses[0].addr_spec == "info@xn--brgerrechte-thb.example"
    assert by_name["Дмитрий"]["To"].addresses[0].addr_spec == "дмитрий@права.example"
    assert by_name["Дмитрий"]["From"].addresses[0].display_name == \
        "Coalición por los Derechos Digitales"


def test_non_ascii_local_part_without_smtputf8_fails_with_reason(db, campaign, smtp_factory):
    from signon.store.signatories import add_signatory

    server = smtp_factory(Recorder(), enable_SMTPUTF8=False)
    with db.session() as s:
        add_signatory(s, campaign, name="Открытые права", contact_name="Дмитрий",
                      contact_email="дмитрий@права.example", status="invited")
    queue(db, campaign)
    report = send_outbox(db, campaign, server.settings())
    assert (report.sent, report.failed) == (5, 1)
    assert "SMTPUTF8" in report.errors[0]
