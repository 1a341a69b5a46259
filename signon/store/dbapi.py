"""Plain SQL on whichever connection the caller holds, and the reads every
path shares: the campaign named on the command line, the latest version,
the signatory list.

Why plain SQL: `signon export` reads a current SQLite file with the
standard library's sqlite3 alone (store/letters.py says what that saves),
while the app, the import and PostgreSQL hold an SQLAlchemy connection or
session. The reads the export needs are written once, in SQL that SQLite
and PostgreSQL both understand, and `rows` runs them on either; every other
caller (the ORM services, the import in SQL Core) calls the same functions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

from signon.domain.errors import ValidationError
from signon.domain.messages import _

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    Unit = sqlite3.Connection | Connection | Session


def rows(unit: Unit, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    """The rows of `sql` as the driver's tuples. `sql` marks its parameters
    with ? (and holds no other ?). `unit` is a sqlite3 connection, or an
    SQLAlchemy connection or session, whose transaction the query joins (a
    session's pending changes are flushed first, as its own queries would)."""
    found = stream(unit, sql, params)
    return found if isinstance(found, list) else found.fetchall()


def stream(unit: Unit, sql: str, params: Sequence[Any] = ()) -> Iterable[tuple]:
    """`rows`, one at a time from a sqlite3 connection (the export of a
    50,000-name letter never holds them all as rows as well); from an
    SQLAlchemy connection, fetched at once."""
    cursor, close = _execute(unit, sql, params)
    if isinstance(unit, sqlite3.Connection):
        return cursor  # its rows as they come
    try:  # the cursor's own tuples: no Row objects for 50,000 rows
        return cursor.fetchall()
    finally:
        close()


def _execute(unit: Unit, sql: str, params: Sequence[Any]) -> tuple[Any, Callable[[], None]]:
    """The driver's cursor running `sql` on `unit`, and how to close it."""
    if isinstance(unit, sqlite3.Connection):
        cursor = unit.execute(sql, params)
        return cursor, cursor.close
    from signon.store.database import connection_of

    connection = connection_of(unit)
    if connection.dialect.paramstyle != "qmark":  # psycopg: %s
        sql = sql.replace("?", "%s")
    result = connection.exec_driver_sql(sql, tuple(params))
    return result.cursor, result.close


#: Rows fetched at a time where repeated values are shared as they come.
BATCH_ROWS = 5000


def share_repeats(batches: Iterable[Sequence[tuple]], columns: Sequence[int]) -> list[tuple]:
    """The rows of `batches` with the values of `columns` that repeat (a
    status, a country, a kind, a date) held once. The driver makes a new
    string for every row: a 200,000-row campaign's eight statuses were
    200,000 strings (12 MB), its whole table 170 MB where 90 do. Batch by
    batch, so the copies never all exist at once (the peak is what a
    person's machine must have); column by column in C loops (zip, map).
    Each batch is kept as a tuple until the end: the garbage collector stops
    looking into a tuple of plain rows, while it walks a list item by item at
    every full collection (about 10 ms for 200,000 rows, the interpreter
    lock held)."""
    seen: dict[int, dict] = {index: {} for index in columns}
    done: list[tuple[tuple, ...]] = []
    for batch in batches:
        if not batch:
            continue
        by_column = list(zip(*batch, strict=True))
        for index, values in seen.items():
            column = by_column[index]  # setdefault(value, value) for each, in C
            by_column[index] = list(map(values.setdefault, column, column))
        done.append(tuple(zip(*by_column, strict=True)))
    return list(chain.from_iterable(done))


def batches(unit: Unit, sql: str, params: Sequence[Any] = ()) -> Iterable[list[tuple]]:
    """`rows`, `BATCH_ROWS` at a time (for `share_repeats`)."""
    cursor, close = _execute(unit, sql, params)
    try:
        yield from fetch_batches(cursor)
    finally:
        close()


def fetch_batches(cursor) -> Iterable[list[tuple]]:
    """A driver cursor's rows, `BATCH_ROWS` at a time."""
    while batch := cursor.fetchmany(BATCH_ROWS):
        yield batch


def marks(values: Sequence) -> str:
    """"?, ?, ?" for an IN list of `values`."""
    return ", ".join("?" * len(values))


class CampaignRef(NamedTuple):
    """What the import, the export and the commands need of a campaign to
    find it; the ORM services load the whole row by its id."""

    id: int
    title: str
    signatory_policy: str
    #: the campaign's language tag (how an import reads an ambiguous date)
    language: str = "en"


_CAMPAIGN = "SELECT id, title, signatory_policy, language FROM campaign"


def campaign_ref(unit: Unit, campaign_id: int) -> CampaignRef:
    """The campaign with this id; ValidationError as campaigns.get_campaign."""
    found = rows(unit, f"{_CAMPAIGN} WHERE id = ?", (campaign_id,))
    if not found:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id))
    return CampaignRef._make(found[0])


