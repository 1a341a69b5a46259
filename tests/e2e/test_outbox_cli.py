"""`signon outbox` as a script runs it: counts on stdout, one line on stderr
for what stops it, nothing written by --dry-run, and a killed send that a
second run completes without sending anything twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date
from email import message_from_bytes, policy

import pytest
from outreach.conftest import (  # noqa: F401  (fixture)
    PEOPLE,
    Recorder,
    smtp_factory,
    without_fallbacks,
)
from team.backends import content_digest, url_of


def signon(db_path, *args, env=None, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "signon", "--db", str(db_path), *map(str, args)],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
        **kwargs)


def smtp_env(server, **extra):
    return {"SIGNON_SMTP_HOST": server.host, "SIGNON_SMTP_PORT": str(server.port),
            "SIGNON_SMTP_SECURITY": "none", "SIGNON_SMTP_FROM": "ana@coalition.example",
            "SIGNON_SMTP_FROM_NAME": "Ana García", "SIGNON_SMTP_RATE": "0", **extra}


def digest(path):
    """The file's bytes (SQLite), every row (PostgreSQL)."""
    return content_digest(path)


@pytest.fixture
def campaign_db(db_path):
    """Five invited signatories in several scripts, and one prospect."""
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.signatories import add_signatory
    from signon.store.templates import update_campaign_outreach

    db = open_database(url_of(db_path))
    with db.session() as s:
        c = create_campaign(s, "AI statement", status="collecting", deadline=date(2026, 12, 1))
        update_campaign_outreach(s, c.id, form_link="https://forms.example/ai",
                                 coordinator="Ana García")
        for name, contact, email, country in PEOPLE:
            add_signatory(s, c.id, name=name, country=country, contact_name=contact,
                          contact_email=email, status="invited")
        add_signatory(s, c.id, name="Fundación Karisma", contact_name="Carolina",
                      contact_email="carolina@karisma.example", country="CO")
    db.close()
    return db_path


def outbox_states(db_path):
    from signon.store.database import open_database
    from signon.store.outbox import outbox

    db = open_database(url_of(db_path))
    try:
        with db.session() as s:
            return sorted(m.state for m in outbox(s, 1))
    finally:
        db.close()


def statuses(db_path):
    from signon.store.database import open_database
    from signon.store.signatories import list_signatories

    db = open_database(url_of(db_path))
    try:
        with db.session() as s:
            return {r.name: r.status for r in list_signatories(s, 1)}
    finally:
        db.close()


def test_dry_run_counts_and_writes_nothing(campaign_db):
    before = digest(campaign_db)
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "invited", "--send", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "would send 5 messages (Reminder (en))\n"
    assert digest(campaign_db) == before
    # without --status: those the template is for (an invitation: the prospect)
    result = signon(campaign_db, "outbox", "AI statement", "--template", "invitation",
                    "--dry-run")
    assert result.stdout == "would queue 1 message (Invitation (en))\n"
    assert result.stderr == ""
    assert digest(campaign_db) == before


def test_send_reminders(campaign_db, smtp_factory):  # noqa: F811
    server = smtp_factory(Recorder())
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "invited", "--send", env=smtp_env(server))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "sent 5 messages\n"
    assert len(server.handler.messages) == 5
    assert set(statuses(campaign_db).values()) == {"reminded", "prospect"}
    # running it again: nobody is invited any more, nothing goes
    again = signon(campaign_db, "outbox", "1", "--template", "reminder", "--status", "invited",
                   "--send", env=smtp_env(server))
    assert again.stdout == "sent 0 messages\n" and len(server.handler.messages) == 5


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_invitation_by_country_with_password_from_env(campaign_db, smtp_factory):  # noqa: F811
    from aiosmtpd.smtp import AuthResult

    def authenticator(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=auth_data.password == b"app-password", handled=False)

    server = smtp_factory(Recorder(), authenticator=authenticator, auth_required=True,
                          auth_require_tls=False)
    env = smtp_env(server, SIGNON_SMTP_USER="ana", SIGNON_SMTP_PASSWORD="app-password")
    result = signon(campaign_db, "outbox", "AI statement", "--template", "invitation",
                    "--country", "CO", "--send", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "sent 1 message\n"
    (msg,) = [message_from_bytes(e.content, policy=policy.default)
              for e in server.handler.messages]
    assert msg["Subject"] == "Invitation to endorse: AI statement"
    assert statuses(campaign_db)["Fundación Karisma"] == "invited"


def test_no_password_is_one_clear_line_and_nothing_is_queued(campaign_db):
    env = {"SIGNON_SMTP_HOST": "127.0.0.1", "SIGNON_SMTP_FROM": "ana@coalition.example",
           "SIGNON_SMTP_USER": "ana"}
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "invited", "--send", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "signon: no password for ana on 127.0.0.1 (no system keyring is available here); "
        "set SIGNON_SMTP_PASSWORD or save it in the app"]
    assert outbox_states(campaign_db) == []


