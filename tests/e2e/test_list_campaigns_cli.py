"""`signon list campaigns`: what it prints, read in SQL Core without the ORM
(sqlmodel, pydantic and the models are a third of a second of start-up;
issue 22)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from signon.store.campaigns import create_campaign
from signon.store.database import open_database
from signon.store.signatories import add_signatory


def test_campaigns_with_counts_deadline_and_no_orm(tmp_path):
    path = tmp_path / "c.db"
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        cid = create_campaign(s, "Open letter", deadline=date(2026, 3, 31)).id
        add_signatory(s, cid, name="Access Now", status="endorsed")
        add_signatory(s, cid, name="ARTICLE 19", status="invited")
        add_signatory(s, cid, name="Derechos Digitales", status="endorsed")
        create_campaign(s, "Empty letter")
    db.close()
    probe = (
        "import sys\n"
        "from signon.cli import main\n"
        f"rc = main(['--db', {str(path)!r}, 'list', 'campaigns', '--json'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'pydantic')"
        " or m in ('sqlalchemy.orm', 'signon.store.models'))\n"
        "print('RC', rc, 'HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    *listing, last = out.stdout.splitlines()
    assert last == "RC 0 HEAVY []"
    assert json.loads("\n".join(listing)) == [
        {"id": 2, "title": "Empty letter", "status": "drafting", "deadline": None,
         "counts": {}, "total": 0, "verified": 0},
        {"id": cid, "title": "Open letter", "status": "drafting", "deadline": "2026-03-31",
         "counts": {"endorsed": 2, "invited": 1}, "total": 3, "verified": 0},
    ]
