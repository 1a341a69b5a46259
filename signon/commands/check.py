"""`signon check`: integrity, foreign keys, schema version and counts.

Reads only. Exit 0 with a short report when all is well; exit 1 with one
line on stderr naming the database, what is wrong and what to do.
"""

from __future__ import annotations

from signon.store.database import DatabaseError


def run(args) -> int:
    from signon.store.backup import check_database

    report = check_database(args.db_url)
    if not report.ok:
        raise DatabaseError(report.summary())
    for line in report.lines():
        print(line)
    return 0
