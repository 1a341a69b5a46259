"""`signon list campaigns|signatories CAMPAIGN [--status S] [--json]`."""

from __future__ import annotations

import json
import re

from signon.commands.common import campaign_id, open_db
from signon.domain.text import terminal_safe

#: C1 controls (CSI, …) and line/paragraph separators, which JSON may carry
#: raw but a terminal may act on; json.dumps escapes only the C0 ones.
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029]")


def _print_json(value: object) -> None:
    """JSON as a script reads it, with every control character escaped so a
    hostile name printed to a terminal stays text."""
    text = json.dumps(value, ensure_ascii=False, indent=1)
    print(_RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def run(args) -> int:
    # the campaigns come with the log-in's checks on a team server
    ask_first = ""
    if args.what == "campaigns":
        from signon.store.dbapi import LIST_CAMPAIGNS_SQL as ask_first
    db = open_db(args, ask_first)
    try:
        return _list(db, args)
    finally:
        db.close()


def _list(db, args) -> int:
    if args.what == "campaigns":
        from signon.store.dbapi import campaign_summaries, list_campaigns

        if db.first_rows is not None:
            rows = campaign_summaries(db.first_rows)
        else:
            with db.transaction() as connection:  # SQL Core: the ORM is never imported
                rows = list_campaigns(connection)
        if args.json:
            _print_json([{"id": r.id, "title": r.title, "status": r.status,
                          "deadline": r.deadline, "counts": r.counts, "total": r.total,
                          "verified": r.verified}
                         for r in rows])
        else:
            for r in rows:
                endorsed = r.counts.get("endorsed", 0)
                print(f"{r.id:>4}  {r.status:<10}  {endorsed:>5}/{r.total:<5}  "
                      f"{terminal_safe(r.title)}")
        return 0
    from signon.store.signatories import list_signatories, private_signatories

    cid = campaign_id(db, args.campaign)
    with db.session() as session:
        rows = list_signatories(session, cid, args.status)
        private = private_signatories(session, cid)
    # the coordinator's working list: every signatory, those marked "do not
    # publish" said to be so, so that a list pasted anywhere public can
    # leave them out (`"private": true` for a script)
    if args.json:
        _print_json([{**r.as_dict(), "private": r.id in private} for r in rows])
    else:
        for r in rows:
            acronym = f" ({r.acronym})" if r.acronym else ""
            mark = "  [do not publish]" if r.id in private else ""
            print(f"{r.id:>6}  {r.status:<20}  {r.country or '--':<2}  "
                  f"{terminal_safe(r.name + acronym)}{mark}")
    return 0
