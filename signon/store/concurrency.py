"""Team mode: several coordinators, one database, no silent overwrite.

Three tools, each portable to SQLite and PostgreSQL:

- `claim_version` / `claim_statement_revision`: optimistic concurrency. A
  form or the statement composer remembers the `row_version` (or the
  campaign's `statement_revision`) it displayed; saving first runs ONE
  conditional UPDATE that bumps the number only if it is still the one
  displayed. Zero rows means someone else saved in between: `ConflictError`
  instead of overwriting their work. The UPDATE is atomic on both backends
  (PostgreSQL re-checks the WHERE clause on the newest row version after
  waiting for a concurrent writer; SQLite has one writer at a time).
- `compare_and_set`: the same idea for status changes, keyed on the status
  the change was validated against, so a second client's change is checked
  against the first client's result instead of overwriting it.
- `lock_campaign_for_import`: imports into one campaign run one after the
  other (PostgreSQL advisory lock; SQLite's write lock), so the second one
  plans against what the first one wrote.

`insert_ignoring_duplicates` builds an INSERT that leaves rows whose unique
key exists alone (PostgreSQL `ON CONFLICT DO NOTHING`, SQLite `INSERT OR
IGNORE`): the organisation directory's upsert.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Table, update
from sqlalchemy.engine import Connection

from signon.domain.errors import SignonError, ValidationError
from signon.domain.messages import _
from signon.store.database import connection_of

if TYPE_CHECKING:  # not imported at run time: an import in SQL Core never loads the ORM
    from sqlmodel import Session

#: First key of the PostgreSQL advisory lock that serialises imports into a
#: campaign (the second key is the campaign id). Any constant works as long
#: as nothing else in the database uses it; this one spells "SIGN".
IMPORT_LOCK_KEY = 0x5349474E


class ConflictError(SignonError):
    """A save based on data someone else changed after it was displayed.

    Nothing was written; the message says what changed and to reload.
    `fields` names the changed settings when there are several to choose
    from, so the app can say which in the interface language."""

    def __init__(self, message: str, fields: tuple[str, ...] = ()):
        super().__init__(message)
        self.fields = fields


def dialect_name(session: Session | Connection) -> str:
    return (session if isinstance(session, Connection) else session.get_bind()).dialect.name


def begin_write(session: Session | Connection) -> None:
    """SQLite: take the database's write lock now (BEGIN IMMEDIATE), so the
    reads that follow see the newest data and nobody else writes until this
    transaction ends. Waits up to the busy timeout, then raises
    OperationalError ("database is locked").

    Python's sqlite3 module (legacy transaction control, which SQLAlchemy
    uses) starts a transaction only at the first INSERT/UPDATE/DELETE; reads
    before it run in autocommit. So when no transaction is open yet we may
    open one ourselves; when one is open, this connection already wrote and
    holds the lock. PostgreSQL: nothing to do (row and advisory locks are
    taken by the statements that need them)."""
    connection = connection_of(session)
    if connection.dialect.name != "sqlite":
        return
    if not connection.connection.driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # errors wrapped as SQLAlchemy's


def lock_campaign_for_import(session: Session | Connection, campaign_id: int) -> None:
    """Hold the campaign's import lock until this transaction ends.

    Two coordinators importing overlapping files into one campaign then run
    one after the other, and the second plans against the first's rows: no
    organisation added twice, no second copy of a signatory. PostgreSQL
    uses a transaction-level advisory lock (ordinary edits of the campaign
    row are not blocked); SQLite takes its database write lock."""
    connection = connection_of(session)
    if connection.dialect.name == "postgresql":
        from sqlalchemy import text

        connection.execute(text("SELECT pg_advisory_xact_lock(:k, :c)"),
                           {"k": IMPORT_LOCK_KEY, "c": int(campaign_id)})
    else:
        begin_write(session)


def _bump(session: Session, table: Table, row_id: int, column: str,
          expected: int | None) -> int | None:
    """Add one to the row's counter `column` if it still holds `expected`
    (None: whatever it holds); the new value, or None when someone else
    bumped it first. LookupError when there is no such row."""
    c = table.c
    stmt = update(table).where(c.id == row_id)
    if expected is not None:
        stmt = stmt.where(c[column] == expected)
    new = session.execute(stmt.values({column: c[column] + 1}).returning(c[column])).scalar()
    if new is None and session.execute(
            table.select().with_only_columns(c.id).where(c.id == row_id)).scalar() is None:
        raise LookupError(row_id)
    return new


def claim_version(session: Session, table: Table, row_id: int, expected: int | None,
                  what: str) -> int:
    """Bump the row's `row_version`, provided it is still `expected` (None:
    whatever it is — a save that was not based on a displayed copy).
    Returns the new version.

    Call it BEFORE loading the row to change it: the UPDATE waits for (and
    then sees) any concurrent writer, and the caller's following read sees
    the newest values. `what` names the row in messages ("Access Now")."""
    try:
        new = _bump(session, table, row_id, "row_version", expected)
    except LookupError:
        raise ValidationError(_("{what} no longer exists (deleted by someone else?)").format(
            what=what)) from None
    if new is None:
        raise ConflictError(_("{what} was changed by someone else since you opened it; reload "
                              "to see their changes").format(what=what))
    return new


def claim_statement_revision(session: Session, campaign_id: int, expected: int | None,
                             title: str = "") -> int:
    """Bump the campaign's `statement_revision` if it is still `expected`
    (None: unconditionally); the new revision, or ConflictError when another
    coordinator saved the statement since this copy was loaded. `title`
    names it in the message (default: "the statement", translated)."""
    from signon.store.models import Campaign

    try:
        new = _bump(session, Campaign.__table__, campaign_id, "statement_revision", expected)
    except LookupError:
        raise ValidationError(_("no campaign with id {id}").format(id=campaign_id)) from None
    if new is None:
        raise ConflictError(_("{what} was changed by someone else since you opened it; reload "
                              "to see their text").format(what=title or _("the statement")))
    return new


def compare_and_set(session: Session, table: Table, row_id: int, expect: dict,
                    values: dict) -> bool:
    """UPDATE one row only if its columns still hold `expect`; True when it did.

    The building block of status changes that two clients may make at once:
    validate against what was read, write only if it is still so, else read
    again and validate against the newer state."""
    c = table.c
    stmt = update(table).where(c.id == row_id)
    for column, value in expect.items():
        stmt = stmt.where(c[column] == value)
    return session.execute(stmt.values(**values)).rowcount == 1


def insert_ignoring_duplicates(session: Session, table: Table):
    """An INSERT construct for `table` that skips rows whose unique key is
    already taken (by an earlier commit or a concurrent transaction) instead
    of failing: PostgreSQL `ON CONFLICT DO NOTHING`, SQLite `INSERT OR IGNORE`."""
    name = dialect_name(session)
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - Sign-on runs on SQLite and PostgreSQL only
        raise NotImplementedError(f"no upsert for {name}")
    return insert(table).on_conflict_do_nothing()
