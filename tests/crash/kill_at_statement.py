"""Child process: open (and so upgrade) a database, SIGKILL ourselves when the
k-th SQL statement of the upgrade transaction starts.

`python kill_at_statement.py DB K` counts statements from the migration's
BEGIN IMMEDIATE on; with K = 0 it never kills and prints how many there were.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sqlite3.dbapi2
import sys


def main() -> None:
    path, k = sys.argv[1], int(sys.argv[2])
    seen = [0]
    started = [False]
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        con = connect(*args, **kwargs)

        def trace(statement: str) -> None:
            if statement.startswith("BEGIN IMMEDIATE"):
                started[0] = True
            if not started[0]:
                return
            seen[0] += 1
            if seen[0] == k:
                os.kill(os.getpid(), signal.SIGKILL)

        con.set_trace_callback(trace)
        return con

    sqlite3.connect = sqlite3.dbapi2.connect = traced
    from signon.store.database import open_database

    open_database(f"sqlite:///{path}").close()
    print(seen[0])


if __name__ == "__main__":
    main()
