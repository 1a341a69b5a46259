"""Putting a wrong status right: audited corrections, and undoing a change.

A status set by mistake — "Endorsed" on the wrong row puts an organisation
in the letter — used to have one way out, "Withdrawn", which records a
withdrawal that never happened. Two ways out now, both recorded as what
they are, a *correction* (an event of kind `EventKind.CORRECTION`, its
reason as the note), never as a withdrawal:

- `correct_status` / `bulk_correct_status`: from any status to any other,
  with a reason; the workflow's allowed moves do not apply
  (`domain.status.correct`).
- `undo_status_change`: Edit → Undo of one status write (a change or a
  correction, of one row or 50,000): every row back to its status and
  endorsement fields exactly as they were (`PriorState`, which
  `bulk_set_status` and `bulk_correct_status` hand back), with the reason
  `UNDO_REASON`.

Team mode: both write a row only if it still holds the status they were
based on (compare-and-set, as `set_status` does), so a teammate's change
made in between is never overwritten: a correction based on what the
coordinator saw (`expected`) leaves such a row and says so; an undo leaves
every row that no longer has the status the change gave it, and counts
them (`UndoResult.skipped`).

Both work in the caller's one transaction and in chunks of one statement,
reporting each to a `Progress` that may cancel there (the transaction then
rolls back: nothing changed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, update
from sqlmodel import Session

from signon.domain import status as workflow
from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.messages import _
from signon.progress import NO_PROGRESS, Progress
from signon.store.concurrency import ConflictError, begin_write
from signon.store.dbapi import latest_version_number
from signon.store.models import Signatory, utcnow
from signon.store.signatories import (
    STATUS_RETRIES,
    UPDATE_CHUNK,
    BulkResult,
    PriorState,
    _chunks,
    bulk_result,
    read_current,
    write_statuses,
)
from signon.store.signatory_writer import event_row, insert_events

# -- corrections ---------------------------------------------------------------------------


def _corrected_values(session: Session, campaign_id: int, target: workflow.Status,
                      at: datetime, channel: str) -> dict:
    """The columns a correction to `target` writes (besides updated_at), as
    SQL so one statement serves rows with different values. A status that
    means an endorsement was given keeps the endorsement's date and version
    (to Endorsed: those it had, else now and the latest frozen version, as a
    change would give); any other status never had one, so they are cleared.
    The channel changes only when one is given."""
    sig = Signatory.__table__.c
    values: dict = {"status": target.value}
    if target is workflow.Status.ENDORSED:
        values["endorsed_at"] = func.coalesce(sig.endorsed_at, bindparam(
            "corrected_at", at, type_=sig.endorsed_at.type))
        version = latest_version_number(session, campaign_id)
        if version is not None:
            values["endorsed_version"] = func.coalesce(sig.endorsed_version, version)
    elif not workflow.keeps_endorsement(target):
        values["endorsed_at"] = None
        values["endorsed_version"] = None
    if channel:
        values["channel"] = channel
    return values


def bulk_correct_status(
    session: Session,
    signatory_ids: list[int],
    new_status: str,
    *,
    reason: str,
    expected: dict[int, str] | None = None,
    channel: str = "",
    at: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> BulkResult:
    """Correct many signatories to `new_status`, whatever their status, each
    with a correction event carrying `reason` (required: ValidationError).
    Rows already in `new_status` are left and reported, as are rows that no
    longer exist.

    `expected` (id → status) is what the coordinator saw: a row whose status
    is no longer that (a teammate changed it since) is left and reported,
    since the correction was meant for what was shown. Without it, a row
    changed between this read and the write is read again and corrected
    from its new status.

    The result's `prior` holds each corrected row's fields as they were, for
    `undo_status_change`. Progress as `bulk_set_status`: done/total counts
    one UPDATE and one event per row; a cancel raises inside the caller's
    transaction."""
    target = workflow.parse_status(new_status)
    why = workflow.correction_reason(reason)
    progress.step(0)
    when = at or utcnow()
    current: dict[int, tuple[str, int]] = {}
    prior: dict[int, PriorState] = {}
    read_current(session, list(signatory_ids), current, prior)
    refused_ids: list[tuple[int, str]] = []
    changed: list[int] = []
    values: dict | None = None
    pending = list(signatory_ids)
    steps = total = 0
    for _attempt in range(STATUS_RETRIES):
        allowed: list[int] = []
        for sid in pending:
            if sid not in current:
                refused_ids.append((sid, _("no longer exists")))
            elif expected is not None and sid in expected \
                    and current[sid][0] != expected[sid]:
                refused_ids.append((sid, _("was changed by someone else since (now {status})")
                                    .format(status=workflow.Status(current[sid][0]).label.lower())))
            elif current[sid][0] == target.value:
                refused_ids.append((sid, _("is already {status}").format(
                    status=target.label.lower())))
            else:
                allowed.append(sid)
        if not allowed:
            pending = []
            break
        total += 2 * len(allowed)
        if values is None:
            values = {**_corrected_values(session, current[allowed[0]][1], target, when,
                                          channel), "updated_at": when}
        events = {status: workflow.correct(status, target, why, when, channel=channel)
                  for status in {current[sid][0] for sid in allowed}}
        written, steps = write_statuses(
            session, allowed, current, values,
            lambda sid, events=events: event_row(sid, events[current[sid][0]]),
            progress, steps, total)
        changed += written
        done = set(written)
        pending = [sid for sid in allowed if sid not in done]
        if not pending:
            break
        if expected is not None:  # based on what was shown: not on what is there now
            refused_ids += [(sid, _("was changed by someone else since")) for sid in pending]
            pending = []
            break
        for sid in pending:
            current.pop(sid, None)
        read_current(session, pending, current, prior)
    refused_ids += [(sid, _("keeps being changed by someone else; try again"))
                    for sid in pending]
    return bulk_result(session, changed, refused_ids, prior)


def correct_status(
    session: Session,
    signatory_id: int,
    new_status: str,
    *,
    reason: str,
    expected: str | None = None,
    channel: str = "",
    at: datetime | None = None,
) -> Signatory:
    """Correct one signatory (see `bulk_correct_status`), or raise: a
    ValidationError when there is no such signatory or no reason, a
    WorkflowError when it already has `new_status`, a ConflictError when it
    no longer has the `expected` status (or keeps being changed)."""
    if session.get(Signatory, signatory_id) is None:
        raise ValidationError(_("no signatory with id {id}").format(id=signatory_id))
    result = bulk_correct_status(
        session, [signatory_id], new_status, reason=reason, channel=channel, at=at,
        expected=None if expected is None else {signatory_id: expected})
    if result.refused:
        [refusal] = result.refused
        # already in that status (as shown): the workflow's refusal; else a
        # teammate's change. Decided on the status, never on the words.
        now = session.get(Signatory, signatory_id, populate_existing=True)
        already = now is not None and now.status == workflow.parse_status(new_status).value \
            and expected in (None, now.status)
        error = WorkflowError if already else ConflictError
        raise error(_("{name} {reason}; nothing was corrected").format(
            name=refusal.name, reason=refusal.reason))
    return session.get(Signatory, signatory_id, populate_existing=True)


# -- undo --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusUndo:
    """What Edit → Undo of one status write puts back: the rows it moved to
    `status`, each with its fields as they were before (`PriorState`)."""

    campaign_id: int
    #: the status the write gave every row in `prior`
    status: str
    prior: dict[int, PriorState]

    @classmethod
    def of(cls, campaign_id: int, status: str, result: BulkResult) -> StatusUndo:
        return cls(campaign_id, workflow.parse_status(status).value, dict(result.prior))

    def __len__(self) -> int:
        return len(self.prior)


@dataclass(frozen=True)
class UndoResult:
    #: rows put back, each with its correction event
    restored: list[int]
    #: rows left as they are: someone changed them since the change (or
    #: removed them), and undoing would overwrite that
    skipped: list[int]


def undo_status_change(
    session: Session,
    undo: StatusUndo,
    *,
    at: datetime | None = None,
    progress: Progress = NO_PROGRESS,
) -> UndoResult:
    """Put every row of `undo` back to its status, endorsement date, version
    and channel as they were, in the caller's one transaction, each with a
    correction event (`UNDO_REASON`) from the status the change gave it.

    Only rows that still have that status are touched (compare-and-set), so
    a teammate's change since is never overwritten; those rows are counted
    in `skipped`. 5,000 rows a statement: 50,000 are a handful.

    Progress: done/total counts a restore and an event per row; a cancel
    raises inside the caller's transaction."""
    target = workflow.parse_status(undo.status)
    ids = sorted(undo.prior)
    when = at or utcnow()
    total = 2 * len(ids)
    progress.step(0, total)
    if not ids:
        return UndoResult([], [])
    begin_write(session)  # SQLite: nobody writes between our reads and writes
    connection = session.connection()
    claimed: set[int] = set()
    steps = 0
    for chunk in _chunks(ids, UPDATE_CHUNK):
        claimed.update(_restore(connection, target, when,
                                [(sid, *undo.prior[sid]) for sid in chunk]))
        steps += len(chunk)
        progress.step(steps, total)
    restored = [sid for sid in ids if sid in claimed]
    skipped = [sid for sid in ids if sid not in claimed]
    total -= len(skipped)
    events = {status: workflow.correct(target, status, workflow.UNDO_REASON, when)
              for status in {undo.prior[sid].status for sid in restored}}
    for chunk in _chunks(restored, UPDATE_CHUNK):
        insert_events(session, [event_row(sid, events[undo.prior[sid].status])
                                for sid in chunk])
        steps += len(chunk)
        progress.step(steps, total)
    if restored:
        session.flush()
        session.expire_all()
    return UndoResult(restored, skipped)


