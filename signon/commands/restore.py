"""`signon restore FILE`: replace the database by a checked backup.

The current database is kept in the backup folder first; the line printed
says where, so the swap can be undone with another restore.
"""

from __future__ import annotations


def run(args) -> int:
    from signon.config import display_db
    from signon.domain.messages import _
    from signon.store.backup import restore_database

    kept = restore_database(args.db_url, args.file)
    print(_("restored {file} into {database}").format(file=args.file,
                                                        database=display_db(args.db_url)))
    if kept is not None:
        print(_("the previous database was kept as {path}").format(path=kept))
    return 0
