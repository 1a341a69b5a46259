"""Backups, retention, restore and check on real SQLite files."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from signon.progress import Cancelled, Progress
from signon.store.backup import (
    backup_database,
    check_database,
    latest_backup,
    list_backups,
    prune_backups,
    restore_database,
)
from signon.store.campaigns import create_campaign
from signon.store.database import DatabaseError, open_database
from signon.store.models import Campaign


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_db(path: Path, *titles: str) -> Path:
    db = open_database(url(path))
    with db.session() as s:
        for title in titles or ("Kept",):
            create_campaign(s, title)
    db.close()
    return path


def titles(path: Path) -> list[str]:
    db = open_database(url(path))
    try:
        with db.session() as s:
            return [c.title for c in s.exec(select(Campaign).order_by(Campaign.id))]
    finally:
        db.close()


# -- backup --------------------------------------------------------------------


@pytest.mark.sqlite_only("online backup of the SQLite file; PostgreSQL is pg_dump's job "
                        "(test_check_and_backup_in_team_mode)")
def test_backup_into_the_data_dir_while_the_database_is_open(db, db_path, isolated_env):
    with db.session() as s:
        create_campaign(s, "Open in the app")
    with db.session() as s:  # an open reader does not block the online backup
        s.exec(select(Campaign)).all()
        path = backup_database(db)
    assert path.parent == isolated_env / "backups"
    assert path.name.startswith("test-") and path.suffix == ".db"
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT title FROM campaign").fetchall() == [("Open in the app",)]
    con.close()
    assert latest_backup() == path
    second = backup_database(db.url)
    assert second != path and latest_backup(stem="test") == second


def test_backup_to_a_chosen_file_never_overwrites(tmp_path):
    src = make_db(tmp_path / "c.db")
    out = tmp_path / "copy.db"
    assert backup_database(url(src), out) == out
    before = digest(out)
    with pytest.raises(DatabaseError, match="copy.db: already exists; choose another name"):
        backup_database(url(src), out)
    assert digest(out) == before
    with pytest.raises(DatabaseError, match="does not exist"):
        backup_database(url(src), tmp_path / "nowhere" / "x.db")


def test_backup_refuses_what_is_not_a_good_database(tmp_path):
    with pytest.raises(DatabaseError, match="no database there yet; nothing to back up"):
        backup_database(url(tmp_path / "absent.db"))
    text = tmp_path / "text.db"
    text.write_text("hello")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        backup_database(url(text))
    with pytest.raises(DatabaseError, match="PostgreSQL database is backed up .* pg_dump"):
        backup_database("postgresql://u:secret@localhost/signon")
    assert list(tmp_path.glob("*.part")) == []


def test_damaged_database_gives_no_backup(tmp_path):
    src = make_db(tmp_path / "c.db", *[f"Campaign {i}" for i in range(300)])
    corrupt_a_data_page(src)
    with pytest.raises(DatabaseError, match="integrity check|damaged"):
        backup_database(url(src), tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists() and not list(tmp_path.glob("*.part"))


def test_cancelled_backup_leaves_nothing(tmp_path):
    src = make_db(tmp_path / "c.db", *[f"Campaign {i}" for i in range(2000)])
    steps = []
    progress = Progress(lambda done, total, msg: steps.append((done, total)))
    progress.cancel()  # asked while the first pages are copied
    with pytest.raises(Cancelled):
        backup_database(url(src), tmp_path / "b.db", progress=progress)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.db")) == []
    assert steps == []
    progress = Progress(lambda done, total, msg: steps.append((done, total)))
    backup_database(url(src), tmp_path / "b.db", progress=progress)
    assert steps[-1][0] == steps[-1][1] > 0


def corrupt_a_data_page(path: Path) -> None:
    """Scribble over the campaign table's pages; the header stays valid."""
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='campaign'").fetchone()[0]
        page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page
    data[start:start + page] = b"\x0d" + b"\xee" * (page - 1)
    path.write_bytes(bytes(data))


# -- retention -----------------------------------------------------------------


def fake_backups(folder: Path, when: list[datetime], stem: str = "signon") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for t in when:
        (folder / f"{stem}-{t:%Y%m%d-%H%M%S}.db").write_bytes(b"x")


