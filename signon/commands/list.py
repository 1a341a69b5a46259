"""`signon list campaigns|signatories CAMPAIGN [--status S] [--json]`."""

from __future__ import annotations

import json

from signon.commands.common import campaign_id, open_db


def run(args) -> int:
    db = open_db(args)
    try:
        return _list(db, args)
    finally:
        db.close()


def _list(db, args) -> int:
    if args.what == "campaigns":
        from signon.store.campaigns import list_campaigns

        with db.session() as session:
            rows = list_campaigns(session)
        if args.json:
            print(json.dumps([{"id": r.id, "title": r.title, "status": r.status,
                               "deadline": r.deadline, "counts": r.counts,
                               "total": r.total} for r in rows], ensure_ascii=False, indent=1))
        else:
            for r in rows:
                endorsed = r.counts.get("endorsed", 0)
                print(f"{r.id:>4}  {r.status:<10}  {endorsed:>5}/{r.total:<5}  {r.title}")
        return 0
    from signon.store.signatories import list_signatories

    cid = campaign_id(db, args.campaign)
    with db.session() as session:
        rows = list_signatories(session, cid, args.status)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
    else:
        for r in rows:
            acronym = f" ({r.acronym})" if r.acronym else ""
            print(f"{r.id:>6}  {r.status:<20}  {r.country or '--':<2}  {r.name}{acronym}")
    return 0