def find_campaign_ref(unit: Unit, ref: str) -> CampaignRef:
    """CAMPAIGN on the command line: an id, or a title (exact, then an
    unambiguous case-insensitive prefix). The one lookup behind every
    command, the ORM's `campaigns.find_campaign` and the export's reader."""
    ref = ref.strip()
    if ref.isdigit():
        found = rows(unit, f"{_CAMPAIGN} WHERE id = ?", (int(ref),))
        if found:
            return CampaignRef._make(found[0])
    campaigns = [CampaignRef._make(row) for row in rows(unit, f"{_CAMPAIGN} ORDER BY id")]
    exact = [c for c in campaigns if c.title.casefold() == ref.casefold()]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [c for c in campaigns if c.title.casefold().startswith(ref.casefold())]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ValidationError(_("no campaign {ref}; see `signon list campaigns`").format(
            ref=repr(ref)))
    ids = ", ".join(str(c.id) for c in matches)
    raise ValidationError(_("{ref} matches several campaigns (ids {ids}); use the id").format(
        ref=repr(ref), ids=ids))


@dataclass(frozen=True)
class CampaignSummary:
    """A campaign as the campaign lists show it (the window's, `signon list
    campaigns`)."""

    id: int
    title: str
    status: str
    #: "YYYY-MM-DD", or None
    deadline: str | None
    counts: dict[str, int]
    #: endorsed signatories whose endorsement came by a verified reply (issue 18)
    verified: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


#: The signatories whose latest applied reply (what `store.replies.
#: verification_by_signatory` reads) is verified and not a refusal or a
#: bounce: an endorsement by a verified reply.
_VERIFIED_SQL = (
    "SELECT signatory_id FROM ("
    "SELECT r.signatory_id, r.verified, r.action, ROW_NUMBER() OVER ("
    "PARTITION BY r.signatory_id ORDER BY r.applied_at DESC, r.id DESC) AS n"
    " FROM reply r WHERE r.applied_at IS NOT NULL AND r.signatory_id IS NOT NULL) latest"
    " WHERE latest.n = 1 AND latest.verified AND latest.action NOT IN ('decline', 'bounce')")


#: Every campaign joined with its signatories, a row per status: what
#: `list_campaigns` reads. Without parameters, so a team database can be sent
#: it with the log-in's checks (`open_database(ask_first=…)`).
LIST_CAMPAIGNS_SQL = (
    "SELECT c.id, c.title, c.status, c.deadline, s.status, COUNT(s.id),"
    " COUNT(v.signatory_id)"
    " FROM campaign c LEFT JOIN signatory s ON s.campaign_id = c.id"
    f" LEFT JOIN ({_VERIFIED_SQL}) v ON v.signatory_id = s.id"
    " GROUP BY c.id, c.title, c.status, c.deadline, s.status"
    " ORDER BY c.title, c.id, s.status")


