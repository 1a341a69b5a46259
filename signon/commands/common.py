"""What every subcommand needs: the database, and the campaign named on the line."""

from __future__ import annotations

from signon.store.database import Database, open_database


def open_db(args) -> Database:
    return open_database(args.db_url)


def campaign_id(db: Database, ref: str) -> int:
    from signon.store.campaigns import find_campaign

    with db.session() as session:
        return find_campaign(session, ref).id
