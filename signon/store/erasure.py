"""Erasing one person's data, everywhere Sign-on keeps a copy (issue 19).

A right-to-erasure request is only met when the data is gone from every
copy: a deleted row stays readable in SQLite's free pages and write-ahead
log, and the backups and safety copies hold the whole database as it was.
So an erasure:

- finds the person by their e-mail address (`data_held`) and removes, in
  one transaction: an organisation's contact person — their contact record
  and the messages written to them (the organisation's endorsement
  stays); an individual signer — the signatory (their name leaves the
  letter), their contact, messages and replies; any reply sent from the
  address;
- leaves the notes and history entries that mention the address as they
  are, and names them: a note is the coordinator's words, to be edited by
  them, not silently rewritten (`Erasure.mentions`);
- rewrites an SQLite database without the freed pages (VACUUM) and empties
  its write-ahead log, so no byte of what was removed remains in the file;
- does the same in every backup and safety copy that holds the address
  (`erase_in_copy`: found by address again in each copy, whose ids may
  differ), each left passing `signon check`;
- records that it happened — the date, what kind of record, how many —
  never what was erased (`ERASURE_LOG`).

On a team database (PostgreSQL) the removal is one transaction; what the
server keeps elsewhere (its own backups, its WAL archive) is beyond the
app's reach: docs/your-data.md says what the administrator must do.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from signon.store.data_held import Place, data_held
from signon.store.dbapi import rows

if TYPE_CHECKING:
    from signon.store.database import Database
    from signon.store.dbapi import Unit

#: The kinds of record an erasure removes, as the log and the report name them.
CONTACT, MESSAGE, REPLY, SIGNER = "contact", "outbox message", "reply", "individual signer"
#: A published edition that printed an individual signer's name: kept, the
#: name replaced (domain.edition.erased_names).
EDITION = "edition naming them"


@dataclass
class Erasure:
    """What an erasure removes (ids in this database) and what it leaves for
    the coordinator to edit."""

    email: str
    contacts: list[int] = field(default_factory=list)
    messages: list[int] = field(default_factory=list)
    replies: list[int] = field(default_factory=list)
    #: individuals whose own contact is the person's: they leave the campaign
    signers: list[int] = field(default_factory=list)
    #: notes and history entries that mention the address (not changed)
    mentions: list[Place] = field(default_factory=list)
    #: published editions that printed one of `signers`: their name is
    #: replaced there, the edition kept
    editions: list[int] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter({CONTACT: len(self.contacts), MESSAGE: len(self.messages),
                        REPLY: len(self.replies), SIGNER: len(self.signers),
                        EDITION: len(self.editions)})

    @property
    def empty(self) -> bool:
        return not (self.contacts or self.messages or self.replies or self.signers)

    @property
    def keys(self) -> frozenset[str]:
        """The signers as an edition's printed names know them."""
        return frozenset(f"s{sid}" for sid in self.signers)


def plan_erasure(unit: Unit, email: str) -> Erasure:
    """What erasing `email` removes from this database; reads only."""
    address = email.strip().lower()
    plan = Erasure(address)
    for place in data_held(unit, address):
        kind, _, ident = place.record.rpartition(" ")
        if place.kind == "contact":
            plan.contacts.append(int(ident))
        elif place.kind == "outbox message":
            plan.messages.append(int(ident))
        elif place.kind == "reply":
            plan.replies.append(int(ident))
        elif place.kind == "published edition":
            plan.editions.append(int(ident))
        else:
            plan.mentions.append(place)
    if plan.contacts:
        marks = ", ".join("?" * len(plan.contacts))
        plan.signers = [sid for (sid,) in rows(
            unit, f"SELECT id FROM signatory WHERE kind = 'individual'"
                  f" AND contact_id IN ({marks}) ORDER BY id", plan.contacts)]
        # what was written to the person's individual signatories goes too
        if plan.signers:
            smarks = ", ".join("?" * len(plan.signers))
            plan.messages = sorted(set(plan.messages) | {mid for (mid,) in rows(
                unit, f"SELECT id FROM outboxmessage WHERE signatory_id IN ({smarks})",
                plan.signers)})
            plan.replies = sorted(set(plan.replies) | {rid for (rid,) in rows(
                unit, f"SELECT id FROM reply WHERE signatory_id IN ({smarks})",
                plan.signers)})
    return plan


def _erase_from_editions(unit: Unit, plan: Erasure) -> None:
    """Replace the signers' names in the editions that printed them: the
    letter kept as JSON, the names, the canonical text. The edition's digest
    and the digests of files written from it stay, so a file published
    before still verifies as what it was."""
    from signon.domain.edition import canonical_text, erased_names, erased_printed
    from signon.store.editions import (
        letter_column,
        letter_from_column,
        names_column,
        names_from_column,
    )

    for eid in plan.editions:
        [(letter_json, names_json)] = rows(
            unit, "SELECT letter, names FROM edition WHERE id = ?", [eid])
        letter, replaced = erased_names(letter_from_column(letter_json), plan.keys)
        names = names_from_column(names_json)
        mark = next(iter(replaced.values()), "")
        if mark:
            names = erased_printed(names, plan.keys, mark)
        rows(unit, "UPDATE edition SET letter = ?, names = ?, text = ? WHERE id = ? RETURNING 1",
             [letter_column(letter), names_column(names), canonical_text(letter), eid])


