"""Opening a database: checks, pragmas, migrations with a backup first.

Every way a file can be wrong (not SQLite, from a newer Sign-on, locked by
another process, missing tables) becomes a `DatabaseError` with one line
that names the file and says what to do; the file is never written before
it has been checked.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from signon.config import display_db, private_file
from signon.domain.errors import SignonError
from signon.domain.messages import _
from signon.store.revisions import (
    alembic_config,
    head_revision,
    known_revisions,
    required_tables,
    tables_at,
)

if TYPE_CHECKING:  # the ORM (sqlmodel, pydantic) is imported by the first session,
    from sqlmodel import Session  # so a command working in SQL Core never loads it

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a command waits for another program's write to finish before it
#: says the database is locked. SIGNON_BUSY_TIMEOUT_MS shortens it (tests of
#: the "locked" message, scripts that prefer to fail fast).
BUSY_TIMEOUT_MS = int(os.environ.get("SIGNON_BUSY_TIMEOUT_MS") or 5000)


class DatabaseError(SignonError):
    """A database that cannot be opened as it is; the message says why and what to do.

    Made by `refusal` when the message is a reason and then an advice:
    `reason` keeps the reason alone, so a caller whose advice fits better
    (a backup file is not mended by restoring a backup) can swap the advice
    in the user's language, where no "; " can be searched for."""

    def __init__(self, message: str, *, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


def refusal(reason: str, advice: str) -> DatabaseError:
    """The error of `reason` followed by `advice`, both already translated."""
    return DatabaseError(_("{reason}; {advice}").format(reason=reason, advice=advice),
                         reason=reason)


def _check_sqlite_file(path: Path) -> None:
    """Refuse, by reading a few bytes only, a file that cannot be an intact
    SQLite database: a folder, another kind of file, a cut-off copy."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(_("{path}: is a folder, not a database file; choose a file").format(
            path=path))
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[:16] != SQLITE_HEADER:
        raise refusal(_("{path}: not a Sign-on database (not an SQLite file)").format(path=path),
                      _("open another file or restore a backup"))
    if len(header) < 100:
        raise _damaged(path, _("only {size} bytes").format(size=size))
    expected = _header_size(header)
    wal = path.with_name(path.name + "-wal")
    # With a pending write-ahead log the main file may legitimately be shorter
    # than its header says until the next checkpoint.
    if expected and size < expected and not (wal.exists() and wal.stat().st_size):
        raise _damaged(path, _("truncated: {size} of {expected} bytes").format(
            size=size, expected=expected))


def _header_size(header: bytes) -> int:
    """Database size the header records (0 when the header does not vouch for it)."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages = struct.unpack(">I", header[28:32])[0]
    change_counter, valid_for = header[24:28], header[92:96]
    if pages == 0 or change_counter != valid_for:
        return 0
    return pages * page_size


def _damaged(where: Path | str, detail: str) -> DatabaseError:
    return refusal(_("{where}: the database file is damaged ({detail})").format(
        where=where, detail=detail), _("restore a backup (signon restore FILE)"))


@dataclass(frozen=True)
class FileState:
    """What a SQLite file holds, read without writing to it."""

    tables: frozenset[str]
    revision: str | None


def read_file_state(path: Path) -> FileState:
    """Tables and schema revision of an existing SQLite file, read-only.

    Runs before any connection of ours sets pragmas (WAL mode rewrites the
    header), so a file that turns out to be foreign, damaged or newer is
    refused byte-for-byte untouched.
    """
    _check_sqlite_file(path)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise friendly_error(str(exc), str(path)) from None
    try:
        with closing(con):
            tables = frozenset(r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.Error as exc:
        raise friendly_error(str(exc), str(path)) from None
    return FileState(tables=tables, revision=revision)


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    """Per-connection settings: the pragmas that are not stored in the file."""
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    # Up to 8 MiB of page cache instead of SQLite's 2 MiB: a 10,000-row
    # import changes about 5 MiB of pages in one transaction, and with the
    # default cache it wrote them out to the WAL early and read them back
    # some 10,000 times (strace: 10,466 reads, 1,755 with 32 MiB, the same
    # import time with 8). Each pooled connection of the app may fill its
    # cache: 32 MiB took the 50,000-row table over its 250 MB budget.
    cur.execute("PRAGMA cache_size=-8192")
    cur.close()


#: Seconds to wait for a team database server to answer before saying it
#: cannot be reached (libpq waits forever by default).
CONNECT_TIMEOUT_S = 10


def make_engine(url: str, ask_first: str = "") -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    from signon.store.credentials import engine_url

    # the password (keyring or this session's) is given to the engine only;
    # `Database.url` and every message keep the URL as typed
    target = engine_url(url)
    connect_args: dict = {"application_name": "Sign-on"}
    if "connect_timeout" not in target.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    if "options" not in target.query:
        # times come back in UTC, as from a SQLite file; a server whose
        # TimeZone is not UTC would hand them back on its own clock, and
        # histories would show New York's time to a coordinator in Nairobi
        connect_args["options"] = "-c TimeZone=UTC"
    # no pool_pre_ping, no hstore probe, no BEGIN before reads: each cost a
    # round trip to a server that may be a continent away (store/round_trips.py)
    engine = create_engine(target, connect_args=connect_args, use_native_hstore=False)
    from signon.store.round_trips import FirstQuestion, spare_round_trips

    def keep_state(cursor) -> None:
        _FIRST_STATE[engine] = _read_state(cursor)
        if ask_first:
            cursor.nextset()
            _FIRST_ROWS[engine] = cursor.fetchall()

    # the tables and the revision `database_state` needs come with the log-in's
    # checks, and `ask_first` with them: one round trip for all
    spare_round_trips(engine, FirstQuestion(
        f"{_STATE_QUERIES}; {ask_first}" if ask_first else _STATE_QUERIES, keep_state))
    return engine


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def backup_sqlite(
    src: Path, dest: Path, *, progress: Callable[[int, int, int], None] | None = None
) -> Path:
    """Consistent copy through SQLite's online backup API, even while in use.

    Written beside `dest` and renamed into place only after its integrity
    check passed, so `dest` is never a half-written or damaged copy.
    `progress(status, remaining, total)` is called between steps; raising
    from it (Cancelled) stops the copy and leaves nothing behind."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)  # left by a copy that was killed
    tmp.touch(mode=0o600)  # a whole database: its owner's only, from the first byte
    private_file(tmp)
    try:
        source = sqlite3.connect(f"{src.resolve().as_uri()}?mode=ro", uri=True,
                                 timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            target = sqlite3.connect(tmp)
            try:
                if progress is None:
                    source.backup(target)
                else:
                    source.backup(target, pages=256, progress=progress)
                ok = target.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                target.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise friendly_error(str(exc), str(src)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        ok = " ".join(line for line in ok.splitlines() if not line.startswith("***"))
        raise DatabaseError(_("{path}: the database fails its integrity check ({problem}), so "
                              "no backup was written; restore an earlier backup (signon "
                              "restore FILE)").format(path=src, problem=ok))
    _fsync(tmp)
    tmp.replace(dest)
    return dest


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Database:
    """One open database: an engine, its URL, and sessions that commit as a unit."""

    def __init__(self, url: str, engine: Engine, first_rows: list[tuple] | None = None):
        self.url = url
        self.engine = engine
        #: the rows of `open_database(ask_first=…)`, read with the log-in's
        #: checks (None: not asked, or read afterwards as usual)
        self.first_rows = first_rows
        self._close_hooks: list[Callable[[], None]] = []

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
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session, self._committed(session):
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A unit of work in SQL Core, committed or rolled back as a whole like
        `session`, with the same one-line errors. For bulk work that needs no
        ORM objects (`signon import-signatories`): a command that uses only
        this never imports the ORM, sqlmodel and pydantic, a quarter of a
        second of its start-up. The store functions written for it accept
        either (`connection_of`)."""
        with self.engine.connect() as connection, self._committed(connection.begin()):
            yield connection

    @contextmanager
    def _committed(self, unit) -> Iterator[None]:
        """Commit `unit` (a session or a transaction) when the block ends; on
        any error roll it back, and say an error that comes from the file or
        the server (locked, damaged, unreachable) in one line."""
        try:
            yield
            unit.commit()
        except DBAPIError as exc:
            _quiet_rollback(unit)
            if _is_environmental(exc):
                raise friendly_error(str(exc.orig or exc), self.display) from exc
            raise
        except BaseException:
            _quiet_rollback(unit)
            raise

    def on_close(self, hook: Callable[[], None]) -> None:
        """Call `hook` when this database is closed: whoever holds a connection
        of their own (the change watcher) lets go of the file before it is
        restored or replaced."""
        self._close_hooks.append(hook)

    def close(self) -> None:
        hooks, self._close_hooks = self._close_hooks, []
        for hook in hooks:
            hook()
        self.engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (None: not stamped yet)."""
    from sqlalchemy import text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def connection_of(unit: Session | Connection) -> Connection:
    """The Core connection of a unit of work: an ORM session's (the app's
    `Database.session`) or the connection itself (`Database.transaction`).
    A session's pending changes are flushed first, as its own queries would
    flush them, so SQL written on its connection sees them."""
    if isinstance(unit, Connection):
        return unit
    unit.flush()
    return unit.connection()


def _quiet_rollback(unit) -> None:
    """Roll back (a session or a transaction); a damaged or vanished file may
    refuse even that, and the original error is the one worth reporting."""
    try:
        unit.rollback()
    except DBAPIError:
        pass


def _is_environmental(exc: DBAPIError) -> bool:
    """Errors that come from the file or other programs (locked, damaged,
    missing table), not from our own SQL: those deserve a one-line message;
    an IntegrityError or ProgrammingError is a bug and keeps its traceback.
    A team database's refusal of a right (SQLSTATE 42501, e.g. a coordinator
    role opening a database that needs an upgrade only its owner may run)
    is the server's configuration, not our bug."""
    return isinstance(exc, OperationalError) or type(exc) is SADatabaseError or \
        getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


