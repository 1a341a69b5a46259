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

from signon.domain.addresses import address_problem_text
from signon.domain.messages import N_, _, english
from signon.store.dbapi import rows

if TYPE_CHECKING:
    from signon.store.dbapi import Unit


#: The kinds of place, as the listing names them to a person; the keys are
#: identifiers (erasure acts on them), worded when shown (`Place.kind_text`).
KINDS: dict[str, str] = {
    "contact": N_("contact"), "outbox message": N_("outbox message"), "reply": N_("reply"),
    "signatory note": N_("signatory note"), "contact note": N_("contact note"),
    "history note": N_("history note"), "published edition": N_("published edition"),
}


@dataclass(frozen=True)
class Place:
    """One record holding the person's data. What it holds is kept as facts
    and worded when shown (`holds`), in the language of whoever reads the
    listing: the app's and the CLI's, or English in `--json`."""

    #: one of `KINDS`
    kind: str
    #: the table and id ("contact 12"), to find or erase it
    record: str
    campaign: str
    #: the signatory or organisation it belongs to
    of: str
    #: (name, value) pairs `holds` words: a contact's name, phone, notes and
    #: address status; a message's or reply's subject; a date; an edition number
    facts: tuple[tuple[str, str], ...] = ()

    @property
    def kind_text(self) -> str:
        return _(KINDS[self.kind]) if self.kind in KINDS else self.kind

    @property
    def holds(self) -> str:
        """What it holds, in words ("name Karim Haddad, phone +961 …")."""
        return _holds(self.kind, dict(self.facts))

    def as_dict(self) -> dict:
        """The machine listing (`data-held --json`, the file saved for the
        person): identifiers and English words, whatever the language."""
        with english():
            return {**{k: v for k, v in asdict(self).items() if k != "facts"},
                    "holds": self.holds}


def _holds(kind: str, facts: dict[str, str]) -> str:
    if kind == "contact":
        parts = [
            _("name {name}").format(name=facts["name"]) if facts.get("name") else "",
            _("phone {phone}").format(phone=facts["phone"]) if facts.get("phone") else "",
            _("private notes") if facts.get("notes") else "",
            address_problem_text(facts.get("status", "")),
        ]
        # Translators: between the things a contact card holds ("name …, phone …")
        return _(", ").join(p for p in parts if p) or _("the address")
    if kind == "outbox message":
        return _("message “{subject}”: address, name and body").format(subject=facts["subject"])
    if kind == "reply":
        return _("reply “{subject}”: sender, text and evidence").format(subject=facts["subject"])
    if kind == "signatory note":
        return _("the signatory's notes mention the address")
    if kind == "contact note":
        return _("another contact's notes mention the address")
    if kind == "history note":
        return _("a status history entry of {date} mentions the address").format(
            date=facts["date"])
    if kind == "published edition":
        return _("edition {number} of {date} prints the name").format(
            number=facts["number"], date=facts["date"])
    return ""


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
        places.append(Place("contact", f"contact {cid}", _campaigns_of_contact(unit, cid),
                            org, (("name", name or ""), ("phone", phone or ""),
                                  ("notes", "yes" if notes else ""), ("status", status or ""))))
    for mid, campaign, who, subject in rows(
            unit,
            "SELECT m.id, c.title, m.to_name, m.subject FROM outboxmessage m"
            " JOIN campaign c ON c.id = m.campaign_id"
            " WHERE LOWER(m.to_address) = ? ORDER BY m.id", (address,)):
        places.append(Place("outbox message", f"outbox message {mid}", campaign, who,
                            (("subject", subject),)))
    for rid, campaign, who, subject in rows(
            unit,
            "SELECT r.id, c.title, COALESCE(o.name, s.name, ''), r.subject"
            " FROM reply r JOIN campaign c ON c.id = r.campaign_id"
            " LEFT JOIN signatory s ON s.id = r.signatory_id"
            " LEFT JOIN organisation o ON o.id = s.organisation_id"
            " WHERE LOWER(r.from_address) = ? ORDER BY r.id", (address,)):
        places.append(Place("reply", f"reply {rid}", campaign, who, (("subject", subject),)))
    for sid, campaign, who in rows(
            unit,
            "SELECT s.id, c.title, COALESCE(o.name, s.name) FROM signatory s"
            " JOIN campaign c ON c.id = s.campaign_id"
            " LEFT JOIN organisation o ON o.id = s.organisation_id"
            " WHERE LOWER(s.notes) LIKE ? ESCAPE '\\' ORDER BY s.id", (like,)):
        places.append(Place("signatory note", f"signatory {sid}", campaign, who))
    for cid, org in rows(
            unit,
            "SELECT c.id, COALESCE(o.name, '') FROM contact c"
            " LEFT JOIN organisation o ON o.id = c.organisation_id"
            " WHERE LOWER(c.notes) LIKE ? ESCAPE '\\' AND LOWER(c.email) <> ?"
            " ORDER BY c.id", (like, address)):
        places.append(Place("contact note", f"contact {cid}", _campaigns_of_contact(unit, cid),
                            org))
    for eid, campaign, who, at in rows(
            unit,
            "SELECT e.id, c.title, COALESCE(o.name, s.name), e.at FROM signatoryevent e"
            " JOIN signatory s ON s.id = e.signatory_id"
            " JOIN campaign c ON c.id = s.campaign_id"
            " LEFT JOIN organisation o ON o.id = s.organisation_id"
            " WHERE LOWER(e.note) LIKE ? ESCAPE '\\' ORDER BY e.id", (like,)):
        places.append(Place("history note", f"signatory event {eid}", campaign, who,
                            (("date", str(at)[:10]),)))
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
                             (("number", str(number)), ("date", str(on)[:10]))))
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
