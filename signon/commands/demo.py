"""`signon demo`: add the demo campaign and print its id."""

from __future__ import annotations

from signon.commands.common import open_db


def run(args) -> int:
    from signon.exchange.campaign_file import load_demo

    db = open_db(args)
    try:
        with db.session() as session:
            campaign_id = load_demo(session).id
    finally:
        db.close()
    print(campaign_id)
    return 0
