"""Bulk reads and writes of the organisation directory for importers.

The one-row services (organisations.get_or_create_organisation,
signatories.add_signatory) cost several queries and a flush per row; a
10,000-row endorsement export must import in well under two seconds, so the
importer reads the whole directory once into memory and writes its rows with
one multi-row INSERT per table (RETURNING the new ids, portable to SQLite
≥ 3.35 and PostgreSQL). Same rules as the one-row services: organisations
are found by `norm_key`, existing entries are completed and never
overwritten, every new signatory gets its creation event.

Everything here is SQL Core on the tables named below, never ORM objects:
`signon import-signatories` runs in a `Database.transaction` and never
imports the ORM, sqlmodel, pydantic or the models (a quarter of a second of
its start-up). Every function takes that connection or the app's ORM
session (`connection_of`).

Also here: the column mapping remembered per header set (a Setting row).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
    TypeDecorator,
    bindparam,
    column,
    func,
    insert,
    select,
    table,
    update,
)
from sqlalchemy.engine import Connection

from signon.domain.normalise import fast_fold
from signon.domain.text import fold
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


#: The columns of signon.store.models that an import reads or writes, as SQL
#: Core names and types (tests/store/test_import_core_tables.py checks them
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
    column("channel", String), column("note", String))
SETTING = table("setting", column("key", String), column("value", String))
TABLES = (ORGANISATION, CONTACT, SIGNATORY, SIGNATORY_EVENT, SETTING)

#: Rows per INSERT statement: small enough for SQLite's variable limit with
#: any column count, large enough that statements cost nothing.
CHUNK = 500


class DirectoryEntry(NamedTuple):
    """An organisation as the importer needs it, without an ORM object (a
    tuple: ten thousand of them are made in a few milliseconds)."""

    id: int
    name: str
    acronym: str
    country: str
    org_type: str
    website: str
    norm_key: str


def load_directory(session: Session | Connection) -> list[DirectoryEntry]:
    """Every organisation in one Core query (no ORM objects: 10,000 rows in a
    few tens of milliseconds)."""
    t = ORGANISATION.c
    rows = connection_of(session).execute(select(
        t.id, t.name, t.acronym, t.country, t.org_type, t.website, t.norm_key)).all()
    return [DirectoryEntry._make(row) for row in rows]


def individual_identity(name: str, affiliation: str, email: str) -> tuple[str, str, str]:
    """What makes two individuals the same person for an import: name,
    affiliation and email all equal (folded). A shared name alone never does."""
    return (" ".join(fast_fold(name).split()), " ".join(fast_fold(affiliation).split()),
            email.strip().casefold())


@dataclass(frozen=True)
class CampaignMembers:
    """Who is already on a campaign, to skip them on import."""

    organisation_ids: frozenset[int]
    individuals: dict[tuple[str, str, str], str]  # identity → name as stored
    individual_names: frozenset[str]  # folded names, to warn about namesakes


def campaign_members(session: Session | Connection, campaign_id: int) -> CampaignMembers:
    sig, contact = SIGNATORY.c, CONTACT.c
    connection = connection_of(session)
    org_ids = connection.execute(select(sig.organisation_id).where(
        sig.campaign_id == campaign_id, sig.organisation_id.is_not(None))).scalars().all()
    people = connection.execute(
        select(sig.name, sig.affiliation, contact.email)
        .select_from(SIGNATORY.outerjoin(CONTACT, sig.contact_id == contact.id))
        .where(sig.campaign_id == campaign_id, sig.kind == "individual")
    ).all()
    individuals = {individual_identity(n, a, e or ""): n for n, a, e in people}
    return CampaignMembers(
        organisation_ids=frozenset(org_ids),
        individuals=individuals,
        individual_names=frozenset(key[0] for key in individuals),
    )


def next_position(session: Session | Connection, campaign_id: int) -> int:
    sig = SIGNATORY.c
    top = connection_of(session).execute(
        select(func.max(sig.position)).where(sig.campaign_id == campaign_id)).scalar()
    return (top or 0) + 1


def _chunks(rows: Sequence[dict], size: int = CHUNK) -> Iterable[Sequence[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _insert_returning_ids(session: Session | Connection, table, rows: Sequence[dict]
                          ) -> list[int]:
    """Insert rows and return their new ids, in order.

    SQLite: the ids are given explicitly, counting on from the table's
    largest id. That is safe because SQLite has one writer: once this
    transaction writes, nobody else can, and if someone wrote between the
    max() and the first insert the insert fails (busy/primary key) instead
    of mixing rows. Executemany without RETURNING is several times faster.

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
        top = connection.execute(select(func.max(table.c.id))).scalar() or 0
        ids = list(range(top + 1, top + 1 + len(rows)))
        _sqlite_executemany(connection, table, rows, ids)
        return ids
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        ids = list(connection.execute(text(
            "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"),
            {"t": f'"{table.name}"', "n": len(rows)}).scalars())
        _pg_copy(connection, table, rows, ids)
        return ids
    ids = []
    for chunk in _chunks(rows):
        result = connection.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), list(chunk))
        ids.extend(row[0] for row in result)
    return ids


