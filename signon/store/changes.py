"""Noticing that someone else changed the database, without restarting.

`open_change_detector(url)` gives an object whose `wait(timeout)` blocks
until something was committed, then returns what it knows:

- SQLite: a dedicated read-only connection polls `PRAGMA data_version`
  (a counter kept in memory that moves when another connection commits;
  reading it costs microseconds and no disk access). Which table changed is
  unknown: `ANY`.
- PostgreSQL: LISTEN on the channel that migration 0004's triggers notify
  with the table's name, so a coordinator's app learns within a fraction of
  a second that `signatory` or `section` changed. If the server connection
  drops, it reconnects with a growing pause and then reports `ANY` once
  (notifications sent while it was away are lost, so everything may have
  changed): the fallback that keeps a flaky network from hiding changes.

The detector sees our own process's commits too (they come from other
connections); readers compare what they show with the store (fingerprints,
revisions) before reloading, so that costs a cheap query, not a reload.
No Qt here: signon/ui/change_watcher.py runs `wait` off the GUI thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Protocol

from signon.store.database import BUSY_TIMEOUT_MS, sqlite_path

CHANNEL = "signon_changes"
#: "Something changed, we cannot say what": refresh everything shown.
ANY = "*"
#: Seconds between two `PRAGMA data_version` reads.
SQLITE_POLL_S = 0.5
#: Longest a PostgreSQL wait blocks before it looks whether stop() was called
#: (a poll of an idle socket: cheap; it bounds how long closing the app waits).
STOP_SLICE_S = 0.1
#: Longest pause between attempts to reconnect to a lost server.
MAX_RECONNECT_PAUSE_S = 30.0


class ChangeDetector(Protocol):
    def wait(self, timeout: float) -> frozenset[str]:
        """Tables changed by commits since the last call (ANY when unknown),
        or an empty set when `timeout` seconds passed without a change."""

    def stop(self) -> None:
        """Make a `wait` in progress return soon (any thread may call it)."""

    def close(self) -> None:
        """Free the connection: from the thread that waits, once it is done."""


class SqliteChangeDetector:
    """`PRAGMA data_version` on a connection of its own."""

    def __init__(self, path: Path, poll: float = SQLITE_POLL_S):
        self.path = path
        self.poll = poll
        self._closed = threading.Event()
        self._con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                    timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        self._version = self._read()

    def _read(self) -> int | None:
        try:
            return self._con.execute("PRAGMA data_version").fetchone()[0]
        except sqlite3.Error:  # a moment of lock or a replaced file: ask again later
            return None

    def wait(self, timeout: float) -> frozenset[str]:
        deadline = time.monotonic() + timeout
        while not self._closed.is_set():
            version = self._read()
            if version is not None and version != self._version:
                self._version = version
                return frozenset({ANY})
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self._closed.wait(min(self.poll, remaining))
        return frozenset()

    def stop(self) -> None:
        self._closed.set()

    def close(self) -> None:
        self._closed.set()
        try:
            self._con.close()
        except sqlite3.Error:
            pass


class PostgresChangeDetector:
    """LISTEN signon_changes on an autocommit connection of its own."""

    def __init__(self, url: str):
        self.url = url
        self._closed = threading.Event()
        self._conn = None
        self._lost_at: float | None = None
        self._pause = 1.0
        self._connect()  # the first connection's errors are the caller's to see

    def _connect(self) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        from signon.store.credentials import engine_url

        u = engine_url(self.url)
        params = {"host": u.host, "port": u.port, "user": u.username, "dbname": u.database,
                  "password": u.password, "application_name": "Sign-on (changes)",
                  "connect_timeout": 10, **{k: v for k, v in make_url(self.url).query.items()
                                            if isinstance(v, str)}}
        conn = psycopg.connect(autocommit=True,
                               **{k: v for k, v in params.items() if v is not None})
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def wait(self, timeout: float) -> frozenset[str]:
        if self._closed.is_set():
            return frozenset()
        if self._conn is None:
            return self._reconnect(timeout)
        changed: set[str] = set()
        deadline = time.monotonic() + timeout
        try:
            # in slices, so stop() is noticed within one; after the first
            # notification, whatever else is already queued joins it, so
            # one wait() returns one burst
            while not changed and not self._closed.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                for note in self._conn.notifies(timeout=min(remaining, STOP_SLICE_S),
                                                stop_after=1):
                    changed.add(note.payload or ANY)
            if changed:
                for note in self._conn.notifies(timeout=0.05):
                    changed.add(note.payload or ANY)
        except Exception:  # the server went away
            self._drop()
            return frozenset() if self._closed.is_set() else frozenset(changed)
        return frozenset(changed)

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self._lost_at = time.monotonic()
        if conn is not None:
            try:
                conn.close()
            except Exception:
                pass

    def _reconnect(self, timeout: float) -> frozenset[str]:
        if self._closed.wait(min(self._pause, timeout)):
            return frozenset()
        try:
            self._connect()
        except Exception:
            self._pause = min(self._pause * 2, MAX_RECONNECT_PAUSE_S)
            return frozenset()
        self._pause = 1.0
        self._lost_at = None
        return frozenset({ANY})  # what happened while away is unknown

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def stop(self) -> None:
        self._closed.set()

    def close(self) -> None:
        self._closed.set()
        self._drop()


def open_change_detector(url: str) -> ChangeDetector | None:
    """The detector for this database, or None where there is nothing to
    watch (an in-memory database). Raises the driver's error when the
    server cannot be reached (the app then simply does not watch)."""
    path = sqlite_path(url)
    if url.startswith("sqlite"):
        if path is None or not path.exists():
            return None
        return SqliteChangeDetector(path)
    return PostgresChangeDetector(url)
