"""Backups, restore and health check of a SQLite database.

A coordinator's signatory list is months of relationships, so:
- backups use SQLite's online backup API (consistent while the app runs)
  and are checked with `PRAGMA integrity_check` before they get their name;
- the backup folder keeps the newest backup of each of the last 14 days
  that have one, and of each of the last 8 weeks (`prune_backups`), and
  the safety copies 30 days (`prune_safety_copies`, `prune_upgrade_copies`):
  periods the person can change in File → Backups… (`BackupPeriods`, kept
  in the data dir's settings.json beside the backup folder's own setting);
- restore checks the backup first, keeps a copy of the current database,
  then swaps the file in one rename;
- `check_database` reads only: a damaged file is reported, never "repaired".

PostgreSQL (team mode) is backed up with its own tools (pg_dump); these
functions say so instead of pretending.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta
from glob import escape as glob_escape
from pathlib import Path

from signon import config
from signon.domain.errors import ValidationError
from signon.domain.messages import N_, _
from signon.progress import NO_PROGRESS, Progress
from signon.store.database import (
    BUSY_TIMEOUT_MS,
    Database,
    DatabaseError,
    FileState,
    backup_sqlite,
    friendly_error,
    read_file_state,
    refusal,
    sqlite_path,
)
from signon.store.revisions import head_revision, known_revisions, required_tables, tables_at

STAMP_FORMAT = "%Y%m%d-%H%M%S"
#: Regular backups: "<database name>-YYYYMMDD-HHMMSS.db". Safety copies made
#: before an upgrade, a restore or a deletion carry ".before-"; they are not
#: regular backups and are pruned by age (`SAFETY_DAYS`).
BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")
SAFETY_NAME = re.compile(
    r"^(?P<stem>.+)\.before-(?P<what>[a-z]+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?"
    r"(?P<damaged>\.damaged)?\.db$")
UPGRADE = "upgrade"  # the `what` of a copy taken before an upgrade
DAILY = 14
WEEKLY = 8
#: Days a safety copy is kept after it was taken: long enough to go back on
#: a deletion or a restore found wrong a few weeks later; kept for ever, they
#: held every deleted campaign and every erased person for good (issue 19).
SAFETY_DAYS = 30


@dataclass(frozen=True)
class BackupPeriods:
    """How long the backup folder keeps what: the newest backup of each of
    the last `daily` days that have backups and of each of the last
    `weekly` weeks, and each safety copy `safety_days` days. A person's
    setting (File → Backups…), since backups hold every contact: a
    coalition working with people at risk may want them gone sooner, one
    with a flaky laptop kept longer."""

    daily: int = DAILY
    weekly: int = WEEKLY
    safety_days: int = SAFETY_DAYS

    #: The values each period may take (at least one daily backup: the
    #: one just taken is never pruned).
    LIMITS = {"daily": (1, 366), "weekly": (0, 520), "safety_days": (1, 3650)}
    #: Why a period is refused, a sentence per period so each language
    #: names it its own way.
    NAMES = {
        "daily": N_("backup periods: daily {value} is not a whole number from {low} to {high}"),
        "weekly": N_("backup periods: weekly {value} is not a whole number from {low} to "
                     "{high}"),
        "safety_days": N_("backup periods: safety days {value} is not a whole number from "
                          "{low} to {high}"),
    }

    def check(self) -> BackupPeriods:
        for name, (low, high) in self.LIMITS.items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(_(self.NAMES[name]).format(
                    value=repr(value), low=low, high=high))
        return self


def backup_periods() -> BackupPeriods:
    """The periods the person set, each one that is missing or out of
    bounds in settings.json (edited by hand, damaged) at its default."""
    stored = config.read_setting(config.BACKUP_PERIODS)
    stored = stored if isinstance(stored, dict) else {}
    chosen = {}
    for f in fields(BackupPeriods):
        try:
            BackupPeriods(**{f.name: stored.get(f.name)}).check()
        except (ValidationError, TypeError):
            continue
        chosen[f.name] = stored[f.name]
    return BackupPeriods(**chosen)


def set_backup_periods(periods: BackupPeriods) -> None:
    """Remember `periods` (the defaults: forget the setting). They apply
    from the next backup into the folder."""
    periods.check()
    config.write_setting(config.BACKUP_PERIODS,
                         None if periods == BackupPeriods() else asdict(periods))
#: One backup into the folder at a time in this process (the scheduled one
#: and "Back up now" would otherwise pick the same name within a second).
_NAMING = threading.Lock()


def _url_of(db_or_url: Database | str) -> str:
    return db_or_url.url if isinstance(db_or_url, Database) else db_or_url


#: What cannot be done to a database that is not a file, per action.
_NO_FILE = {
    "back up": N_("an in-memory database has no file to back up"),
    "restore": N_("an in-memory database has no file to restore"),
}


def _sqlite_file(url: str, action: str) -> Path:
    """The database file behind `url`, which must exist; `action` is "back
    up" or "restore"."""
    path = sqlite_path(url)
    if path is None:
        if url.startswith("sqlite"):
            raise DatabaseError(_(_NO_FILE[action]))
        raise DatabaseError(_("{where}: a PostgreSQL database is backed up and restored with "
                              "pg_dump/pg_restore (or `signon copy-db` to a file), "
                              "not here").format(where=config.display_db(url)))
    return path


