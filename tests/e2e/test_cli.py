"""The command line as scripts use it, through a real subprocess: exit codes,
what is printed, and that every refusal leaves the database file byte for
byte as it was."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from team.backends import TeamDb, content_digest, shown, url_of

DATA = Path(__file__).resolve().parents[1] / "data" / "campaigns"
FILE_ONLY = "an SQLite file's own bytes, lock or backups; PostgreSQL has pg_dump and its own locks"


def signon(*args, db: Path | None = None, env: dict | None = None):
    cmd = [sys.executable, "-m", "signon"]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


def digest(path: Path | TeamDb) -> str:
    """The file's bytes (SQLite), every row (PostgreSQL)."""
    return content_digest(path)


def one_line_error(result, *needles: str) -> str:
    """Exit 1, nothing on stdout, exactly one line on stderr, no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("signon: ")
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def add_campaign(db_path: Path, campaign_file: Path) -> int:
    """Import in-process: setting up a test need not pay for a subprocess."""
    from signon.exchange.campaign_file import import_campaign, read_campaign_file
    from signon.store.database import open_database

    db = open_database(url_of(db_path))
    try:
        with db.session() as s:
            return import_campaign(s, read_campaign_file(campaign_file)).id
    finally:
        db.close()


@pytest.fixture
def demo_db(db_path, tmp_path) -> Path | TeamDb:
    """A database holding the demo campaign, made in-process (faster)."""
    from signon.exchange.campaign_file import load_demo
    from signon.store.database import open_database

    path = db_path if isinstance(db_path, TeamDb) else tmp_path / "campaigns.db"
    db = open_database(url_of(path))
    with db.session() as s:
        load_demo(s)
    db.close()
    return path


def test_demo_list_and_check(db_path):
    db = db_path
    made = signon("demo", db=db)
    assert made.returncode == 0, made.stderr
    assert made.stdout == "1\n"

    listed = signon("list", "campaigns", "--json", db=db)
    campaigns = json.loads(listed.stdout)
    assert [(c["id"], c["status"]) for c in campaigns] == [(1, "collecting")]
    assert campaigns[0]["title"].startswith("Joint statement on the UN General Assembly")
    assert sum(campaigns[0]["counts"].values()) == 40 and campaigns[0]["counts"]["endorsed"] > 9

    # CAMPAIGN as an unambiguous title prefix, with a status filter
    endorsed = signon("list", "signatories", "joint statement", "--status", "endorsed",
                      "--json", db=db)
    rows = json.loads(endorsed.stdout)
    assert {r["status"] for r in rows} == {"endorsed"}
    assert {"id", "name", "acronym", "country", "type", "status"} <= set(rows[0])
    apc = next(r for r in rows if r["acronym"] == "APC")
    assert (apc["name"], apc["country"], apc["type"]) == (
        "Association for Progressive Communications", "ZA", "organisation")
    assert "contact_email" not in apc  # private data stays out of lists

    checked = signon("check", env={"SIGNON_DB": str(db)})  # SIGNON_DB works like --db
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"database: {shown(db)}\n")
    assert "integrity: ok" in checked.stdout and "signatory: 40" in checked.stdout


def test_campaign_file_round_trip(db_path, tmp_path):
    db = db_path
    imported = signon("import-campaign", DATA / "full.json", db=db)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "1\n"  # the id alone
    out = tmp_path / "out.json"
    exported = signon("export", "1", "--format", "campaign", "-o", out, db=db)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(
        (DATA / "full.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, needles", [
    ("absent.json", ["absent.json: no such file"]),
    ("bad/syntax-trailing-comma.json", ["syntax-trailing-comma.json: line 3, column 29"]),
    ("bad/unknown-status.json", ["unknown-status.json: $.signatories[3].status: 'maybe' "
                                 "is not one of prospect, invited"]),
    ("bad/json-bomb.json", ["json-bomb.json: nested more than 64 levels"]),
])
def test_bad_campaign_file_changes_nothing(demo_db, name, needles):
    before = digest(demo_db)
    one_line_error(signon("import-campaign", DATA / name, db=demo_db), *needles)
    assert digest(demo_db) == before


def test_bad_campaign_file_creates_no_database(tmp_path):
    db = tmp_path / "never.db"
    one_line_error(signon("import-campaign", DATA / "bad" / "missing-name.json", db=db),
                   "$.signatories[0].name: required, but missing")
    assert not db.exists()


def _not_sqlite(path: Path) -> None:
    path.write_text("name,email\nAPC,policy@apc.example.org\n")


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:20000])


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = 'f00d_from_the_future'")
    con.close()


def _missing_table(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DROP TABLE signatoryevent")
    con.close()


@pytest.mark.parametrize("spoil, needles", [
    (_not_sqlite, ["not a Sign-on database (not an SQLite file)"]),
    (_truncated, ["the database file is damaged (truncated:", "signon restore FILE"]),
    (_newer, ["written by a newer version of Sign-on (schema f00d_from_the_future)",
              "update Sign-on"]),
    (_missing_table, ["table signatoryevent missing", "restore a backup"]),
], ids=["not-sqlite", "truncated", "newer", "missing-table"])
@pytest.mark.sqlite_only(FILE_ONLY)
def test_bad_database_is_refused_untouched(demo_db, spoil, needles):
    spoil(demo_db)
    before = digest(demo_db)
    one_line_error(signon("import-campaign", DATA / "minimal.json", db=demo_db),
                   str(demo_db), *needles)
    assert digest(demo_db) == before


@pytest.mark.sqlite_only(FILE_ONLY)
def test_locked_database(demo_db):
    before = digest(demo_db)
    holder = sqlite3.connect(demo_db, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("DELETE FROM setting")
    try:
        result = signon("import-campaign", DATA / "minimal.json", db=demo_db,
                        env={"SIGNON_BUSY_TIMEOUT_MS": "300"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    one_line_error(result, str(demo_db), "locked by another program", "try again")
    assert digest(demo_db) == before


@pytest.mark.sqlite_only(FILE_ONLY)
def test_backup_restore_and_check(demo_db, tmp_path):
    backed = signon("backup", db=demo_db)
    assert backed.returncode == 0, backed.stderr
    backup = Path(backed.stdout.strip())
    assert backup.parent == Path(os.environ["SIGNON_DATA_DIR"]) / "backups"
    assert backup.name.startswith("campaigns-") and backup.exists()

    add_campaign(demo_db, DATA / "minimal.json")  # a change the restore must undo
    restored = signon("restore", backup, db=demo_db)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {backup} into {demo_db}\n")
    assert "the previous database was kept as " in restored.stdout

    listed = json.loads(signon("list", "campaigns", "--json", db=demo_db).stdout)
    assert [c["id"] for c in listed] == [1]
    checked = signon("check", db=demo_db)
    assert checked.returncode == 0 and "integrity: ok" in checked.stdout


@pytest.mark.sqlite_only(FILE_ONLY)
def test_backup_and_restore_refusals(demo_db, tmp_path):
    out = tmp_path / "taken.db"
    out.write_text("someone's file")
    one_line_error(signon("backup", "-o", out, db=demo_db), "taken.db: already exists")
    assert out.read_text() == "someone's file"
    before = digest(demo_db)
    one_line_error(signon("restore", out, db=demo_db),
                   "taken.db: not a Sign-on database (not an SQLite file); choose another backup")
    assert digest(demo_db) == before


@pytest.mark.sqlite_only("damages the file with foreign keys switched off; PostgreSQL always "
                        "enforces them")
def test_check_reports_damage_in_one_line(demo_db):
    with sqlite3.connect(demo_db) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DELETE FROM organisation WHERE name = 'Access Now'")
    con.close()
    before = digest(demo_db)
    one_line_error(signon("check", db=demo_db), str(demo_db),
                   "points at a missing organisation", "restore a backup")
    assert digest(demo_db) == before


def test_usage_and_campaign_errors(demo_db):
    usage = signon("list", "signatories", db=demo_db)
    assert usage.returncode == 2 and "needs CAMPAIGN" in usage.stderr
    one_line_error(signon("list", "signatories", "nothing like it", db=demo_db),
                   "no campaign 'nothing like it'")
