"""Fewer round trips to a team database (issue 22).

A coordinator's server may be a continent away: at 100 ms a round trip,
what a unit of work sends before and after its queries counts as much as
the queries. A `db.session()` used to pay three round trips besides them:
the pool's ping of the connection, psycopg's BEGIN before the first query
and the COMMIT at the end. `spare_round_trips(engine)` (PostgreSQL engines
only; SQLite has no network) removes them where nothing depends on them:

- **Ping only a connection that sat idle.** A connection used within the
  last `IDLE_PING_S` seconds is trusted; an older one is pinged (one round
  trip) and, if the server is gone, replaced before the unit of work sees
  it (SQLAlchemy's pool retries a checkout that raises DisconnectionError).
  Idle connections are the ones a server restart, a NAT timeout or a
  laptop's sleep breaks. One that breaks within those seconds fails the
  action in progress with a one-line error (the server's words:
  "terminating connection due to administrator command", "server closed
  the connection unexpectedly"), and SQLAlchemy then replaces every pooled
  connection, so the next action reconnects (pool_pre_ping used to hide
  that single failure, at a round trip for every unit of work).
- **No transaction until the first write.** Reads before a unit of work's
  first write run as single statements (psycopg's autocommit), so a unit
  that only reads sends neither BEGIN nor COMMIT. The first statement that
  writes or locks (anything but a plain SELECT or SHOW; a SELECT … FOR
  UPDATE, an advisory lock, nextval) starts the transaction first, and
  from there everything is one transaction as before: commit or rollback
  as a whole. Under READ COMMITTED, PostgreSQL's default and the only level
  Sign-on uses, each statement reads its own snapshot whether it runs in a
  transaction or not, so the reads see exactly what they saw before. It is
  also what Python's sqlite3 driver does on the SQLite path (reads before
  the first write run outside a transaction: store/concurrency.py), so
  both backends now behave alike. A server whose default isolation is
  stricter keeps a transaction from the first statement.
- The first connection's dialect checks run the same way, without a BEGIN
  and ROLLBACK around them, and in one round trip instead of four
  (`_checks_in_one`): the server's version and its standard_conforming_strings
  come with the log-in (psycopg's connection info), the schema and the
  isolation level in one query. The hstore probe is skipped by
  `make_engine` (`use_native_hstore=False`: Sign-on has no hstore column).

Code that writes through the driver itself (COPY) calls
`server_transaction` first: the pool cannot see what it sends.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError, ProgrammingError

#: Seconds a pooled connection may sit unused before it is pinged on checkout.
IDLE_PING_S = 30.0
#: The connection record's info keys: when it was last given back; whether
#: this checkout runs in lazy-transaction mode.
_LAST_USED = "signon_last_used"
_LAZY = "signon_lazy_begin"

_READS = re.compile(r"\s*(SELECT|SHOW)\b", re.IGNORECASE)
_WRITES_ANYWAY = re.compile(
    r"\bFOR\s+(NO\s+KEY\s+UPDATE|UPDATE|KEY\s+SHARE|SHARE)\b|pg_advisory|nextval|setval"
    r"|\bINTO\b", re.IGNORECASE)


def reads_only(statement: str) -> bool:
    """A statement that reads and locks nothing: it may run outside the
    transaction (when in doubt, no: a transaction is always correct)."""
    return bool(_READS.match(statement)) and not _WRITES_ANYWAY.search(statement)


@dataclass(frozen=True)
class FirstQuestion:
    """More to ask with the dialect's first-connect checks, in the same
    message (`spare_round_trips`): `sql`, one or more statements, and
    `read`, given the cursor on their first result set. When `sql` fails
    (a table it reads does not exist yet), the checks are asked alone and
    `read` is not called: the caller asks again its own way."""

    sql: str
    read: Callable[[Any], None]


def spare_round_trips(engine: Engine, first: FirstQuestion | None = None) -> None:
    """Install the three savings of the module docstring on a PostgreSQL
    engine; `first` rides along with the first connection's checks."""

    def connect(dbapi_conn, _record) -> None:
        # before the dialect's first-connect checks: they only read
        dbapi_conn.autocommit = True

    def checkout(dbapi_conn, record, _proxy) -> None:
        last = record.info.get(_LAST_USED)
        if last is not None and time.monotonic() - last > IDLE_PING_S:
            try:
                engine.dialect.do_ping(dbapi_conn)
            except Exception as exc:  # the pool replaces it and checks out again
                raise DisconnectionError(str(exc)) from exc
        lazy = engine.dialect.default_isolation_level == "READ COMMITTED"
        if dbapi_conn.autocommit != lazy:
            dbapi_conn.autocommit = lazy
        record.info[_LAZY] = lazy

    def checkin(dbapi_conn, record) -> None:
        record.info[_LAST_USED] = time.monotonic()

    def before_execute(conn, _cursor, statement, _params, _context, _many) -> None:
        if not reads_only(statement):
            server_transaction(conn)

    _checks_in_one(engine.dialect, first)
    event.listen(engine, "connect", connect, insert=True)
    event.listen(engine, "checkout", checkout)
    event.listen(engine, "checkin", checkin)
    event.listen(engine, "before_cursor_execute", before_execute)