#: PostgreSQL's SQLSTATE for "permission denied" / "must be owner".
INSUFFICIENT_PRIVILEGE = "42501"


def friendly_error(text: str, where: str) -> DatabaseError:
    """One line that names the database and says what to do (and shows no
    password, even when the driver echoed a connection string)."""
    from signon.store.credentials import redact

    text = redact(" ".join(text.split()))  # drivers (libpq) write several lines
    if "permission denied" in text or "must be owner" in text:
        return refusal(_("{where}: this user may not do that ({text})").format(
            where=where, text=text), _("a team database is created and upgraded by its owner "
                                       "role (docs/team-mode.md)"))
    if "no password supplied" in text:
        return refusal(_("{where}: the server wants a password").format(where=where),
                       _("connect with File → Connect to team database…, or set PGPASSWORD "
                         "or ~/.pgpass"))
    if "Connection refused" in text or "could not connect" in text or \
            "could not translate host name" in text or "timeout expired" in text or \
            "failed to resolve host" in text:
        return refusal(_("{where}: cannot reach the database server ({text})").format(
            where=where, text=text), _("check the URL and that the server is running"))
    if "password authentication failed" in text:
        return DatabaseError(_("{where}: the server refused the user name or password").format(
            where=where))
    if "locked" in text or "busy" in text:
        return DatabaseError(_("{where}: the database is locked by another program (another "
                               "Sign-on?); close it and try again").format(where=where))
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return _damaged(where, text)
    if "unable to open" in text:
        return refusal(_("{where}: cannot open the database file").format(where=where),
                       _("check the path and its permissions"))
    if "no such table" in text or "no such column" in text:
        return refusal(_("{where}: damaged database ({text})").format(where=where, text=text),
                       _("restore a backup (signon restore FILE)"))
    if "readonly" in text or "read-only" in text:
        return refusal(_("{where}: the database file is read-only").format(where=where),
                       _("check its permissions or copy it somewhere writable"))
    said = _("{where}: {text}").format(where=where, text=text)
    return DatabaseError(said, reason=said)  # no advice: a caller may give one


