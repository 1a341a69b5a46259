"""Reads that do not depend on each other, sent at the same time.

On a team server 100 ms away a read costs its round trips, however small
it is: the Outreach tab's snapshot of a campaign was seven reads one after
the other (0.7 s a switch) and the Export tab's five. `read_together` runs
independent reads each in a `db.session()` of its own — its own pooled
connection, since a session and its connection serve one thread at a time
— so the action waits for the longest of them, not for their sum.

Each read is its own unit of work, so two of them may see the database a
moment apart (a teammate's commit between the two); what the reads of one
action show is re-read at the next change anyway (`ui.change_watcher`).
On SQLite, whose reads are Python-bound, they take turns on the
interpreter lock and cost what they cost one after the other.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from signon.store.database import Database

#: Threads for the reads besides the first (which the caller's thread runs):
#: the most any action reads at once, well below the engine's pool of five.
_THREADS = ThreadPoolExecutor(max_workers=3, thread_name_prefix="signon-read")


def read_together(db: Database, *reads: Callable[[Session], Any]) -> list[Any]:
    """Each `read(session)` in its own session, at the same time; their
    results in the order given. The first error raised is raised here,
    after every read has ended (none is left running on a closed database)."""

    def run(read: Callable[[Session], Any]) -> Any:
        with db.session() as session:
            return read(session)

    others = [_THREADS.submit(run, read) for read in reads[1:]]
    try:
        first = run(reads[0])
    finally:
        for future in others:
            future.exception()  # waits; the error, if any, is raised below
    return [first, *(future.result() for future in others)]
