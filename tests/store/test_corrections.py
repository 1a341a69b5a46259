"""Corrections and the undo of status changes (#21): a mistaken "Endorsed"
can be taken back, exactly and truthfully, without overwriting a teammate."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlmodel import select
from support.big_campaign import event_count, seed, statuses

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.status import UNDO_REASON, EventKind
from signon.progress import Cancelled, Progress
from signon.store.campaigns import create_campaign
from signon.store.concurrency import ConflictError
from signon.store.corrections import (
    StatusUndo,
    bulk_correct_status,
    correct_status,
    undo_status_change,
)
from signon.store.letters import load_letter
from signon.store.models import Signatory, SignatoryEvent
from signon.store.signatories import (
    add_signatory,
    bulk_set_status,
    events,
    set_status,
    status_counts,
)
from signon.store.statements import freeze_version, replace_sections

ENDORSEMENT = ("status", "endorsed_at", "endorsed_version", "channel")


def raw_fields(db, ids: list[int]) -> dict[int, tuple]:
    """The stored values themselves (SQLite's text, PostgreSQL's timestamps),
    so "exactly as before" means the bytes, not an equal datetime."""
    with db.engine.connect() as con:
        return {row[0]: tuple(row[1:]) for row in con.execute(text(
            "SELECT id, status, CAST(endorsed_at AS VARCHAR), endorsed_version, channel "
            "FROM signatory")) if row[0] in ids}


@pytest.fixture
def letter_campaign(db):
    """A campaign with a frozen version 1 and three organisations in three
    statuses, one of them endorsed long ago by email."""
    with db.session() as s:
        cid = create_campaign(s, "AI resolution").id
        replace_sections(s, cid, [SectionDraft(kind="intro", text="We, the undersigned.")])
        freeze_version(s, cid)
        ids = [add_signatory(s, cid, name=name, status=status).id
               for name, status in (("Access Now", "invited"), ("ARTICLE 19", "endorsed"),
                                    ("KICTANet", "declined"))]
        old = datetime(2026, 3, 4, 5, 6, 7, 891011, tzinfo=UTC)
        s.exec(Signatory.__table__.update().where(Signatory.id == ids[1])
               .values(endorsed_at=old, channel="email", endorsed_version=1))
        replace_sections(s, cid, [SectionDraft(kind="intro", text="We, the undersigned, now.")])
        freeze_version(s, cid)  # a change now points at version 2
    return cid, ids


def test_undo_restores_status_and_endorsement_fields_exactly(db, letter_campaign):
    cid, ids = letter_campaign
    before = raw_fields(db, ids)
    with db.session() as s:
        done = bulk_set_status(s, ids, "endorsed", channel="form")
    # declined → endorsed is allowed, endorsed → endorsed is not
    assert sorted(done.changed) == [ids[0], ids[2]]
    with db.session() as s:
        assert sorted(load_letter(s, cid).signatory_lines) == [
            "ARTICLE 19", "Access Now", "KICTANet"]
    with db.session() as s:
        result = undo_status_change(s, StatusUndo.of(cid, "endorsed", done))
    assert sorted(result.restored) == sorted(done.changed) and result.skipped == []
    assert raw_fields(db, ids) == before
    with db.session() as s:
        assert sorted(load_letter(s, cid).signatory_lines) == ["ARTICLE 19"]
        history = events(s, ids[0])
    assert [(e.from_status, e.to_status, e.kind, e.note) for e in history] == [
        (None, "invited", "change", "added"),
        ("invited", "endorsed", "change", ""),
        ("endorsed", "invited", "correction", UNDO_REASON)]


def test_undo_of_a_withdrawal_brings_back_the_old_endorsement(db, letter_campaign):
    cid, ids = letter_campaign
    before = raw_fields(db, [ids[1]])
    with db.session() as s:
        done = bulk_set_status(s, [ids[1]], "withdrawn", note="clicked the wrong row")
        result = undo_status_change(s, StatusUndo.of(cid, "withdrawn", done))
    assert result.restored == [ids[1]]
    assert raw_fields(db, [ids[1]]) == before  # 2026-03-04 by email, version 1
    with db.session() as s:
        assert [e.kind for e in events(s, ids[1])] == ["change", "change", "correction"]


def test_undo_leaves_a_row_a_teammate_changed_since(db, letter_campaign):
    cid, ids = letter_campaign
    with db.session() as s:
        done = bulk_set_status(s, [ids[0], ids[2]], "endorsed")
    with db.session() as teammate:  # another coordinator withdraws one meanwhile
        set_status(teammate, ids[2], "withdrawn", note="they asked")
    theirs = raw_fields(db, [ids[2]])
    events_before = event_count(db)
    with db.session() as s:
        result = undo_status_change(s, StatusUndo.of(cid, "endorsed", done))
    assert result.restored == [ids[0]] and result.skipped == [ids[2]]
    assert raw_fields(db, [ids[2]]) == theirs
    assert event_count(db) == events_before + 1
    with db.session() as s:
        assert s.get(Signatory, ids[0]).status == "invited"


def test_undo_skips_a_removed_row(db, letter_campaign):
    from signon.store.signatories import remove_signatories

    cid, ids = letter_campaign
    with db.session() as s:
        done = bulk_set_status(s, [ids[0], ids[2]], "endorsed")
        remove_signatories(s, [ids[0]])
        result = undo_status_change(s, StatusUndo.of(cid, "endorsed", done))
    assert result.restored == [ids[2]] and result.skipped == [ids[0]]


def test_undo_of_5000_rows_is_one_transaction(db):
    cid, ids = seed(db, 5000, lambda i: "invited" if i % 2 else "reminded")
    with db.session() as s:
        done = bulk_set_status(s, ids, "endorsed", channel="form")
    assert len(done.changed) == 5000
    undo = StatusUndo.of(cid, "endorsed", done)
    events_before = event_count(db)

    # cancelled after the first chunk was written: nothing changed
    progress = Progress(lambda d, _t, _m: d > 0 and progress.cancel())
    with pytest.raises(Cancelled), db.session() as s:
        undo_status_change(s, undo, progress=progress)
    assert statuses(db) == {"endorsed": 5000}
    assert event_count(db) == events_before

    steps: list[tuple[int, int]] = []
    with db.session() as s:
        result = undo_status_change(
            s, undo, progress=Progress(lambda d, t, _m: steps.append((d, t))))
    assert len(result.restored) == 5000
    assert statuses(db) == {"invited": 2500, "reminded": 2500}
    assert event_count(db) == events_before + 5000
    assert steps[-1] == (10000, 10000)
    with db.session() as s:
        assert s.exec(select(Signatory).where(Signatory.endorsed_at.is_not(None))).all() == []


def test_undo_of_many_rows_with_a_teammate_in_between(db):
    """Every row but the teammate's goes back, in one pass over 1,200 rows."""
    cid, ids = seed(db, 1200)
    with db.session() as s:
        done = bulk_set_status(s, ids, "endorsed")
    with db.session() as teammate:
        bulk_set_status(teammate, ids[100:103], "withdrawn")
    with db.session() as s:
        result = undo_status_change(s, StatusUndo.of(cid, "endorsed", done))
    assert result.skipped == ids[100:103] and len(result.restored) == 1197
    assert statuses(db) == {"invited": 1197, "withdrawn": 3}