def _friendly_operational(exc: OperationalError, where: str) -> DatabaseError:
    return friendly_error(str(exc.orig) if exc.orig else str(exc), where)


def open_database(url: str, *, migrate: bool = True, backup_dir: Path | None = None,
                  connections: int = 1, ask_first: str = "") -> Database:
    """Open (and create or upgrade) the database at `url`.

    An existing SQLite file is first read without writing (see
    `read_file_state`): foreign, damaged, newer or incomplete files are
    refused untouched. An older schema is upgraded only after a backup of
    the file was taken next to it (or in `backup_dir`); a newer one is
    refused so an old app never damages data written by a newer one.

    `connections`: how many reads the caller starts at once as soon as the
    database is open (the window: four). A team server's connections beyond
    the first log in while the first one checks the schema, instead of
    each read paying its own log-in (three round trips) afterwards.

    `ask_first`: a query without parameters the caller reads as soon as the
    database is open (`signon list campaigns`). A team server is sent it
    with the log-in's checks, and its rows come back as `first_rows` when
    the schema needed no upgrade: the answer a round trip sooner. Anything
    else (SQLite, an upgrade, a query the schema cannot answer) leaves
    `first_rows` None, and the caller asks as usual.
    """
    where = display_db(url)
    try:
        backend = make_url(url).get_backend_name()
        path = sqlite_path(url)
    except (ArgumentError, ValueError) as exc:  # e.g. a port that is not a number
        raise _bad_url(where, exc) from None
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(_("{where}: Sign-on works with SQLite files and PostgreSQL "
                              "servers, not {backend}").format(where=where, backend=backend))
    if path is not None:
        if not path.parent.exists():
            raise DatabaseError(_("{path}: folder {folder} does not exist").format(
                path=path, folder=path.parent))
        _check_sqlite_file(path)
        if path.exists() and path.stat().st_size > 0:
            _vet_revision(read_file_state(path), where, migrate)
    if path is not None and not path.exists():
        # created by its owner for its owner: SQLite gives the WAL and the
        # shared-memory file the database file's mode
        try:
            path.touch(mode=0o600)
            private_file(path)
        except OSError:  # a folder it cannot write to: SQLite says so in one line
            pass
    try:
        engine = make_engine(url, ask_first)
    except (ArgumentError, ValueError) as exc:  # e.g. an unknown kind of database
        raise _bad_url(where, exc) from None
    checked = threading.Event()
    ahead = ([log_in_ahead(engine, checked) for _ in range(connections - 1)]
             if backend == "postgresql" else [])
    try:
        try:
            state = database_state(engine, where)
            rev = state.revision
            _vet_revision(state, where, migrate)
            if rev != head_revision():
                if path is not None and rev is not None and path.exists():
                    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                    target_dir = backup_dir or path.parent
                    backup_sqlite(path, target_dir / f"{path.stem}.before-upgrade-{stamp}.db")
                _upgrade(engine, url)
        finally:
            checked.set()
            for thread in ahead:  # their log-ins overlapped the checks
                thread.join()
    except DBAPIError as exc:
        engine.dispose()
        if not _is_environmental(exc):
            raise
        raise friendly_error(str(exc.orig or exc), where) from None
    except DatabaseError:
        engine.dispose()
        raise
    first_rows = _FIRST_ROWS.pop(engine, None)
    return Database(url, engine, first_rows if rev == head_revision() else None)