def _existing_sqlite_file(url: str) -> Path:
    path = _sqlite_file(url, "back up")
    if not path.exists():
        raise DatabaseError(_("{path}: no database there yet; nothing to back up").format(
            path=path))
    return path


@dataclass(frozen=True)
class BackupFile:
    path: Path
    stem: str
    taken: datetime


def list_backups(folder: Path | None = None) -> list[BackupFile]:
    """Regular backups in `folder` (default: the data dir's), newest first."""
    folder = folder or config.backups_dir()
    found = []
    for path in folder.glob("*.db") if folder.is_dir() else ():
        match = BACKUP_NAME.match(path.name)
        if match is None or ".before-" in path.name:
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:
            continue
        found.append(BackupFile(path, match["stem"], taken))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def every_copy(database: Path | None, folder: Path | None = None) -> list[Path]:
    """Every copy Sign-on made of the database file `database`: its backups
    and safety copies in the backup folder ("<stem>-YYYYMMDD-HHMMSS.db",
    "<stem>.before-restore-….db", …) and the copies taken beside it before
    an upgrade. What a person's data may still be in after it left the
    database (data-held, erasure). A team database has none: the server
    keeps its own."""
    if database is None:
        return []
    folder = folder or config.backups_dir_path()
    stem = database.stem
    found = {p for p in folder.glob(f"{stem}*.db")
             if p.name.startswith((f"{stem}-", f"{stem}.before-"))} if folder.is_dir() else set()
    if database.parent.is_dir():
        found.update(database.parent.glob(f"{stem}.before-*.db"))
    found.discard(database)
    return sorted(found)


def latest_backup(folder: Path | None = None, stem: str | None = None) -> Path | None:
    """The newest regular backup (of database `stem`), e.g. for "open the
    latest good backup" after a damaged database."""
    for backup in list_backups(folder):
        if stem is None or backup.stem == stem:
            return backup.path
    return None


def latest_good_backup(folder: Path | None = None, stem: str | None = None,
                       tries: int = 5) -> Path | None:
    """The newest backup (of database `stem`) that `verify_backup` accepts:
    the one a person should be offered after damage. A backup damaged since
    it was written, or written by a newer Sign-on, is passed over; at most
    `tries` are checked (each check reads the whole file)."""
    candidates = [b for b in list_backups(folder) if stem is None or b.stem == stem]
    for backup in candidates[:tries]:
        try:
            verify_backup(backup.path)
        except DatabaseError:
            continue
        return backup.path
    return None


def backup_database(
    db_or_url: Database | str,
    dest: str | Path | None = None,
    *,
    folder: Path | None = None,
    progress: Progress = NO_PROGRESS,
    now: datetime | None = None,
) -> Path:
    """Write a checked backup and return its path.

    Without `dest` it goes into the backup folder as
    "<name>-YYYYMMDD-HHMMSS.db" (`now`, default the clock, names it) and
    what the backup periods no longer keep is deleted: old backups, old
    safety copies in the folder and old copies taken before an upgrade
    beside the database. An explicit `dest` must not exist yet (a backup
    never overwrites anything) and prunes nothing.
    """
    url = _url_of(db_or_url)
    path = _existing_sqlite_file(url)
    _vet_source(path)
    if dest is not None:
        target = Path(dest)
        if target.exists():
            raise DatabaseError(_("{path}: already exists; choose another name").format(
                path=target))
        if not target.parent.is_dir():
            raise DatabaseError(_("{path}: folder {folder} does not exist").format(
                path=target, folder=target.parent))
        return backup_sqlite(path, target, progress=_pages_callback(progress))
    with _NAMING:
        folder = folder or config.backups_dir()
        folder.mkdir(parents=True, exist_ok=True)
        when = (now or datetime.now()).replace(microsecond=0)
        target = folder / f"{path.stem}-{when.strftime(STAMP_FORMAT)}.db"
        while target.exists():
            when += timedelta(seconds=1)
            target = folder / f"{path.stem}-{when.strftime(STAMP_FORMAT)}.db"
        backup_sqlite(path, target, progress=_pages_callback(progress))
        periods = backup_periods()
        prune_backups(target.parent, daily=periods.daily, weekly=periods.weekly)
        prune_safety_copies(target.parent, when, periods.safety_days)
        prune_upgrade_copies(path, when, periods.safety_days)
    return target


