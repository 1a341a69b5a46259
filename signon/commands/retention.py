"""`signon retention [--dry-run]`: remove the private contact data of every
campaign past its retention period (store/retention.py says what goes,
what stays and why). The app runs the same at start-up."""

from __future__ import annotations

from collections import Counter
from datetime import date

from signon.commands.common import open_db
from signon.domain.messages import _, n_
from signon.domain.text import terminal_safe

#: Each kind a clearing counts (store/retention.py), said with its number.
_NAMES = {"outbox messages": lambda n: n_("{n} outbox message", "{n} outbox messages", n),
          "replies": lambda n: n_("{n} reply's text and sender", "{n} replies' text and sender",
                                  n),
          "contacts": lambda n: n_("{n} contact", "{n} contacts", n),
          "signatory notes": lambda n: n_("{n} signatory note", "{n} signatory notes", n)}


def said(counts: Counter) -> str:
    """"3 outbox messages, 1 contact" (the kinds there are), or "nothing",
    in the user's language."""
    return ", ".join(_NAMES[kind](n).format(n=n) for kind, n in counts.items() if n) \
        or _("nothing")


def today() -> date:
    """The day the run counts from (a test gives its own)."""
    return date.today()


def run(args) -> int:
    from signon.store.retention import run_retention

    db = open_db(args)
    shown, team = db.display, db.path is None
    try:
        report = run_retention(db, today(), dry_run=args.dry_run)
    finally:
        db.close()
    if not report.clearings:
        print(terminal_safe(_("{database}: nothing is due").format(database=shown)))
        return 0
    for c in report.clearings:
        line = (n_("“{title}” (campaign {id}, closed {closed}, {n} day): would remove {what}",
                   "“{title}” (campaign {id}, closed {closed}, {n} days): would remove {what}",
                   c.days) if args.dry_run else
                n_("“{title}” (campaign {id}, closed {closed}, {n} day): removed {what}",
                   "“{title}” (campaign {id}, closed {closed}, {n} days): removed {what}",
                   c.days))
        print(terminal_safe(line.format(title=c.title, id=c.campaign_id,
                                        closed=c.closed_on.isoformat(), n=c.days,
                                        what=said(c.counts()))))
    campaigns = len(report.clearings)
    total = (n_("total: would remove {what} from {n} campaign in {database}",
                "total: would remove {what} from {n} campaigns in {database}", campaigns)
             if args.dry_run else
             n_("total: removed {what} from {n} campaign in {database}",
                "total: removed {what} from {n} campaigns in {database}", campaigns))
    print(terminal_safe(total.format(what=said(report.totals()), n=campaigns, database=shown)))
    if report.done:
        print(_("backups keep the removed data until they age out (File → Backups…); the "
                "server's own backups and WAL archive are its administrator's "
                "(docs/your-data.md)") if team else
              _("backups keep the removed data until they age out (File → Backups…)"))
    return 0
