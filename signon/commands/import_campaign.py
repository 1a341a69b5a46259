"""`signon import-campaign FILE`: prints the new campaign id alone on stdout.

The file is read and validated before the database is even opened, so a
bad file never creates or touches a database.
"""

from __future__ import annotations

from pathlib import Path

from signon.commands.common import open_db


def run(args) -> int:
    from signon.exchange.campaign_file import import_campaign, read_campaign_file

    doc = read_campaign_file(args.file)
    db = open_db(args)
    try:
        with db.session() as session:
            campaign = import_campaign(session, doc, source=Path(args.file).name)
            campaign_id = campaign.id
    finally:
        db.close()
    print(campaign_id)
    return 0
