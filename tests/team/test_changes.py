"""The change detector: a commit by another client is noticed within about a
second; nothing is reported when nothing changed; PostgreSQL names the
tables, survives a dropped connection (reporting ANY once it is back), and
stop() ends a wait promptly."""

from __future__ import annotations

import threading
import time

from signon.store.campaigns import create_campaign
from signon.store.changes import ANY, PostgresChangeDetector, open_change_detector


def test_a_commit_elsewhere_is_noticed(db, other, backend):
    detector = open_change_detector(db.url)
    try:
        assert detector.wait(0.3) == frozenset()  # nothing happened
        with other.session() as s:
            create_campaign(s, "Written by the other coordinator")
        changed = detector.wait(30)
        assert changed == ({"campaign"} if backend == "postgresql" else {ANY})
        assert detector.wait(0.3) == frozenset()  # reported once
    finally:
        detector.close()


def test_stop_ends_a_wait_promptly(db):
    detector = open_change_detector(db.url)
    result = []
    waiter = threading.Thread(target=lambda: result.append(detector.wait(30)))
    waiter.start()
    time.sleep(0.2)
    detector.stop()
    waiter.join(10)  # far shorter than the 30 s wait: stop() ended it
    assert not waiter.is_alive()
    assert result == [frozenset()]
    detector.close()


def test_in_memory_sqlite_has_nothing_to_watch():
    assert open_change_detector("sqlite://") is None


def test_lost_server_connection_is_reported_once_back(pg_db_url):
    import psycopg
    from sqlalchemy.engine import make_url

    detector = PostgresChangeDetector(pg_db_url)
    u = make_url(pg_db_url)
    with psycopg.connect(host=u.host, port=u.port, user=u.username, dbname=u.database,
                         autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE application_name = 'Sign-on (changes)' AND datname = %s",
                      (u.database,))
    try:
        assert detector.wait(2) == frozenset()  # the loss is noticed
        assert not detector.connected
        deadline = time.monotonic() + 10
        changed = frozenset()
        while not changed and time.monotonic() < deadline:
            changed = detector.wait(1)
        assert changed == {ANY} and detector.connected  # back: reload everything
    finally:
        detector.close()


def test_halting_the_watcher_interrupts_its_wait(db, monkeypatch, qapp):
    """Closing the window stops the watcher: its thread must not sit out the
    rest of a wait slice (the process lingered 1.26 s after the window)."""
    from signon.ui import change_watcher

    monkeypatch.setattr(change_watcher, "WAIT_SLICE_S", 60.0)
    monkeypatch.setattr(change_watcher, "JOIN_TIMEOUT_S", 10.0)
    watcher = change_watcher.ChangeWatcher()
    halt = watcher.watch(db.url)
    deadline = time.monotonic() + 10
    while not watcher._detector and time.monotonic() < deadline:  # the detector is open
        time.sleep(0.01)
    assert watcher._detector
    time.sleep(0.1)  # inside its 60 s wait now
    halt()
    assert not [t for t in threading.enumerate() if t.name == "signon-change-watcher"]
