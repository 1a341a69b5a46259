"""`signon evidence CAMPAIGN -o FILE`: the evidence of the replies recorded by
`signon inbox --apply` (and confirmed in the app), as CSV: who authorised
what, when, and how it was verified (`signon.outreach.evidence_report`).

A private file, like the campaign file: written 0600. Prints the path
written, alone on stdout. A folder as FILE gets "<campaign>-evidence.csv".
"""

from __future__ import annotations

from pathlib import Path

from signon.commands.common import campaign_id, open_db


def run(args) -> int:
    from signon.outreach.evidence_report import write_evidence_csv
    from signon.store.replies import evidence_rows

    db = open_db(args)
    try:
        cid = campaign_id(db, args.campaign)
        with db.session() as session:
            rows = evidence_rows(session, cid)
    finally:
        db.close()
    out = Path(args.output)
    if out.is_dir():
        out = out / f"campaign-{cid}-evidence.csv"
    print(write_evidence_csv(rows, out))
    return 0
