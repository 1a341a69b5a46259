"""`signon erase --email ADDRESS [--dry-run]`: remove one person's data from
the database and from every backup and safety copy (store/erasure.py says
what is removed, what is left for the coordinator, and why)."""

from __future__ import annotations

import sys

from signon.commands.common import open_db
from signon.domain.text import terminal_safe


def run(args) -> int:
    from signon.store.erasure import erase_everywhere

    address = args.email.strip().lower()
    db = open_db(args)
    shown, team = db.display, db.path is None
    try:
        report = erase_everywhere(db, address, dry_run=args.dry_run)
    finally:
        db.close()
    from signon.store.erasure import EDITION

    verb = "would remove" if args.dry_run else "removed"
    counts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}"
                       for kind, n in report.plan.counts().items()
                       if n and kind != EDITION) or "nothing"
    print(terminal_safe(f"{address}: {verb} {counts} from {shown}"))
    if report.plan.editions:
        editions = len(report.plan.editions)
        print(f"  and {'would replace' if args.dry_run else 'replaced'} their name in "
              f"{editions} published edition{'s' if editions != 1 else ''} "
              "(each kept, with its digest)")
    if report.copies:
        print(f"  and from {len(report.copies)} backup{'s' if len(report.copies) != 1 else ''} "
              "and safety copies holding the address")
    for place in report.plan.mentions:
        print(terminal_safe(f"  left for you to edit: {place.kind} ({place.record})"
                            f"{' · ' + place.campaign if place.campaign else ''}"
                            f"{' · ' + place.of if place.of else ''}"), file=sys.stderr)
    if report.done:
        print("done; the server's own backups and WAL archive are its administrator's to "
              "clear (docs/your-data.md)" if team else
              "done: the database and its copies no longer hold the removed data")
    return 0
