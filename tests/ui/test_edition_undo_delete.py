"""Edit → Undo of a campaign's deletion puts its published editions back
(issue 20): their numbers, dates and digests, so `signon verify` still
recognises a file written from one before the deletion."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

from signon.domain.compose import SectionDraft
from signon.exchange.edition_files import write_edition
from signon.store.campaigns import create_campaign
from signon.store.dbapi import list_campaigns
from signon.store.editions import edition_letter, editions, publish, record_file
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections


def test_undo_delete_puts_the_editions_back(main_window, db, db_path, tmp_path, answers):
    with db.session() as s:
        cid = create_campaign(s, "Event report").id
        replace_sections(s, cid, [SectionDraft(kind="intro", text="The participants met.")])
        add_signatory(s, cid, name="Org A", status="endorsed",
                      endorsed_at=datetime(2023, 11, 1, tzinfo=UTC))
        first = publish(s, cid, on=date(2023, 11, 14)).edition
        publish(s, cid, on=date(2023, 12, 5))
        path, digest = write_edition(edition_letter(first), first.text, "html",
                                     tmp_path / "edition-1.html")
        record_file(s, first.id, "html", digest)
        before = [(e.number, e.published_on, e.digest) for e in editions(s, cid)]
    main_window.refresh(select=cid)

    main_window.delete_action.trigger()
    main_window.undo_action.trigger()

    with db.session() as s:
        [back] = [c.id for c in list_campaigns(s) if c.title == "Event report"]
        assert [(e.number, e.published_on, e.digest) for e in editions(s, back)] == before
    result = subprocess.run([sys.executable, "-m", "signon", "--db", str(db_path), "verify",
                             str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert f"(campaign {back}), published 2023-11-14" in result.stdout
