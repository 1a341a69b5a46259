"""The tables in SQL Core, for the code that must not import the ORM, and
the fastest portable ways to write many rows into them.

`signon import-signatories` runs in a `Database.transaction` and never
imports the ORM, sqlmodel, pydantic or the models (a quarter of a second of
its start-up: docs/importing.md), so the store's bulk writers — the
directory's upsert, `signatory_writer.add_signatories`, the event rows of
every status change — name their tables here: the columns they read or
write, with the models' names and types (tests/store/test_import_core_tables.py
checks them against signon.store.models). They take that connection or
the app's ORM session alike (`connection_of`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
    TypeDecorator,
    column,
    func,
    insert,
    select,
    table,
)
from sqlalchemy.engine import Connection

from signon.store.database import connection_of

if TYPE_CHECKING:
    from sqlmodel import Session


class Stamp(TypeDecorator):
    """sqlmodel's UTCDateTime, the type of every `datetime` field of the
    models (TIMESTAMP WITH TIME ZONE on PostgreSQL; aware datetimes, stored
    in UTC), without importing sqlmodel."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError("Datetime values must have timezone information")
        return value.astimezone(UTC)


#: The columns of signon.store.models that the bulk writers read or write, as
#: SQL Core names and types (tests/store/test_import_core_tables.py checks them
#: against the models: same names, same types).
ORGANISATION = table(
    "organisation", column("id", Integer), column("name", String),
    column("acronym", String), column("country", String), column("org_type", String),
    column("website", String), column("norm_key", String), column("row_version", Integer),
    column("created_at", Stamp()), column("updated_at", Stamp()))
CONTACT = table(
    "contact", column("id", Integer), column("organisation_id", Integer),
    column("name", String), column("email", String), column("phone", String),
    column("notes", Text), column("email_status", String))
SIGNATORY = table(
    "signatory", column("id", Integer), column("campaign_id", Integer),
    column("kind", String), column("organisation_id", Integer), column("name", String),
    column("title", String), column("affiliation", String), column("country", String),
    column("status", String), column("endorsed_version", Integer), column("channel", String),
    column("endorsed_at", Stamp()), column("notes", Text), column("contact_id", Integer),
    column("position", Integer), column("created_at", Stamp()),
    column("updated_at", Stamp()))
SIGNATORY_EVENT = table(
    "signatoryevent", column("id", Integer), column("signatory_id", Integer),
    column("at", Stamp()), column("from_status", String), column("to_status", String),
    column("channel", String), column("note", String), column("kind", String))
SETTING = table("setting", column("key", String), column("value", String))
TABLES = (ORGANISATION, CONTACT, SIGNATORY, SIGNATORY_EVENT, SETTING)

#: Rows per INSERT statement: small enough for SQLite's variable limit with
#: any column count, large enough that statements cost nothing.
CHUNK = 500


def chunks(rows: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    """`rows` a slice of `size` at a time."""
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def insert_returning_ids(session: Session | Connection, table, rows: Sequence[dict]
                          ) -> list[int]:
    """Insert rows and return their new ids, in order.

    SQLite: the ids are given explicitly, counting on from the table's
    largest id. That is safe because SQLite has one writer, and this
    transaction takes the write lock before it reads the max(): nobody else
    can insert until it ends. Executemany without RETURNING is several times
    faster.

    PostgreSQL: the ids are taken from the table's own sequence first (one
    SELECT nextval … FROM generate_series; a sequence never hands the same
    id to two transactions), then the rows go in by COPY, which is several
    times faster than multi-row INSERTs: psycopg parses every placeholder of
    a 500-row INSERT again for each chunk.
    """
    if not rows:
        return []
    connection = connection_of(session)
    if connection.dialect.name == "sqlite":
        from signon.store.concurrency import begin_write

        begin_write(connection)  # the write lock before the max()
        top = connection.execute(select(func.max(table.c.id))).scalar() or 0
        ids = list(range(top + 1, top + 1 + len(rows)))
        sqlite_executemany(connection, table, rows, ids)
        return ids
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        ids = list(connection.execute(text(
            "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": f'"{table.name}"', "n": len(rows)}).scalars())
        pg_copy(connection, table, rows, ids)
        return ids
    ids = []
    for chunk in chunks(rows):
        result = connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), list(chunk))
        ids.extend(row[0] for row in result)
    return ids


