"""What every subcommand needs: the database, and the campaign named on the line."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a database is opened: commands that fail
    from signon.store.database import Database  # earlier never pay for SQLAlchemy


def open_db(args, ask_first: str = "") -> Database:
    """The database of `--db`; `ask_first` as `open_database` takes it."""
    from signon.store.database import open_database

    return open_database(args.db_url, ask_first=ask_first)


def campaign_id(db: Database, ref: str) -> int:
    from signon.store.dbapi import find_campaign_ref

    with db.transaction() as connection:
        return find_campaign_ref(connection, ref).id


def terminal_progress():
    """Progress for a long command: "12/500 message…" on stderr, only when a
    person watches (a script's stderr gets nothing)."""
    import sys

    from signon.progress import Progress

    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{done}/{total} {message[:60]:<60}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return Progress(show)
