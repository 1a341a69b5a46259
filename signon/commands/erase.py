"""`signon erase --email ADDRESS [--dry-run]`: remove one person's data from
the database and from every backup and safety copy (store/erasure.py says
what is removed, what is left for the coordinator, and why)."""

from __future__ import annotations

import sys

from signon.commands.common import open_db
from signon.domain.messages import _, n_
from signon.domain.text import terminal_safe


def counts(removed) -> str:
    """"1 contact, 2 outbox messages" in the user's language: the kinds
    removed (store/erasure.py names them), the editions aside, which are
    kept and said on their own line."""
    from signon.store.erasure import CONTACT, EDITION, MESSAGE, REPLY, SIGNER

    said = {CONTACT: lambda n: n_("{n} contact", "{n} contacts", n),
            MESSAGE: lambda n: n_("{n} outbox message", "{n} outbox messages", n),
            REPLY: lambda n: n_("{n} reply", "{n} replies", n),
            SIGNER: lambda n: n_("{n} individual signer", "{n} individual signers", n)}
    return ", ".join(said[kind](n).format(n=n) for kind, n in removed.items()
                     if n and kind != EDITION)


def run(args) -> int:
    from signon.store.erasure import erase_everywhere

    address = args.email.strip().lower()
    db = open_db(args)
    shown, team = db.display, db.path is None
    try:
        report = erase_everywhere(db, address, dry_run=args.dry_run)
    finally:
        db.close()
    if report.plan.empty:
        said = (_("{address}: would remove nothing from {database}") if args.dry_run else
                _("{address}: removed nothing from {database}"))
    else:
        said = (_("{address}: would remove {counts} from {database}") if args.dry_run else
                _("{address}: removed {counts} from {database}"))
    print(terminal_safe(said.format(address=address, counts=counts(report.plan.counts()),
                                    database=shown)))
    if report.plan.editions:
        editions = len(report.plan.editions)
        print("  " + (n_("and would replace their name in {n} published edition (each kept, "
                         "with its digest)",
                         "and would replace their name in {n} published editions (each kept, "
                         "with its digest)", editions) if args.dry_run else
                      n_("and replaced their name in {n} published edition (each kept, with "
                         "its digest)",
                         "and replaced their name in {n} published editions (each kept, with "
                         "its digest)", editions)).format(n=editions))
    if report.copies:
        copies = len(report.copies)
        print("  " + n_("and from {n} backup and safety copies holding the address",
                        "and from {n} backups and safety copies holding the address",
                        copies).format(n=copies))
    for place in report.plan.mentions:
        where = (f"{place.kind_text} ({place.record})"
                 f"{' · ' + place.campaign if place.campaign else ''}"
                 f"{' · ' + place.of if place.of else ''}")
        print(terminal_safe("  " + _("left for you to edit: {place}").format(place=where)),
              file=sys.stderr)
    if report.done:
        print(_("done; the server's own backups and WAL archive are its administrator's to "
                "clear (docs/your-data.md)") if team else
              _("done: the database and its copies no longer hold the removed data"))
    return 0
