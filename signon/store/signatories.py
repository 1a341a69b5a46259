"""Signatory service: adding signatories and moving them through the workflow.

Every status change goes through `set_status`, which asks the domain whether
it is allowed and writes the event in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from typing import NamedTuple

from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, select

from signon.domain import status as workflow
from signon.domain.errors import ValidationError
from signon.domain.messages import _, n_
from signon.domain.signatory_kind import SignatoryKind
from signon.domain.text import clean_text
from signon.progress import NO_PROGRESS, Progress
from signon.store import dbapi
from signon.store.concurrency import ConflictError
from signon.store.dbapi import latest_version_number, signatory_rows, stored_time
from signon.store.models import (
    Contact,
    Organisation,
    OutboxMessage,
    Reply,
    Signatory,
    SignatoryEvent,
    utcnow,
)
from signon.store.organisations import add_contact


@dataclass(frozen=True)
class SignatoryRow:
    """A signatory joined with its organisation, as lists and tables show it."""

    id: int
    kind: str
    name: str
    acronym: str
    country: str
    org_type: str
    title: str
    affiliation: str
    status: str
    endorsed_version: int | None
    endorsed_at: datetime | None
    channel: str
    position: int
    organisation_id: int | None
    contact_id: int | None

    def as_dict(self) -> dict:
        return {
            "id": self.id, "type": self.kind, "name": self.name, "acronym": self.acronym,
            "country": self.country, "org_type": self.org_type, "title": self.title,
            "affiliation": self.affiliation, "status": self.status,
            "endorsed_version": self.endorsed_version,
            "endorsed_at": self.endorsed_at.isoformat() if self.endorsed_at else None,
        }


def _record(session: Session, sig: Signatory, change: workflow.StatusChange) -> None:
    from signon.store.signatory_writer import event_row, insert_events

    insert_events(session, [event_row(sig.id, change)])


def record_creation(session: Session, sig: Signatory, note: str = "added") -> None:
    """The first event of a signatory: from nothing to its initial status."""
    _record(session, sig, workflow.change(None, sig.status, channel=sig.channel, note=note))


def add_signatory(
    session: Session,
    campaign_id: int,
    *,
    kind: str = SignatoryKind.ORGANISATION,
    name: str,
    status: str = "prospect",
    acronym: str = "",
    country: str = "",
    org_type: str = "",
    website: str = "",
    title: str = "",
    affiliation: str = "",
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    notes: str = "",
    channel: str = "",
    endorsed_version: int | None = None,
    endorsed_at: datetime | None = None,
    at: datetime | None = None,
) -> Signatory:
    """Add one signatory with its creation event, through the writer of
    every import (signatory_writer.add_signatories, with a list of one). An
    organisation already on this campaign is refused (ValidationError): the
    caller decides whether that is a skip (import) or an error (hand entry)."""
    from signon.domain.normalise import normalise_name
    from signon.store.organisations import match_organisation
    from signon.store.signatory_writer import NewContact, NewSignatory, add_signatories

    # the hand-entry path (dialogs, CLI): no control characters in the row
    name, acronym, country, org_type, website, title, affiliation, contact_name, \
        contact_email, contact_phone, notes = map(clean_text, (
            name, acronym, country, org_type, website, title, affiliation, contact_name,
            contact_email, contact_phone, notes))
    st = workflow.parse_status(status)
    if kind not in tuple(SignatoryKind):
        raise ValidationError(_("signatory type {value} is not organisation or individual").format(
            value=repr(kind)))
    if not name.strip():
        raise ValidationError(_("a signatory needs a name"))
    org_id = None
    if kind == SignatoryKind.ORGANISATION:
        name = " ".join(name.split())
        found = match_organisation(session, name, acronym=acronym, country=country)
        org_id = found.id if found is not None else None
    [added] = add_signatories(session, campaign_id, [NewSignatory(
        kind=kind, name=name.strip(), organisation_id=org_id,
        norm_key=normalise_name(name) if kind == SignatoryKind.ORGANISATION else "",
        acronym=acronym.strip(), country=country.strip().upper(), org_type=org_type.strip(),
        website=website.strip(), title=title.strip(), affiliation=affiliation.strip(),
        notes=notes, contact=NewContact(name=contact_name.strip(), email=contact_email.strip(),
                                        phone=contact_phone.strip()))],
        status=st.value, channel=channel, endorsed_version=endorsed_version,
        endorsed_at=endorsed_at, at=at)
    if added.organisation_id is not None:  # completed in SQL: the session's copy is stale
        org = session.get(Organisation, added.organisation_id, populate_existing=True)
        if added.signatory_id is None:
            raise ValidationError(_("{name} is already a signatory of this campaign").format(
                name=org.name))
    return session.get(Signatory, added.signatory_id)


#: How often a status change is validated again when another coordinator
#: changed the same signatory between our read and our write.
STATUS_RETRIES = 5


def set_status(
    session: Session,
    signatory_id: int,
    new_status: str,
    *,
    channel: str = "",
    note: str = "",
    version: int | None = None,
    at: datetime | None = None,
) -> Signatory:
    """Move one signatory, or raise WorkflowError with the reason.

    Team mode: the change is validated against the status read here and
    written only if the row still has it (`compare_and_set`); if another
    coordinator changed it in between, the row is read again and the change
    validated against their result — applied with its own event, or refused
    by the workflow. Two clients' changes both end up in the history, each
    event starting from the status the previous one left."""
    from signon.store.concurrency import compare_and_set

    for _attempt in range(STATUS_RETRIES):
        sig = session.get(Signatory, signatory_id, populate_existing=True)
        if sig is None:
            raise ValidationError(_("no signatory with id {id}").format(id=signatory_id))
        change = workflow.change(sig.status, new_status, channel=channel, note=note, at=at)
        values = {**_status_values(session, sig.campaign_id, change.to_status, change.at,
                                   version, channel), "updated_at": utcnow()}
        if compare_and_set(session, Signatory.__table__, sig.id,
                           {"status": sig.status}, values):
            for field, value in values.items():
                set_committed_value(sig, field, value)
            _record(session, sig, change)
            session.flush()
            return sig
    raise ConflictError(_("{name} keeps being changed by someone else; try again").format(
        name=_names(session, [signatory_id]).get(signatory_id) or _("the signatory")))


def _status_values(session: Session, campaign_id: int, target: workflow.Status,
                   at: datetime, version: int | None, channel: str) -> dict:
    """The columns a change to `target` writes (besides updated_at), one
    signatory at a time or in bulk. An endorsement given now is for the text
    as it stands now (this is also what a reconfirmation means): it is dated
    `at`, points at the latest frozen version unless `version` names one,
    and takes the channel it came through. A column left out keeps its value."""
    values: dict = {"status": target.value}
    if target is workflow.Status.ENDORSED:
        values["endorsed_at"] = at
        if version is None:
            version = latest_version_number(session, campaign_id)
        if version is not None:
            values["endorsed_version"] = version
        if channel:
            values["channel"] = channel
    return values


def events(session: Session, signatory_id: int) -> list[SignatoryEvent]:
    return list(session.exec(
        select(SignatoryEvent).where(SignatoryEvent.signatory_id == signatory_id)
        .order_by(SignatoryEvent.at, SignatoryEvent.id)
    ).all())


def list_signatories(
    session: Session, campaign_id: int, status: str | None = None
) -> list[SignatoryRow]:
    """The campaign's signatories in its order (read as every letter reads
    them: dbapi.signatory_rows), optionally those in one status."""
    statuses = (workflow.parse_status(status).value,) if status else None
    return [
        SignatoryRow(id=sid, kind=kind, name=name, acronym=acronym, country=country,
                     org_type=org_type, title=title, affiliation=affiliation, status=st,
                     endorsed_version=version, endorsed_at=stored_time(endorsed_at, aware=True),
                     channel=channel, position=position, organisation_id=org_id,
                     contact_id=contact_id)
        for (kind, name, st, acronym, country, org_type, title, affiliation, endorsed_at,
             position, org_id, _key, sid, version, channel, contact_id)
        in signatory_rows(session, campaign_id, statuses, listing=True)
    ]


def find_signatory(session: Session, campaign_id: int, ref: str) -> tuple[int, str]:
    """SIGNATORY on the command line: an id of the campaign's, or a name
    (the organisation's or the individual's) that matches exactly one of its
    signatories, ignoring case and accents; failing that, an organisation's
    acronym. (id, name), or ValidationError saying what to give instead."""
    from sqlalchemy import func

    from signon.domain.folding import fold

    org = Organisation.__table__.c
    sig = Signatory.__table__.c
    stmt = (select(sig.id, func.coalesce(org.name, sig.name), org.acronym, sig.country,
                   org.country)
            .select_from(Signatory.__table__.outerjoin(Organisation.__table__,
                                                       sig.organisation_id == org.id))
            .where(sig.campaign_id == campaign_id))
    text = ref.strip()
    if text.isdigit():
        found = session.execute(stmt.where(sig.id == int(text))).first()
        if found is not None:
            return found[0], found[1]
    wanted = fold(text)
    everyone = session.execute(stmt.order_by(sig.position, sig.id)).all()
    matches = [r for r in everyone if fold(r[1]) == wanted] or \
        [r for r in everyone if r[2] and fold(r[2]) == wanted]
    if len(matches) == 1:
        return matches[0][0], matches[0][1]
    if not matches:
        raise ValidationError(_("no signatory {ref} in this campaign; see `signon list "
                                "signatories CAMPAIGN`").format(ref=repr(ref)))
    shown = "; ".join(f"{r[0]} {r[1]}" + (f" ({r[3] or r[4]})" if r[3] or r[4] else "")
                      for r in matches[:5])
    if len(matches) > 5:
        shown = n_("{shown} and {n} more", "{shown} and {n} more", len(matches) - 5).format(
            shown=shown, n=len(matches) - 5)
    raise ValidationError(n_("{ref} matches {n} signatory ({shown}); give the id",
                             "{ref} matches {n} signatories ({shown}); give the id",
                             len(matches)).format(ref=repr(ref), n=len(matches), shown=shown))


def contact_of(session: Session, sig: Signatory) -> Contact | None:
    return session.get(Contact, sig.contact_id) if sig.contact_id else None


#: Columns of `table_rows`, in order. Plain tuples rather than objects: the
#: signatories table holds 50,000 of them and builds every cell from them.
TABLE_FIELDS = (
    "id", "kind", "name", "acronym", "country", "org_type", "status",
    "endorsed_version", "endorsed_on", "title", "affiliation", "organisation_id",
)


def table_rows(session: Session, campaign_id: int, ids: list[int] | None = None) -> list[tuple]:
    """One lean query for the signatories table: tuples in `TABLE_FIELDS` order,
    the endorsement date as "YYYY-MM-DD" text (parsing 50,000 datetimes only to
    print their date would cost more than the whole query). `ids` limits it to
    those signatories, to refresh a few rows after an edit."""
    stmt = _table_statement(campaign_id)
    if ids is not None:
        sig = Signatory.__table__.c
        return [row for chunk in _chunks(list(ids))
                for row in _fetch_tuples(session, stmt.where(sig.id.in_(chunk)))]
    # kind, acronym, country, type, status, date, title, affiliation: shared
    result = session.execute(stmt)
    try:
        return dbapi.share_repeats(dbapi.fetch_batches(result.cursor), (1, 3, 4, 5, 6, 8, 9, 10))
    finally:
        result.close()


def first_table_rows(session: Session, campaign_id: int, count: int) -> list[tuple]:
    """The campaign's first `count` rows of `table_rows`, in its order: what
    the table shows while all the rows of a big campaign are read (the
    index gives them in milliseconds, where 200,000 rows take 1-1.5 s)."""
    return _fetch_tuples(session, _table_statement(campaign_id).limit(count))


def _table_statement(campaign_id: int):
    """The query of `table_rows`, in the campaign's order (served by the
    (campaign, position, id) index)."""
    from sqlalchemy import String, cast, func

    org = Organisation.__table__.c
    sig = Signatory.__table__.c
    stmt = (
        select(
            sig.id, sig.kind,
            func.coalesce(org.name, sig.name), func.coalesce(org.acronym, ""),
            func.coalesce(func.nullif(org.country, ""), sig.country, ""),
            func.coalesce(org.org_type, ""), sig.status, sig.endorsed_version,
            func.substr(cast(sig.endorsed_at, String), 1, 10),
            sig.title, sig.affiliation, sig.organisation_id,
        )
        .select_from(Signatory.__table__.outerjoin(
            Organisation.__table__, sig.organisation_id == org.id))
        .where(sig.campaign_id == campaign_id)
        .order_by(sig.position, sig.id)
    )
    return stmt


def status_rows(session: Session, campaign_id: int, ids: list[int]) -> list[tuple]:
    """What a status change alters in `table_rows` — (id, status,
    endorsed_version, endorsed_on) — for those signatories of the campaign.
    After a change of 50,000 rows the table patches these into the rows it
    holds instead of holding a second copy of the whole campaign."""
    from sqlalchemy import String, cast, func

    sig = Signatory.__table__.c
    stmt = select(sig.id, sig.status, sig.endorsed_version,
                  func.substr(cast(sig.endorsed_at, String), 1, 10)
                  ).where(sig.campaign_id == campaign_id)
    if len(ids) > 4 * ID_CHUNK:  # most of the campaign: one query, then keep those
        wanted = set(ids)
        return [row for row in _fetch_tuples(session, stmt) if row[0] in wanted]
    return [row for chunk in _chunks(list(ids))
            for row in _fetch_tuples(session, stmt.where(sig.id.in_(chunk)))]


def _fetch_tuples(session: Session, stmt) -> list[tuple]:
    # Every column is already a plain int or str, so the DBAPI cursor's own
    # tuples are the rows: no Row objects, a third less time and memory.
    result = session.execute(stmt)
    try:
        return [tuple(r) for r in result.cursor.fetchall()]
    finally:
        result.close()


def status_counts(session: Session, campaign_id: int) -> dict[str, int]:
    from sqlalchemy import func

    rows = session.exec(
        select(Signatory.status, func.count()).where(Signatory.campaign_id == campaign_id)
        .group_by(Signatory.status)
    ).all()
    return {status: n for status, n in rows}


@dataclass(frozen=True)
class Refusal:
    """A signatory a bulk change left as it was, and why (one line)."""

    signatory_id: int
    name: str
    reason: str


class PriorState(NamedTuple):
    """What a status write overwrote on one signatory: its status and
    endorsement fields as they were, for Edit → Undo to put back exactly
    (`store.corrections.undo_status_change`)."""

    status: str
    endorsed_at: datetime | None
    endorsed_version: int | None
    channel: str


@dataclass(frozen=True)
class BulkResult:
    changed: list[int]
    refused: list[Refusal]
    #: each changed signatory's fields as they were before the change
    prior: dict[int, PriorState] = dataclass_field(default_factory=dict)


#: Ids per IN (...) list: far below SQLite's variable limit on any version.
ID_CHUNK = 500


UPDATE_CHUNK = 5000


def _chunks(ids: list[int], size: int = ID_CHUNK):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def bulk_set_status(
    session: Session,
    signatory_ids: list[int],
    new_status: str,
    *,
    channel: str = "",
    note: str = "",
    version: int | None = None,
    at: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> BulkResult:
    """Move many signatories at once. Each is checked by the workflow on its
    own: refused ones are reported with their reason and left unchanged; the
    allowed ones all change, each with its event, in the caller's one
    transaction, so a selection is never half-applied by a crash.

    Same effect as `set_status` per row (an endorsement dates itself, points
    at the latest version and takes the channel), written with one UPDATE
    and one multi-row INSERT per chunk: 50,000 rows take seconds, not the
    minutes that one flush per row would.

    Team mode: each UPDATE also requires the status the row was validated
    against; rows another coordinator changed in between are read again and
    validated against their new status (as `set_status` does).

    `progress` hears of every chunk written (done/total counts one UPDATE and
    one event per row) and may cancel there: `Cancelled` is raised inside
    the caller's transaction, which then rolls back, so a cancelled change
    changed nothing. A chunk is one statement (about 0.1 s for 5,000 rows),
    the finest point at which a cancel can land without smaller, slower
    statements."""
    target = workflow.parse_status(new_status)
    progress.step(0)  # the statuses are read next: no total yet
    when = at or utcnow()
    current: dict[int, tuple[str, int]] = {}
    prior: dict[int, PriorState] = {}
    read_current(session, signatory_ids, current, prior)
    changed: list[int] = []
    refused_ids: list[tuple[int, str]] = []
    values: dict | None = None
    pending = list(signatory_ids)
    steps = total = 0
    for _attempt in range(STATUS_RETRIES):
        allowed = _allowed(pending, current, target, refused_ids)
        if not allowed:
            pending = []
            break
        total += 2 * len(allowed)
        if values is None:
            values = {**_status_values(session, current[allowed[0]][1], target, when,
                                       version, channel), "updated_at": when}
        written, steps = write_statuses(
            session, allowed, current, values,
            lambda sid: {"signatory_id": sid, "at": when, "from_status": current[sid][0],
                         "to_status": target.value, "channel": channel, "note": note},
            progress, steps, total)
        changed += written
        # changed by someone else between our read and our write: read again
        done = set(written)
        pending = [sid for sid in allowed if sid not in done]
        if not pending:
            break
        for sid in pending:
            current.pop(sid, None)
        read_current(session, pending, current, prior)
    refused_ids += [(sid, _("keeps being changed by someone else; try again"))
                    for sid in pending]
    return bulk_result(session, changed, refused_ids, prior)


def bulk_result(session: Session, changed: list[int], refused_ids: list[tuple[int, str]],
                prior: dict[int, PriorState]) -> BulkResult:
    """The end of a bulk status change or correction: the refusals named,
    the session made to forget the statuses it loaded before the writes."""
    names = _names(session, [sid for sid, _ in refused_ids])
    refused = [Refusal(sid, names.get(sid, f"#{sid}"), why) for sid, why in refused_ids]
    if changed:
        session.flush()
        session.expire_all()  # loaded Signatory objects hold the old status
    return BulkResult(changed, refused, {sid: prior[sid] for sid in changed})


def write_statuses(session: Session, allowed: list[int], current: dict[int, tuple[str, int]],
                   values: dict, event_for: Callable[[int], dict], progress: Progress,
                   steps: int, total: int) -> tuple[list[int], int]:
    """Write `values` to each of `allowed` that still has the status it was
    validated against (`current[sid][0]`: compare-and-set, team mode), then
    one event per row written (`event_for(sid)`, an event row). One UPDATE …
    RETURNING per status and chunk: long IN lists (SQLite ≥ 3.32 takes
    32,766 variables, PostgreSQL 65,535) bind the constant values once per
    statement, not once per row. The bulk status change and the bulk
    correction both write this way. Returns the rows written, in `allowed`'s
    order, and `steps` moved on (one per row updated and per event), each
    chunk told to `progress` (which may cancel there)."""
    from sqlalchemy import update

    from signon.store.signatory_writer import insert_events

    sig = Signatory.__table__.c
    by_status: dict[str, list[int]] = {}
    for sid in allowed:
        by_status.setdefault(current[sid][0], []).append(sid)
    done: set[int] = set()
    for status, ids in by_status.items():
        for chunk in _chunks(ids, UPDATE_CHUNK):
            done.update(session.execute(
                update(Signatory.__table__)
                .where(sig.id.in_(chunk), sig.status == status)
                .values(**values).returning(sig.id)).scalars())
            steps += len(chunk)
            progress.step(steps, total)
    written = [sid for sid in allowed if sid in done]
    for chunk in _chunks(written, UPDATE_CHUNK):  # built per chunk: less memory at once
        insert_events(session, [event_for(sid) for sid in chunk])
        steps += len(chunk)
        progress.step(steps, total)
    return written, steps


def read_current(session: Session, ids: list[int], current: dict[int, tuple[str, int]],
                 prior: dict[int, PriorState]) -> None:
    """Read what a status write validates against and overwrites: each
    signatory's (status, campaign id) into `current`, its status and
    endorsement fields into `prior`. A big selection is a campaign's table:
    its rows are read at once; a few are read by their ids."""
    sig = Signatory.__table__.c
    columns = (sig.id, sig.status, sig.campaign_id, sig.endorsed_at, sig.endorsed_version,
               sig.channel)

    def keep(rows) -> None:
        for sid, status, campaign_id, endorsed_at, version, channel in rows:
            current[sid] = (status, campaign_id)
            prior[sid] = PriorState(status, stored_time(endorsed_at, aware=True), version,
                                    channel)

    rest = list(ids)
    if len(ids) > 4 * ID_CHUNK:
        first = session.get(Signatory, ids[0])
        if first is not None:
            wanted = set(ids)
            keep(row for row in session.execute(
                select(*columns).where(sig.campaign_id == first.campaign_id))
                if row[0] in wanted)
            rest = [i for i in ids if i not in current]
    for chunk in _chunks(rest):
        keep(session.execute(select(*columns).where(sig.id.in_(chunk))))


def _allowed(ids: list[int], current: dict[int, tuple[str, int]], target: workflow.Status,
             refused_ids: list[tuple[int, str]]) -> list[int]:
    """The ids the workflow lets move to `target` from their current status;
    the others are appended to `refused_ids` with the reason."""
    allowed: list[int] = []
    for sid in ids:
        if sid not in current:
            refused_ids.append((sid, _("no longer exists")))
            continue
        status = current[sid][0]
        if status == target.value:
            refused_ids.append((sid, _("is already {status}").format(
                status=target.label.lower())))
        elif target not in workflow.allowed_next(workflow.Status(status)):
            try:
                workflow.check_transition(status, target)
            except workflow.WorkflowError as exc:
                refused_ids.append((sid, str(exc)))
        else:
            allowed.append(sid)
    return allowed


def _names(session: Session, signatory_ids: list[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(list(signatory_ids)):
        rows = session.exec(
            select(Signatory.id, Signatory.name, Organisation.name)
            .join(Organisation, Signatory.organisation_id == Organisation.id, isouter=True)
            .where(Signatory.id.in_(chunk))
        ).all()
        names.update({sid: org_name or name for sid, name, org_name in rows})
    return names


def remove_signatories(session: Session, signatory_ids: list[int]) -> int:
    """Take signatories off a campaign, with their history, the messages
    written to them and their replies, and an individual's own contact (the
    organisation and its contacts stay in the directory). The UI offers
    "withdrawn" instead for anyone who endorsed, since removing erases the
    record that they ever did."""
    from sqlmodel import SQLModel

    if not signatory_ids:
        return 0
    sigs = session.exec(select(Signatory).where(Signatory.id.in_(signatory_ids))).all()
    ids = [s.id for s in sigs]
    if not ids:
        return 0
    # What was written to them and what they answered goes with them (the
    # outbox held their address and "Dear Karim Haddad, …", the replies
    # their mail: issue 19); any other table pointing at a signatory keeps
    # its rows with the link cleared, whatever the foreign-key enforcement.
    theirs = {SignatoryEvent.__table__, OutboxMessage.__table__, Reply.__table__}
    for table in (SignatoryEvent.__table__, OutboxMessage.__table__, Reply.__table__):
        session.exec(table.delete().where(table.c.signatory_id.in_(ids)))
    for table in SQLModel.metadata.sorted_tables:
        if table in theirs:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is Signatory.__table__:
                col = fk.parent
                session.exec(table.update().where(col.in_(ids)).values({col.name: None}))
    own_contacts = {s.contact_id for s in sigs
                    if s.kind == SignatoryKind.INDIVIDUAL and s.contact_id}
    for sig in sigs:
        session.delete(sig)
    session.flush()
    # An individual's own contact goes with them unless another campaign's
    # signatory (a duplicated campaign) still points at it.
    for contact_id in own_contacts:
        still_used = session.exec(
            select(Signatory.id).where(Signatory.contact_id == contact_id)).first()
        if still_used is None:
            contact = session.get(Contact, contact_id)
            if contact is not None and contact.organisation_id is None:
                session.delete(contact)
    session.flush()
    session.expire_all()  # the bulk updates above bypassed loaded objects
    return len(ids)


#: History notes of marking a signatory "do not publish" and of taking the
#: mark off (the status stays: the event goes from it to itself).
PRIVATE_NOTES = {True: "marked 'do not publish'", False: "'do not publish' taken off"}


def set_private(session: Session, signatory_ids: list[int], private: bool, *,
                at: datetime | None = None) -> list[int]:
    """Mark signatories "do not publish" (`private` True) or take the mark
    off, in the caller's transaction: kept off every public letter and
    edition, printed only in a delivery copy (issue 19). Those already so
    are left alone; each one changed moves its `row_version` on (a form
    open on it in team mode is then refused) and gets a history entry, its
    status unchanged. Returns the ids changed, in the order given."""
    from sqlalchemy import update

    from signon.store.signatory_writer import insert_events

    sig = Signatory.__table__.c
    when = at or utcnow()
    changed: dict[int, str] = {}
    for chunk in _chunks(list(dict.fromkeys(signatory_ids)), UPDATE_CHUNK):
        changed.update((sid, status) for sid, status in session.execute(
            update(Signatory.__table__)
            .where(sig.id.in_(chunk), sig.private == (not private))
            .values(private=private, row_version=sig.row_version + 1, updated_at=when)
            .returning(sig.id, sig.status)))
    written = [sid for sid in dict.fromkeys(signatory_ids) if sid in changed]
    for chunk in _chunks(written, UPDATE_CHUNK):
        insert_events(session, [
            {"signatory_id": sid, "at": when, "from_status": changed[sid],
             "to_status": changed[sid], "channel": "app", "note": PRIVATE_NOTES[private]}
            for sid in chunk])
    if written:
        session.flush()
        session.expire_all()  # loaded Signatory objects hold the old mark
    return written


def private_signatories(session: Session, campaign_id: int) -> frozenset[int]:
    """The campaign's signatories marked "do not publish": what the
    signatories table marks with a lock (the letters read them the same
    way, `letters.private_ids`)."""
    from signon.store.letters import private_ids

    return private_ids(session, campaign_id)


#: Signatory fields edited by hand (status goes through `set_status`; an
#: organisation's own fields through organisations.update_organisation).
EDITABLE_SIGNATORY_FIELDS = ("name", "title", "affiliation", "country", "notes")


def update_signatory(session: Session, signatory_id: int, *,
                     expected_version: int | None = None, **fields: str) -> Signatory:
    """Edit a signatory's own fields. `expected_version` is the `row_version`
    the form displayed: if someone else saved the signatory since, nothing is
    written and ConflictError asks to reload (None: no such check, but the
    version still moves on so their stale forms are refused)."""
    from signon.store.concurrency import claim_version

    if session.get(Signatory, signatory_id) is None:
        raise ValidationError(_("no signatory with id {id}").format(id=signatory_id))
    claim_version(session, Signatory.__table__, signatory_id, expected_version,
                  _names(session, [signatory_id]).get(signatory_id) or _("this signatory"))
    sig = session.get(Signatory, signatory_id, populate_existing=True)
    for field, value in fields.items():
        if field not in EDITABLE_SIGNATORY_FIELDS:
            raise ValidationError(_("unknown signatory field {field}").format(field=repr(field)))
        value = clean_text(value or "").strip()
        if field in ("name", "country") and sig.kind != SignatoryKind.INDIVIDUAL:
            raise ValidationError(_("an organisation's {field} is edited in the directory, not "
                                    "per campaign").format(field=field))
        if field == "name" and not value:
            raise ValidationError(_("a signatory needs a name"))
        if field == "country":
            value = value.upper()
        setattr(sig, field, value)
    sig.updated_at = utcnow()
    session.add(sig)
    session.flush()
    return sig


def get_signatory(session: Session, signatory_id: int) -> Signatory:
    sig = session.get(Signatory, signatory_id)
    if sig is None:
        raise ValidationError(_("no signatory with id {id}").format(id=signatory_id))
    return sig


@dataclass(frozen=True)
class SignatoryDetails:
    """Everything the side panel shows of one signatory: public fields, the
    private contacts (an organisation's, or the individual's own), history."""

    signatory: Signatory
    organisation: Organisation | None
    contacts: list[Contact]
    events: list[SignatoryEvent]


def signatory_details(session: Session, signatory_id: int) -> SignatoryDetails:
    from signon.store.organisations import contacts_of_organisation

    sig = get_signatory(session, signatory_id)
    org = session.get(Organisation, sig.organisation_id) if sig.organisation_id else None
    if org is not None:
        contacts = contacts_of_organisation(session, org.id)
    else:
        own = contact_of(session, sig)
        contacts = [own] if own else []
    return SignatoryDetails(sig, org, contacts, events(session, signatory_id))


def add_signatory_contact(
    session: Session, signatory_id: int, *, name: str = "", email: str = "",
    phone: str = "", notes: str = "",
) -> Contact | None:
    """A new private contact: the organisation's, or for an individual their
    own (linked to the signatory when they had none)."""
    sig = get_signatory(session, signatory_id)
    contact = add_contact(session, organisation_id=sig.organisation_id, name=name,
                          email=email, phone=phone, notes=notes)
    if contact is not None and sig.contact_id is None:
        sig.contact_id = contact.id
        session.add(sig)
        session.flush()
    return contact


def moved_since(session: Session, campaign_id: int, event_id: int) -> list[int]:
    """The campaign's signatories whose status moved after event `event_id`
    (a `table_fingerprint`'s newest event): what a table showing the
    campaign must read again after a teammate's status changes, instead of
    every row."""
    event = SignatoryEvent.__table__.c
    sig = Signatory.__table__.c
    return sorted(session.execute(
        select(event.signatory_id).distinct()
        .join_from(SignatoryEvent.__table__, Signatory.__table__,
                   sig.id == event.signatory_id)
        .where(event.id > event_id, sig.campaign_id == campaign_id)).scalars())


def table_fingerprint(session: Session, campaign_id: int) -> tuple:
    """A cheap summary that changes whenever the campaign's table would: the
    tab reloads 50,000 rows only when another part of the app (outreach, an
    import, another coordinator) changed something since it last looked.

    Every status change writes an event and every new signatory a row, so
    the newest event and signatory ids (primary-key lookups) plus the
    campaign's count catch them all in a few milliseconds. Edits of a
    signatory's or an organisation's fields write no event but move their
    `row_version` (team mode), so the sums of those versions catch them too.
    """
    from sqlalchemy import func, true

    # one query (one round trip to a team database, where four cost 0.4 s
    # at 100 ms): the two sums as derived tables, the newest ids as scalars
    campaign = select(func.count().label("n"),
                      func.coalesce(func.sum(Signatory.row_version), 0).label("v")) \
        .where(Signatory.campaign_id == campaign_id).subquery()
    directory = select(func.count().label("n"),
                       func.coalesce(func.sum(Organisation.row_version), 0).label("v")) \
        .subquery()
    count, last_sig, last_event, versions, entries, entry_versions = session.exec(select(
        campaign.c.n, select(func.max(Signatory.id)).scalar_subquery(),
        select(func.max(SignatoryEvent.id)).scalar_subquery(), campaign.c.v,
        directory.c.n, directory.c.v).select_from(campaign.join(directory, true()))).one()
    return (count, last_sig, last_event, versions, (entries, entry_versions))