def log_in_ahead(engine: Engine, checked: threading.Event) -> threading.Thread:
    """One more pooled connection, made on a thread of its own and held until
    `checked` (the first connection's checks are over), so that it is one
    more and not the one the checks then use (`open_database` joins it).
    Its failure is left to the first connection to report: a wrong password
    or an unreachable server fails that one too."""

    def log_in() -> None:
        try:
            with engine.connect():
                checked.wait()
        except Exception:  # noqa: BLE001 - reported by the connection that matters
            pass

    thread = threading.Thread(target=log_in, name="signon-log-in", daemon=True)
    thread.start()
    return thread


def probe(url: str, password: str | None = None) -> str:
    """Connect once with these credentials and say in one line what is there
    ("PostgreSQL 15.4, TLS, Sign-on database (schema 0004)"). Nothing is
    stored or changed; a failure is a DatabaseError without the password."""
    from sqlalchemy import text

    from signon.store.credentials import engine_url, redact

    target = make_url(url)
    if password:
        target = target.set(password=password)
    elif target.password is None:
        target = engine_url(url)
    args: dict = {"application_name": "Sign-on"}
    if "connect_timeout" not in target.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    engine = create_engine(target, connect_args=args, use_native_hstore=False)
    from signon.store.round_trips import spare_round_trips

    spare_round_trips(engine)
    try:
        with engine.connect() as conn:
            version, tls = conn.execute(text(
                "SELECT current_setting('server_version'),"
                " (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid())")).one()
            state = _server_state(conn)
    except DBAPIError as exc:
        raise friendly_error(redact(str(exc.orig or exc), password), display_db(url)) from None
    finally:
        engine.dispose()
    tables, revision = state.tables, state.revision
    server = (_("PostgreSQL {version}, TLS") if tls else
              _("PostgreSQL {version}, not encrypted")).format(
                  version=(version or "?").split()[0])
    if revision is None:
        what = (_("an empty database: Sign-on will create its tables") if not tables else
                _("not a Sign-on database (it has other tables)"))
    elif revision == head_revision():
        what = _("Sign-on database (schema {revision})")
    elif revision in known_revisions():
        what = _("Sign-on database, schema {revision}: opening it upgrades it (only its "
                 "owner role may)")
    else:
        what = _("written by a newer Sign-on (schema {revision}): update Sign-on")
    return _("{server}; {what}").format(server=server, what=what.format(revision=revision))


