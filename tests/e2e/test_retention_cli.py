"""`signon retention [--dry-run]`: a campaign's private contact data goes
N days after it closed; the letter stays (issue 19). On SQLite and on
PostgreSQL (`db_path` is a file or a server's URL, tests/e2e/conftest.py)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from team.backends import url_of

from signon.cli import main
from signon.commands import retention as retention_command
from signon.store.campaigns import create_campaign, update_campaign
from signon.store.database import open_database
from signon.store.models import Campaign
from signon.store.outbox import NewMessage, enqueue
from signon.store.replies import NewReply, record_reply
from signon.store.setting_keys import ERASURE_LOG, RETENTION_CLEARED
from signon.store.settings import get_setting
from signon.store.signatories import add_signatory, set_status

AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CLOSED = date(2026, 1, 10)
#: What the closed campaign holds privately, and must not hold afterwards.
PRIVATE = ("karim.haddad@bdr.example.org", "+961 1 234 567", "met at RightsCon",
           "ana@accessnow.example.org", "Ana Souza", "Dear Karim", "Yes, Karim signs",
           "smtp.mailfrom=bdr.example.org", "call Ana on Mondays")


def build(url: str) -> None:
    """"Closed letter" (closed on CLOSED, rule: 30 days) with an individual
    and two organisations, messages and replies; "Open letter", still
    collecting, signed by one of the organisations."""
    db = open_database(url)
    try:
        with db.session() as s:
            closed = create_campaign(s, "Closed letter").id
            still_open = create_campaign(s, "Open letter", status="collecting").id
            karim = add_signatory(s, closed, kind="individual", name="Karim Haddad",
                                  contact_email="karim.haddad@bdr.example.org",
                                  contact_phone="+961 1 234 567", notes="met at RightsCon",
                                  at=AT)
            ana = add_signatory(s, closed, name="Access Now", contact_name="Ana Souza",
                                contact_email="ana@accessnow.example.org",
                                notes="call Ana on Mondays", at=AT)
            add_signatory(s, closed, name="Derechos Digitales", contact_name="Diego Paz",
                          contact_email="diego@derechos.example.org", at=AT)
            add_signatory(s, still_open, name="Derechos Digitales", at=AT)
            for n, (sig, name, address) in enumerate((
                    (karim, "Karim", "karim.haddad@bdr.example.org"),
                    (ana, "Ana Souza", "ana@accessnow.example.org"))):
                set_status(s, sig.id, "invited", at=AT)
                enqueue(s, closed, "invitation", [NewMessage(
                    sig.id, name, address, "Invitation", f"Dear {name}, would you sign?",
                    f"<inv-{n}@signon.test>")], at=AT)
                record_reply(s, closed, NewReply(
                    f"<reply-{n}@x.example>", "endorse", from_address=address,
                    text=f"Yes, {name} signs", verified=True, dkim="pass",
                    auth_results=f"mx; dkim=pass smtp.mailfrom={address.split('@')[1]}",
                    signatory_id=sig.id), at=AT)
                set_status(s, sig.id, "endorsed", at=AT)
            update_campaign(s, closed, status="closed", retention_days=30)
            s.get(Campaign, closed).closed_on = CLOSED
    finally:
        db.close()


def dump(url: str) -> str:
    """Every row of the tables that hold private data, as text."""
    db = open_database(url)
    try:
        with db.transaction() as c:
            return "\n".join(str(tuple(row)) for table in (
                "contact", "signatory", "outboxmessage", "reply", "setting")
                for row in c.execute(text(f"SELECT * FROM {table}")))
    finally:
        db.close()


@pytest.fixture
def on_day(monkeypatch):
    def set_day(day: date) -> None:
        monkeypatch.setattr(retention_command, "today", lambda: day)
    return set_day


def letter(db_path, tmp_path, name: str) -> str:
    out = tmp_path / name
    assert main(["--db", str(db_path), "export", "Closed letter", "--format", "txt",
                 "-o", str(out), "--date", "2026-01-10"]) == 0
    return out.read_text(encoding="utf-8")


def test_retention_removes_the_private_data_and_keeps_the_letter(db_path, tmp_path, capsys,
                                                                  on_day):
    url = url_of(db_path)
    build(url)
    before = letter(db_path, tmp_path, "before.txt")

    on_day(date(2026, 2, 8))  # 29 days after closing: not yet
    assert main(["--db", str(db_path), "retention"]) == 0
    assert "nothing is due" in capsys.readouterr().out
    assert all(secret in dump(url) for secret in PRIVATE)

    on_day(date(2026, 2, 9))
    assert main(["--db", str(db_path), "retention", "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert ("“Closed letter” (campaign 1, closed 2026-01-10, 30 days): would remove "
            "2 outbox messages, 2 replies' text and sender, 2 contacts, "
            "2 signatory notes") in said
    assert "total: would remove" in said and "from 1 campaign in" in said
    assert all(secret in dump(url) for secret in PRIVATE)

    assert main(["--db", str(db_path), "retention"]) == 0
    said = capsys.readouterr().out
    assert "removed 2 outbox messages, 2 replies' text and sender, 2 contacts" in said
    assert "backups keep the removed data until they age out" in said
    rows = dump(url)
    for secret in PRIVATE:
        assert secret not in rows, secret
    # the contact an open campaign still needs stays
    assert "diego@derechos.example.org" in rows
    # the letter, the endorsements and the evidence that they were verified stay
    assert letter(db_path, tmp_path, "after.txt") == before
    assert "Karim Haddad" in before and "Access Now" in before
    assert main(["--db", str(db_path), "list", "signatories", "Closed letter"]) == 0
    listed = capsys.readouterr().out
    assert listed.count("endorsed") >= 2

    db = open_database(url)
    try:
        with db.session() as s:
            [entry] = get_setting(s, ERASURE_LOG)
            assert get_setting(s, RETENTION_CLEARED, campaign_id=1) == "2026-02-09"
            verified = s.execute(text("SELECT count(*) FROM reply WHERE verified")).scalar()
    finally:
        db.close()
    assert entry == {"at": "2026-02-09", "retention": 1,
                     "removed": {"outbox messages": 2, "replies": 2, "contacts": 2,
                                 "signatory notes": 2}}
    assert verified == 2
    assert "karim" not in json.dumps(entry).lower()

    # cleared: not reported again
    on_day(date(2026, 6, 1))
    assert main(["--db", str(db_path), "retention"]) == 0
    assert "nothing is due" in capsys.readouterr().out


@pytest.mark.sqlite_only("the bytes of the database file and its write-ahead log")
def test_no_byte_of_the_removed_data_is_left_in_the_file(db_path, on_day):
    build(url_of(db_path))
    on_day(date(2026, 3, 1))
    assert main(["--db", str(db_path), "retention"]) == 0
    for file in db_path.parent.glob(f"{db_path.name}*"):
        data = file.read_bytes()
        for secret in PRIVATE:
            assert secret.encode() not in data, (file.name, secret)
    assert b"diego@derechos.example.org" in db_path.read_bytes()
    assert main(["--db", str(db_path), "check"]) == 0
