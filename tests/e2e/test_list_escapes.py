"""`signon list` never prints a name's control characters raw: a name that
reached the database before control characters were cleaned on entry (an
older version, another tool) shows its escapes as text."""

from __future__ import annotations

import json
import sqlite3

from signon.cli import main
from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.signatories import add_signatory


def test_list_shows_control_characters_escaped(tmp_path, capsys):
    path = tmp_path / "c.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
        add_signatory(s, cid, name="Red Rights", acronym="RR")
        add_signatory(s, cid, kind="individual", name="Ada Lovelace")
    db.close()
    with sqlite3.connect(path) as con:  # as an older version could have stored them
        con.execute("UPDATE organisation SET name = ? WHERE name = 'Red Rights'",
                    ("\x1b]0;pwned\x07\x1b[31mRed Rights",))
        con.execute("UPDATE signatory SET name = ? WHERE name = 'Ada Lovelace'",
                    ("Ada\x9b2J\nLovelace\u2028",))
        con.execute("UPDATE campaign SET title = ?", ("Letter\x1b[2J",))
    capsys.readouterr()
    assert main(["--db", str(path), "list", "signatories", str(cid)]) == 0
    out = capsys.readouterr().out
    assert "\\x1b]0;pwned\\x07\\x1b[31mRed Rights (RR)" in out
    assert "Ada\\x9b2J\\nLovelace\\u2028" in out
    assert not any(ch in out for ch in "\x1b\x07\x9b\u2028")
    assert len(out.splitlines()) == 2

    assert main(["--db", str(path), "list", "campaigns"]) == 0
    out = capsys.readouterr().out
    assert "Letter\\x1b[2J" in out and "\x1b" not in out

    assert main(["--db", str(path), "list", "signatories", str(cid), "--json"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b\u2028")
    names = {row["name"] for row in json.loads(out)}  # a script still reads them exactly
    assert names == {"Ada\x9b2J\nLovelace\u2028", "\x1b]0;pwned\x07\x1b[31mRed Rights"}
