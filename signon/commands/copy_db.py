"""`signon copy-db FROM TO [--merge]`: move data between SQLite and PostgreSQL."""

from __future__ import annotations

import sys

from signon.config import resolve_db
from signon.domain.messages import _
from signon.store.copy import copy_database
from signon.store.database import open_database


def run(args) -> int:
    source = open_database(resolve_db(args.source))
    target = open_database(resolve_db(args.target))
    try:
        report = copy_database(source, target, merge=args.merge)
    finally:
        source.close()
        target.close()
    print(said(report, target.display), file=sys.stderr)
    return 0


def said(report, database: str) -> str:
    """"copied 1 campaign, 3 signatory (2 organisation already there) into
    …" in the user's language; the tables keep their names, as `check`
    prints them."""
    copied = ", ".join(f"{n} {table}" for table, n in report.rows.items() if n)
    reused = ", ".join(_("{n} {table} already there").format(n=n, table=table)
                       for table, n in report.reused.items() if n)
    if not copied:
        line = (_("copied nothing ({reused}) into {database}") if reused else
                _("copied nothing into {database}"))
    else:
        line = (_("copied {tables} ({reused}) into {database}") if reused else
                _("copied {tables} into {database}"))
    return line.format(tables=copied, reused=reused, database=database)
