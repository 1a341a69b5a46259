"""`signon erase --email ADDRESS [--dry-run]`: remove one person's data from
the database and from every backup and safety copy (store/erasure.py says
what is removed, what is left for the coordinator, and why)."""

from __future__ import annotations

import sys

from signon.commands.common import open_db
from signon.domain.text import terminal_safe


def run(args) -> int:
    from signon.store.backup import every_copy
    from signon.store.data_held import backups_holding
    from signon.store.erasure import (
        compact_sqlite,
        erase_in_copy,
        log_entry,
        plan_erasure,
    )
    from signon.store.setting_keys import ERASURE_LOG
    from signon.store.settings import get_setting, set_setting

    address = args.email.strip().lower()
    db = open_db(args)
    try:
        with db.transaction() as connection:
            plan = plan_erasure(connection, address)
        copies = backups_holding(address, every_copy(db.path))
        verb = "would remove" if args.dry_run else "removes"
        counts = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}"
                           for kind, n in plan.counts().items() if n) or "nothing"
        print(terminal_safe(f"{address}: {verb} {counts} from {db.display}"))
        if copies:
            print(f"  and from {len(copies)} backup{'s' if len(copies) != 1 else ''} "
                  "and safety copies holding the address")
        for place in plan.mentions:
            print(terminal_safe(f"  left for you to edit: {place.kind} ({place.record})"
                                f"{' · ' + place.campaign if place.campaign else ''}"
                                f"{' · ' + place.of if place.of else ''}"), file=sys.stderr)
        if args.dry_run:
            return 0
        with db.session() as session:
            from signon.store.erasure import carry_out

            carry_out(session, plan)
            log = list(get_setting(session, ERASURE_LOG))
            set_setting(session, ERASURE_LOG, [*log, log_entry(plan)])
    finally:
        db.close()
    if db.path is not None:
        compact_sqlite(db.path)
    for path in copies:
        erase_in_copy(path, address)
    print("done: the database and its copies no longer hold the removed data"
          if db.path is not None else
          "done; the server's own backups and WAL archive are its administrator's to clear "
          "(docs/your-data.md)")
    return 0
