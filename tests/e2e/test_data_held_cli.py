"""`signon data-held --email`: every place the database and its backups
hold one person's data (issue 19, an access request)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from signon.cli import main
from signon.store.backup import backup_database
from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.outbox import NewMessage, enqueue
from signon.store.replies import NewReply, record_reply
from signon.store.signatories import add_signatory, set_status

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def build(path):
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        cid = create_campaign(s, "Open letter").id
        other = create_campaign(s, "Unrelated letter").id
        karim = add_signatory(s, cid, name="Beirut Digital Rights", contact_name="Karim Haddad",
                              contact_email="Karim.Haddad@bdr.example.org",
                              contact_phone="+961 1 234 567", at=AT)
        add_signatory(s, cid, name="Access Now", notes="Ask karim.haddad@bdr.example.org "
                      "for a co-signer", at=AT)
        set_status(s, karim.id, "invited", note="called karim.haddad@bdr.example.org", at=AT)
        enqueue(s, cid, "invitation", [NewMessage(
            karim.id, "Karim Haddad", "karim.haddad@bdr.example.org", "Invitation to endorse",
            "Dear Karim Haddad, …", "<inv-1@signon.test>")], at=AT)
        record_reply(s, cid, NewReply("<reply-1@bdr.example.org>", "endorse",
                                      from_address="karim.haddad@bdr.example.org",
                                      subject="Re: Invitation to endorse",
                                      signatory_id=karim.id), at=AT)
        add_signatory(s, other, name="Someone Else", contact_email="else@example.org", at=AT)
    return db


def test_every_place_is_listed_with_the_backups_that_hold_it(tmp_path, capsys):
    path = tmp_path / "c.db"
    db = build(path)
    holding = backup_database(db, folder=tmp_path / "data" / "backups")
    db.close()
    capsys.readouterr()
    assert main(["--db", str(path), "data-held", "--email", "KARIM.HADDAD@bdr.example.org",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    kinds = [p["kind"] for p in found["places"]]
    assert kinds == ["contact", "outbox message", "reply", "signatory note", "history note"]
    contact = found["places"][0]
    assert contact["campaign"] == "Open letter" and contact["of"] == "Beirut Digital Rights"
    assert "Karim Haddad" in contact["holds"] and "+961 1 234 567" in contact["holds"]
    assert found["places"][3]["of"] == "Access Now"
    assert found["backups_checked"] == 1 and found["backups_holding"] == [str(holding)]
    assert "Unrelated letter" not in json.dumps(found)

    assert main(["--db", str(path), "data-held", "--email", "karim.haddad@bdr.example.org"]) == 0
    text = capsys.readouterr().out
    assert "contact (contact 1) · Open letter · Beirut Digital Rights" in text
    assert "backups and safety copies checked: 1; holding the address: 1" in text


def test_nobody_is_nothing(tmp_path, capsys):
    path = tmp_path / "c.db"
    build(path).close()
    capsys.readouterr()
    assert main(["--db", str(path), "data-held", "--email", "nobody@example.org"]) == 0
    text = capsys.readouterr().out
    assert "nothing in the database" in text and "holding the address: 0" in text


def test_on_a_team_database(pg_url, capsys):
    _team(pg_url)
    capsys.readouterr()
    assert main(["--db", pg_url, "data-held", "--email", "Karim.Haddad@bdr.example.org",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [p["kind"] for p in found["places"]] == [
        "contact", "outbox message", "reply", "signatory note", "history note"]


def _team(url):
    db = open_database(url)
    try:
        with db.session() as s:
            cid = create_campaign(s, "Open letter").id
            karim = add_signatory(s, cid, name="Beirut Digital Rights",
                                  contact_name="Karim Haddad",
                                  contact_email="karim.haddad@bdr.example.org", at=AT)
            add_signatory(s, cid, name="Access Now",
                          notes="Ask karim.haddad@bdr.example.org_%", at=AT)
            set_status(s, karim.id, "invited", note="called karim.haddad@bdr.example.org",
                       at=AT)
            enqueue(s, cid, "invitation", [NewMessage(
                karim.id, "Karim Haddad", "karim.haddad@bdr.example.org", "Invitation",
                "Dear Karim Haddad, …", "<inv-1@signon.test>")], at=AT)
            record_reply(s, cid, NewReply("<reply-1@bdr.example.org>", "endorse",
                                          from_address="karim.haddad@bdr.example.org",
                                          signatory_id=karim.id), at=AT)
    finally:
        db.close()