def _vet_source(path: Path) -> FileState:
    """A database worth backing up: SQLite, not cut off, with a Sign-on schema."""
    state = read_file_state(path)
    if state.revision is None and state.tables:
        raise DatabaseError(_("{path}: not a Sign-on database (it has other tables)").format(
            path=path))
    return state


def _pages_callback(progress: Progress) -> Callable[[int, int, int], None] | None:
    if progress is NO_PROGRESS:
        return None

    def report(_status: int, remaining: int, total: int) -> None:
        progress.step(total - remaining, total, "pages")

    return report


def prune_backups(
    folder: Path,
    *,
    daily: int = DAILY,
    weekly: int = WEEKLY,
) -> list[Path]:
    """Delete regular backups beyond the retention rule; returns what went.

    Per database: keep the newest backup of each of the last `daily` days
    that have backups and of each of the last `weekly` ISO weeks. Days are
    counted among days with a backup, so a month without using the app does
    not wipe the history. Dates come from the names (copying a folder
    changes file times, not names).
    """
    groups: dict[str, list[BackupFile]] = {}
    for backup in list_backups(folder):
        groups.setdefault(backup.stem, []).append(backup)
    removed = []
    for backups in groups.values():
        keep: set[Path] = set()
        days: set = set()
        weeks: set = set()
        for b in backups:  # newest first
            day, week = b.taken.date(), b.taken.isocalendar()[:2]
            if day not in days and len(days) < daily:
                days.add(day)
                keep.add(b.path)
            if week not in weeks and len(weeks) < weekly:
                weeks.add(week)
                keep.add(b.path)
        for b in backups:
            if b.path not in keep:
                b.path.unlink(missing_ok=True)
                removed.append(b.path)
    return removed


@dataclass(frozen=True)
class SafetyCopy:
    """A copy Sign-on took before an upgrade, a restore or a deletion."""

    path: Path
    stem: str
    #: "upgrade", "restore", "delete"
    what: str
    taken: datetime
    damaged: bool


