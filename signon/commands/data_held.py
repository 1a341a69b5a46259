"""`signon data-held --email ADDRESS [--json]`: what the database and its
backups hold about one person (store/data_held.py says why)."""

from __future__ import annotations

import json

from signon.commands.common import open_db
from signon.domain.messages import _
from signon.domain.text import terminal_safe


def run(args) -> int:
    from signon.store.backup import every_copy
    from signon.store.data_held import backups_holding, data_held

    db = open_db(args)
    try:
        with db.transaction() as connection:
            places = data_held(connection, args.email)
        copies = every_copy(db.path)
        holding = backups_holding(args.email, copies)
    finally:
        db.close()
    if args.json:
        print(json.dumps({
            "email": args.email.strip().lower(),
            "database": db.display,
            "places": [p.as_dict() for p in places],
            "backups_checked": len(copies),
            "backups_holding": [str(p) for p in holding],
        }, ensure_ascii=False, indent=1))
        return 0
    print(terminal_safe(_("{email} in {database}:").format(email=args.email.strip().lower(),
                                                            database=db.display)))
    if not places:
        print("  " + _("nothing in the database"))
    for p in places:
        where = f" · {p.campaign}" if p.campaign else ""
        of = f" · {p.of}" if p.of else ""
        print(terminal_safe(f"  {p.kind_text} ({p.record}){where}{of}: {p.holds}"))
    print(_("backups and safety copies checked: {checked}; holding the address: "
            "{holding}").format(checked=len(copies), holding=len(holding)))
    for path in holding:
        print(terminal_safe(f"  {path}"))
    return 0