def test_retention_keeps_14_daily_and_8_weekly(tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 5, 9, 0)  # a Monday
    stamps = [start + timedelta(days=d, hours=h) for d in range(120) for h in (0, 8)]
    fake_backups(folder, stamps)
    (folder / "signon.before-restore-20260101-000000.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("mine")
    removed = prune_backups(folder)
    kept = [b.taken for b in list_backups(folder)]
    assert len(removed) == len(stamps) - len(kept)
    newest = max(stamps)
    daily = [t for t in kept if t.date() > (newest - timedelta(days=14)).date()]
    assert len(daily) == 14 and all(t.hour == 17 for t in daily)  # newest of each day
    weeks = {t.isocalendar()[:2] for t in kept}
    assert len(weeks) == 8
    # the weeks of the last 14 days are covered by their daily backups (Tuesday
    # 21 April to Monday 4 May: three weeks), the other five weeks add one each
    assert len({t.isocalendar()[:2] for t in daily}) == 3
    assert len(kept) == 14 + 5
    assert all(t.weekday() == 6 for t in kept if t not in daily)  # a week's newest: Sunday
    # safety copies and other files are never pruned
    assert (folder / "signon.before-restore-20260101-000000.db").exists()
    assert (folder / "notes.txt").exists()


def test_retention_counts_days_that_have_backups(tmp_path):
    """A month away from the app does not wipe the history."""
    folder = tmp_path / "b"
    old = [datetime(2025, 1, 1) + timedelta(days=d) for d in range(10)]
    fake_backups(folder, old + [datetime(2026, 6, 1)])
    prune_backups(folder)
    assert len(list_backups(folder)) == 11


def test_retention_is_per_database(tmp_path):
    folder = tmp_path / "b"
    day = datetime(2026, 3, 3, 10)
    fake_backups(folder, [day, day + timedelta(hours=1)], stem="signon")
    fake_backups(folder, [day], stem="team")
    prune_backups(folder)
    assert sorted(b.path.name for b in list_backups(folder)) == [
        "signon-20260303-110000.db", "team-20260303-100000.db"]


# -- restore -------------------------------------------------------------------


def test_restore_swaps_and_keeps_the_current_database(tmp_path, isolated_env):
    live = make_db(tmp_path / "live.db", "Before")
    backup = backup_database(url(live), tmp_path / "monday.db")
    db = open_database(url(live))
    with db.session() as s:
        create_campaign(s, "Added after the backup")
    db.close()
    kept = restore_database(url(live), backup)
    assert titles(live) == ["Before"]
    assert kept.parent == isolated_env / "backups" and ".before-restore-" in kept.name
    assert titles(kept) == ["Before", "Added after the backup"]
    assert not list(tmp_path.glob(".live.db.restore*"))


def test_restore_drops_a_stale_write_ahead_log(tmp_path):
    """A -wal left by the replaced database must not be replayed onto the
    restored one (that would corrupt it)."""
    live = make_db(tmp_path / "live.db", "Old")
    backup = backup_database(url(live), tmp_path / "b.db")
    holder = sqlite3.connect(live)
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO campaign (title, addressee, language, status, signatory_policy, "
                   "signatory_heading, list_order, keep_reconfirmation, form_link, coordinator, "
                   "reminder_days, created_at, updated_at) SELECT 'In the log', addressee, "
                   "language, status, signatory_policy, signatory_heading, list_order, "
                   "keep_reconfirmation, form_link, coordinator, reminder_days, created_at, "
                   "updated_at FROM campaign")
    holder.commit()
    holder.close()
    restore_database(url(live), backup)
    assert titles(live) == ["Old"]
    assert check_database(url(live)).ok


def test_restore_into_a_new_place(tmp_path):
    src = make_db(tmp_path / "laptop.db", "Moved")
    backup = backup_database(url(src), tmp_path / "usb.db")
    target = tmp_path / "new-computer.db"
    assert restore_database(url(target), backup) is None
    assert titles(target) == ["Moved"]


@pytest.mark.parametrize("kind, message", [
    ("missing", "no such file; choose a backup"),
    ("text", "not a Sign-on database (not an SQLite file); choose another backup"),
    ("truncated", "the database file is damaged (truncated:"),
    ("newer", "written by a newer version of Sign-on (schema 9999); update Sign-on to restore"),
    ("foreign", "not a Sign-on backup (no Sign-on schema in it); choose another file"),
    ("missing-table", "damaged backup, table signatory missing; choose another backup"),
    ("corrupt", "damaged backup ("),
])
def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path, kind, message):
    live = make_db(tmp_path / "live.db", "Precious")
    before = digest(live)
    bad = tmp_path / "bad.db"
    if kind == "text":
        bad.write_text("not a database")
    elif kind == "foreign":
        with sqlite3.connect(bad) as con:
            con.execute("CREATE TABLE photo (id)")
        con.close()
    elif kind != "missing":
        make_db(bad, *[f"C{i}" for i in range(300)])
        if kind == "truncated":
            bad.write_bytes(bad.read_bytes()[:8192])
        elif kind == "newer":
            with sqlite3.connect(bad) as con:
                con.execute("UPDATE alembic_version SET version_num='9999'")
            con.close()
        elif kind == "missing-table":
            with sqlite3.connect(bad) as con:
                con.execute("PRAGMA foreign_keys=OFF")
                con.execute("DROP TABLE signatory")
            con.close()
        elif kind == "corrupt":
            corrupt_a_data_page(bad)
    with pytest.raises(DatabaseError) as err:
        restore_database(url(live), bad)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert digest(live) == before
    assert list_backups() == []