def carry_out(unit: Unit, plan: Erasure) -> None:
    """Remove what `plan` names, in the caller's transaction (plain SQL, so
    the same code runs on the live database and on a backup's copy)."""
    def delete(table: str, column: str, ids: list[int]) -> None:
        if ids:
            rows(unit, f"DELETE FROM {table} WHERE {column} IN ({', '.join('?' * len(ids))})"
                       " RETURNING 1", ids)

    _erase_from_editions(unit, plan)
    delete("reply", "id", plan.replies)
    delete("outboxmessage", "id", plan.messages)
    delete("signatoryevent", "signatory_id", plan.signers)
    delete("signatory", "id", plan.signers)
    if plan.contacts:
        marks = ", ".join("?" * len(plan.contacts))
        rows(unit, f"UPDATE signatory SET contact_id = NULL WHERE contact_id IN ({marks})"
                   " RETURNING 1", plan.contacts)
    delete("contact", "id", plan.contacts)


def log_entry(plan: Erasure, at: datetime | None = None) -> dict:
    """The erasure log's record of `plan`: when and how many of each kind,
    never the address or anything erased. (A retention run's record adds
    the campaign: store/retention.py.)"""
    when = (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    return {"at": when, "removed": {k: v for k, v in plan.counts().items() if v}}


def compact_sqlite(path: Path) -> None:
    """Rewrite the file without free pages and empty its write-ahead log:
    rows deleted a moment ago are still bytes in both until then."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def compact_database(db: Database) -> None:
    """Make what was just removed from `db` unreadable in its files: on
    SQLite, its idle pooled connections let go (reopened on use) and the
    file rewritten without free pages, its write-ahead log emptied
    (`compact_sqlite`); on PostgreSQL nothing more is in the app's reach
    (the server's WAL archive and backups: docs/your-data.md). The erasure
    and the retention run (store/retention.py) both end with it."""
    if db.path is not None:
        db.engine.dispose()
        compact_sqlite(db.path)


def erase_in_copy(path: Path, email: str) -> Counter:
    """Erase `email` from a backup or safety copy (an SQLite file of this or
    an older schema), found by address again (its ids are its own), then
    compact it. What it removed, by kind."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        tables = {name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        con.execute("BEGIN IMMEDIATE")
        try:
            plan = _plan_in_copy(con, email, tables)
            carry_out(con, plan)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()
    compact_sqlite(path)
    with sqlite3.connect(path) as con:  # left as `signon check` wants it
        verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
    if verdict != "ok":
        raise sqlite3.DatabaseError(f"{path}: fails its integrity check after the erasure")
    return plan.counts()


#: Tables an older copy may lack (added by later migrations), with the
#: columns `data_held` reads: stood in for by empty temporary tables.
_LATER_TABLES = {
    "outboxmessage": "id INTEGER PRIMARY KEY, campaign_id INTEGER, signatory_id INTEGER,"
                     " to_name TEXT, to_address TEXT, subject TEXT, state TEXT",
    "reply": "id INTEGER PRIMARY KEY, campaign_id INTEGER, signatory_id INTEGER,"
             " from_address TEXT, subject TEXT, action TEXT",
    "edition": "id INTEGER PRIMARY KEY, campaign_id INTEGER, number INTEGER,"
               " published_on TEXT, letter TEXT, names TEXT, text TEXT",
}


def _plan_in_copy(con: sqlite3.Connection, email: str, tables: set[str]) -> Erasure:
    """`plan_erasure` on a copy whose schema may predate the outbox or the
    replies."""
    missing = [name for name in _LATER_TABLES if name not in tables]
    for name in missing:
        con.execute(f"CREATE TEMP TABLE {name} ({_LATER_TABLES[name]})")
    try:
        return plan_erasure(con, email)
    finally:
        for name in missing:
            con.execute(f"DROP TABLE temp.{name}")


@dataclass
class ErasureReport:
    """What `erase_everywhere` found and did."""

    plan: Erasure
    #: the backups and safety copies of the database that held the address
    copies: list[Path]
    done: bool


def erase_everywhere(db: Database, email: str, *, dry_run: bool = False,
                     at: datetime | None = None) -> ErasureReport:
    """Erase `email` from `db` and from every copy of it that holds the
    address (the module docstring says what and how); `dry_run` only says.
    The database stays open: on SQLite its pooled connections are let go
    before the file is rewritten, and new ones open as it is used again."""
    from signon.store.backup import every_copy
    from signon.store.data_held import backups_holding
    from signon.store.setting_keys import ERASURE_LOG
    from signon.store.settings import get_setting, set_setting

    address = email.strip().lower()
    with db.transaction() as connection:
        plan = plan_erasure(connection, address)
    copies = backups_holding(address, every_copy(db.path))
    if dry_run:
        return ErasureReport(plan, copies, done=False)
    with db.session() as session:
        carry_out(session, plan)
        log = list(get_setting(session, ERASURE_LOG))
        set_setting(session, ERASURE_LOG, [*log, log_entry(plan, at)])
    compact_database(db)
    for path in copies:
        erase_in_copy(path, address)
    return ErasureReport(plan, copies, done=True)
