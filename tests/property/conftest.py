"""A migrated empty database to copy per Hypothesis example (migrating one
per example would take most of the test's time)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def empty_db_file(tmp_path_factory) -> Path:
    from signon.store.database import open_database

    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def fresh_db(empty_db_file, tmp_path) -> Callable:
    """fresh_db(name) -> an open Database on a new copy of the empty one."""
    from signon.store.database import open_database

    opened = []

    def make(name: str):
        path = tmp_path / f"{name}.db"
        for leftover in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copy(empty_db_file, path)
        db = open_database(f"sqlite:///{path}")
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()