def test_placeholder_error_is_one_line_and_nothing_is_queued(campaign_db):
    from signon.store.database import open_database
    from signon.store.templates import update_campaign_outreach

    db = open_database(url_of(campaign_db))
    with db.session() as s:
        update_campaign_outreach(s, 1, coordinator="")
    without_fallbacks(db, 1)  # the default reminder would sign "The coordinating team"
    db.close()
    result = signon(campaign_db, "outbox", "AI statement", "--template", "thank-you",
                    "--status", "invited")
    assert result.returncode == 0  # thank-you applies to nobody invited: all skipped
    assert "queued 0 messages" in result.stdout
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "template “Reminder (en)”: {coordinator} has no value" in result.stderr
    assert "nothing was queued" in result.stderr
    assert outbox_states(campaign_db) == []


def test_eml_then_mark_sent(campaign_db, tmp_path):
    out = tmp_path / "eml"
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "invited", "--eml", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote 5 .eml files to {out}\n"
    assert len(list(out.glob("*.eml"))) == 5
    assert outbox_states(campaign_db) == ["queued"] * 5
    ids_in_files = {message_from_bytes(p.read_bytes(), policy=policy.default)["Message-ID"]
                    for p in out.glob("*.eml")}

    marked = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "invited", "--mark-sent")
    assert marked.stdout == "marked 5 messages as sent (Reminder (en))\n"
    assert outbox_states(campaign_db) == ["sent"] * 5
    assert set(statuses(campaign_db).values()) == {"reminded", "prospect"}

    from signon.store.database import open_database
    from signon.store.outbox import outbox

    db = open_database(url_of(campaign_db))
    with db.session() as s:
        assert {m.message_id for m in outbox(s, 1)} == ids_in_files  # the same messages
    db.close()


def test_unknown_template_and_status(campaign_db):
    result = signon(campaign_db, "outbox", "AI statement", "--template", "newsletter")
    assert result.returncode == 1
    assert "no template 'newsletter'" in result.stderr and "available:" in result.stderr
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "waiting")
    assert result.returncode == 1 and "'waiting' is not one of" in result.stderr


def test_send_and_eml_are_exclusive(campaign_db):
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder", "--send",
                    "--eml", "x")
    assert result.returncode == 2


@pytest.mark.slow
def test_killed_while_sending_then_rerun_sends_each_exactly_once(campaign_db,
                                                                 smtp_factory):  # noqa: F811
    """The process dies while the server holds message 3 without answering
    (the server did keep it). The next run marks it uncertain, never resends
    it, and sends the two that were still queued."""
    server = smtp_factory(Recorder(drop={3: "hang"}, hang_seconds=20))
    env = {**os.environ, **smtp_env(server)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "signon", "--db", str(campaign_db), "outbox", "AI statement",
         "--template", "reminder", "--status", "invited", "--send"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while len(server.handler.messages) < 3 and time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read()
            time.sleep(0.05)
        assert len(server.handler.messages) == 3
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert outbox_states(campaign_db) == ["queued", "queued", "sending", "sent", "sent"]

    server.handler.drop.clear()
    result = signon(campaign_db, "outbox", "AI statement", "--template", "reminder",
                    "--status", "invited", "--send", env=smtp_env(server))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "sent 2 messages\n"
    assert "1 message from an interrupted run now uncertain" in result.stderr
    assert outbox_states(campaign_db) == ["sent"] * 4 + ["uncertain"]
    counts: dict[str, int] = {}
    for envelope in server.handler.messages:
        for rcpt in envelope.rcpt_tos:
            counts[rcpt] = counts.get(rcpt, 0) + 1
    assert counts == {email: 1 for _, _, email, _ in PEOPLE}
