"""Retention: a campaign's private contact data removed some days after it
closed (issue 19).

A coalition needs people's addresses while it collects endorsements; once
the letter is closed or published, holding them on is a liability (the
GDPR's storage limitation). A campaign's rule, `Campaign.retention_days`
(None: off, the default), says how many days after `Campaign.closed_on`
its private contact data goes. On or after that day the campaign is *due*,
and a retention run removes, in one transaction:

- its outbox messages (addresses, names and bodies);
- the private parts of its replies: the text, the sender's address, the
  Authentication-Results header and the representative (the reply row
  stays, with its verdicts, so an endorsement stays "verified by reply");
- its individuals' own contacts (email, phone, notes), and the contacts of
  organisations that sign only campaigns that are due or already cleared:
  a contact an open campaign still needs stays;
- its signatories' notes.

What makes the letter stays, so it can be reproduced: endorsements, the
names printed on it, statuses and their history, editions.

Each campaign a run removed something from gets a line in the privacy log
(`ERASURE_LOG`: the day, the campaign id and how many of each kind, never
the data) and is marked cleared (`RETENTION_CLEARED`, the day). A due
campaign is looked at again at every run, so what reaches it later (a late
reply) goes too; one with nothing left is not reported. Afterwards the
database's free pages and write-ahead log are emptied the way an erasure
does it (`erasure.compact_database`). Backups are not rewritten: they age
out under the backup periods (store/backup.py, `BackupPeriods`).

`today` is always given by the caller (the command, the app's start-up
run, a test): nothing here reads the clock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from signon.store.dbapi import rows

if TYPE_CHECKING:
    from sqlmodel import Session

    from signon.store.database import Database
    from signon.store.dbapi import Unit

#: What a run removes, as the log and the reports name it.
MESSAGES, REPLIES, CONTACTS, NOTES = "outbox messages", "replies", "contacts", "signatory notes"
KINDS = (MESSAGES, REPLIES, CONTACTS, NOTES)

#: A reply holds private data while any of these is not empty.
_REPLY_PRIVATE = ("text", "from_address", "auth_results", "representative_name",
                  "representative_role")
_REPLY_HOLDS = " OR ".join(f"{column} <> ''" for column in _REPLY_PRIVATE)
#: Ids per IN (…) list: far below SQLite's and PostgreSQL's parameter limits.
_CHUNK = 500


@dataclass
class Clearing:
    """What a run removes (or would remove) from one due campaign."""

    campaign_id: int
    title: str
    closed_on: date
    days: int
    messages: int = 0
    replies: int = 0
    notes: int = 0
    #: contacts removed with this campaign (each counted under one campaign)
    contacts: list[int] = field(default_factory=list)

    @property
    def due_on(self) -> date:
        return self.closed_on + timedelta(days=self.days)

    def counts(self) -> Counter:
        return Counter({MESSAGES: self.messages, REPLIES: self.replies,
                        CONTACTS: len(self.contacts), NOTES: self.notes})

    @property
    def empty(self) -> bool:
        return not any(self.counts().values())


@dataclass
class RetentionReport:
    """What `run_retention` found and did: the due campaigns with something
    to remove (`clearings`), and whether it was removed (`done`)."""

    clearings: list[Clearing]
    done: bool

    def totals(self) -> Counter:
        total: Counter = Counter({kind: 0 for kind in KINDS})
        for clearing in self.clearings:
            total.update(clearing.counts())
        return total


def cleared_campaigns(unit: Unit) -> dict[int, str]:
    """The campaigns a run has cleared: id → the day (ISO) it last did."""
    from signon.domain.settings import CAMPAIGN_ID
    from signon.store.setting_keys import RETENTION_CLEARED
    from signon.store.settings import stored_value

    return {int(RETENTION_CLEARED.fields_of(key)[CAMPAIGN_ID]):
            stored_value(RETENTION_CLEARED, value)
            for key, value in rows(unit, "SELECT key, value FROM setting")
            if RETENTION_CLEARED.matches(key)}


def due_campaigns(unit: Unit, today: date) -> list[Clearing]:
    """The campaigns whose rule says their private data goes by `today`
    (nothing counted yet), by id."""
    from signon.store.letters import stored_date

    due = []
    for cid, title, closed_on, days in rows(
            unit, "SELECT id, title, closed_on, retention_days FROM campaign"
                  " WHERE retention_days IS NOT NULL AND closed_on IS NOT NULL ORDER BY id"):
        closed = stored_date(closed_on)
        if closed is None:  # not a date: no day to count from
            continue
        clearing = Clearing(cid, title, closed, int(days))
        if clearing.due_on <= today:
            due.append(clearing)
    return due


def plan_retention(unit: Unit, today: date) -> list[Clearing]:
    """What a run on `today` removes, campaign by campaign (the due ones,
    empty or not); reads only."""
    due = due_campaigns(unit, today)
    if not due:
        return []
    done_with = {c.campaign_id for c in due} | set(cleared_campaigns(unit))
    still_needed = _contacts_still_needed(unit, done_with)
    claimed: set[int] = set()
    for clearing in due:
        cid = clearing.campaign_id
        [(clearing.messages,)] = rows(
            unit, "SELECT count(*) FROM outboxmessage WHERE campaign_id = ?", (cid,))
        [(clearing.replies,)] = rows(
            unit, f"SELECT count(*) FROM reply WHERE campaign_id = ? AND ({_REPLY_HOLDS})",
            (cid,))
        [(clearing.notes,)] = rows(
            unit, "SELECT count(*) FROM signatory WHERE campaign_id = ? AND notes <> ''",
            (cid,))
        mine = {contact for (contact,) in rows(
            unit,
            "SELECT contact_id FROM signatory WHERE campaign_id = ? AND contact_id IS NOT NULL"
            " UNION SELECT c.id FROM contact c JOIN signatory s"
            " ON s.organisation_id = c.organisation_id WHERE s.campaign_id = ?", (cid, cid))}
        clearing.contacts = sorted(mine - still_needed - claimed)
        claimed.update(clearing.contacts)
    return due


def _contacts_still_needed(unit: Unit, done_with: set[int]) -> set[int]:
    """The contacts a campaign that is neither due nor cleared still uses:
    its signatories' own, and those of the organisations signing it."""
    if not done_with:
        return set()
    marks = ", ".join("?" * len(done_with))
    ids = sorted(done_with)
    return {contact for (contact,) in rows(
        unit,
        f"SELECT contact_id FROM signatory WHERE contact_id IS NOT NULL"
        f" AND campaign_id NOT IN ({marks})"
        f" UNION SELECT c.id FROM contact c JOIN signatory s"
        f" ON s.organisation_id = c.organisation_id WHERE s.campaign_id NOT IN ({marks})",
        [*ids, *ids])}