def sqlite_executemany(connection, table, rows: Sequence[dict],
                        ids: Sequence[int] | None = None, or_ignore: bool = False) -> int:
    """INSERT many rows (the columns of the first one, plus `id` when ids are
    given) through the driver's executemany; returns how many went in (fewer
    than given when OR IGNORE skipped some).

    SQLAlchemy's executemany runs every parameter of every row through its
    bind machinery (tens of microseconds a row); here each value goes through
    its column type's bind processor only when the type has one (dates), so
    the stored values are exactly those SQLAlchemy would store. The rows are
    turned into the driver's tuples column by column, in C (itemgetter, zip).
    """
    columns = list(rows[0])
    dialect = connection.dialect
    get = itemgetter(*columns)
    params = list(map(get, rows)) if len(columns) > 1 else [(get(row),) for row in rows]
    convert = [(i, process) for i, process in enumerate(
        table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns)
        if process is not None]
    if convert or ids is not None:
        by_column = list(zip(*params, strict=True))
        for i, process in convert:
            done: dict = {}  # an import stamps every row with the same time
            by_column[i] = [done[v] if v in done else done.setdefault(v, process(v))
                            for v in by_column[i]]
        if ids is not None:
            by_column.append(ids)
            columns.append("id")
        params = list(zip(*by_column, strict=True))
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    sql = f'{verb} INTO "{table.name}" ({names}) VALUES ({marks})'
    return connection.exec_driver_sql(sql, params).rowcount


def pg_copy(connection, table, rows: Sequence[dict], ids: Sequence[int] | None = None
             ) -> None:
    """COPY rows into a PostgreSQL table in the connection's transaction
    (statement-level triggers fire as for an INSERT). Columns are those of
    the first row, plus `id` when ids are given; omitted ones take their
    server defaults."""
    from signon.store.round_trips import server_transaction

    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in [*columns, *(["id"] if ids is not None else [])])
    server_transaction(connection)  # the pool's listener does not see a COPY
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, \
            cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        if ids is None:
            for row in rows:
                copy.write_row([row.get(c) for c in columns])
        else:
            for row, row_id in zip(rows, ids, strict=True):
                copy.write_row([*(row.get(c) for c in columns), row_id])


def insert_rows(session: Session | Connection, table, rows: Sequence[dict]) -> None:
    """Insert rows whose ids nobody needs back (events): executemany on
    SQLite, COPY on PostgreSQL."""
    if not rows:
        return
    connection = connection_of(session)
    if connection.dialect.name == "sqlite":
        sqlite_executemany(connection, table, rows)
    elif connection.dialect.name == "postgresql":
        pg_copy(connection, table, rows)
    else:
        connection.execute(insert(table), list(rows))


def select_in(connection: Connection, table, columns: Sequence[str], key: str,
               values: Iterable) -> list[tuple]:
    """`columns` of the rows whose `key` is one of `values`, a chunk of values
    per query. SQLite: through the driver with plain ? marks; SQLAlchemy's
    expanding IN costs a tenth of a millisecond per value, a tenth of a
    second for the keys of a 10,000-row import."""
    wanted = sorted(set(values))
    rows: list[tuple] = []
    if connection.dialect.name == "sqlite":
        names = ", ".join(f'"{c}"' for c in columns)
        for part in chunks(wanted):
            marks = ", ".join("?" * len(part))
            rows += connection.exec_driver_sql(
                f'SELECT {names} FROM "{table.name}" WHERE "{key}" IN ({marks})',
                tuple(part)).all()
        return rows
    for part in chunks(wanted):
        rows += connection.execute(select(*(table.c[c] for c in columns))
                                   .where(table.c[key].in_(part))).all()
    return rows
