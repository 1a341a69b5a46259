"""bulk_set_status reports progress per chunk written and rolls back on cancel."""

from __future__ import annotations

import pytest
from support.big_campaign import event_count, seed, statuses

from signon.progress import Cancelled, Progress
from signon.store.signatories import UPDATE_CHUNK, bulk_set_status


def test_progress_steps_once_per_chunk_up_to_the_total(db):
    _, ids = seed(db, 2 * UPDATE_CHUNK + 300)
    steps: list[tuple[int, int]] = []
    with db.session() as s:
        result = bulk_set_status(s, ids, "reminded",
                                 progress=Progress(lambda d, t, _m: steps.append((d, t))))
    assert len(result.changed) == len(ids)
    assert steps[0] == (0, 0)  # before the statuses are read: no total yet
    written = steps[1:]
    # three UPDATE chunks, then three event INSERT chunks
    assert len(written) == 6
    assert all(t == 2 * len(ids) for _d, t in written)
    dones = [d for d, _t in written]
    assert dones == sorted(dones) and len(set(dones)) == len(dones)
    assert dones[0] == UPDATE_CHUNK and dones[-1] == 2 * len(ids)
    assert statuses(db) == {"reminded": len(ids)}


def test_cancel_after_the_first_chunk_leaves_everything_as_it_was(db):
    _, ids = seed(db, 2 * UPDATE_CHUNK + 300)
    events_before = event_count(db)
    seen: list[int] = []

    def cancel_once_written(done: int, _total: int, _message: str) -> None:
        seen.append(done)
        if done > 0:  # the first UPDATE of 5,000 rows ran inside the transaction
            progress.cancel()

    progress = Progress(cancel_once_written)
    with pytest.raises(Cancelled), db.session() as s:
        bulk_set_status(s, ids, "endorsed", channel="form", progress=progress)
    assert seen == [0, UPDATE_CHUNK]  # stopped at the next chunk
    assert statuses(db) == {"invited": len(ids)}
    assert event_count(db) == events_before


def test_already_cancelled_writes_nothing(db):
    _, ids = seed(db, 20)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled), db.session() as s:
        bulk_set_status(s, ids, "reminded", progress=progress)
    assert statuses(db) == {"invited": 20}


def test_without_progress_as_before(db):
    _, ids = seed(db, 30)
    with db.session() as s:
        result = bulk_set_status(s, ids, "declined")
    assert sorted(result.changed) == ids and not result.refused
    assert statuses(db) == {"declined": 30}
