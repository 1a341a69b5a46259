"""`signon export --delivery-copy` and `--format campaign --without-private`
end to end through real subprocesses, on SQLite and PostgreSQL (issue 19):
the public letter leaves a "do not publish" signatory out, the delivery
copy prints them under its note and is no edition `signon verify` knows;
the shared campaign file imports into a new database; every misuse is one
line; `signon list` says who is private."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from team.backends import url_of
from test_cli import digest, one_line_error, signon

SECRET = "Karim Haddad"


@pytest.fixture
def campaign_db(db_path):
    """"Joint letter" with two endorsing organisations and an individual
    who endorsed and asked not to be named, made in-process."""
    from signon.domain.compose import SectionDraft
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.signatories import add_signatory, set_private
    from signon.store.statements import replace_sections

    database = open_database(url_of(db_path))
    with database.session() as s:
        cid = create_campaign(s, "Joint letter").id
        replace_sections(s, cid, [SectionDraft(kind="intro", text="We write.")])
        for day, (name, kind) in enumerate((("Org A", "organisation"),
                                            ("Org B", "organisation"),
                                            (SECRET, "individual")), start=1):
            sig = add_signatory(s, cid, name=name, kind=kind, status="endorsed",
                                endorsed_at=datetime(2026, 11, day, tzinfo=UTC),
                                contact_email=f"person{day}@private.example.org",
                                notes="private note 4711")
        set_private(s, [sig.id], True)
    database.close()
    return db_path


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_public_letter_delivery_copy_and_verify(campaign_db, tmp_path):
    db = campaign_db
    public, delivery = tmp_path / "public.txt", tmp_path / "delivery.txt"
    ok(signon("export", "Joint letter", "--format", "txt", "-o", public, "--counts",
              "--date", "2026-11-20", db=db))
    assert SECRET not in public.read_text("utf-8")
    assert ok(signon("export", "Joint letter", "--format", "txt", "-o", delivery,
                     "--delivery-copy", "--date", "2026-11-20", db=db)).strip() == str(delivery)
    text = delivery.read_text("utf-8")
    assert SECRET in text
    assert ("Delivery copy — includes 1 signatory who asked not to be named publicly. "
            "Not for publication.") in text
    # published afterwards: the edition names nobody private, and the
    # delivery copy is not one of its files
    ok(signon("publish", "Joint letter", "--date", "2026-11-20", db=db))
    edition = tmp_path / "edition.txt"
    ok(signon("export", "Joint letter", "--edition", "1", "--format", "txt", "-o", edition,
              db=db))
    assert SECRET not in edition.read_text("utf-8")
    ok(signon("verify", edition, db=db))
    one_line_error(signon("verify", delivery, db=db), "not a file of any published edition")


@pytest.mark.parametrize(("args", "needles"), [
    (("--format", "pdf", "--delivery-copy", "--edition", "1"), ("--delivery-copy", "edition")),
    (("--format", "campaign", "--delivery-copy"), ("--delivery-copy with --format campaign",)),
    (("--format", "csv", "--delivery-copy"), ("--delivery-copy with --format csv",)),
    (("--format", "pdf", "--without-private"), ("--without-private with --format pdf",)),
    (("--format", "campaign", "--without-private", "--delivery-copy"), ("exclude each other",)),
])
def test_each_misuse_is_one_line_and_writes_nothing(campaign_db, tmp_path, args, needles):
    before = digest(campaign_db)
    out = tmp_path / "out"
    one_line_error(signon("export", "Joint letter", "-o", out, *args, db=campaign_db), *needles)
    assert not out.exists() and digest(campaign_db) == before


def test_a_delivery_copy_of_a_campaign_without_private_signatories_is_refused(
        campaign_db, tmp_path):
    from signon.store.database import open_database
    from signon.store.letters import private_ids
    from signon.store.signatories import set_private

    database = open_database(url_of(campaign_db))
    with database.session() as s:
        set_private(s, list(private_ids(s, 1)), False)
    database.close()
    one_line_error(signon("export", "Joint letter", "--format", "pdf", "-o", tmp_path / "x.pdf",
                          "--delivery-copy", db=campaign_db),
                   "no endorsed signatory marked 'do not publish'")


def test_the_shared_campaign_file_imports_into_a_new_database(campaign_db, tmp_path):
    shared = tmp_path / "shared.json"
    ok(signon("export", "Joint letter", "--format", "campaign", "--without-private",
              "-o", shared, db=campaign_db))
    raw = shared.read_text("utf-8")
    assert SECRET not in raw and "@" not in raw and "4711" not in raw
    partner = tmp_path / "partner.db"
    new_id = ok(signon("import-campaign", shared, db=partner)).strip()
    listed = json.loads(ok(signon("list", "signatories", new_id, "--json", db=partner)))
    assert [(r["name"], r["private"]) for r in listed] == [("Org A", False), ("Org B", False)]


def test_list_says_who_is_private(campaign_db):
    lines = ok(signon("list", "signatories", "Joint letter", db=campaign_db)).splitlines()
    marked = [line for line in lines if line.endswith("[do not publish]")]
    assert len(marked) == 1 and SECRET in marked[0]
    listed = json.loads(ok(signon("list", "signatories", "Joint letter", "--json",
                                  db=campaign_db)))
    assert {r["name"]: r["private"] for r in listed} == {
        "Org A": False, "Org B": False, SECRET: True}
