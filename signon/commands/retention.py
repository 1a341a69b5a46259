"""`signon retention [--dry-run]`: remove the private contact data of every
campaign past its retention period (store/retention.py says what goes,
what stays and why). The app runs the same at start-up."""

from __future__ import annotations

from collections import Counter
from datetime import date

from signon.commands.common import open_db
from signon.domain.text import terminal_safe

#: Each kind in the singular and the plural.
_NAMES = {"outbox messages": ("outbox message", "outbox messages"),
          "replies": ("reply's text and sender", "replies' text and sender"),
          "contacts": ("contact", "contacts"),
          "signatory notes": ("signatory note", "signatory notes")}


def said(counts: Counter) -> str:
    """"3 outbox messages, 1 contact" (the kinds there are), or "nothing"."""
    return ", ".join(f"{n} {_NAMES[kind][n != 1]}" for kind, n in counts.items() if n) \
        or "nothing"


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
        print(terminal_safe(f"{shown}: nothing is due"))
        return 0
    verb = "would remove" if args.dry_run else "removed"
    for c in report.clearings:
        print(terminal_safe(
            f"“{c.title}” (campaign {c.campaign_id}, closed {c.closed_on.isoformat()}, "
            f"{c.days} days): {verb} {said(c.counts())}"))
    campaigns = len(report.clearings)
    print(terminal_safe(f"total: {verb} {said(report.totals())} from {campaigns} "
                        f"campaign{'s' if campaigns != 1 else ''} in {shown}"))
    if report.done:
        print("backups keep the removed data until they age out (File → Backups…)"
              + ("; the server's own backups and WAL archive are its administrator's "
                 "(docs/your-data.md)" if team else ""))
    return 0
