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

from sqlalchemy import func, insert, update
from sqlmodel import Session, select

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


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """An organisation as the importer needs it, without an ORM object."""

    id: int
    name: str
    acronym: str
    country: str
    org_type: str
    website: str
    norm_key: str


def load_directory(session: Session) -> list[DirectoryEntry]:
    """Every organisation in one query (10,000 rows: a few milliseconds)."""
    rows = session.exec(select(
        Organisation.id, Organisation.name, Organisation.acronym, Organisation.country,
        Organisation.org_type, Organisation.website, Organisation.norm_key,
    )).all()
    return [DirectoryEntry(*row) for row in rows]


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
    ids: list[int] = []
    for chunk in _chunks(rows):
        result = session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), list(chunk))
        ids.extend(row[0] for row in result)
    return ids


def insert_organisations(session: Session, rows: Sequence[dict]) -> list[int]:
    """New directory entries (dicts of Organisation columns, norm_key set by
    the caller); returns their ids in order. A norm_key taken meanwhile by
    another import raises IntegrityError and the caller's transaction fails."""
    return _insert_returning_ids(session, Organisation.__table__, rows)


def complete_organisations(session: Session, changes: dict[int, dict[str, str]],
                           now: datetime) -> None:
    """Fill fields an existing entry lacks, never overwriting one it has (the
    directory is curated by hand), as get_or_create_organisation does."""
    table = Organisation.__table__
    for org_id, fields in changes.items():
        for column, value in fields.items():
            session.execute(
                update(table).where(table.c.id == org_id, table.c[column] == "")
                .values({column: value, "updated_at": now}))


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
    for chunk in _chunks(rows):
        session.execute(insert(SignatoryEvent.__table__), list(chunk))


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
    key = mapping_key(headers)
    value = json.dumps({"headers": list(headers), "mapping": mapping}, ensure_ascii=False)
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
        session.add(setting)
    session.flush()
