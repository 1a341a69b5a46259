"""Running the store and CLI suites on both SQLite and PostgreSQL.

tests/store/conftest.py and tests/e2e/conftest.py import the hook and the
fixtures below: every test there that uses the `db` fixture (store) or the
`db_path` fixture (e2e: the value passed to `--db`) runs once per backend,
`[sqlite]` and `[postgresql]`. A test that is about SQLite files
themselves (bytes of a damaged file, the OS lock, file backups) says so
with `@pytest.mark.sqlite_only("reason")` and runs on SQLite only. The
PostgreSQL cluster is one per run; each test gets its own database copied
from a migrated template (tests/conftest.py `pg_db_url`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only(reason): a test about SQLite files; not run on PostgreSQL")


def pytest_generate_tests(metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    only = metafunc.definition.get_closest_marker("sqlite_only")
    metafunc.parametrize("backend", ["sqlite"] if only else list(BACKENDS))


class TeamDb(str):
    """A PostgreSQL test database where e2e tests expect a path: `str()` is
    the URL given to `--db`; `url_of` and `content_digest` know what to do."""

    @property
    def url(self) -> str:
        return str(self)


def url_of(target: Path | str) -> str:
    """The URL to open a test's database with, whatever the backend."""
    if isinstance(target, Path):
        return f"sqlite:///{target}"
    return str(target)


def content_digest(target: Path | str) -> str:
    """What "left the database unchanged" means per backend: the file's
    bytes for SQLite; for PostgreSQL every row of every Sign-on table (a
    server database has no file to compare)."""
    if isinstance(target, Path):
        return hashlib.sha256(target.read_bytes()).hexdigest()
    from sqlalchemy import select
    from sqlmodel import SQLModel

    import signon.store.models  # noqa: F401  (registers the tables)
    from signon.store.database import make_engine

    engine = make_engine(str(target))
    digest = hashlib.sha256()
    try:
        with engine.connect() as conn:
            for table in SQLModel.metadata.sorted_tables:
                rows = conn.execute(select(table).order_by(*table.primary_key.columns))
                for row in rows:
                    digest.update(json.dumps([table.name, *row], default=str).encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def location(backend: str, request, tmp_path: Path) -> Path | TeamDb:
    """A database location for `--db`: a file path (SQLite), or the URL of a
    fresh migrated PostgreSQL database."""
    if backend == "sqlite":
        return tmp_path / "test.db"
    return TeamDb(request.getfixturevalue("pg_db_url"))


def shown(target: Path | str) -> str:
    """How Sign-on names the database in its output (no driver, no password)."""
    from signon.config import display_db

    return display_db(url_of(target))
