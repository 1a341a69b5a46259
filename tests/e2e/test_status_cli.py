"""`signon status CAMPAIGN SIGNATORY STATUS [--note] [--date] [--correct --reason]`
through a real subprocess (#21): the workflow's moves, corrections outside
them, and one line and an untouched database for every refusal."""

from __future__ import annotations

import json

import pytest
from team.backends import url_of
from test_cli import digest, one_line_error, signon


@pytest.fixture
def demo_db(db_path):
    """The demo campaign (1) in the test's database, made in-process."""
    from signon.exchange.campaign_file import load_demo
    from signon.store.database import open_database

    database = open_database(url_of(db_path))
    with database.session() as s:
        load_demo(s)
    database.close()
    return db_path


def history(db, signatory_id: int) -> list[tuple]:
    from signon.store.database import open_database
    from signon.store.signatories import events

    database = open_database(url_of(db))
    try:
        with database.session() as s:
            return [(e.from_status, e.to_status, e.kind, e.note, e.at.date().isoformat())
                    for e in sorted(events(s, signatory_id), key=lambda e: e.id)]
    finally:
        database.close()


def listed(db, status: str) -> dict[str, int]:
    result = signon("list", "signatories", "1", "--status", status, "--json", db=db)
    assert result.returncode == 0, result.stderr
    return {row["name"]: row["id"] for row in json.loads(result.stdout)}


def test_a_change_by_name_and_a_refused_one_point_to_correct(demo_db):
    invited = listed(demo_db, "invited")
    name, sid = sorted(invited.items())[0]
    done = signon("status", "1", name.upper(), "endorsed", "--note", "by phone",
                  "--date", "2026-01-02", db=demo_db)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{sid} {name}: invited -> endorsed\n" and done.stderr == ""
    assert history(demo_db, sid)[-1] == ("invited", "endorsed", "change", "by phone",
                                         "2026-01-02")
    assert name in listed(demo_db, "endorsed")

    before = digest(demo_db)
    refused = one_line_error(signon("status", "Joint Statement", str(sid), "invited", db=demo_db),
                             "cannot change status from endorsed to invited",
                             "--correct --reason")
    assert "\n" not in refused
    assert digest(demo_db) == before


def test_a_correction_takes_back_an_endorsement(demo_db, tmp_path):
    name, sid = sorted(listed(demo_db, "endorsed").items())[0]
    done = signon("status", "1", str(sid), "invited", "--correct", "--reason",
                  "endorsed by mistake", db=demo_db)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{sid} {name}: endorsed -> invited, corrected\n"
    last = history(demo_db, sid)[-1]
    assert last[:4] == ("endorsed", "invited", "correction", "endorsed by mistake")
    assert name not in listed(demo_db, "endorsed") and name in listed(demo_db, "invited")

    out = tmp_path / "campaign.json"
    exported = signon("export", "1", "--format", "campaign", "-o", out, db=demo_db)
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "signon-campaign/2"
    [row] = [sd for sd in doc["signatories"] if sd["name"] == name]
    assert row["status"] == "invited" and row["events"][-1]["kind"] == "correction"


def test_refusals_are_one_line_and_write_nothing(demo_db):
    endorsed = listed(demo_db, "endorsed")
    name, sid = sorted(endorsed.items())[0]
    before = digest(demo_db)
    one_line_error(signon("status", "1", "Nobody at all", "endorsed", db=demo_db),
                   "no signatory 'Nobody at all'")
    one_line_error(signon("status", "1", str(sid), "maybe", db=demo_db),
                   "'maybe' is not one of prospect")
    one_line_error(signon("status", "1", str(sid), "endorsed", "--correct", "--reason", "x",
                          db=demo_db), "already endorsed")
    one_line_error(signon("status", "1", str(sid), "invited", "--correct", "--reason", "  ",
                          db=demo_db), "needs a reason")
    one_line_error(signon("status", "1", str(sid), "withdrawn", "--date", "2999-01-01",
                          db=demo_db), "is in the future")
    one_line_error(signon("status", "1", str(sid), "withdrawn", "--date", "01/02/2026",
                          db=demo_db), "is not a date")
    one_line_error(signon("status", "nope", str(sid), "withdrawn", db=demo_db), "no campaign")
    usage = signon("status", "1", str(sid), "invited", "--correct", db=demo_db)
    assert usage.returncode == 2 and "--correct needs --reason" in usage.stderr
    usage = signon("status", "1", str(sid), "invited", "--reason", "x", db=demo_db)
    assert usage.returncode == 2 and "--reason goes with --correct" in usage.stderr
    assert digest(demo_db) == before
    assert name in listed(demo_db, "endorsed")


def test_a_name_shared_by_two_signatories_asks_for_the_id(db_path):
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.signatories import add_signatory

    database = open_database(url_of(db_path))
    with database.session() as s:
        cid = create_campaign(s, "Letter").id
        first = add_signatory(s, cid, kind="individual", name="Ada Lovelace", country="GB").id
        second = add_signatory(s, cid, kind="individual", name="Ada Lovelace", country="NZ").id
        add_signatory(s, cid, name="Association for Progressive Communications",
                      acronym="APC", status="invited")
    database.close()
    line = one_line_error(signon("status", "Letter", "ada lovelace", "invited", db=db_path),
                          "'ada lovelace' matches 2 signatories", "give the id")
    assert f"{first} Ada Lovelace (GB)" in line and f"{second} Ada Lovelace (NZ)" in line
    done = signon("status", "Letter", "apc", "endorsed", db=db_path)  # by its acronym
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("Association for Progressive Communications: invited -> "
                                "endorsed\n")
