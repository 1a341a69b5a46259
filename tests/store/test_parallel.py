"""store.parallel.read_together: independent reads at the same time."""

import threading

import pytest

from signon.domain.errors import ValidationError
from signon.store.campaigns import create_campaign, get_campaign
from signon.store.parallel import read_together


def test_each_read_gets_its_own_session_and_results_keep_their_order(db):
    with db.session() as s:
        ids = [create_campaign(s, title).id for title in ("One", "Two", "Three")]
    sessions, threads = [], set()
    both_running = threading.Barrier(3, timeout=10)

    def read(campaign_id):
        def run(session):
            sessions.append(session)
            threads.add(threading.get_ident())
            both_running.wait()  # all three at once, or this times out
            return get_campaign(session, campaign_id).title
        return run

    assert read_together(db, *(read(i) for i in ids)) == ["One", "Two", "Three"]
    assert len({id(s) for s in sessions}) == 3
    assert threading.get_ident() in threads and len(threads) == 3


def test_an_error_is_raised_after_every_read_ended(db):
    ended = []

    def slow(session):
        threading.Event().wait(0.2)
        ended.append("slow")
        return 1

    def failing(session):
        return get_campaign(session, 999)

    with pytest.raises(ValidationError, match="no campaign with id 999"):
        read_together(db, failing, slow)
    assert ended == ["slow"]
