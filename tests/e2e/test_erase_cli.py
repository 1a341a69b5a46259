"""`signon erase --email`: the person's data leaves the database and every
copy, down to the bytes (issue 19)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime

from signon.cli import main
from signon.store.backup import backup_database
from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.outbox import NewMessage, enqueue
from signon.store.replies import NewReply, record_reply
from signon.store.signatories import add_signatory, set_status

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
KARIM = (b"karim.haddad@bdr.example.org", b"Karim Haddad", b"+961 1 234 567",
         b"met at RightsCon")


def build(path):
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        cid = create_campaign(s, "Open letter").id
        karim = add_signatory(s, cid, kind="individual", name="Karim Haddad",
                              affiliation="Beirut Digital Rights",
                              contact_email="Karim.Haddad@bdr.example.org",
                              contact_phone="+961 1 234 567", notes="met at RightsCon", at=AT)
        org = add_signatory(s, cid, name="Access Now", contact_name="Ana Souza",
                            contact_email="ana@accessnow.example.org", at=AT)
        set_status(s, karim.id, "invited", at=AT)
        for n, (sig, name, address) in enumerate((
                (karim, "Karim Haddad", "karim.haddad@bdr.example.org"),
                (org, "Ana Souza", "ana@accessnow.example.org"))):
            enqueue(s, cid, "invitation", [NewMessage(
                sig.id, name, address, "Invitation", f"Dear {name}, would you sign?",
                f"<inv-{n}@signon.test>")], at=AT)
            record_reply(s, cid, NewReply(f"<reply-{n}@x.example>", "endorse",
                                          from_address=address, text=f"Yes — {name}",
                                          signatory_id=sig.id), at=AT)
    return db


def files_of(tmp_path):
    return [p for p in tmp_path.rglob("*") if p.is_file() and ".db" in p.name]


def test_erasure_reaches_the_database_its_log_and_every_copy(tmp_path, capsys):
    path = tmp_path / "c.db"
    db = build(path)
    backups = tmp_path / "data" / "backups"
    copies = [backup_database(db, folder=backups),
              backup_database(db, backups / "c.before-delete-20260301-090000.db")]
    db.close()
    assert all(any(secret in p.read_bytes() for secret in KARIM) for p in copies)

    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", str(path), "erase", "--email", "KARIM.HADDAD@bdr.example.org",
                 "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "would remove 1 contact, 1 outbox message, 1 reply, 1 individual signer" in said
    assert "and from 2 backups" in said
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    assert main(["--db", str(path), "erase", "--email", "karim.haddad@bdr.example.org"]) == 0
    for file in files_of(tmp_path):
        data = file.read_bytes()
        for secret in KARIM:
            assert secret not in data, (file.name, secret)
        if not file.name.endswith(("-wal", "-shm")):
            assert b"ana@accessnow.example.org" in data  # the rest is untouched
    for file in [path, *copies]:
        assert main(["--db", str(file), "check"]) == 0
    with sqlite3.connect(path) as con:
        [(log,)] = con.execute("SELECT value FROM setting WHERE key = 'privacy.erasures'")
    [entry] = json.loads(log)
    assert entry["removed"] == {"contact": 1, "outbox message": 1, "reply": 1,
                                "individual signer": 1}
    assert "karim" not in log.lower()


def test_an_organisations_contact_leaves_and_its_endorsement_stays(tmp_path, capsys):
    path = tmp_path / "c.db"
    build(path).close()
    assert main(["--db", str(path), "erase", "--email", "ana@accessnow.example.org"]) == 0
    data = path.read_bytes()
    assert b"ana@accessnow.example.org" not in data and b"Ana Souza" not in data
    capsys.readouterr()
    assert main(["--db", str(path), "list", "signatories", "1"]) == 0
    assert "Access Now" in capsys.readouterr().out


def test_notes_that_mention_the_person_are_named_not_rewritten(tmp_path, capsys):
    path = tmp_path / "c.db"
    db = build(path)
    with db.session() as s:
        add_signatory(s, 1, name="Derechos Digitales",
                      notes="Karim (karim.haddad@bdr.example.org) knows them", at=AT)
    db.close()
    assert main(["--db", str(path), "erase", "--email", "karim.haddad@bdr.example.org"]) == 0
    err = capsys.readouterr().err
    assert "left for you to edit: signatory note" in err and "Derechos Digitales" in err
    assert b"Karim (karim.haddad@bdr.example.org) knows them" in path.read_bytes()


def test_on_a_team_database_in_one_transaction(pg_url, capsys):
    db = open_database(pg_url)
    try:
        with db.session() as s:
            cid = create_campaign(s, "Open letter").id
            add_signatory(s, cid, kind="individual", name="Karim Haddad",
                          contact_email="karim.haddad@bdr.example.org", at=AT)
    finally:
        db.close()
    assert main(["--db", pg_url, "erase", "--email", "karim.haddad@bdr.example.org"]) == 0
    assert "administrator" in capsys.readouterr().out
    assert main(["--db", pg_url, "data-held", "--email", "karim.haddad@bdr.example.org",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["places"] == []


def test_compaction_leaves_no_byte_of_a_deleted_row(tmp_path):
    """Whether SQLite overwrites deleted rows depends on how it was built
    (secure_delete): the erasure does not rely on it."""
    from signon.store.erasure import compact_sqlite

    path = tmp_path / "x.db"
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA secure_delete = OFF")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE t (v TEXT)")
    con.execute("INSERT INTO t VALUES (?)", ("x" * 5000,))
    con.execute("INSERT INTO t VALUES ('karim.haddad@bdr.example.org')")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("DELETE FROM t WHERE v LIKE 'karim%'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"karim.haddad" in path.read_bytes()  # still there, in a free slot
    con.close()
    compact_sqlite(path)
    assert b"karim.haddad" not in path.read_bytes()
