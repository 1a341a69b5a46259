"""The organisation directory in bulk, for the import: read it whole, upsert
and complete entries, who is on a campaign; and the column mapping
remembered per header set (a Setting row).

The one-row services (organisations.get_or_create_organisation,
signatories.add_signatory) call the same upsert and completion: a
10,000-row endorsement export must import in well under two seconds, so the
importer reads the whole directory once into memory and its writer
(store/signatory_writer.py) writes with one statement per table. Same rules
for both: organisations are found by `norm_key`, existing entries are
completed and never overwritten.

SQL Core on store/tables.py, never ORM objects: `signon import-signatories`
never imports the ORM. Every function takes that command's connection or
the app's ORM session (`connection_of`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection

from signon.domain.folding import fold
from signon.domain.signatory_kind import SignatoryKind
from signon.store.database import connection_of
from signon.store.setting_keys import DATABASE_SETTINGS, IMPORT_MAPPING
from signon.store.tables import (
    CONTACT,
    ORGANISATION,
    SETTING,
    SIGNATORY,
    select_in,
    sqlite_executemany,
)

if TYPE_CHECKING:
    from sqlmodel import Session


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
    return (" ".join(fold(name).split()), " ".join(fold(affiliation).split()),
            email.strip().casefold())


@dataclass(frozen=True)
class CampaignMembers:
    """Who is already on a campaign, to skip them on import."""

    organisation_ids: frozenset[int]
    individuals: dict[tuple[str, str, str], str]  # identity → name as stored
    individual_names: frozenset[str]  # folded names, to warn about namesakes


def campaign_members(session: Session | Connection, campaign_id: int) -> CampaignMembers:
    sig = SIGNATORY.c
    org_ids = connection_of(session).execute(select(sig.organisation_id).where(
        sig.campaign_id == campaign_id, sig.organisation_id.is_not(None))).scalars().all()
    individuals = campaign_people(session, campaign_id)
    return CampaignMembers(
        organisation_ids=frozenset(org_ids),
        individuals=individuals,
        individual_names=frozenset(key[0] for key in individuals),
    )


def campaign_people(session: Session | Connection, campaign_id: int
                    ) -> dict[tuple[str, str, str], str]:
    """The campaign's individuals: `individual_identity` → name as stored."""
    sig, contact = SIGNATORY.c, CONTACT.c
    people = connection_of(session).execute(
        select(sig.name, sig.affiliation, contact.email)
        .select_from(SIGNATORY.outerjoin(CONTACT, sig.contact_id == contact.id))
        .where(sig.campaign_id == campaign_id, sig.kind == SignatoryKind.INDIVIDUAL)
    ).all()
    return {individual_identity(n, a, e or ""): n for n, a, e in people}


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
            inserted = sqlite_executemany(connection, table, fresh,
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
    return {key: org_id for org_id, key in select_in(
        connection, ORGANISATION, ("id", "norm_key"), "norm_key", keys)}


def complete_organisations(session: Session | Connection, changes: dict[int, dict[str, str]],
                           now: datetime) -> None:
    """Fill fields existing entries lack ({id: {field: value}}), never
    overwriting one they have: the directory is curated by hand."""
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


# --- remembered column mappings -------------------------------------------

def mapping_key(headers: Sequence[str]) -> str:
    """The setting key of a header set (IMPORT_MAPPING): the same headers in
    any order (and any case or spacing) find the same remembered mapping."""
    folded = sorted(" ".join(fold(h).split()) for h in headers)
    digest = hashlib.sha1("\x1f".join(folded).encode("utf-8")).hexdigest()[:16]
    return DATABASE_SETTINGS.key(IMPORT_MAPPING, digest=digest)


class Remembered(NamedTuple):
    """A remembered mapping: header → field (None: ignored), and the fields
    the Sign-on that remembered it knew (None: it did not say, as before
    they were written), so a column it ignored for want of a field is not
    kept from one added since."""

    mapping: dict[str, str | None]
    fields: frozenset[str] | None


def remembered(session: Session | Connection, headers: Sequence[str]) -> Remembered | None:
    """The mapping last used for this header set, if any."""
    c = SETTING.c
    value = connection_of(session).execute(
        select(c.value).where(c.key == mapping_key(headers))).scalar()
    if value is None:
        return None
    try:
        data = json.loads(value)
        mapping = data["mapping"]
        fields = data.get("fields")
        return Remembered({str(h): (str(f) if f else None) for h, f in mapping.items()},
                          frozenset(map(str, fields)) if isinstance(fields, list) else None)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def remembered_mapping(session: Session | Connection, headers: Sequence[str]
                       ) -> dict[str, str | None] | None:
    """Header → field (None: ignored) last used for this header set, if any."""
    found = remembered(session, headers)
    return found.mapping if found is not None else None


def remember_mapping(session: Session | Connection, headers: Sequence[str],
                     mapping: dict[str, str | None], fields: Sequence[str] = ()) -> None:
    """Keep header → field for the next file with the same headers, with
    the `fields` a column could have been mapped to."""
    from signon.store.concurrency import insert_ignoring_duplicates

    key = mapping_key(headers)
    data: dict = {"headers": list(headers), "mapping": mapping}
    if fields:
        data["fields"] = list(fields)
    value = json.dumps(data, ensure_ascii=False)
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
