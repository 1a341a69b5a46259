"""What must hold after a kill: the file is intact, and Sign-on opens it."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def scalar(path: Path, sql: str, *params) -> object:
    with closing(sqlite3.connect(path)) as con:
        return con.execute(sql, params).fetchone()[0]


def opens(path: Path) -> None:
    """Sign-on itself opens the file (upgrading it if the kill left it old)."""
    from signon.store.database import open_database

    open_database(f"sqlite:///{path}").close()


def leftovers(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern))