# -- corrections -------------------------------------------------------------------------


def test_correct_endorsed_back_to_invited_clears_the_endorsement(db, letter_campaign):
    cid, ids = letter_campaign
    with db.session() as s:
        sig = correct_status(s, ids[1], "invited", reason="  wrong row\n clicked ")
        assert (sig.status, sig.endorsed_at, sig.endorsed_version) == ("invited", None, None)
        last = events(s, ids[1])[-1]
        assert (last.from_status, last.to_status, last.kind, last.note) == (
            "endorsed", "invited", EventKind.CORRECTION, "wrong row clicked")
        assert load_letter(s, cid).signatory_lines == []
        assert status_counts(s, cid) == {"invited": 2, "declined": 1}


def test_correction_goes_where_the_workflow_does_not(db, letter_campaign):
    _cid, ids = letter_campaign
    with db.session() as s:
        with pytest.raises(WorkflowError):
            set_status(s, ids[2], "no_response")  # declined → no response: not a move
        correct_status(s, ids[2], "no_response", reason="their reply was for another letter")
        assert s.get(Signatory, ids[2]).status == "no_response"


def test_correction_to_endorsed_keeps_an_old_endorsement_and_dates_a_new_one(
        db, letter_campaign):
    cid, ids = letter_campaign
    when = datetime(2026, 5, 1, 12, tzinfo=UTC)
    with db.session() as s:
        set_status(s, ids[1], "withdrawn")
    old = raw_fields(db, [ids[1]])[ids[1]]
    with db.session() as s:
        result = bulk_correct_status(s, [ids[0], ids[1]], "endorsed", reason="mistake",
                                     at=when)
        assert sorted(result.changed) == sorted(ids[:2])
    now = raw_fields(db, ids[:2])
    assert now[ids[1]] == ("endorsed", *old[1:])  # its own date, version 1, email
    with db.session() as s:
        fresh = s.get(Signatory, ids[0])
        assert fresh.endorsed_version == 2
        assert fresh.endorsed_at.replace(tzinfo=UTC) == when