def _bad_url(where: str, exc: Exception) -> DatabaseError:
    from signon.store.credentials import redact

    return DatabaseError(_("{where}: not a database URL Sign-on understands ({problem}); write "
                           "a file path or postgresql://user@host:5432/dbname").format(
                               where=where, problem=redact(str(exc))))


def database_state(engine: Engine, where: str) -> FileState:
    """Tables and schema revision of the engine's database, on one
    connection; on PostgreSQL in one round trip (it used to take ten with
    the connection's pings, BEGINs and ROLLBACKs).

    Whatever goes wrong while connecting (unreachable, refused login, TLS
    required, a bad option in the URL) is the coordinator's to fix, so it
    is one line, not a traceback."""
    from sqlalchemy import text

    try:
        connection = engine.connect()
    except DBAPIError as exc:
        engine.dispose()
        raise friendly_error(str(exc.orig or exc), where) from None
    with connection:
        if connection.dialect.name == "postgresql":
            # asked with the first connection's checks (make_engine), once
            state = _FIRST_STATE.pop(engine, None)
            return state if state is not None else _server_state(connection)
        tables = frozenset(inspect(connection).get_table_names())
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar() \
            if "alembic_version" in tables else None
        return FileState(tables, revision)


#: The tables SQLAlchemy's inspector lists on PostgreSQL (get_table_names:
#: tables and partitioned tables on the search path, temporary ones not).
_SERVER_TABLES = (
    "SELECT c.relname FROM pg_catalog.pg_class c"
    " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
    " WHERE c.relkind IN ('r', 'p') AND c.relpersistence <> 't'"
    " AND pg_catalog.pg_table_is_visible(c.oid) AND n.nspname <> 'pg_catalog'")
