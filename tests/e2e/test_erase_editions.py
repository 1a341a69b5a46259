"""An erasure reaches the published editions that printed an individual
signer's name (issue 19): the name is replaced there, the edition is kept
with its number and digest, and a file published before still verifies."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from signon.cli import main
from signon.domain.compose import SectionDraft
from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.editions import publish
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections

AT = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
KARIM = (b"Karim Haddad", b"Beirut Digital Rights", b"karim.haddad@bdr.example.org")
MARK = "[name removed at the signer’s request]"


def published_letter(path):
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        cid = create_campaign(s, "Open letter", status="collecting").id
        replace_sections(s, cid, [SectionDraft(kind="intro", text="We, the undersigned.")])
        add_signatory(s, cid, kind="individual", name="Karim Haddad",
                      affiliation="Beirut Digital Rights",
                      contact_email="karim.haddad@bdr.example.org", status="endorsed", at=AT)
        add_signatory(s, cid, name="Access Now", status="endorsed", at=AT)
        publish(s, cid, on=date(2026, 3, 2))
    db.close()
    return cid


def test_the_name_leaves_the_edition_and_the_edition_stays(tmp_path, capsys):
    path = tmp_path / "c.db"
    cid = published_letter(path)
    before = tmp_path / "edition-1.txt"
    assert main(["--db", str(path), "export", str(cid), "--edition", "1", "--format", "txt",
                 "-o", str(before)]) == 0
    assert "Karim Haddad" in before.read_text("utf-8")
    capsys.readouterr()
    assert main(["--db", str(path), "data-held", "--email", "karim.haddad@bdr.example.org",
                 "--json"]) == 0
    kinds = [p["kind"] for p in json.loads(capsys.readouterr().out)["places"]]
    assert "published edition" in kinds

    assert main(["--db", str(path), "erase", "--email", "karim.haddad@bdr.example.org"]) == 0
    said = capsys.readouterr().out
    assert "replaced their name in 1 published edition" in said
    data = path.read_bytes()
    for secret in KARIM:
        assert secret not in data, secret

    after = tmp_path / "edition-1-now.txt"
    assert main(["--db", str(path), "export", str(cid), "--edition", "1", "--format", "txt",
                 "-o", str(after)]) == 0
    text = after.read_text("utf-8")
    assert MARK in text and "Access Now" in text and "Karim" not in text
    capsys.readouterr()
    # what was published before still verifies as edition 1, by its digest
    assert main(["--db", str(path), "verify", str(before)]) == 0
    assert "edition 1 of “Open letter”" in capsys.readouterr().out
    assert main(["--db", str(path), "check"]) == 0