def carry_out_retention(session: Session, plan: list[Clearing], today: date) -> None:
    """Remove what `plan` counts, log it and mark the campaigns cleared, in
    the caller's transaction."""
    from signon.store.setting_keys import ERASURE_LOG, RETENTION_CLEARED
    from signon.store.settings import get_setting, set_setting

    log = list(get_setting(session, ERASURE_LOG))
    logged = False
    cleared = cleared_campaigns(session)
    for clearing in plan:
        cid = clearing.campaign_id
        if clearing.messages:  # a reply's link to it is set to NULL (foreign key)
            rows(session, "DELETE FROM outboxmessage WHERE campaign_id = ? RETURNING 1", (cid,))
        if clearing.replies:
            blank = ", ".join(f"{column} = ''" for column in _REPLY_PRIVATE)
            rows(session, f"UPDATE reply SET {blank} WHERE campaign_id = ? AND ({_REPLY_HOLDS})"
                          " RETURNING 1", (cid,))
        if clearing.notes:
            rows(session, "UPDATE signatory SET notes = '' WHERE campaign_id = ? AND notes <> ''"
                          " RETURNING 1", (cid,))
        for start in range(0, len(clearing.contacts), _CHUNK):
            chunk = clearing.contacts[start:start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows(session, f"UPDATE signatory SET contact_id = NULL WHERE contact_id IN ({marks})"
                          " RETURNING 1", chunk)
            rows(session, f"DELETE FROM contact WHERE id IN ({marks}) RETURNING 1", chunk)
        if not clearing.empty:
            logged = True
            log.append({"at": today.isoformat(), "retention": cid,
                        "removed": {k: v for k, v in clearing.counts().items() if v}})
        if not clearing.empty or cid not in cleared:
            set_setting(session, RETENTION_CLEARED, today.isoformat(), campaign_id=cid)
    if logged:
        set_setting(session, ERASURE_LOG, log)


def run_retention(db: Database, today: date, *, dry_run: bool = False,
                  progress=None) -> RetentionReport:
    """The retention run of `signon retention` and of the app's start-up:
    every due campaign's private contact data removed (the module docstring
    says what), or with `dry_run` only counted. Nothing is written when
    nothing is due or left; the file is compacted only when something was
    removed. `progress` is taken for `ui.worker.Worker` and not used."""
    del progress
    from signon.store.erasure import compact_database

    with db.session() as session:
        plan = plan_retention(session, today)
        unmarked = {c.campaign_id for c in plan} - set(cleared_campaigns(session))
    report = RetentionReport([c for c in plan if not c.empty], done=False)
    if dry_run or not (report.clearings or unmarked):
        return report
    with db.session() as session:
        plan = _locked_run(session, today)
    report = RetentionReport([c for c in plan if not c.empty], done=True)
    if report.clearings:
        compact_database(db)
    return report


def _locked_run(session: Session, today: date) -> list[Clearing]:
    """Plan again under a lock, and carry out: two apps starting at once on
    a team database run one after the other, the second finding nothing."""
    from signon.store.concurrency import begin_write
    from signon.store.database import connection_of

    if connection_of(session).dialect.name == "postgresql":
        rows(session, "SELECT id FROM campaign WHERE retention_days IS NOT NULL"
                      " AND closed_on IS NOT NULL ORDER BY id FOR UPDATE")
    else:
        begin_write(session)
    plan = plan_retention(session, today)
    carry_out_retention(session, plan, today)
    return plan
