"""`signon copy-db FROM TO [--merge]`: move data between SQLite and PostgreSQL."""

from __future__ import annotations

import sys

from signon.config import resolve_db
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
    print(f"{report.summary()} into {target.display}", file=sys.stderr)
    return 0
