"""`signon inbox` and `signon evidence` as a script runs them (issue 18),
through a real subprocess on SQLite and PostgreSQL: a report that writes
nothing, --apply that applies once, the --json shape, and one line for a
mailbox that cannot be read."""

from __future__ import annotations

import csv
import json
import os
import stat

import pytest
from support.inbox_campaign import EXPECTED, INBOX, make_campaign, write_mbox
from team.backends import url_of
from test_cli import digest, one_line_error, signon


def campaign_in(db_path, **kwargs):
    from signon.store.database import open_database

    db = open_database(url_of(db_path))
    try:
        with db.session() as s:
            return make_campaign(s, **kwargs)
    finally:
        db.close()


@pytest.fixture
def inbox_db(db_path):
    campaign_in(db_path)
    return db_path


def statuses(db_path) -> dict[str, tuple]:
    from signon.store.database import open_database
    from signon.store.signatories import list_signatories

    db = open_database(url_of(db_path))
    try:
        with db.session() as s:
            return {r.name: (r.status, r.endorsed_version, r.channel)
                    for r in list_signatories(s, 1)}
    finally:
        db.close()


def as_json(result) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["messages"]


def test_json_says_what_each_message_is_and_writes_nothing(inbox_db, tmp_path):
    """Without --apply the database is left exactly as it was: on SQLite the
    file's bytes (its SHA-256), on PostgreSQL every row."""
    mbox = write_mbox(tmp_path / "replies.mbox")
    before = digest(inbox_db)
    messages = as_json(signon("inbox", "1", "--mbox", mbox, "--json", db=inbox_db))
    assert digest(inbox_db) == before
    assert [set(m) for m in messages] == [{"message_id", "from", "signatory", "match",
                                          "action", "verified", "applied"}] * 8
    assert [(m["signatory"], m["match"], m["action"], m["verified"], m["applied"])
            for m in messages] == [(s, m, a, v, False) for s, m, a, v, _ in EXPECTED]
    assert messages[0]["message_id"] == "<reply-apc-1@apc.example.org>"
    assert messages[0]["from"] == "campaigns@apc.example.org"
    assert messages[2]["from"] == "mailer-daemon@mx.signon.test"


def test_apply_once_then_nothing(inbox_db):
    first = as_json(signon("inbox", "Joint statement", "--eml", INBOX, "--apply", "--json",
                           db=inbox_db))
    assert [(m["signatory"], m["match"], m["action"], m["verified"], m["applied"])
            for m in first] == EXPECTED
    after = statuses(inbox_db)
    assert after["Association for Progressive Communications"] == ("endorsed", 1,
                                                                   "email reply")
    assert after["Derechos Digitales"][0] == "declined"
    assert after["Electronic Frontier Foundation"][0] == "invited"  # by sender: not applied
    assert after["Access Now"][0] == "invited"  # a question: not applied

    before = digest(inbox_db)
    second = as_json(signon("inbox", "1", "--eml", INBOX, "--apply", "--json", db=inbox_db))
    assert [m["action"] for m in second] == ["duplicate"] * 6 + ["unmatched", "duplicate"]
    assert not any(m["applied"] for m in second)
    assert digest(inbox_db) == before
    assert statuses(inbox_db) == after


