"""What a team database connection spares (store/round_trips.py): no BEGIN
before reads, one transaction from the first write on, a ping only for a
connection that sat idle."""

from __future__ import annotations

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import select

from signon.store import round_trips
from signon.store.campaigns import create_campaign
from signon.store.concurrency import IMPORT_LOCK_KEY, lock_campaign_for_import
from signon.store.database import DatabaseError, open_database
from signon.store.dbapi import list_campaigns
from signon.store.models import Campaign
from signon.store.tables import SETTING, pg_copy


@pytest.mark.parametrize("statement", [
    "SELECT id FROM campaign", "  select count(*) from signatory", "SHOW server_version",
    "SELECT s.id FROM signatory s WHERE s.name = 'Forum'"])
def test_plain_reads_need_no_transaction(statement):
    assert round_trips.reads_only(statement)


@pytest.mark.parametrize("statement", [
    "INSERT INTO campaign (title) VALUES ('x')", "UPDATE signatory SET status = 'x'",
    "DELETE FROM setting", "CREATE TEMPORARY TABLE t AS SELECT 1",
    "SELECT id FROM campaign WHERE id = 1 FOR UPDATE", "SELECT 1 FROM campaign FOR SHARE",
    "SELECT pg_advisory_xact_lock(1, 2)", "SELECT nextval('campaign_id_seq')",
    "SELECT setval('campaign_id_seq', 3)", "SELECT * INTO copy FROM campaign",
    "WITH gone AS (DELETE FROM setting RETURNING key) SELECT count(*) FROM gone",
    "SAVEPOINT sa_1"])
def test_writes_and_locks_start_the_transaction(statement):
    assert not round_trips.reads_only(statement)


@pytest.fixture
def team(pg_db_url):
    database = open_database(pg_db_url)
    yield database
    database.close()


def _status(session) -> TransactionStatus:
    return session.connection().connection.driver_connection.info.transaction_status


def test_reads_open_no_transaction_and_a_write_opens_one(team):
    with team.session() as s:
        list_campaigns(s)
        assert _status(s) == TransactionStatus.IDLE  # no BEGIN was sent
        create_campaign(s, "Written")
        assert _status(s) == TransactionStatus.INTRANS
    with team.session() as s:
        assert [c.title for c in s.exec(select(Campaign)).scalars()] == ["Written"]


def test_a_unit_that_fails_after_reads_and_writes_leaves_nothing(team):
    with pytest.raises(RuntimeError), team.session() as s:
        list_campaigns(s)
        create_campaign(s, "First")
        list_campaigns(s)
        create_campaign(s, "Second")
        raise RuntimeError("cancelled")
    with team.session() as s:
        assert s.exec(select(Campaign)).scalars().all() == []


def test_the_import_lock_is_held_until_the_unit_ends(team, pg_db_url):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(pg_db_url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database,
                         autocommit=True) as other:
        def free() -> bool:
            taken = other.execute("SELECT pg_try_advisory_lock(%s, 7)",
                                  (IMPORT_LOCK_KEY,)).fetchone()[0]
            if taken:
                other.execute("SELECT pg_advisory_unlock(%s, 7)", (IMPORT_LOCK_KEY,))
            return taken

        with team.transaction() as conn:
            lock_campaign_for_import(conn, 7)  # the unit's first statement
            assert not free()
        assert free()


def test_a_copy_first_in_a_unit_is_rolled_back_with_it(team):
    with pytest.raises(RuntimeError), team.transaction() as conn:
        pg_copy(conn, SETTING, [{"key": "bench.copied", "value": "1"}])
        raise RuntimeError("cancelled")
    with team.transaction() as conn:
        assert conn.execute(select(SETTING.c.key)).all() == []


def _drop_app_connections(pg_admin, pg_db_url) -> None:
    from sqlalchemy.engine import make_url

    pg_admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name = 'Sign-on' AND datname = %s",
                     (make_url(pg_db_url).database,))


def test_an_idle_connection_is_pinged_and_replaced(team, pg_admin, pg_db_url, monkeypatch):
    with team.session() as s:
        list_campaigns(s)
    _drop_app_connections(pg_admin, pg_db_url)
    monkeypatch.setattr(round_trips, "IDLE_PING_S", 0.0)  # everything counts as idle
    with team.session() as s:
        assert list_campaigns(s) == []


def test_a_connection_lost_while_fresh_fails_one_action_only(team, pg_admin, pg_db_url):
    with team.session() as s:
        list_campaigns(s)
    _drop_app_connections(pg_admin, pg_db_url)
    with pytest.raises(DatabaseError), team.session() as s:  # trusted, not pinged
        list_campaigns(s)
    with team.session() as s:  # the pool was replaced
        assert list_campaigns(s) == []


def test_a_new_engine_asks_the_server_one_question(pg_db_url, monkeypatch):
    """The dialect's four first-connect checks cost one round trip, with
    the tables and the schema revision `open_database` vets in the same
    message, and find what SQLAlchemy's own queries find."""
    import psycopg

    statements = []
    real = psycopg.Cursor.execute

    def execute(cursor, query, *args, **kwargs):
        statements.append(str(query))
        return real(cursor, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", execute)
    team = open_database(pg_db_url)
    monkeypatch.undo()
    try:
        dialect = team.engine.dialect
        checks = [s for s in statements if any(word in s.lower() for word in (
            "current_schema", "version()", "standard_conforming", "isolation"))]
        assert len(checks) == 1
        assert checks[0].startswith(
            "SELECT current_schema(), current_setting('transaction_isolation'); SELECT c.relname")
        assert checks[0].endswith("; SELECT version_num FROM alembic_version")
        assert [s for s in statements if "alembic_version" in s] == checks  # asked once
        with team.engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version_num").scalar()
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
        assert dialect.server_version_info[0] == int(version) // 10000
        assert dialect.default_schema_name == schema == "public"
        assert dialect.default_isolation_level == "READ COMMITTED"
        assert dialect._backslash_escapes is False
    finally:
        team.close()


def test_what_is_asked_first_comes_with_the_log_in(pg_db_url, monkeypatch):
    """`open_database(ask_first=…)` sends the query in the log-in's message
    (`signon list campaigns`: its rows a round trip sooner) and gives back
    exactly what the query reads afterwards."""
    import psycopg

    from signon.store.dbapi import LIST_CAMPAIGNS_SQL, campaign_summaries

    db = open_database(pg_db_url)  # at the current schema
    with db.session() as s:
        create_campaign(s, "Open letter")
    db.close()
    statements = []
    real = psycopg.Cursor.execute

    def execute(cursor, query, *args, **kwargs):
        statements.append(str(query))
        return real(cursor, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", execute)
    db = open_database(pg_db_url, ask_first=LIST_CAMPAIGNS_SQL)
    monkeypatch.undo()
    try:
        assert len(statements) == 1 and statements[0].endswith(LIST_CAMPAIGNS_SQL)
        with db.transaction() as connection:
            assert campaign_summaries(db.first_rows) == list_campaigns(connection)
        assert [c.title for c in campaign_summaries(db.first_rows)] == ["Open letter"]
    finally:
        db.close()


def test_a_new_database_reads_what_was_asked_first_afterwards(pg_url):
    """No schema yet: the first message fails on alembic_version, is asked
    again without it, the tables are created, and the caller reads its
    query as usual."""
    from signon.store.dbapi import LIST_CAMPAIGNS_SQL

    db = open_database(pg_url, ask_first=LIST_CAMPAIGNS_SQL)
    try:
        assert db.first_rows is None
        with db.transaction() as connection:
            assert list_campaigns(connection) == []
    finally:
        db.close()