def _restore(connection, status: workflow.Status, when: datetime,
             rows: list[tuple]) -> list[int]:
    """Write (id, status, endorsed_at, endorsed_version, channel) into those
    rows that still have `status`; the ids written.

    PostgreSQL: one UPDATE … FROM (VALUES …) … RETURNING, whose WHERE is
    checked again on the newest row when a concurrent transaction changed it
    (the compare-and-set), one round trip for 5,000 rows. SQLite: under the
    write lock (`begin_write`) nothing changes between finding the rows
    that still have the status and the driver's executemany that writes
    them, which is as fast there (no network to save)."""
    from signon.store.tables import SIGNATORY

    dialect = connection.dialect
    stamp = SIGNATORY.c.endorsed_at.type.dialect_impl(dialect).bind_processor(dialect)
    if dialect.name == "postgresql":
        row_marks = ", ".join(["(%s, %s, %s::timestamptz, %s::integer, %s)"] * len(rows))
        return list(connection.exec_driver_sql(
            "UPDATE signatory SET status = prior.status, endorsed_at = prior.endorsed_at,"
            " endorsed_version = prior.endorsed_version, channel = prior.channel,"
            " updated_at = %s"
            f" FROM (VALUES {row_marks}) AS prior (id, status, endorsed_at,"
            " endorsed_version, channel)"
            " WHERE signatory.id = prior.id AND signatory.status = %s RETURNING signatory.id",
            (stamp(when), *(v for sid, st, at, version, channel in rows
                            for v in (sid, st, stamp(at), version, channel)),
             status.value)).scalars())
    table = Signatory.__table__
    sig = table.c
    still = set(connection.execute(update(table).where(  # a no-op write: the ids only
        sig.id.in_([r[0] for r in rows]), sig.status == status.value)
        .values(updated_at=when).returning(sig.id)).scalars())
    mine = [r for r in rows if r[0] in still]
    if mine:
        connection.exec_driver_sql(
            "UPDATE signatory SET status = ?, endorsed_at = ?, endorsed_version = ?,"
            " channel = ? WHERE id = ? AND status = ?",
            [(st, stamp(at), version, channel, sid, status.value)
             for sid, st, at, version, channel in mine])
    return [r[0] for r in mine]
