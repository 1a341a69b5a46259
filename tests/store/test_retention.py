"""store.retention: which campaigns are due, which contacts may go, and a
cleared campaign looked at again (issue 19). On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from signon.domain.errors import ValidationError
from signon.store.campaigns import (
    create_campaign,
    duplicate_campaign,
    update_campaign,
)
from signon.store.dbapi import rows
from signon.store.models import Campaign
from signon.store.replies import NewReply, record_reply
from signon.store.retention import CONTACTS, REPLIES, plan_retention, run_retention
from signon.store.signatories import add_signatory

AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CLOSED = date(2026, 1, 10)
DUE = date(2026, 3, 1)  # 50 days after CLOSED


def close(session, cid: int, days: int | None = 30, on: date = CLOSED) -> None:
    update_campaign(session, cid, status="closed", retention_days=days)
    session.get(Campaign, cid).closed_on = on


def emails(db) -> set[str]:
    with db.transaction() as c:
        return {e for (e,) in rows(c, "SELECT email FROM contact")}


def test_only_a_closed_campaign_with_a_rule_past_its_days_is_due(db):
    with db.session() as s:
        for title, days, status in (("no rule", None, "closed"), ("too soon", 60, "closed"),
                                    ("collecting", 30, "collecting"), ("due", 50, "closed")):
            cid = create_campaign(s, title).id
            add_signatory(s, cid, kind="individual", name=f"{title} signer",
                          contact_email=f"{title.replace(' ', '-')}@example.org", at=AT)
            update_campaign(s, cid, status=status, retention_days=days)
            if status == "closed":
                s.get(Campaign, cid).closed_on = CLOSED
    with db.session() as s:
        assert [c.title for c in plan_retention(s, DUE)] == ["due"]
    report = run_retention(db, DUE, dry_run=True)
    assert [c.title for c in report.clearings] == ["due"] and not report.done
    assert "due@example.org" in emails(db)  # a dry run writes nothing
    assert run_retention(db, DUE).done
    assert emails(db) == {"no-rule@example.org", "too-soon@example.org",
                          "collecting@example.org"}


def test_the_rule_is_none_or_1_to_3650_days(db):
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
        for wrong in (0, 3651, -5, "180", 1.5, True):
            with pytest.raises(ValidationError, match="retention: .* is not a number of days"):
                update_campaign(s, cid, retention_days=wrong)
        assert update_campaign(s, cid, retention_days=3650).retention_days == 3650
        assert duplicate_campaign(s, cid).retention_days == 3650  # the copy keeps the rule


def test_a_contact_an_open_campaign_still_uses_stays(db):
    """A follow-up letter made with Duplicate shares its individuals'
    contacts: the closed original must not take them away."""
    with db.session() as s:
        cid = create_campaign(s, "First letter").id
        add_signatory(s, cid, kind="individual", name="Karim Haddad",
                      contact_email="karim@example.org", at=AT)
        duplicate_campaign(s, cid, "Follow-up")
        close(s, cid)
    report = run_retention(db, DUE)
    assert report.clearings == []
    assert emails(db) == {"karim@example.org"}


def test_an_organisations_contacts_go_once_every_campaign_it_signs_is_done(db):
    """Access Now signs a campaign cleared earlier, whose rule was switched
    off since, and one that is due now: its contact goes with the second."""
    with db.session() as s:
        first = create_campaign(s, "First").id
        second = create_campaign(s, "Second").id
        add_signatory(s, first, name="Access Now", contact_name="Ana Souza",
                      contact_email="ana@accessnow.example.org", at=AT)
        add_signatory(s, second, name="Access Now", at=AT)
        close(s, first, days=10)
        close(s, second, days=100)
    assert run_retention(db, date(2026, 2, 1)).clearings == []  # first: nothing of its own
    assert emails(db) == {"ana@accessnow.example.org"}  # the second still collects
    with db.session() as s:
        update_campaign(s, first, retention_days=None)
    report = run_retention(db, date(2026, 4, 30))
    [clearing] = report.clearings
    assert clearing.title == "Second" and clearing.counts()[CONTACTS] == 1
    assert emails(db) == set()


def test_a_reply_that_reaches_a_cleared_campaign_goes_at_the_next_run(db):
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
        sig = add_signatory(s, cid, name="Access Now", at=AT)
        close(s, cid)
    assert run_retention(db, DUE).clearings == []
    with db.session() as s:
        record_reply(s, cid, NewReply("<late@x>", "endorse", from_address="ana@x.example",
                                      text="Count us in", signatory_id=sig.id), at=AT)
    [clearing] = run_retention(db, date(2026, 3, 2)).clearings
    assert clearing.counts()[REPLIES] == 1
    with db.transaction() as c:
        assert rows(c, "SELECT from_address, text FROM reply") == [("", "")]
    assert run_retention(db, date(2026, 3, 3)).clearings == []
