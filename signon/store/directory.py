"""Bulk reads and writes of the organisation directory for importers.

The one-row services (organisations.get_or_create_organisation,
signatories.add_signatory) cost several queries and a flush per row; a
10,000-row endorsement export must import in well under two seconds, so the
importer reads the whole directory once into memory and writes its rows with
one multi-row INSERT per table (RETURNING the new ids, portable to SQLite
≥ 3.35 and PostgreSQL). Same rules as the one-row services: organisations
are found by `norm_key`, existing entries are completed and never
overwritten, every new signatory gets its creation event.

Also here: the column mapping remembered per header set (a Setting row).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import bindparam, func, insert, update
from sqlalchemy import select as sqlalchemy_select
from sqlmodel import Session, select

from signon.domain.normalise import fast_fold
from signon.domain.text import fold
from signon.store.models import (
    Contact,
    Organisation,
    Setting,
    Signatory,
    SignatoryEvent,
    StatementVersion,
)

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


def load_directory(session: Session) -> list[DirectoryEntry]:
    """Every organisation in one Core query (no ORM objects: 10,000 rows in a
    few tens of milliseconds)."""
    t = Organisation.__table__.c
    rows = session.connection().execute(sqlalchemy_select(
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


def campaign_members(session: Session, campaign_id: int) -> CampaignMembers:
    org_ids = session.exec(select(Signatory.organisation_id).where(
        Signatory.campaign_id == campaign_id, Signatory.organisation_id.is_not(None))).all()
    people = session.exec(
        select(Signatory.name, Signatory.affiliation, Contact.email)
        .join(Contact, Signatory.contact_id == Contact.id, isouter=True)
        .where(Signatory.campaign_id == campaign_id, Signatory.kind == "individual")
    ).all()
    individuals = {individual_identity(n, a, e or ""): n for n, a, e in people}
    return CampaignMembers(
        organisation_ids=frozenset(org_ids),
        individuals=individuals,
        individual_names=frozenset(key[0] for key in individuals),
    )


def latest_version_number(session: Session, campaign_id: int) -> int | None:
    """The newest frozen statement version: what an imported endorsement endorsed."""
    return session.exec(select(func.max(StatementVersion.number))
                        .where(StatementVersion.campaign_id == campaign_id)).one()


def next_position(session: Session, campaign_id: int) -> int:
    top = session.exec(select(func.max(Signatory.position))
                       .where(Signatory.campaign_id == campaign_id)).one()
    return (top or 0) + 1


def _chunks(rows: Sequence[dict], size: int = CHUNK) -> Iterable[Sequence[dict]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def _insert_returning_ids(session: Session, table, rows: Sequence[dict]) -> list[int]:
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
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        top = connection.execute(sqlalchemy_select(func.max(table.c.id))).scalar() or 0
        ids = list(range(top + 1, top + 1 + len(rows)))
        _sqlite_executemany(connection, table, [{**row, "id": i}
                                                for row, i in zip(rows, ids, strict=True)])
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
        result = session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), list(chunk))
        ids.extend(row[0] for row in result)
    return ids


def _sqlite_executemany(connection, table, rows: Sequence[dict], or_ignore: bool = False
                        ) -> None:
    """INSERT many rows through the driver's executemany.

    SQLAlchemy's executemany runs every parameter of every row through its
    bind machinery (tens of microseconds a row); here each value goes through
    its column type's bind processor only when the type has one (dates), so
    the stored values are exactly those SQLAlchemy would store.
    """
    columns = list(rows[0])
    dialect = connection.dialect
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    sql = f'{verb} INTO "{table.name}" ({names}) VALUES ({marks})'
    convert = [(i, p, {}) for i, p in enumerate(processors) if p is not None]
    params = []
    for row in rows:
        values = [row[c] for c in columns]
        for i, process, seen in convert:
            value = values[i]
            if value not in seen:  # an import stamps every row with the same time
                seen[value] = process(value)
            values[i] = seen[value]
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)


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


def insert_organisations(session: Session, rows: Sequence[dict]) -> list[int]:
    """New directory entries (dicts of Organisation columns, norm_key set by
    the caller); returns their ids in order. See `upsert_organisations`."""
    return [org_id for org_id, _created in upsert_organisations(session, rows)]


def upsert_organisations(session: Session, rows: Sequence[dict]) -> list[tuple[int, bool]]:
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
    table = Organisation.__table__
    keys = [row["norm_key"] for row in rows]
    connection = session.connection()
    ids: dict[str, int] = {}
    created: set[str] = set()
    if connection.dialect.name == "sqlite":
        ids.update(_ids_by_key(session, keys))
        fresh = [row for row in rows if row["norm_key"] not in ids]
        seen: set[str] = set()
        fresh = [r for r in fresh if not (r["norm_key"] in seen or seen.add(r["norm_key"]))]
        if fresh:
            top = connection.execute(sqlalchemy_select(func.max(table.c.id))).scalar() or 0
            _sqlite_executemany(connection, table, [
                {**row, "id": top + 1 + i} for i, row in enumerate(fresh)], or_ignore=True)
            for i, row in enumerate(fresh):
                created.add(row["norm_key"])
                ids[row["norm_key"]] = top + 1 + i
            # a row ignored because its key or id was taken between our read
            # and our write (a caller without the write lock): the entry
            # with the key is used, or the row goes in again with a fresh id
            found = _ids_by_key(session, [r["norm_key"] for r in fresh])
            for row in fresh:
                key = row["norm_key"]
                if key not in found:
                    found[key] = session.execute(
                        insert(table).values(**row).returning(table.c.id)).scalar_one()
                elif found[key] != ids[key]:
                    created.discard(key)
                ids[key] = found[key]
    else:
        unique = list({row["norm_key"]: row for row in rows}.values())
        for org_id, key in _pg_upsert(connection, table, unique):
            ids[key] = org_id
            created.add(key)
        missing = [key for key in keys if key not in ids]
        if missing:
            ids.update(_ids_by_key(session, missing))
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


def _ids_by_key(session: Session, keys: Sequence[str]) -> dict[str, int]:
    t = Organisation.__table__.c
    found: dict[str, int] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        found.update({key: org_id for org_id, key in session.connection().execute(
            sqlalchemy_select(t.id, t.norm_key).where(t.norm_key.in_(part)))})
    return found


def complete_organisations(session: Session, changes: dict[int, dict[str, str]],
                           now: datetime) -> None:
    """Fill fields an existing entry lacks, never overwriting one it has (the
    directory is curated by hand), as get_or_create_organisation does."""
    table = Organisation.__table__
    by_column: dict[str, list[dict]] = {}
    for org_id, fields in changes.items():
        for column, value in fields.items():
            by_column.setdefault(column, []).append({"oid": org_id, "value": value})
    for column, params in by_column.items():
        stmt = (update(table)
                .where(table.c.id == bindparam("oid"), table.c[column] == "")
                .values({column: bindparam("value"), "updated_at": now}))
        session.connection().execute(stmt, params)


def existing_contacts(session: Session, organisation_ids: Iterable[int | None],
                      emails: Iterable[str]) -> dict[tuple[int | None, str], int]:
    """(organisation id, email) → contact id for contacts that already exist,
    so an import reuses them as add_contact does."""
    wanted = sorted({e for e in emails if e})
    org_ids = set(organisation_ids)
    found: dict[tuple[int | None, str], int] = {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        for cid, org_id, email in session.exec(
                select(Contact.id, Contact.organisation_id, Contact.email)
                .where(Contact.email.in_(part))).all():
            if org_id in org_ids:
                found.setdefault((org_id, email), cid)
    return found


def insert_contacts(session: Session, rows: Sequence[dict]) -> list[int]:
    return _insert_returning_ids(session, Contact.__table__, rows)


def insert_signatories(session: Session, rows: Sequence[dict]) -> list[int]:
    return _insert_returning_ids(session, Signatory.__table__, rows)


def insert_events(session: Session, rows: Sequence[dict]) -> None:
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        _sqlite_executemany(connection, SignatoryEvent.__table__, rows)
    elif connection.dialect.name == "postgresql":
        _pg_copy(connection, SignatoryEvent.__table__, rows)
    else:
        connection.execute(insert(SignatoryEvent.__table__), list(rows))


# --- remembered column mappings -------------------------------------------

MAPPING_PREFIX = "import-mapping:"


def mapping_key(headers: Sequence[str]) -> str:
    """The Setting key of a header set: the same headers in any order (and
    any case or spacing) find the same remembered mapping."""
    folded = sorted(" ".join(fold(h).split()) for h in headers)
    digest = hashlib.sha1("\x1f".join(folded).encode("utf-8")).hexdigest()[:16]
    return MAPPING_PREFIX + digest


def remembered_mapping(session: Session, headers: Sequence[str]) -> dict[str, str | None] | None:
    """Header → field (None: ignored) last used for this header set, if any."""
    setting = session.get(Setting, mapping_key(headers))
    if setting is None:
        return None
    try:
        data = json.loads(setting.value)
        mapping = data["mapping"]
    except (ValueError, KeyError, TypeError):
        return None
    return {str(h): (str(f) if f else None) for h, f in mapping.items()}


def remember_mapping(session: Session, headers: Sequence[str],
                     mapping: dict[str, str | None]) -> None:
    """Keep header → field for the next file with the same headers."""
    from signon.store.concurrency import insert_ignoring_duplicates

    key = mapping_key(headers)
    value = json.dumps({"headers": list(headers), "mapping": mapping}, ensure_ascii=False)
    table = Setting.__table__
    session.flush()
    # an upsert: two coordinators importing files with the same headers at
    # once must not fail on the key; the later mapping wins
    session.execute(insert_ignoring_duplicates(session, table).values(key=key, value=value))
    session.execute(update(table).where(table.c.key == key).values(value=value))
    setting = session.get(Setting, key)
    if setting is not None:
        session.refresh(setting)
