"""Opening a database: checks, pragmas, migrations with a backup first.

Every way a file can be wrong (not SQLite, from a newer Sign-on, locked by
another process, missing tables) becomes a `DatabaseError` with one line
that names the file and says what to do; the file is never written before
it has been checked.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, create_engine

from signon.config import display_db
from signon.domain.errors import SignonError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseError(SignonError):
    """A database that cannot be opened as it is; the message says why and what to do."""


def _alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file; choose a file")
    if path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path}: not a Sign-on database (not an SQLite file); open another file "
            "or restore a backup"
        )


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Consistent copy through SQLite's online backup API, even while in use."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            ok = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
    finally:
        source.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseError(f"{dest}: backup failed its integrity check ({ok})")
    tmp.replace(dest)
    return dest


class Database:
    """One open database: an engine, its URL, and sessions that commit as a unit."""

    def __init__(self, url: str, engine: Engine):
        self.url = url
        self.engine = engine

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display(self) -> str:
        return display_db(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back on any error,
        so a multi-row change is all there or not at all."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except Exception:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _friendly_operational(exc: OperationalError, where: str) -> DatabaseError:
    text = str(exc.orig) if exc.orig else str(exc)
    if "locked" in text or "busy" in text:
        return DatabaseError(
            f"{where}: the database is locked by another program (another Sign-on?); "
            "close it and try again"
        )
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return DatabaseError(
            f"{where}: the database file is damaged ({text}); restore a backup "
            "(signon restore FILE)"
        )
    if "unable to open" in text:
        return DatabaseError(f"{where}: cannot open the database file; check the path "
                             "and its permissions")
    return DatabaseError(f"{where}: {text}")


def open_database(url: str, *, migrate: bool = True, backup_dir: Path | None = None) -> Database:
    """Open (and create or upgrade) the database at `url`.

    An older schema is upgraded only after a backup of the file was taken next
    to it (or in `backup_dir`); a newer one is refused so an old app never
    damages data written by a newer one.
    """
    where = display_db(url)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        if not path.parent.exists():
            raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    engine = make_engine(url)
    try:
        rev = current_revision(engine)
        if rev is not None and rev not in known_revisions():
            raise DatabaseError(
                f"{where}: written by a newer version of Sign-on (schema {rev}); "
                "update Sign-on to open it"
            )
        head = head_revision()
        if rev != head:
            if not migrate:
                raise DatabaseError(f"{where}: schema {rev} is out of date; open it "
                                    "with Sign-on to upgrade it")
            has_tables = bool(inspect(engine).get_table_names())
            if has_tables and rev is None:
                raise DatabaseError(
                    f"{where}: not a Sign-on database (it has other tables); "
                    "open another file"
                )
            if path is not None and rev is not None and path.exists():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                target_dir = backup_dir or path.parent
                backup_sqlite(path, target_dir / f"{path.stem}.before-upgrade-{stamp}.db")
            _upgrade(engine, url)
        else:
            _check_tables(engine, where)
    except OperationalError as exc:
        engine.dispose()
        raise _friendly_operational(exc, where) from None
    except DatabaseError:
        engine.dispose()
        raise
    return Database(url, engine)


def _upgrade(engine: Engine, url: str) -> None:
    from alembic import command

    cfg = _alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _check_tables(engine: Engine, where: str) -> None:
    from sqlmodel import SQLModel

    import signon.store.models  # noqa: F401  (registers the tables)

    present = set(inspect(engine).get_table_names())
    missing = sorted(set(SQLModel.metadata.tables) - present)
    if missing:
        raise DatabaseError(
            f"{where}: damaged database, table {', '.join(missing)} missing; "
            "restore a backup (signon restore FILE)"
        )
