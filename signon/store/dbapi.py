"""Plain SQL on whichever connection the caller holds, and the reads every
path shares: the campaign named on the command line, the latest version.

Why plain SQL: `signon export` reads a current SQLite file with the
standard library's sqlite3 alone (store/letters.py says what that saves),
while the app, the import and PostgreSQL hold an SQLAlchemy connection or
session. The reads the export needs are written once, in SQL that SQLite
and PostgreSQL both understand, and `rows` runs them on either; every other
caller (the ORM services, the import in SQL Core) calls the same functions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from signon.domain.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

    Unit = sqlite3.Connection | Connection | Session


def rows(unit: Unit, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
    """The rows of `sql` as the driver's tuples. `sql` marks its parameters
    with ? (and holds no other ?). `unit` is a sqlite3 connection, or an
    SQLAlchemy connection or session, whose transaction the query joins (a
    session's pending changes are flushed first, as its own queries would)."""
    if isinstance(unit, sqlite3.Connection):
        return unit.execute(sql, params).fetchall()
    from signon.store.database import connection_of

    connection = connection_of(unit)
    if connection.dialect.paramstyle != "qmark":  # psycopg: %s
        sql = sql.replace("?", "%s")
    result = connection.exec_driver_sql(sql, tuple(params))
    try:  # the cursor's own tuples: no Row objects for 50,000 rows
        return result.cursor.fetchall()
    finally:
        result.close()


def marks(values: Sequence) -> str:
    """"?, ?, ?" for an IN list of `values`."""
    return ", ".join("?" * len(values))


class CampaignRef(NamedTuple):
    """What the import, the export and the commands need of a campaign to
    find it; the ORM services load the whole row by its id."""

    id: int
    title: str
    signatory_policy: str


_CAMPAIGN = "SELECT id, title, signatory_policy FROM campaign"


def campaign_ref(unit: Unit, campaign_id: int) -> CampaignRef:
    """The campaign with this id; ValidationError as campaigns.get_campaign."""
    found = rows(unit, f"{_CAMPAIGN} WHERE id = ?", (campaign_id,))
    if not found:
        raise ValidationError(f"no campaign with id {campaign_id}")
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
        raise ValidationError(f"no campaign {ref!r}; see `signon list campaigns`")
    ids = ", ".join(str(c.id) for c in matches)
    raise ValidationError(f"{ref!r} matches several campaigns (ids {ids}); use the id")


def latest_version_number(unit: Unit, campaign_id: int) -> int | None:
    """The number of the campaign's newest frozen statement version, if any:
    what an endorsement given now (by hand, by import, by a status change)
    endorses."""
    return rows(unit, "SELECT MAX(number) FROM statementversion WHERE campaign_id = ?",
                (campaign_id,))[0][0]