def test_the_report_in_words(inbox_db):
    result = signon("inbox", "1", "--eml", INBOX, db=inbox_db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 9
    assert lines[0].startswith("endorse     thread  Association for Progressive Communications"
                               "  <campaigns@apc.example.org>  verified, not applied: would be "
                               "applied: endorsed version 1")
    assert lines[-1] == ("read 8 messages; 2 endorse, 1 decline, 1 review, 1 bounce, "
                         "1 auto-reply, 1 duplicate, 1 unmatched; nothing written "
                         "(without --apply)")


def test_a_newer_version_means_reconfirmation(db_path):
    campaign_in(db_path, newer_version=True)
    messages = as_json(signon("inbox", "1", "--eml", INBOX, "--apply", "--json", db=db_path))
    assert messages[0]["applied"] is True
    assert statuses(db_path)["Association for Progressive Communications"] == (
        "needs_reconfirmation", 1, "email reply")


def test_a_bounce_flags_the_address_and_the_message(inbox_db):
    from signon.store.database import open_database
    from signon.store.outbox import outbox, recipient_rows

    as_json(signon("inbox", "1", "--eml", INBOX, "--apply", "--json", db=inbox_db))
    db = open_database(url_of(inbox_db))
    try:
        with db.session() as s:
            states = {r.message_id: r.state for r in outbox(s, 1)}
            flags = {row[2]: row[8] for row in recipient_rows(s, 1)}
    finally:
        db.close()
    assert states["<inv-pi@signon.test>"] == "bounced"
    assert {k: v for k, v in states.items() if k != "<inv-pi@signon.test>"} == dict.fromkeys(
        ["<inv-apc@signon.test>", "<inv-dd@signon.test>", "<inv-a19@signon.test>",
         "<inv-access@signon.test>"], "sent")
    assert flags["Privacy International"] == "bounced"
    assert {v for k, v in flags.items() if k != "Privacy International"} == {""}


def test_the_evidence_file_is_private_and_says_who_authorised_what(inbox_db, tmp_path):
    as_json(signon("inbox", "1", "--eml", INBOX, "--apply", "--json", db=inbox_db))
    out = tmp_path / "evidence.csv"
    result = signon("evidence", "1", "-o", out, db=inbox_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["signatory"] for r in rows] == [e[0] for e in EXPECTED[:6]]
    apc = rows[0]
    assert (apc["action"], apc["statement_version"], apc["matched_by"], apc["verified"],
            apc["dkim"], apc["dmarc"], apc["from"], apc["answered"],
            apc["answered_message_id"], apc["message_id"]) == (
        "endorse", "1", "thread", "yes", "pass", "pass", "campaigns@apc.example.org",
        "invitation", "<inv-apc@signon.test>", "<reply-apc-1@apc.example.org>")
    assert apc["applied_at"] and apc["reply_date"] == "2024-01-16T09:30:00Z"
    assert len(apc["sha256"]) == 64 and "We endorse the statement" in apc["reply_text"]
    assert rows[3]["applied_at"] == "" and rows[3]["matched_by"] == "sender"


@pytest.mark.parametrize(("args", "needles"), [
    (["--mbox", "{tmp}/missing.mbox"], ["missing.mbox: no such mbox file"]),
    (["--mbox", str(INBOX / "01-apc-endorse.eml")], ["01-apc-endorse.eml: not an mbox file"]),
    (["--eml", "{tmp}/nowhere"], ["nowhere: no such folder"]),
    (["--eml", str(INBOX), "--imap-folder", "X"], ["--imap-folder goes with --imap"]),
    (["--imap"], ["IMAP is not set up"]),
    (["--imap", "--imap-host", "127.0.0.1", "--imap-user", "u", "--move-to", "Done"],
     ["--move-to goes with --apply"]),
])
def test_what_stops_it_is_one_line_and_writes_nothing(inbox_db, tmp_path, args, needles):
    before = digest(inbox_db)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    env = {k: "" for k in os.environ if k.startswith("SIGNON_IMAP_")}
    one_line_error(signon("inbox", "1", *args, db=inbox_db, env=env), *needles)
    assert digest(inbox_db) == before


def test_a_refused_imap_login_is_one_line(inbox_db, dovecot_server):
    one_line_error(signon("inbox", "1", "--imap", "--imap-host", "127.0.0.1", "--imap-port",
                          dovecot_server.port, "--imap-security", "none", "--imap-user",
                          "coalition", db=inbox_db,
                          env={"SIGNON_IMAP_PASSWORD": "wrong"}),
                   f"127.0.0.1:{dovecot_server.port}: login refused for coalition")


@pytest.fixture(scope="module")
def dovecot_server():
    from support.dovecot import Dovecot
    from support.requires import require

    require("dovecot")
    server = Dovecot().start()
    yield server
    server.stop()
