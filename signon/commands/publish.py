"""`signon publish CAMPAIGN [--date YYYY-MM-DD] [--note TEXT] [--dry-run]
[--order …] [--layout list|inline] [--language L] [--counts] [--show-place]
[--no-title] [--no-date] [--added-line]`: store the next edition of the letter.

Prints one line on stdout, the edition's number, date and digest:

    edition 2 2026-12-05 sha256:9f86d08…

and on stderr a note when the current text was not frozen yet (publishing
froze it as a new version), and what changed since the edition before
("added: …", "retracted: …"). With --dry-run nothing is stored: stdout
says what would be published and what changed, one line each.

The letter options are the campaign's own (order, layout, retractions,
letter date) unless a flag says otherwise; the edition keeps them, so
`signon export CAMPAIGN --edition N` writes it again exactly.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date

from signon.domain.messages import _
from signon.domain.text import terminal_safe


def options(args, source):
    """The command line's choices over the campaign's own."""
    return replace(source.default_options(order=args.order, signatory_layout=args.layout),
                   show_place=bool(args.show_place), show_counts=bool(args.counts),
                   show_title=not args.no_title, show_date=not args.no_date,
                   show_added=bool(args.added_line))


def run(args) -> int:
    from signon.commands.common import campaign_id, open_db
    from signon.commands.export import day
    from signon.store.editions import draft_edition, publish
    from signon.store.letters import letter_source

    on = day("--date", args.date) or date.today()
    db = open_db(args)
    try:
        cid = campaign_id(db, args.campaign)
        with db.session() as session:
            opts = options(args, letter_source(session, cid))
            if args.dry_run:
                draft = draft_edition(session, cid, on=on, options=opts, language=args.language)
                _dry_run(draft)
                session.rollback()
                return 0
            published = publish(session, cid, on=on, note=args.note or "", options=opts,
                                language=args.language)
            draft, number = published.draft, published.edition.number
    finally:
        db.close()
    if draft.freezes:
        print("signon: " + _("note: the current text was not frozen; publishing froze it as "
                             "version {version}").format(version=draft.statement_version),
              file=sys.stderr)
    for line in _changes(draft):
        print(f"signon: {line}", file=sys.stderr)
    print(f"edition {number} {on.isoformat()} sha256:{draft.digest}")
    return 0


def _changes(draft) -> list[str]:
    if draft.previous is None:
        return []
    out = [f"since edition {draft.previous}: {len(draft.changes.added)} added, "
           f"{len(draft.changes.retracted)} retracted"]
    for what, names in (("added", draft.changes.added), ("retracted", draft.changes.retracted)):
        out.extend(f"{what}: {terminal_safe(name)}" for name in names)
    return out


def _dry_run(draft) -> None:
    version = (f"version {draft.statement_version}, frozen by publishing" if draft.freezes
               else f"version {draft.statement_version}")
    print(f"would publish edition {draft.number} {draft.published_on.isoformat()} "
          f"({version}): {len(draft.names)} names, sha256:{draft.digest}")
    for line in _changes(draft):
        print(line)

