"""Connecting to a team database: URLs, passwords (keyring, session, libpq),
no credential in any message, and the roles of docs/team-mode.md set up on
the throwaway PostgreSQL cluster exactly as the page says."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from signon.config import describe_db, display_db, resolve_db
from signon.store import credentials
from signon.store.database import (
    DatabaseError,
    friendly_error,
    head_revision,
    make_engine,
    open_database,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "team-mode.md"


# -- URLs -------------------------------------------------------------------------------


@pytest.mark.parametrize("typed, url", [
    ("postgresql://alice@db.example.org:5432/signon?sslmode=require",
     "postgresql+psycopg://alice@db.example.org:5432/signon?sslmode=require"),
    ("postgres://alice@db.example.org/signon", "postgresql+psycopg://alice@db.example.org/signon"),
    ("postgresql+psycopg://alice@h/signon", "postgresql+psycopg://alice@h/signon"),
])
def test_postgresql_urls_get_the_shipped_driver(typed, url, monkeypatch):
    assert resolve_db(typed) == url
    monkeypatch.setenv("SIGNON_DB", typed)
    assert resolve_db() == url


def test_shown_urls_never_carry_a_password():
    url = resolve_db("postgresql://alice:pa55-word@db.example.org:5432/signon?sslmode=require")
    assert display_db(url) == "postgresql://alice:***@db.example.org:5432/signon?sslmode=require"
    assert describe_db(url) == "Team: signon on db.example.org"
    assert describe_db(resolve_db("postgresql://a@h:6543/letters")) == "Team: letters on h:6543"
    assert display_db("postgresql://a:pw@h:notaport/x") == "(unreadable database URL)"


def test_keyring_password_goes_to_the_engine_only(keyring_backend):
    url = resolve_db("postgresql://alice@DB.example.org/signon")
    assert credentials.account(url) == "alice@db.example.org:5432/signon"
    result = credentials.set_password(url, "correct horse")
    assert result.remembered
    assert keyring_backend.store == {("Sign-on database", "alice@db.example.org:5432/signon"):
                                     "correct horse"}
    credentials.clear_session()  # a new run of the app: from the keyring
    engine = make_engine(url)
    try:
        assert engine.url.password == "correct horse"
        assert "correct horse" not in repr(engine.url) and "correct horse" not in str(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend_name", ["keyring.backends.null.Keyring",
                                          "keyring.backends.fail.Keyring"])
def test_without_a_keyring_the_password_lives_for_the_session(backend_name, monkeypatch,
                                                              tmp_path):
    import keyring
    from keyring.backends import fail, null

    chosen = null.Keyring() if backend_name.endswith("null.Keyring") else fail.Keyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: chosen)
    url = resolve_db("postgresql://alice@db.example.org/signon")
    result = credentials.set_password(url, "only-in-memory-42")
    assert not result.remembered
    assert "memory for this session only" in result.message
    assert credentials.get_password(url) == "only-in-memory-42"
    credentials.clear_session()
    assert credentials.get_password(url) is None
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"only-in-memory-42" not in path.read_bytes(), path


def test_messages_hide_passwords_even_when_a_driver_echoes_them():
    credentials.set_password("postgresql+psycopg://alice@h/db", "s3cret-from-keyring",
                             remember=False)
    echoed = ('invalid dsn: host=h user=alice password=s3cret-from-keyring dbname=db; '
              'also postgresql://alice:other-secret@h/db and password = \'quoted secret\'')
    message = str(friendly_error(echoed, "postgresql://alice@h/db"))
    for secret in ("s3cret-from-keyring", "other-secret", "quoted secret"):
        assert secret not in message
    assert "password=***" in message and "alice:***@h" in message


@pytest.mark.parametrize("url, needle", [
    ("postgresql://u:hunter22@127.0.0.1:1/db", "cannot reach the database server"),
    ("postgresql://u:hunter22@127.0.0.1:1/db?sslmode=bogus", "invalid sslmode value"),
    ("postgresql://u:hunter22@127.0.0.1:notaport/db", "not a database URL"),
    ("postgresql://u:hunter22@host.invalid/db", "cannot reach the database server"),
    ("mysql://u:hunter22@h/db", "SQLite files and PostgreSQL servers"),
])
def test_connection_failures_are_one_line_without_the_password(url, needle):
    with pytest.raises(DatabaseError) as caught:
        open_database(resolve_db(url))
    message = str(caught.value)
    assert needle in message and "\n" not in message
    assert "hunter22" not in message


# -- the setup of docs/team-mode.md, on a real server ------------------------------------


def docs_sql() -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2, "docs/team-mode.md: the two SQL blocks of section 2"
    return blocks


def statements(sql: str) -> list[str]:
    return [part.strip() for part in sql.split(";") if part.strip()]


@pytest.fixture(scope="module")
def team_server(pg_cluster, pg_admin):
    """The roles and database of docs/team-mode.md section 2, with password
    logins for them (pg_hba.conf lines as section 3 has, without TLS: the
    throwaway server has no certificate)."""
    import psycopg

    on_postgres, in_database = docs_sql()
    for statement in statements(on_postgres):  # one by one, as psql runs them
        pg_admin.execute(statement)
    with psycopg.connect(host="127.0.0.1", port=pg_cluster.port, user="signon",
                         dbname="signon", autocommit=True) as conn:
        for statement in statements(in_database):
            conn.execute(statement)
    hba = pg_cluster.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("host signon signon_owner 127.0.0.1/32 scram-sha-256\n"
                   "host signon +signon_coordinator 127.0.0.1/32 scram-sha-256\n" + original)
    pg_admin.execute("SELECT pg_reload_conf()")
    yield f"127.0.0.1:{pg_cluster.port}"
    hba.write_text(original)
    pg_admin.execute("SELECT pg_reload_conf()")


def url(server: str, user: str) -> str:
    return resolve_db(f"postgresql://{user}@{server}/signon")


def test_the_documented_setup_works_end_to_end(team_server, keyring_backend, monkeypatch,
                                                tmp_path):
    import psycopg
    from sqlalchemy import text

    from signon.store.campaigns import create_campaign
    from signon.store.changes import open_change_detector
    from signon.store.copy import copy_database
    from signon.store.dbapi import list_campaigns
    from signon.store.signatories import add_signatory

    # section 4: the owner creates the tables, in the signon schema
    credentials.set_password(url(team_server, "signon_owner"), "owner-password-here")
    owner = open_database(url(team_server, "signon_owner"))
    with owner.engine.connect() as conn:
        schemas = {s for (s,) in conn.execute(text(
            "SELECT DISTINCT table_schema FROM information_schema.tables "
            "WHERE table_name IN ('campaign', 'signatory', 'alembic_version')"))}
    assert schemas == {"signon"}
    owner.close()

    # section 5: alice with her password in the keyring (not in the URL)
    credentials.set_password(url(team_server, "alice"), "alice-password-here")
    credentials.clear_session()
    alice = open_database(url(team_server, "alice"))
    assert "alice-password-here" not in alice.url and "alice-password-here" not in alice.display
    watcher = open_change_detector(alice.url)
    with alice.session() as s:
        cid = create_campaign(s, "Team letter").id
        add_signatory(s, cid, name="Access Now", status="invited")
    assert {"campaign", "signatory"} <= watcher.wait(5)
    watcher.close()
    # rights on the Sign-on tables only
    with pytest.raises(Exception, match="permission denied"):
        with alice.engine.begin() as conn:
            conn.execute(text("CREATE TABLE mine (id int)"))

    # section 6: a laptop's campaigns merged in by a coordinator
    laptop = open_database(f"sqlite:///{tmp_path / 'laptop.db'}")
    with laptop.session() as s:
        create_campaign(s, "Laptop letter")
    copy_database(laptop, alice, merge=True)
    laptop.close()

    # bob through libpq's PGPASSWORD, with nothing in the keyring
    monkeypatch.setenv("PGPASSWORD", "bob-password-here")
    bob = open_database(url(team_server, "bob"))
    with bob.session() as s:
        assert sorted(c.title for c in list_campaigns(s)) == ["Laptop letter", "Team letter"]
    bob.close()

    # a wrong password, and none at all: one line each, no password shown
    monkeypatch.setenv("PGPASSWORD", "not-bobs-password")
    with pytest.raises(DatabaseError, match="refused the user name or password") as wrong:
        open_database(url(team_server, "bob"))
    assert "not-bobs-password" not in str(wrong.value)
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    with pytest.raises(DatabaseError, match="the server wants a password"):
        open_database(url(team_server, "bob"))

    # an upgrade is the owner's job: a coordinator gets one clear line
    alice.close()
    admin = psycopg.connect(
        host="127.0.0.1", port=int(team_server.split(":")[1]), user="signon_owner",
        password="owner-password-here", dbname="signon", autocommit=True)
    admin.execute("DROP FUNCTION signon_notify_change() CASCADE")
    admin.execute("ALTER TABLE signatoryevent DROP COLUMN kind")  # 0006's
    admin.execute("DROP INDEX ix_signatory_campaign_position")  # 0007's
    for statement in ("ALTER TABLE campaign DROP COLUMN closed_on",  # 0010's
                      "ALTER TABLE campaign DROP COLUMN retention_days",
                      "ALTER TABLE campaign DROP COLUMN count_private",
                      "ALTER TABLE signatory DROP COLUMN private",
                      "DROP TABLE editionfile", "DROP TABLE edition",  # 0009's
                      "ALTER TABLE campaign DROP COLUMN letter_date",
                      "ALTER TABLE campaign DROP COLUMN signatory_layout",
                      "ALTER TABLE campaign DROP COLUMN retractions",
                      "ALTER TABLE section DROP COLUMN marker",
                      "DROP TABLE reply", "DROP TABLE mailboxstate",  # 0008's
                      "ALTER TABLE outboxmessage DROP COLUMN statement_version"):
        admin.execute(statement)
    admin.execute("UPDATE alembic_version SET version_num = '0003'")
    with pytest.raises(DatabaseError, match="this user may not do that .*permission denied"
                                            ".*owner role"):
        open_database(url(team_server, "alice"))
    open_database(url(team_server, "signon_owner")).close()  # the owner upgrades
    assert admin.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
        head_revision()
    admin.close()
    open_database(url(team_server, "alice")).close()


def test_times_come_back_in_utc_whatever_the_servers_time_zone(pg_db_url, pg_admin,
                                                               tmp_path):
    """A server configured for New York gives back what a laptop's SQLite
    file does: UTC times (shown as such in histories), by the row and after
    an import's COPY."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy.engine import make_url

    from signon.exchange.signatory_import import import_signatories
    from signon.store.campaigns import create_campaign
    from signon.store.models import Campaign
    from signon.store.signatories import events, list_signatories

    pg_admin.execute(f"ALTER DATABASE {make_url(pg_db_url).database} "
                     "SET TimeZone = 'America/New_York'")
    csv = tmp_path / "form.csv"
    csv.write_text("Organisation,Country\nAccess Now,US\nKICTANet,KE\n", encoding="utf-8")
    db = open_database(pg_db_url)
    now = datetime.now(UTC)
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
    import_signatories(db, cid, csv, status="endorsed")
    with db.session() as s:
        stamps = [s.get(Campaign, cid).created_at]
        for row in list_signatories(s, cid):
            stamps += [row.endorsed_at, *(e.at for e in events(s, row.id))]
    db.close()
    assert len(stamps) == 5
    for stamp in stamps:
        assert stamp.utcoffset() == timedelta(0), stamp  # not New York's -5 hours
        assert abs(stamp - now) < timedelta(minutes=5)