#: The tables, then the revision: two result sets of one message.
_STATE_QUERIES = f"{_SERVER_TABLES}; SELECT version_num FROM alembic_version"
#: PostgreSQL's SQLSTATE for "relation does not exist".
UNDEFINED_TABLE = "42P01"
#: The state a new engine's first connection read with its checks, until
#: `database_state` takes it; and the rows of what `open_database` was asked
#: to read first, until it gives them to its Database.
_FIRST_STATE: WeakKeyDictionary[Engine, FileState] = WeakKeyDictionary()
_FIRST_ROWS: WeakKeyDictionary[Engine, list[tuple]] = WeakKeyDictionary()


def _server_state(connection: Connection) -> FileState:
    """The tables and the revision in one message of two statements (psycopg
    sends a query without parameters as one simple query, each statement's
    rows a result set of its own); a database without alembic_version (new,
    or someone else's) fails the second, and is asked for its tables alone."""
    try:
        result = connection.exec_driver_sql(_STATE_QUERIES)
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) != UNDEFINED_TABLE:
            raise
        connection.rollback()
        tables = connection.exec_driver_sql(_SERVER_TABLES).scalars().all()
        return FileState(frozenset(tables), None)
    state = _read_state(result.cursor)
    result.close()
    return state


def _read_state(cursor) -> FileState:
    """The tables and the revision from `_STATE_QUERIES`'s two result sets."""
    tables = frozenset(row[0] for row in cursor.fetchall())
    cursor.nextset()
    row = cursor.fetchone()
    return FileState(tables, row[0] if row else None)


def _vet_revision(state: FileState, where: str, migrate: bool) -> None:
    """Refuse what must not be opened: a newer schema, someone else's tables,
    an out-of-date schema when upgrading is not allowed, missing tables."""
    rev = state.revision
    if rev is not None and rev not in known_revisions():
        raise DatabaseError(_("{where}: written by a newer version of Sign-on (schema "
                              "{revision}); update Sign-on to open it").format(
                                  where=where, revision=rev))
    if rev is None and state.tables - {"alembic_version"}:
        raise DatabaseError(_("{where}: not a Sign-on database (it has other tables); open "
                              "another file").format(where=where))
    if rev == head_revision():
        missing = sorted(required_tables() - state.tables)
        if missing:
            raise _missing_tables(where, missing)
        return
    missing = sorted(tables_at(rev) - state.tables) if rev is not None else []
    if missing:  # refused before the upgrade writes anything (WAL mode, backup)
        raise _missing_tables(where, missing)
    if not migrate:
        if rev is None:
            raise DatabaseError(_("{where}: no Sign-on database here yet").format(where=where))
        raise DatabaseError(_("{where}: schema {revision} is out of date; open it with Sign-on "
                              "to upgrade it").format(where=where, revision=rev))


def _missing_tables(where: str, missing: list[str]) -> DatabaseError:
    return refusal(_("{where}: damaged database, table {tables} missing").format(
        where=where, tables=", ".join(missing)), _("restore a backup (signon restore FILE)"))


def _upgrade(engine: Engine, url: str) -> None:
    from alembic import command

    cfg = alembic_config(url)
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:  # PostgreSQL: DDL is transactional already
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return
    migration_engine = _transactional_sqlite_engine(url)
    try:
        with migration_engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        migration_engine.dispose()


def _transactional_sqlite_engine(url: str) -> Engine:
    """An engine whose transactions really contain DDL.

    Python's sqlite3 module opens a transaction only before INSERT/UPDATE/
    DELETE, so CREATE and ALTER ran one by one in autocommit: a migration
    killed half-way (tests/crash) left new tables under the old revision
    stamp, and the next open failed with "table … already exists". Here we
    issue BEGIN IMMEDIATE ourselves, so an upgrade is all there or not at
    all. Foreign keys are off while migrating (SQLite's advice for table
    rebuilds: dropping the old copy of a table must not cascade).
    """
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    def connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we say BEGIN and COMMIT, not the driver
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=OFF")
        cur.close()

    def begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", begin)
    return engine