def safety_copies(folder: Path, pattern: str = "*.before-*.db") -> list[SafetyCopy]:
    """The safety copies among the files of `folder` matching `pattern`,
    newest first (dates from their names)."""
    found = []
    for path in folder.glob(pattern) if folder.is_dir() else ():
        match = SAFETY_NAME.match(path.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:
            continue
        found.append(SafetyCopy(path, match["stem"], match["what"], taken,
                                bool(match["damaged"])))
    return sorted(found, key=lambda c: (c.taken, c.path.name), reverse=True)


def upgrade_copies(database: Path) -> list[SafetyCopy]:
    """The copies of `database` taken beside it before an upgrade, newest first."""
    return [c for c in safety_copies(
        database.parent, f"{glob_escape(database.stem)}.before-{UPGRADE}-*.db")
        if c.stem == database.stem]


def prune_safety_copies(folder: Path, now: datetime, days: int = SAFETY_DAYS) -> list[Path]:
    """Delete the safety copies in `folder` taken more than `days` days
    before `now`; returns what went. The newest copy before an upgrade of
    each database stays whatever its age (`_prune`)."""
    return _prune(safety_copies(folder), now, days)


def prune_upgrade_copies(database: Path, now: datetime, days: int = SAFETY_DAYS) -> list[Path]:
    """Delete the copies taken beside `database` before an upgrade
    ("<stem>.before-upgrade-<stamp>.db", store/database.py) more than `days`
    days before `now`, except the newest; returns what went."""
    return _prune(upgrade_copies(database), now, days)


def _prune(copies: Iterable[SafetyCopy], now: datetime, days: int) -> list[Path]:
    """Delete the copies older than `days` at `now`, except each database's
    newest copy before an upgrade: an upgrade is rare (once a release), and
    that copy is the only way back to the version before it."""
    kept_upgrade: set[str] = set()
    removed = []
    for copy in sorted(copies, key=lambda c: (c.taken, c.path.name), reverse=True):
        if copy.what == UPGRADE and copy.stem not in kept_upgrade:
            kept_upgrade.add(copy.stem)
            continue
        if now - copy.taken > timedelta(days=days):
            copy.path.unlink(missing_ok=True)
            removed.append(copy.path)
    return sorted(removed)


# -- restore -----------------------------------------------------------------


def verify_backup(path: Path) -> FileState:
    """Refuse a file that must not replace the database: missing, not SQLite,
    damaged, not Sign-on, or from a newer Sign-on."""
    if not path.exists():
        raise DatabaseError(_("{path}: no such file; choose a backup (.db) file").format(
            path=path))
    if path.is_dir():
        raise DatabaseError(_("{path}: is a folder; choose a backup (.db) file").format(
            path=path))
    try:
        state = read_file_state(path)
    except DatabaseError as exc:
        raise _with_advice(exc, _("choose another backup")) from None
    if state.revision is None:
        raise DatabaseError(_("{path}: not a Sign-on backup (no Sign-on schema in it); choose "
                              "another file").format(path=path))
    if state.revision not in known_revisions():
        raise DatabaseError(_("{path}: written by a newer version of Sign-on (schema "
                              "{revision}); update Sign-on to restore it").format(
                                  path=path, revision=state.revision))
    if state.revision == head_revision():
        missing = sorted(required_tables() - state.tables)
        if missing:
            raise DatabaseError(_("{path}: damaged backup, table {tables} missing; choose "
                                  "another backup").format(path=path, tables=", ".join(missing)))
    problems = _integrity(path)
    if problems:
        raise DatabaseError(_("{path}: damaged backup ({problem}); choose another backup").format(
            path=path, problem=problems[0]))
    return state


def _with_advice(exc: DatabaseError, advice: str) -> DatabaseError:
    """The same one-line reason with advice that fits a backup file (the
    database messages advise restoring a backup, which is what failed); an
    error without a reason of its own (a locked file) stays as it is."""
    return refusal(exc.reason, advice) if exc.reason else exc


def restore_database(url: str, backup_file: str | Path) -> Path | None:
    """Replace the database at `url` by `backup_file`; returns where the
    replaced database was kept (None when there was none).

    Order matters for crash safety: the backup is checked and copied next
    to the database first, the current database is kept in the backup
    folder, and only then one rename swaps the files. Close every
    connection to the database before calling this (the app does).
    """
    path = _sqlite_file(url, "restore")
    source = Path(backup_file)
    verify_backup(source)
    if path.exists() and source.resolve() == path.resolve():
        raise DatabaseError(_("{path}: is the database itself; choose a backup file").format(
            path=source))
    if not path.parent.is_dir():
        raise DatabaseError(_("{path}: folder {folder} does not exist").format(
            path=path, folder=path.parent))
    incoming = path.with_name(f".{path.name}.restore")
    backup_sqlite(source, incoming)
    kept = None
    try:
        if path.exists() and path.stat().st_size > 0:
            _checkpoint(path)
            kept = _keep_current(path)
        for suffix in ("-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(incoming, path)
        _fsync_dir(path.parent)
    finally:
        incoming.unlink(missing_ok=True)
    return kept


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, and refuse while another
    program is writing. A damaged file may refuse the checkpoint: it is
    then kept as it is, log included."""
    try:
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return
    with closing(con):
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise friendly_error(str(exc), str(path)) from None
        except sqlite3.DatabaseError:
            pass


def _keep_current(path: Path) -> Path:
    """Save the database being replaced: a checked copy when it is readable,
    else the raw files (a damaged database may still hold what a person
    needs to recover)."""
    stamp = datetime.now().strftime(STAMP_FORMAT)
    folder = config.backups_dir()
    kept = folder / f"{path.stem}.before-restore-{stamp}.db"
    try:
        return backup_sqlite(path, kept)
    except DatabaseError:
        kept = folder / f"{path.stem}.before-restore-{stamp}.damaged.db"
        shutil.copy2(path, kept)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
        return kept


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- check -------------------------------------------------------------------


@dataclass
class CheckReport:
    """What `signon check` found; `problems` empty means all is well."""

    database: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """The one line for stderr when something is wrong: each problem
        followed by the next, the advice last, in the user's language."""
        said = self.problems[0] if self.problems else ""
        for problem in self.problems[1:]:
            said = _("{reason}; {advice}").format(reason=said, advice=problem)
        return _("{where}: {text}").format(where=self.database, text=said)

    def lines(self) -> list[str]:
        schema = self.revision or "none"
        state = "current" if self.revision == self.head else f"this Sign-on has {self.head}"
        out = [f"database: {self.database}", f"schema: {schema} ({state})",
               f"integrity: {'ok' if self.ok else 'PROBLEMS'}"]
        out += [f"note: {n}" for n in self.notes]
        out += [f"{table}: {n}" for table, n in self.counts.items()]
        return out


#: Tables whose row counts `check` prints, in this order.
COUNTED = ("campaign", "section", "statementversion", "organisation", "contact", "signatory",
           "signatoryevent", "block")


def check_database(url: str) -> CheckReport:
    """Integrity, foreign keys, schema revision and counts, reading only."""
    path = sqlite_path(url)
    if path is None:
        return _check_server(url)
    if not path.exists():
        raise DatabaseError(_("{path}: no database there yet; nothing to check").format(
            path=path))
    state = read_file_state(path)
    report = CheckReport(database=str(path), revision=state.revision, head=head_revision())
    if state.revision is None:
        report.problems.append(_("not a Sign-on database (no Sign-on schema in it)")
                               if state.tables else _("empty database (no tables)"))
        return report
    if state.revision not in known_revisions():
        report.problems.append(_newer(state.revision))
        return report
    if state.revision != report.head:
        report.notes.append(_("schema {revision} will be upgraded to {head} (after a backup) "
                              "when Sign-on opens it").format(
                                  revision=state.revision, head=report.head))
        expected = tables_at(state.revision)
    else:
        expected = required_tables()
    missing = sorted(expected - state.tables)
    if missing:  # said first: the broken links it causes follow from it
        report.problems.append(_("table {tables} missing").format(tables=", ".join(missing)))
        report.problems.append(_("restore a backup (signon restore FILE)"))
        return report
    report.problems += [_("integrity check: {problem}").format(problem=p)
                        for p in _integrity(path)]
    report.problems += _foreign_keys(path)
    if report.problems:
        report.problems.append(_("restore a backup (signon restore FILE)"))
    report.counts = _counts(path, state.tables)
    return report


def _newer(revision: str) -> str:
    return _("written by a newer version of Sign-on (schema {revision}); update "
             "Sign-on").format(revision=revision)


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000)


def _integrity(path: Path, limit: int = 5) -> list[str]:
    try:
        with closing(_ro(path)) as con:
            rows = [r[0] for r in con.execute(f"PRAGMA integrity_check({limit})")]
    except sqlite3.Error as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise friendly_error(str(exc), str(path)) from None
        return [str(exc)]
    if rows == ["ok"]:
        return []
    # A row may hold several lines under a "*** in database main ***" banner.
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")][:limit]


def _foreign_keys(path: Path, limit: int = 3) -> list[str]:
    try:
        with closing(_ro(path)) as con:
            rows = con.execute("PRAGMA foreign_key_check").fetchmany(limit + 1)
    except sqlite3.Error as exc:
        return [_("foreign key check failed ({error})").format(error=exc)]
    out = [_("{table} row {row} points at a missing {parent}").format(
        table=table, row=rowid, parent=parent) for table, rowid, parent, _fk in rows[:limit]]
    if len(rows) > limit:
        out.append(_("more broken links"))
    return out


def _counts(path: Path, tables: frozenset[str]) -> dict[str, int]:
    counts = {}
    try:
        with closing(_ro(path)) as con:
            for table in COUNTED:
                if table in tables:
                    counts[table] = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except sqlite3.Error:
        pass
    return counts


def _check_server(url: str) -> CheckReport:
    """PostgreSQL: the server guarantees integrity; report schema and counts.
    Two queries after connecting: the tables with the revision, then every
    count at once (a round trip each to a distant server)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from signon.store.database import database_state, make_engine

    where = config.display_db(url)
    engine = make_engine(url)
    try:
        state = database_state(engine, where)
        report = CheckReport(database=where, revision=state.revision, head=head_revision())
        if report.revision is not None and report.revision not in known_revisions():
            report.problems.append(_newer(report.revision))
            return report
        counted = [table for table in COUNTED if table in state.tables]
        if counted:
            with engine.connect() as conn:
                found = conn.execute(text("SELECT " + ", ".join(
                    f'(SELECT count(*) FROM "{table}")' for table in counted))).one()
            report.counts = dict(zip(counted, found, strict=True))
        return report
    except DBAPIError as exc:  # connection refused, authentication…: one line
        raise friendly_error(str(exc.orig or exc), where) from None
    finally:
        engine.dispose()
