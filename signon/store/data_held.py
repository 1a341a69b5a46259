"""What the database holds about one person, found by their e-mail address.

Coalitions work under data-protection law (most under the GDPR): a person
may ask what is held about them, and the coordinator must be able to
answer fully — not only the contact card, but the messages written to
them, the notes and history entries that mention them, the replies they
sent, and the backups that still carry any of it. `data_held` lists every
place in the database; `backups_holding` names the backup files whose
bytes contain the address (a backup is a whole copy of the database: if
the address is in it, so is the rest of that person's data).

Plain SQL (`dbapi.rows`) on any connection, so `signon data-held` reads
without the ORM. The address is compared case-insensitively; notes match
when they contain it anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from signon.store.dbapi import rows

if TYPE_CHECKING:
    from signon.store.dbapi import Unit


@dataclass(frozen=True)
class Place:
    """One record holding the person's data."""

    #: "contact", "outbox message", "reply", "signatory note",
    #: "contact note", "history note", "organisation"
    kind: str
    #: the table and id ("contact 12"), to find or erase it
    record: str
    campaign: str
    #: the signatory or organisation it belongs to
    of: str
    #: what it holds, in words ("name Karim Haddad, phone +961 …")
    holds: str

    def as_dict(self) -> dict:
        return asdict(self)


def _like(address: str) -> str:
    """A LIKE pattern finding `address` inside a text (its own % and _
    escaped)."""
    escaped = address.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def data_held(unit: Unit, email: str) -> list[Place]:
    """Every place in the database holding data of the person at `email`."""
    address = email.strip().lower()
    if not address:
        return []
    like = _like(address)
    places: list[Place] = []
    for cid, name, phone, notes, status, org in rows(
            unit,
            "SELECT c.id, c.name, c.phone, c.notes, c.email_status, COALESCE(o.name, '')"
            " FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id"
            " WHERE LOWER(c.email) = ? ORDER BY c.id", (address,)):
        holds = ", ".join(part for part in (
            f"name {name}" if name else "", f"phone {phone}" if phone else "",
            "private notes" if notes else "", f"address {status}" if status else "") if part)
        places.append(Place("contact", f"contact {cid}", _campaigns_of_contact(unit, cid),
                            org, holds or "the address"))
    for mid, campaign, who, subject, state in rows(
            unit,
            "SELECT m.id, c.title, m.to_name, m.subject, m.state FROM outboxmessage m"
            " JOIN campaign c ON c.id = m.campaign_id"
            " WHERE LOWER(m.to_address) = ? ORDER BY m.id", (address,)):
        places.append(Place("outbox message", f"outbox message {mid}", campaign, who,
                            f"{state}: “{subject}” (address, name and body)"))
    for rid, campaign, who, subject, action in rows(
            unit,
            "SELECT r.id, c.title, COALESCE(o.name, s.name, ''), r.subject, r.action"
            " FROM reply r JOIN campaign c ON c.id = r.campaign_id"
            " LEFT JOIN signatory s ON s.id = r.signatory_id"
            " LEFT JOIN organisation o ON o.id = s.organisation_id"
            " WHERE LOWER(r.from_address) = ? ORDER BY r.id", (address,)):
        places.append(Place("reply", f"reply {rid}", campaign, who,
                            f"{action}: “{subject}” (sender, text and evidence)"))
    for sid, campaign, who in rows(
            unit,
            "SELECT s.id, c.title, COALESCE(o.name, s.name) FROM signatory s"
            " JOIN campaign c ON c.id = s.campaign_id"
            " LEFT JOIN organisation o ON o.id = s.organisation_id"
            " WHERE LOWER(s.notes) LIKE ? ESCAPE '\\' ORDER BY s.id", (like,)):
        places.append(Place("signatory note", f"signatory {sid}", campaign, who,
                            "the signatory's notes mention the address"))
    for cid, org in rows(
            unit,
            "SELECT c.id, COALESCE(o.name, '') FROM contact c"
            " LEFT JOIN organisation o ON o.id = c.organisation_id"
            " WHERE LOWER(c.notes) LIKE ? ESCAPE '\\' AND LOWER(c.email) <> ?"
            " ORDER BY c.id", (like, address)):
        places.append(Place("contact note", f"contact {cid}", _campaigns_of_contact(unit, cid),
                            org, "another contact's notes mention the address"))
    for eid, campaign, who, at in rows(
            unit,
            "SELECT e.id, c.title, COALESCE(o.name, s.name), e.at FROM signatoryevent e"
            " JOIN signatory s ON s.id = e.signatory_id"
            " JOIN campaign c ON c.id = s.campaign_id"
            " LEFT JOIN organisation o ON o.id = s.organisation_id"
            " WHERE LOWER(e.note) LIKE ? ESCAPE '\\' ORDER BY e.id", (like,)):
        places.append(Place("history note", f"signatory event {eid}", campaign, who,
                            f"a status history entry of {str(at)[:10]} mentions the address"))
    places.extend(_editions_naming(unit, address))
    return places


def _editions_naming(unit: Unit, address: str) -> list[Place]:
    """The published editions that print the name of an individual signer
    whose contact is `address` (their printed names know the signer as
    `{"key": "s12"}`)."""
    out = []
    for sid, who in rows(
            unit,
            "SELECT s.id, s.name FROM signatory s JOIN contact c ON c.id = s.contact_id"
            " WHERE s.kind = 'individual' AND LOWER(c.email) = ? ORDER BY s.id", (address,)):
        for eid, number, campaign, on in rows(
                unit,
                "SELECT e.id, e.number, c.title, e.published_on FROM edition e"
                " JOIN campaign c ON c.id = e.campaign_id WHERE e.names LIKE ? ORDER BY e.id",
                (f'%"key": "s{sid}"%',)):
            out.append(Place("published edition", f"edition {eid}", campaign, who,
                             f"edition {number} of {str(on)[:10]} prints the name"))
    return out


def _campaigns_of_contact(unit: Unit, contact_id: int) -> str:
    """The campaigns whose signatories use this contact, or whose
    organisation it belongs to ("" when none: an orphan)."""
    titles = [t for (t,) in rows(
        unit,
        "SELECT DISTINCT c.title FROM signatory s JOIN campaign c ON c.id = s.campaign_id"
        " WHERE s.contact_id = ? OR (s.organisation_id IS NOT NULL AND s.organisation_id ="
        " (SELECT organisation_id FROM contact WHERE id = ?)) ORDER BY c.title",
        (contact_id, contact_id))]
    return "; ".join(titles)


def backups_holding(email: str, files: Iterable[Path]) -> list[Path]:
    """The files among `files` (backups, safety copies) whose bytes contain
    the address, in any letter case: SQLite keeps text as UTF-8 bytes, so a
    backup that holds the person's contact holds the address as written."""
    needle = email.strip().lower().encode("utf-8")
    found = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if needle and needle in data.lower():
            found.append(path)
    return found
