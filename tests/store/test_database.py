"""Opening a database: every way a file can be wrong gives one line naming
it and what to do, and leaves the file byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

import signon.store.database as database
from signon.store.campaigns import create_campaign
from signon.store.database import (
    DatabaseError,
    current_revision,
    head_revision,
    open_database,
)
from signon.store.models import Campaign

OLD_DB = Path(__file__).resolve().parents[1] / "data" / "db" / "schema-0001.db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_db(path: Path, title: str = "Kept") -> Path:
    db = open_database(url(path))
    with db.session() as s:
        create_campaign(s, title)
    db.close()
    return path


def refused(path: Path, pattern: str, **kwargs) -> str:
    """Open `path`, expect a one-line refusal, and check the file is untouched."""
    before = digest(path)
    with pytest.raises(DatabaseError) as err:
        open_database(url(path), **kwargs)
    message = str(err.value)
    assert "\n" not in message and str(path) in message
    assert pattern in message, message
    assert digest(path) == before
    return message


def test_new_path_is_created_at_the_current_schema(tmp_path):
    path = tmp_path / "fresh.db"
    db = open_database(url(path))
    try:
        assert path.exists()
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    finally:
        db.close()


def test_missing_folder(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(url(tmp_path / "no" / "such.db"))
    assert not (tmp_path / "no").exists()


def test_text_file_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("name,email\nAPC,policy@apc.example.org\n")
    refused(path, "not a Sign-on database (not an SQLite file); open another file")


def test_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder, not a database file"):
        open_database(url(tmp_path))


def test_truncated_database(tmp_path):
    path = make_db(tmp_path / "cut.db")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, "the database file is damaged (truncated:")


def test_header_only_database(tmp_path):
    path = tmp_path / "stub.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x07" * 40)
    refused(path, "the database file is damaged (only 56 bytes)")


def test_garbage_after_a_valid_header(tmp_path):
    path = make_db(tmp_path / "garbled.db")
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # page 1's b-tree: the schema itself
    path.write_bytes(bytes(data))
    refused(path, "restore a backup (signon restore FILE)")


def test_database_from_a_newer_sign_on(tmp_path):
    path = make_db(tmp_path / "newer.db")
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9f3e_future'")
    con.close()
    message = refused(path, "written by a newer version of Sign-on (schema 9f3e_future)")
    assert message.endswith("update Sign-on to open it")


def test_someone_elses_sqlite_file_keeps_its_journal_mode(tmp_path):
    """Opening it must not even switch it to WAL (that rewrites the header)."""
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, file TEXT)")
        con.execute("INSERT INTO photo (file) VALUES ('a.jpg')")
    con.close()
    refused(path, "not a Sign-on database (it has other tables)")


def test_missing_table(tmp_path):
    path = make_db(tmp_path / "holed.db")
    with sqlite3.connect(path) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DROP TABLE signatoryevent")
    con.close()
    refused(path, "damaged database, table signatoryevent missing; restore a backup")


def test_locked_database(tmp_path, monkeypatch):
    """Another program holding an exclusive lock: a clear line after the
    busy timeout, and nothing written."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    path = make_db(tmp_path / "busy.db")
    before = digest(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')")
    try:
        with pytest.raises(DatabaseError) as err:
            db = open_database(url(path))
            with db.session() as s:
                create_campaign(s, "Never written")
        assert "locked by another program" in str(err.value)
        assert str(path) in str(err.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert digest(path) == before
    db = open_database(url(path))
    with db.session() as s:
        assert [c.title for c in s.exec(select(Campaign))] == ["Kept"]
    db.close()


def test_write_waits_for_a_short_lock(tmp_path, monkeypatch):
    """A writer that finishes within the busy timeout is waited for, not an
    error: the write starts while another program holds the write lock, is
    still waiting (neither done nor failed) while the lock is held, and goes
    in once it is released. Ordered by events, not by timing the wait."""
    import threading

    from sqlalchemy import event

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 20_000)
    path = make_db(tmp_path / "shared.db")
    db = open_database(url(path))
    writing = threading.Event()

    def seen(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            writing.set()

    event.listen(db.engine, "before_cursor_execute", seen)
    outcome: list = []

    def write() -> None:
        try:
            with db.session() as s:
                create_campaign(s, "Written after the wait")
            outcome.append("written")
        except Exception as exc:  # reported by the assertions below
            outcome.append(exc)

    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    writer = threading.Thread(target=write)
    try:
        writer.start()
        assert writing.wait(30), "the write never started"
        writer.join(0.5)  # a writer that did not wait would be done or failed by now
        assert writer.is_alive() and outcome == [], outcome
    finally:
        holder.execute("COMMIT")
        holder.close()
        writer.join(30)
    try:
        assert outcome == ["written"]
        with db.session() as s:
            assert [c.title for c in s.exec(select(Campaign).order_by(Campaign.id))] == \
                ["Kept", "Written after the wait"]
    finally:
        db.close()


def test_outdated_schema_is_upgraded_after_a_backup_next_to_it(tmp_path, monkeypatch):
    """The mechanism, independent of which revisions exist: when the file's
    revision is not the head, a checked copy of the file as it was is taken
    next to it (or in backup_dir) before the upgrade runs."""
    path = make_db(tmp_path / "campaigns.db")
    current = head_revision()
    upgraded = []
    monkeypatch.setattr(database, "head_revision", lambda: "9999_next")
    monkeypatch.setattr(database, "known_revisions", lambda: frozenset({current, "9999_next"}))
    monkeypatch.setattr(database, "_upgrade", lambda engine, u: upgraded.append(u))
    db = open_database(url(path))
    db.close()
    assert upgraded == [url(path)]
    backups = list(tmp_path.glob("campaigns.before-upgrade-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as con:
        assert con.execute("SELECT title FROM campaign").fetchall() == [("Kept",)]
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
    elsewhere = tmp_path / "elsewhere"
    db = open_database(url(path), backup_dir=elsewhere)
    db.close()
    assert len(list(elsewhere.glob("campaigns.before-upgrade-*.db"))) == 1


def test_real_upgrade_from_the_oldest_schema(tmp_path):
    assert head_revision() != "0001"
    path = tmp_path / "old.db"
    shutil.copy(OLD_DB, path)
    db = open_database(url(path))
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()
    assert len(list(tmp_path.glob("old.before-upgrade-*.db"))) == 1


def test_outdated_schema_without_migrate_is_refused(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(OLD_DB, path)
    refused(path, "schema 0001 is out of date", migrate=False)
    assert not list(tmp_path.glob("*.before-upgrade-*"))


def test_exception_in_a_session_rolls_everything_back(db):
    with pytest.raises(RuntimeError):
        with db.session() as s:
            create_campaign(s, "First")
            create_campaign(s, "Second")
            raise RuntimeError("crash in the middle")
    with db.session() as s:
        assert s.exec(select(Campaign)).all() == []


@pytest.mark.sqlite_only("drops a table through the SQLite file")
def test_damage_found_later_is_one_line_too(db, db_path):
    """A table that vanishes under a running app: DatabaseError, not a traceback."""
    with sqlite3.connect(db_path) as con:
        con.execute("DROP TABLE signatoryevent")
    con.close()
    from signon.store.signatories import events

    with pytest.raises(DatabaseError, match="no such table: signatoryevent.*restore a backup"):
        with db.session() as s:
            events(s, 1)


def test_programming_errors_keep_their_traceback(db):
    """Integrity errors are bugs in our code, not damaged files: not disguised."""
    from sqlalchemy.exc import IntegrityError

    from signon.store.models import Signatory

    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.add(Signatory(campaign_id=424242, kind="individual", name="Nobody"))
            s.flush()