def test_correction_needs_a_reason_and_a_different_status(db, letter_campaign):
    _cid, ids = letter_campaign
    with db.session() as s:
        with pytest.raises(ValidationError, match="reason"):
            correct_status(s, ids[1], "invited", reason="  ")
        with pytest.raises(WorkflowError, match="already endorsed"):
            correct_status(s, ids[1], "endorsed", reason="x")
        with pytest.raises(ValidationError, match="no signatory"):
            correct_status(s, 99999, "endorsed", reason="x")
    with db.session() as s:
        assert [e.kind for e in events(s, ids[1])] == ["change"]


def test_refusals_are_told_apart_in_any_language(db, letter_campaign):
    """Which error a refused correction raises is decided on the status, not
    on its words: in Spanish too, "already endorsed" is the workflow's refusal
    and a teammate's change a conflict."""
    from signon import message_catalog
    from signon.domain import messages

    _cid, ids = letter_campaign
    message_catalog.install("es")
    try:
        with db.session() as s:
            with pytest.raises(WorkflowError, match="no se corrigió nada"):
                correct_status(s, ids[1], "endorsed", reason="x")
        with db.session() as teammate:
            set_status(teammate, ids[0], "endorsed")
        with db.session() as s, pytest.raises(ConflictError):
            correct_status(s, ids[0], "endorsed", reason="x", expected="invited")
    finally:
        messages.install(None)


def test_correction_based_on_what_was_shown_leaves_a_teammates_change(db, letter_campaign):
    _cid, ids = letter_campaign
    with db.session() as teammate:
        set_status(teammate, ids[0], "endorsed")
    with db.session() as s:
        with pytest.raises(ConflictError, match="changed by someone else"):
            correct_status(s, ids[0], "prospect", reason="x", expected="invited")
        result = bulk_correct_status(s, ids, "prospect", reason="reset",
                                     expected={ids[0]: "invited", ids[1]: "endorsed",
                                               ids[2]: "declined"})
    assert sorted(result.changed) == sorted(ids[1:])
    assert [r.signatory_id for r in result.refused] == [ids[0]]
    assert "now endorsed" in result.refused[0].reason


def test_undo_of_a_correction(db, letter_campaign):
    cid, ids = letter_campaign
    before = raw_fields(db, ids)
    with db.session() as s:
        done = bulk_correct_status(s, ids, "prospect", reason="imported into the wrong campaign")
        undo_status_change(s, StatusUndo.of(cid, "prospect", done))
    assert raw_fields(db, ids) == before
    with db.session() as s:
        kinds = [(e.kind, e.note) for e in events(s, ids[1])]
    assert kinds[-2:] == [("correction", "imported into the wrong campaign"),
                          ("correction", UNDO_REASON)]


def test_corrections_are_dated_and_ordered(db, letter_campaign):
    _cid, ids = letter_campaign
    at = datetime.now(UTC) + timedelta(seconds=5)
    with db.session() as s:
        correct_status(s, ids[0], "endorsed", reason="x", at=at)
        stored = s.exec(select(SignatoryEvent).where(SignatoryEvent.signatory_id == ids[0])
                        .order_by(SignatoryEvent.id)).all()[-1]
    assert stored.at.replace(tzinfo=UTC) == at