def _sqlite_executemany(connection, table, rows: Sequence[dict],
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


def _pg_copy(connection, table, rows: Sequence[dict], ids: Sequence[int] | None = None
             ) -> None:
    """COPY rows into a PostgreSQL table in the connection's transaction
    (statement-level triggers fire as for an INSERT). Columns are those of
    the first row, plus `id` when ids are given; omitted ones take their
    server defaults."""
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in [*columns, *(["id"] if ids is not None else [])])
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, \
            cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        if ids is None:
            for row in rows:
                copy.write_row([row.get(c) for c in columns])
        else:
            for row, row_id in zip(rows, ids, strict=True):
                copy.write_row([*(row.get(c) for c in columns), row_id])


def insert_organisations(session: Session | Connection, rows: Sequence[dict]) -> list[int]:
    """New directory entries (dicts of Organisation columns, norm_key set by
    the caller); returns their ids in order. See `upsert_organisations`."""
    return [org_id for org_id, _created in upsert_organisations(session, rows)]


def upsert_organisations(session: Session | Connection, rows: Sequence[dict]
                         ) -> list[tuple[int, bool]]:
    """(id, created) per row, in order: a new directory entry, or the entry
    another coordinator created with the same norm_key since the caller
    looked (then it is used, never duplicated, and the import goes on).

    PostgreSQL: INSERT … ON CONFLICT DO NOTHING RETURNING in norm_key order
    (two imports inserting overlapping keys then wait for each other in the
    same order instead of deadlocking), then one SELECT for keys that were
    taken. SQLite: the keys present are read first; the caller holds the
    write lock (`concurrency.lock_campaign_for_import`), and INSERT OR IGNORE
    covers a caller that does not."""
    if not rows:
        return []
    table = ORGANISATION
    keys = [row["norm_key"] for row in rows]
    connection = connection_of(session)
    ids: dict[str, int] = {}
    created: set[str] = set()
    if connection.dialect.name == "sqlite":
        ids.update(_ids_by_key(connection, keys))
        fresh = [row for row in rows if row["norm_key"] not in ids]
        seen: set[str] = set()
        fresh = [r for r in fresh if not (r["norm_key"] in seen or seen.add(r["norm_key"]))]
        if fresh:
            top = connection.execute(select(func.max(table.c.id))).scalar() or 0
            inserted = _sqlite_executemany(connection, table, fresh,
                                           range(top + 1, top + 1 + len(fresh)), or_ignore=True)
            for i, row in enumerate(fresh):
                created.add(row["norm_key"])
                ids[row["norm_key"]] = top + 1 + i
            # a row ignored because its key or id was taken between our read
            # and our write (a caller without the write lock): the entry
            # with the key is used, or the row goes in again with a fresh id
            found = (_ids_by_key(connection, [r["norm_key"] for r in fresh])
                     if inserted != len(fresh) else ids)
            for row in fresh:
                key = row["norm_key"]
                if key not in found:
                    found[key] = connection.execute(
                        insert(table).values(**row).returning(table.c.id)).scalar_one()
                elif found[key] != ids[key]:
                    created.discard(key)
                ids[key] = found[key]
    else:
        first: dict[str, dict] = {}
        for row in rows:  # a key given twice goes in as first spelt, as on SQLite
            first.setdefault(row["norm_key"], row)
        unique = list(first.values())
        for org_id, key in _pg_upsert(connection, table, unique):
            ids[key] = org_id
            created.add(key)
        missing = [key for key in keys if key not in ids]
        if missing:
            ids.update(_ids_by_key(connection, missing))
    out = []
    for key in keys:
        out.append((ids[key], key in created))
        created.discard(key)  # a key given twice is created once
    return out


