"""What every subcommand needs: the database, and the campaign named on the line."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when a database is opened: commands that fail
    from signon.store.database import Database  # earlier never pay for SQLAlchemy


def open_db(args) -> Database:
    from signon.store.database import open_database

    return open_database(args.db_url)


def campaign_id(db: Database, ref: str) -> int:
    from signon.store.dbapi import find_campaign_ref

    with db.transaction() as connection:
        return find_campaign_ref(connection, ref).id