def list_campaigns(unit: Unit) -> list[CampaignSummary]:
    """Every campaign with its signatories counted by status, and its
    endorsed ones whose endorsement came by a verified reply, in one query
    (the campaigns joined with their signatories, a row per status). Plain
    SQL: `signon list campaigns` reads it on a Core connection and never
    imports the ORM (a third of a second of its start-up)."""
    return campaign_summaries(rows(unit, LIST_CAMPAIGNS_SQL))


def campaign_summaries(found: Iterable[tuple]) -> list[CampaignSummary]:
    """The summaries of `LIST_CAMPAIGNS_SQL`'s rows, however they were read."""
    summaries: dict[int, CampaignSummary] = {}
    verified: dict[int, int] = {}
    for cid, title, status, deadline, signatory_status, count, checked in found:
        summary = summaries.get(cid)
        if summary is None:
            # SQLite hands back the date as stored ("2026-12-31"), PostgreSQL a date
            summary = summaries[cid] = CampaignSummary(
                id=cid, title=title, status=status, counts={},
                deadline=str(deadline)[:10] if deadline else None)
        if signatory_status is not None:
            summary.counts[signatory_status] = count
        if signatory_status == "endorsed" and checked:
            verified[cid] = checked
    return [replace(s, verified=verified[s.id]) if s.id in verified else s
            for s in summaries.values()]


def latest_version_number(unit: Unit, campaign_id: int) -> int | None:
    """The number of the campaign's newest frozen statement version, if any:
    what an endorsement given now (by hand, by import, by a status change)
    endorses."""
    return rows(unit, "SELECT MAX(number) FROM statementversion WHERE campaign_id = ?",
                (campaign_id,))[0][0]


def stored_time(value: str | datetime | None, *, aware: bool = False) -> datetime | None:
    """A stored time, in UTC. SQLite hands back the text SQLAlchemy wrote
    (UTC without its offset), PostgreSQL an aware datetime. `aware`: with
    the offset, as the models give it (the app's lists, `signon list`);
    without, SQLite's time is left naive, which is all a letter needs (it
    compares and prints dates) and cheaper for 50,000 names."""
    if not value:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC) if aware else value
    return value.astimezone(UTC) if aware else value


#: The columns of `signatory_rows`: what a letter prints and sorts by, then
#: what the app's list adds (`listing`).
LETTER_COLUMNS = ("kind", "name", "status", "acronym", "country", "org_type", "title",
                  "affiliation", "endorsed_at", "position", "organisation_id", "norm_key")
LISTING_COLUMNS = ("id", "endorsed_version", "channel", "contact_id")
_LETTER_SQL = (
    "s.kind, COALESCE(o.name, s.name), s.status, COALESCE(o.acronym, ''),"
    " COALESCE(CASE WHEN o.id IS NULL THEN s.country ELSE o.country END, ''),"
    " COALESCE(o.org_type, ''), s.title, s.affiliation, s.endorsed_at, s.position,"
    " s.organisation_id, COALESCE(o.norm_key, '')")
_LISTING_SQL = ", s.id, s.endorsed_version, s.channel, s.contact_id"


def signatory_rows(unit: Unit, campaign_id: int, statuses: tuple[str, ...] | None = None,
                   *, listing: bool = False) -> Iterable[tuple]:
    """The campaign's signatories joined with their directory entries, in the
    campaign's order (`stream`): tuples of `LETTER_COLUMNS` (and, with
    `listing`, `LISTING_COLUMNS`), an organisation's name, acronym and
    country the directory's. `endorsed_at` is as stored (see `stored_time`).
    `statuses` keeps only those. The letter (letters.signatory_entries) and
    the app's list (signatories.list_signatories) both read them here."""
    where, params = "s.campaign_id = ?", [campaign_id]
    if statuses is not None:
        where += f" AND s.status IN ({marks(statuses)})"
        params.extend(statuses)
    return stream(
        unit,
        f"SELECT {_LETTER_SQL}{_LISTING_SQL if listing else ''}"
        " FROM signatory s LEFT JOIN organisation o ON o.id = s.organisation_id"
        f" WHERE {where} ORDER BY s.position, s.id", params)