def _pg_upsert(connection, table, rows: Sequence[dict]) -> list[tuple[int, str]]:
    """(id, norm_key) of the rows that went in; rows whose key exists (or is
    being inserted by a concurrent transaction, which is waited for) are
    skipped. The rows are COPYed into a temporary table, then moved with one
    INSERT … SELECT … ORDER BY norm_key ON CONFLICT DO NOTHING: one
    statement whatever the count, and concurrent imports take the keys'
    locks in the same order, so they wait for each other, never deadlock."""
    from sqlalchemy import text

    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    connection.execute(text(
        f'CREATE TEMPORARY TABLE signon_upsert AS SELECT {names} FROM "{table.name}" '
        "WITH NO DATA"))
    raw = connection.connection.driver_connection
    with raw.cursor() as cursor, \
            cursor.copy(f"COPY signon_upsert ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])
    inserted = [tuple(r) for r in connection.execute(text(
        f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM signon_upsert '
        "ORDER BY norm_key ON CONFLICT (norm_key) DO NOTHING RETURNING id, norm_key"))]
    # (after an error the rollback removes the temporary table with the rest)
    connection.execute(text("DROP TABLE signon_upsert"))
    return inserted


def _ids_by_key(connection: Connection, keys: Sequence[str]) -> dict[str, int]:
    return {key: org_id for org_id, key in _select_in(
        connection, ORGANISATION, ("id", "norm_key"), "norm_key", keys)}


def _select_in(connection: Connection, table, columns: Sequence[str], key: str,
               values: Iterable) -> list[tuple]:
    """`columns` of the rows whose `key` is one of `values`, a chunk of values
    per query. SQLite: through the driver with plain ? marks; SQLAlchemy's
    expanding IN costs a tenth of a millisecond per value, a tenth of a
    second for the keys of a 10,000-row import."""
    wanted = sorted(set(values))
    rows: list[tuple] = []
    if connection.dialect.name == "sqlite":
        names = ", ".join(f'"{c}"' for c in columns)
        for part in _chunks(wanted):
            marks = ", ".join("?" * len(part))
            rows += connection.exec_driver_sql(
                f'SELECT {names} FROM "{table.name}" WHERE "{key}" IN ({marks})',
                tuple(part)).all()
        return rows
    for part in _chunks(wanted):
        rows += connection.execute(select(*(table.c[c] for c in columns))
                                   .where(table.c[key].in_(part))).all()
    return rows


def complete_organisations(session: Session | Connection, changes: dict[int, dict[str, str]],
                           now: datetime) -> None:
    """Fill fields an existing entry lacks, never overwriting one it has (the
    directory is curated by hand), as get_or_create_organisation does."""
    table = ORGANISATION
    by_column: dict[str, list[dict]] = {}
    for org_id, fields in changes.items():
        for name, value in fields.items():
            by_column.setdefault(name, []).append({"oid": org_id, "value": value})
    for name, params in by_column.items():
        stmt = (update(table)
                .where(table.c.id == bindparam("oid"), table.c[name] == "")
                .values({name: bindparam("value"), "updated_at": now}))
        connection_of(session).execute(stmt, params)


def existing_contacts(session: Session | Connection, organisation_ids: Iterable[int | None],
                      emails: Iterable[str]) -> dict[tuple[int | None, str], int]:
    """(organisation id, email) → contact id for contacts that already exist,
    so an import reuses them as add_contact does."""
    org_ids = set(organisation_ids)
    found: dict[tuple[int | None, str], int] = {}
    for cid, org_id, email in _select_in(connection_of(session), CONTACT,
                                         ("id", "organisation_id", "email"), "email",
                                         (e for e in emails if e)):
        if org_id in org_ids:
            found.setdefault((org_id, email), cid)
    return found


def insert_contacts(session: Session | Connection, rows: Sequence[dict]) -> list[int]:
    return _insert_returning_ids(session, CONTACT, rows)


def insert_signatories(session: Session | Connection, rows: Sequence[dict]) -> list[int]:
    return _insert_returning_ids(session, SIGNATORY, rows)


def insert_events(session: Session | Connection, rows: Sequence[dict]) -> None:
    if not rows:
        return
    connection = connection_of(session)
    if connection.dialect.name == "sqlite":
        _sqlite_executemany(connection, SIGNATORY_EVENT, rows)
    elif connection.dialect.name == "postgresql":
        _pg_copy(connection, SIGNATORY_EVENT, rows)
    else:
        connection.execute(insert(SIGNATORY_EVENT), list(rows))


# --- remembered column mappings -------------------------------------------

MAPPING_PREFIX = "import-mapping:"


def mapping_key(headers: Sequence[str]) -> str:
    """The Setting key of a header set: the same headers in any order (and
    any case or spacing) find the same remembered mapping."""
    folded = sorted(" ".join(fold(h).split()) for h in headers)
    digest = hashlib.sha1("\x1f".join(folded).encode("utf-8")).hexdigest()[:16]
    return MAPPING_PREFIX + digest


def remembered_mapping(session: Session | Connection, headers: Sequence[str]
                       ) -> dict[str, str | None] | None:
    """Header → field (None: ignored) last used for this header set, if any."""
    c = SETTING.c
    value = connection_of(session).execute(
        select(c.value).where(c.key == mapping_key(headers))).scalar()
    if value is None:
        return None
    try:
        data = json.loads(value)
        mapping = data["mapping"]
    except (ValueError, KeyError, TypeError):
        return None
    return {str(h): (str(f) if f else None) for h, f in mapping.items()}


def remember_mapping(session: Session | Connection, headers: Sequence[str],
                     mapping: dict[str, str | None]) -> None:
    """Keep header → field for the next file with the same headers."""
    from signon.store.concurrency import insert_ignoring_duplicates

    key = mapping_key(headers)
    value = json.dumps({"headers": list(headers), "mapping": mapping}, ensure_ascii=False)
    orm = not isinstance(session, Connection)
    if orm:
        session.flush()
    connection = connection_of(session)
    # an upsert: two coordinators importing files with the same headers at
    # once must not fail on the key; the later mapping wins
    connection.execute(insert_ignoring_duplicates(connection, SETTING)
                       .values(key=key, value=value))
    connection.execute(update(SETTING).where(SETTING.c.key == key).values(value=value))
    if orm:  # a Setting the session loaded must not go on showing the old value
        from signon.store.models import Setting

        setting = session.get(Setting, key)
        if setting is not None:
            session.refresh(setting)
