"""The one writer of new signatories, with their directory entries, private
contacts and creation events.

Adding one signatory by hand (`signatories.add_signatory`, a list of one)
and importing ten thousand (`exchange.signatory_import.apply_import`) follow
the same rules, so they are written once, here:

- an organisation is found in the directory by its normalised name
  (`norm_key`) or created; an entry that exists is completed where it is
  blank, never overwritten (the directory is curated by hand); one created
  by another coordinator since the caller looked is used, not duplicated;
- an organisation is on a campaign once: a row for one that is already
  there is not written (and neither is anything else of it);
- a contact with the same email on the same organisation (or, for
  individuals, without one) is reused rather than written twice;
- positions count on from the campaign's last; an endorsement points at the
  latest frozen statement version unless told otherwise, and is dated: a
  row's own date (an import's date column) or the one of the whole call;
- every new signatory gets its creation event.

In SQL Core on store/tables.py, with one multi-row statement per table (a
flush per row would take a 10,000-row import from under a second to many):
`signon import-signatories` never imports the ORM. The caller's unit of work
is either the ORM session or a `Database.transaction`, and it commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, NamedTuple

from signon.domain.signatory_kind import SignatoryKind
from signon.domain.status import Status, StatusChange
from signon.progress import NO_PROGRESS, Progress
from signon.store.concurrency import begin_write
from signon.store.database import connection_of
from signon.store.dbapi import latest_version_number, marks, rows
from signon.store.directory import (
    campaign_people,
    complete_organisations,
    individual_identity,
    upsert_organisations,
)
from signon.store.tables import (
    CHUNK,
    CONTACT,
    SIGNATORY,
    SIGNATORY_EVENT,
    chunks,
    insert_returning_ids,
    insert_rows,
    select_in,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlmodel import Session

ENDORSED = Status.ENDORSED.value
#: The directory fields a row may bring, and complete an existing entry with.
ORGANISATION_FIELDS = ("acronym", "country", "org_type", "website")
#: Signatory rows per INSERT (and per progress step).
SIGNATORY_BATCH = 2000


@dataclass(slots=True)
class NewContact:
    """A private contact, as the caller cleaned it."""

    name: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    email_status: str = ""  # "" | invalid

    def __bool__(self) -> bool:
        return bool(self.name or self.email or self.phone or self.notes)


@dataclass(slots=True)
class NewSignatory:
    """One signatory to add, with the values the caller decided (cleaned,
    trimmed, country as a code): nothing here is second-guessed."""

    kind: str  # a SignatoryKind
    #: a new directory entry's name, or the individual's
    name: str
    #: an existing directory entry (None: `norm_key` finds or makes one)
    organisation_id: int | None = None
    norm_key: str = ""
    #: a new entry's fields, or what completes an existing one where blank
    #: (an individual's country is `country`)
    acronym: str = ""
    country: str = ""
    org_type: str = ""
    website: str = ""
    #: what completes the existing entry `organisation_id` (None: the four
    #: fields above); an entry found by `norm_key` is completed with those
    completions: dict[str, str] | None = None
    title: str = ""
    affiliation: str = ""
    notes: str = ""
    #: the signatory's own contact
    contact: NewContact | None = None
    #: more contacts of the organisation, not linked to the signatory
    extra_contacts: Sequence[NewContact] = ()
    #: the creation event's note
    note: str = "added"
    #: when this row endorsed (a form's timestamp), for an endorsed call;
    #: None: the call's `endorsed_at`
    endorsed_at: datetime | None = None

    def given_fields(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in ORGANISATION_FIELDS if getattr(self, f)}


class Added(NamedTuple):
    """What became of one row."""

    #: None: not written, its organisation (or person) is on the campaign
    signatory_id: int | None
    organisation_id: int | None
    #: the row asked for a new directory entry and found one another
    #: coordinator created meanwhile
    found_in_directory: bool = False


def add_signatories(
    session: Session | Connection,
    campaign_id: int,
    new: Sequence[NewSignatory],
    *,
    status: str,
    channel: str = "",
    endorsed_version: int | None = None,
    endorsed_at: datetime | None = None,
    at: datetime | None = None,
    same_person_once: bool = False,
    progress: Progress = NO_PROGRESS,
    label: str = "",
) -> list[Added]:
    """Write `new` into the campaign in the caller's transaction, all in
    `status` (through `channel`, with creation events dated `at`, default
    now); what became of each row, in order. An endorsement points at
    `endorsed_version`, default the latest frozen one, and is dated by the
    row's own `endorsed_at`, else `endorsed_at`, default `at`.

    `same_person_once`: an individual whose name, affiliation and email
    match one on the campaign is not written (an import's rule; by hand,
    namesakes are added). `progress` hears of each step under `label`, and a
    cancel there raises inside the caller's transaction."""
    begin_write(session)  # SQLite: ids count on from max(id) under the write lock
    now = datetime.now(UTC)
    at = at or now
    if status == ENDORSED:
        endorsed_at = endorsed_at or at
        if endorsed_version is None:
            endorsed_version = latest_version_number(session, campaign_id)
    results: list[Added | None] = [None] * len(new)
    claimed = {r.organisation_id for r in new
               if r.kind == SignatoryKind.ORGANISATION and r.organisation_id is not None}
    present = organisations_on_campaign(session, campaign_id, claimed)
    people = (campaign_people(session, campaign_id)
              if same_person_once and any(r.kind == SignatoryKind.INDIVIDUAL for r in new) else {})
    adding: list[tuple[int, NewSignatory]] = []  # (index in `new`, row), in order
    for i, r in enumerate(new):
        if r.kind == SignatoryKind.ORGANISATION:
            on_campaign = r.organisation_id in present
        else:
            on_campaign = bool(people) and individual_identity(
                r.name, r.affiliation, r.contact.email if r.contact else "") in people
        if on_campaign:
            results[i] = Added(None, r.organisation_id)
        else:
            adding.append((i, r))
    total = max(len(adding), 1)
    progress.step(0, total, label)

    org_ids = {i: r.organisation_id for i, r in adding}
    created: set[int] = set()  # rows whose directory entry is new
    joined: set[int] = set()  # rows whose entry another coordinator just created
    unknown = [(i, r) for i, r in adding
               if r.kind == SignatoryKind.ORGANISATION and r.organisation_id is None]
    upserted = upsert_organisations(session, [
        {"name": r.name, "acronym": r.acronym, "country": r.country, "org_type": r.org_type,
         "website": r.website, "norm_key": r.norm_key, "created_at": now, "updated_at": now}
        for _i, r in unknown])
    present |= organisations_on_campaign(session, campaign_id,
                                         [oid for oid, made in upserted if not made])
    completions: dict[int, dict[str, str]] = {}
    for (i, r), (oid, made) in zip(unknown, upserted, strict=True):
        org_ids[i] = oid
        if made:
            created.add(i)
        elif oid in present or oid in claimed:
            results[i] = Added(None, oid)
        else:
            joined.add(i)
            claimed.add(oid)
            completions[oid] = r.given_fields()
    if len(created) + len(joined) < len(unknown):
        adding = [(i, r) for i, r in adding if results[i] is None]
    progress.step(len(unknown) // 4, total, label)

    wanted: list[tuple[int | None, int | None, NewContact, bool]] = []
    for i, r in adding:
        oid = org_ids[i]
        if r.organisation_id is not None and r.kind == SignatoryKind.ORGANISATION:
            fields = r.given_fields() if r.completions is None else r.completions
            if fields:
                completions[oid] = fields
        if r.contact:
            wanted.append((i, oid, r.contact, i not in created))
        if r.extra_contacts:
            wanted.extend((None, oid, c, i not in created) for c in r.extra_contacts if c)
    complete_organisations(session, completions, now)
    contact_ids = add_contacts(session, wanted)
    progress.step(len(adding) // 2, total, label)

    position = next_position(session, campaign_id)
    sig_rows = []
    endorsed = status == ENDORSED
    for offset, (i, r) in enumerate(adding):
        individual = r.kind == SignatoryKind.INDIVIDUAL
        sig_rows.append({
            "campaign_id": campaign_id, "kind": r.kind, "organisation_id": org_ids[i],
            "name": r.name if individual else "", "title": r.title,
            "affiliation": r.affiliation, "country": r.country if individual else "",
            "status": status, "endorsed_version": endorsed_version, "channel": channel,
            "endorsed_at": (r.endorsed_at or endorsed_at) if endorsed else endorsed_at,
            "notes": r.notes, "contact_id": contact_ids.get(i),
            "position": position + offset, "created_at": now, "updated_at": now,
        })
    sig_ids: list[int] = []
    for start in range(0, len(sig_rows), SIGNATORY_BATCH):
        sig_ids += insert_returning_ids(session, SIGNATORY,
                                        sig_rows[start:start + SIGNATORY_BATCH])
        progress.step(len(adding) // 2 + (start + SIGNATORY_BATCH) // 4, total, label)
    insert_events(session, [
        {"signatory_id": sid, "at": at, "from_status": None, "to_status": status,
         "channel": channel, "note": r.note}
        for sid, (_i, r) in zip(sig_ids, adding, strict=True)])
    for sid, (i, _r) in zip(sig_ids, adding, strict=True):
        results[i] = Added(sid, org_ids[i], i in joined)
    progress.step(total, total, label)
    return results  # type: ignore[return-value]  (every row has its result now)


def organisations_on_campaign(session: Session | Connection, campaign_id: int,
                              organisation_ids: Iterable[int]) -> set[int]:
    """Which of these directory entries are signatories of the campaign."""
    wanted = sorted(set(organisation_ids))
    if len(wanted) > CHUNK:  # most of an import: the campaign's list at once
        on = {oid for (oid,) in rows(session, "SELECT organisation_id FROM signatory"
                                              " WHERE campaign_id = ?", (campaign_id,))}
        return on.intersection(wanted)
    return {oid for part in chunks(wanted) for (oid,) in rows(
        session, "SELECT organisation_id FROM signatory WHERE campaign_id = ?"
                 f" AND organisation_id IN ({marks(part)})", (campaign_id, *part))}


def next_position(session: Session | Connection, campaign_id: int) -> int:
    """The position after the campaign's last signatory (manual order)."""
    top = rows(session, "SELECT MAX(position) FROM signatory WHERE campaign_id = ?",
               (campaign_id,))[0][0]
    return (top or 0) + 1


# --- contacts ----------------------------------------------------------------


def add_contacts(session: Session | Connection,
                 wanted: Sequence[tuple[object, int | None, NewContact, bool]]
                 ) -> dict[object, int]:
    """Write private contacts, each given as (key, organisation id, contact,
    may exist). A contact with the same email on the same organisation (an
    individual's: on none) is reused, not written twice: one that exists,
    when it may (a directory entry made in this transaction has none), or
    one earlier in `wanted`. Returns key → contact id, for the keys that are
    not None (the contacts a signatory points at)."""
    found = existing_contacts(session, {oid for _k, oid, _c, _m in wanted},
                              [c.email for _k, _oid, c, may in wanted if may])
    new_rows: list[dict] = []
    index_of: dict[tuple[int | None, str], int] = {}
    row_contact: list[tuple[object, int]] = []
    result: dict[object, int] = {}
    for key, oid, contact, _may in wanted:
        email = contact.email
        if email and (oid, email) in found:
            if key is not None:
                result[key] = found[(oid, email)]
            continue
        if email and (oid, email) in index_of:
            idx = index_of[(oid, email)]
        else:
            idx = len(new_rows)
            new_rows.append({"organisation_id": oid, "name": contact.name, "email": email,
                             "phone": contact.phone, "notes": contact.notes,
                             "email_status": contact.email_status})
            if email:
                index_of[(oid, email)] = idx
        if key is not None:
            row_contact.append((key, idx))
    ids = insert_returning_ids(session, CONTACT, new_rows)
    for key, idx in row_contact:
        result[key] = ids[idx]
    return result


def existing_contacts(session: Session | Connection, organisation_ids: Iterable[int | None],
                      emails: Iterable[str]) -> dict[tuple[int | None, str], int]:
    """(organisation id, email) → contact id for contacts that already exist."""
    org_ids = set(organisation_ids)
    found: dict[tuple[int | None, str], int] = {}
    for cid, org_id, email in select_in(connection_of(session), CONTACT,
                                        ("id", "organisation_id", "email"), "email",
                                        (e for e in emails if e)):
        if org_id in org_ids:
            found.setdefault((org_id, email), cid)
    return found


# --- events --------------------------------------------------------------------


def event_row(signatory_id: int, change: StatusChange) -> dict:
    """A status change as its event row."""
    return {"signatory_id": signatory_id, "at": change.at,
            "from_status": change.from_status.value if change.from_status else None,
            "to_status": change.to_status.value, "channel": change.channel,
            "note": change.note, "kind": change.kind.value}


def insert_events(session: Session | Connection, events: Sequence[dict]) -> None:
    """Event rows (`event_row`'s keys; without "kind", a "change"): every
    status change and correction, by hand or in bulk, and every creation is
    kept this way. The rows of one call have the same keys."""
    insert_rows(session, SIGNATORY_EVENT, events)