#: The two first-connect checks the log-in does not answer, in one query.
CHECKS = "SELECT current_schema(), current_setting('transaction_isolation')"


def _checks_in_one(dialect, first: FirstQuestion | None = None) -> None:
    """SQLAlchemy's PostgreSQL dialect asks a new engine's first connection
    four things, a round trip each: `select version()`, `current_schema()`,
    `show transaction isolation level` and `show standard_conforming_strings`.
    The server sent two of them with the log-in, and the other two fit in
    one query, sent with `first` when there is one (what `open_database`
    asks next: the tables and the schema revision) in one message. Set on
    this engine's dialect only, in the order `DefaultDialect.initialize`
    asks."""
    isolation: list[str] = []

    def server_version(connection) -> tuple[int, ...]:
        number = connection.connection.dbapi_connection.info.server_version  # 160002
        major = number // 10000
        return (major, number % 10000) if major >= 10 else \
            (major, number // 100 % 100, number % 100)

    def default_schema(connection) -> str:
        result = None
        if first is not None:
            try:  # psycopg sends statements without parameters as one message
                result = connection.exec_driver_sql(f"{CHECKS}; {first.sql}")
            except ProgrammingError:  # e.g. a new database: no alembic_version yet
                result = None
        if result is None:
            schema, level = connection.exec_driver_sql(CHECKS).one()
        else:
            cursor = result.cursor
            schema, level = cursor.fetchone()
            cursor.nextset()
            first.read(cursor)
            result.close()
        isolation.append(level.upper())
        return schema

    def default_isolation(dbapi_conn) -> str:
        return isolation.pop() if isolation else dialect.get_isolation_level(dbapi_conn)

    def backslash_escapes(connection) -> None:
        raw = connection.connection.dbapi_connection
        dialect._backslash_escapes = \
            raw.info.parameter_status("standard_conforming_strings") == "off"

    dialect._get_server_version_info = server_version
    dialect._get_default_schema_name = default_schema
    dialect.get_default_isolation_level = default_isolation
    dialect._set_backslash_escapes = backslash_escapes


def server_transaction(connection: Connection) -> None:
    """Make sure the server transaction has begun (psycopg sends BEGIN with
    the next statement): before writing through the driver (COPY), where
    `before_cursor_execute` does not see the statement. A no-op on SQLite
    and once the transaction runs."""
    fairy = connection.connection
    if not fairy.info.get(_LAZY):
        return
    if connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return  # asked for by the caller: not ours to change
    raw = fairy.driver_connection
    if raw.autocommit:
        raw.autocommit = False