def test_restore_over_a_damaged_database_keeps_its_raw_files(tmp_path, isolated_env):
    live = make_db(tmp_path / "live.db", *[f"C{i}" for i in range(300)])
    backup = backup_database(url(live), tmp_path / "good.db")
    corrupt_a_data_page(live)
    damaged = live.read_bytes()
    kept = restore_database(url(live), backup)
    assert kept.name.endswith(".damaged.db") and kept.read_bytes() == damaged
    assert len(titles(live)) == 300


def test_restore_refuses_the_database_itself(tmp_path):
    live = make_db(tmp_path / "live.db")
    with pytest.raises(DatabaseError, match="is the database itself"):
        restore_database(url(live), live)


def test_restore_refuses_while_another_program_writes(tmp_path, monkeypatch):
    import signon.store.backup as backup_module

    monkeypatch.setattr(backup_module, "BUSY_TIMEOUT_MS", 200)
    live = make_db(tmp_path / "live.db", "Live")
    backup = backup_database(url(live), tmp_path / "b.db")
    holder = sqlite3.connect(live, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="locked by another program"):
            restore_database(url(live), backup)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert titles(live) == ["Live"]


# -- check ---------------------------------------------------------------------


def test_check_reports_schema_and_counts(tmp_path):
    live = make_db(tmp_path / "live.db", "A", "B")
    before = digest(live)
    report = check_database(url(live))
    assert report.ok and report.problems == []
    assert report.counts["campaign"] == 2 and report.counts["signatory"] == 0
    lines = report.lines()
    assert lines[0] == f"database: {live}"
    assert lines[1].endswith("(current)") and lines[2] == "integrity: ok"
    assert digest(live) == before


def test_check_finds_broken_links(tmp_path):
    live = make_db(tmp_path / "live.db")
    with sqlite3.connect(live) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("INSERT INTO signatoryevent (signatory_id, at, to_status, channel, note) "
                    "VALUES (77, '2026-01-01', 'invited', '', '')")
    con.close()
    report = check_database(url(live))
    assert not report.ok
    assert report.summary() == (f"{live}: signatoryevent row 1 points at a missing signatory; "
                                "restore a backup (signon restore FILE)")


def test_check_finds_damage(tmp_path):
    live = make_db(tmp_path / "live.db", *[f"C{i}" for i in range(300)])
    corrupt_a_data_page(live)
    before = digest(live)
    report = check_database(url(live))
    assert not report.ok and "integrity check:" in report.summary()
    assert digest(live) == before


def test_check_of_a_newer_or_foreign_file(tmp_path):
    live = make_db(tmp_path / "live.db")
    with sqlite3.connect(live) as con:
        con.execute("UPDATE alembic_version SET version_num='9999'")
    con.close()
    assert check_database(url(live)).problems == [
        "written by a newer version of Sign-on (schema 9999); update Sign-on"]
    with pytest.raises(DatabaseError, match="no database there yet; nothing to check"):
        check_database(url(tmp_path / "absent.db"))


def test_check_and_backup_in_team_mode(pg_url):
    """PostgreSQL: check reports schema and counts; backups are pg_dump's job."""
    db = open_database(pg_url)
    try:
        with db.session() as s:
            create_campaign(s, "Team letter")
    finally:
        db.close()
    report = check_database(pg_url)
    assert report.ok and report.counts["campaign"] == 1
    assert report.revision == report.head
    assert "secret" not in report.database
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup_database(pg_url)


def test_safety_copies_go_after_thirty_days(tmp_path):
    """Issue 19: a copy taken before a deletion, a restore or an upgrade is
    kept 30 days (to go back on a mistake found late), then pruned: kept for
    ever, it held every deleted campaign and erased person for good."""
    from datetime import datetime

    from signon.store.backup import prune_safety_copies

    folder = tmp_path / "backups"
    folder.mkdir()
    names = ["signon.before-delete-20260101-090000.db",
             "signon.before-restore-20260102-090000.damaged.db",
             "signon.before-upgrade-20260210-090000.db",
             "signon.before-delete-20260101-090000-2.db",
             "signon-20260101-090000.db"]  # a regular backup: not a safety copy
    for name in names:
        (folder / name).write_bytes(b"x")
    removed = prune_safety_copies(folder, datetime(2026, 2, 15, 12, 0))
    assert [p.name for p in removed] == sorted(names[0:2] + names[3:4])
    assert sorted(p.name for p in folder.iterdir()) == sorted(names[2:3] + names[4:])
