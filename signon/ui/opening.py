"""Opening a database from the window, and why the open one closes.

What the app (`run_app`), the main window (Open, Open Recent, the start-up
after the first paint) and the Backups dialog share: `open_url` and
`open_with_recovery`, which explain a database that cannot be opened in one
line — the same line the CLI prints — with the ways out: open another file,
restore the latest backup when there is one (the replaced file is kept), or
quit. Never a traceback. And the reasons the window closes its database
(`QUIT`, `OPEN`, `RESTORE`), which `MainWindow.finish_jobs` names in its
question about the jobs still running.

One window per database file: the file's lock (`instance_lock`) is taken
before it is opened, so a second Sign-on on the same file says which
process has it and offers another file instead (no backup: restoring over
a file another window is writing would split its data in two).

Below the app and the window, so neither imports the other to open a
database (they used to: app → main_window → backups_dialog → app). Like
them, it imports the store only inside the functions that open a database:
the window is painted first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from signon.config import resolve_db

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from signon.store.database import Database

# Why the open database closes, as `MainWindow.finish_jobs` asks about the
# jobs still running: quitting, opening another database, restoring a backup.
QUIT, OPEN, RESTORE = "quit", "open", "restore"

# What the window reads at once as soon as its database is open: the
# campaign list, the block library, the visible tab's text and context.
WINDOW_READS = 4


def latest_backup(url: str) -> Path | None:
    """The newest backup of the database file at `url` that passes its
    check (backups are named after the file), or None (no good backup, or
    not an SQLite file)."""
    from signon.store.backup import latest_good_backup
    from signon.store.database import sqlite_path

    path = sqlite_path(url)
    if path is None:
        return None
    try:
        return latest_good_backup(stem=path.stem)
    except OSError:
        return None


def restore_latest(url: str, backup: Path) -> None:
    """Put `backup` in place of the database at `url`; the file it replaces is
    kept in the backups folder, so choosing this never loses anything."""
    from signon.store.backup import restore_database

    restore_database(url, backup)


@dataclass
class Attempt:
    """One try at opening a database: the database, or why not (`message`)
    and how to let go of the file's lock taken for it (`let_go`). `held`:
    another process has the file (no backup is offered then)."""

    url: str
    db: Database | None = None
    message: str = ""
    held: bool = False
    let_go: Callable[[], None] = lambda: None
    # the team server's own error (the Connect dialog shows it)
    error: Exception | None = None


def attempt(url: str) -> Attempt:
    """Try once to open `url`, taking a file's lock first. Touches no widget,
    so the window runs its first try on a worker thread (`first_attempt`)."""
    from signon.store.database import DatabaseError, open_database, sqlite_path
    from signon.ui import instance_lock

    file = sqlite_path(url)
    ours_already = file is not None and instance_lock.holds(file)
    holder = instance_lock.acquire(file) if file is not None else None

    def let_go(file=file, holder=holder, ours_already=ours_already) -> None:
        if file is not None and holder is None and not ours_already:
            instance_lock.release(file)

    if holder is not None:
        return Attempt(url, message=instance_lock.in_use_message(file, holder), held=True)
    try:
        return Attempt(url, db=open_database(url, connections=WINDOW_READS))
    except DatabaseError as exc:
        return Attempt(url, message=str(exc), let_go=let_go, error=exc)
    except OSError as exc:
        return Attempt(url, message=f"{exc.filename or url}: {exc.strerror or exc}",
                       let_go=let_go, error=exc)


_import_started = False


def import_store_early() -> None:
    """Start importing the store (SQLAlchemy, SQLModel and the tables:
    0.4-0.9 s of Python) on a thread of its own while the GUI thread makes
    the application and paints the window; `first_attempt`'s import then
    waits for it rather than starting after the first paint.

    Only once PySide6 is imported: PySide6 inspects each module imported
    after it, and a module pydantic was still importing on this thread when
    PySide6 arrived failed that inspection ("cannot import name
    'import_string' from partially initialized module"), one start in ten.
    Once per process: `run_app` calls it as soon as it can, a `MainWindow`
    given a URL (bench/bench_switch.py) when it is made."""
    import threading

    global _import_started
    if _import_started:
        return
    _import_started = True

    def run() -> None:
        try:
            _import_store()
        except Exception:  # `first_attempt` imports it again, and says why it cannot
            pass

    threading.Thread(target=run, name="signon-import-store", daemon=True).start()


def _import_store() -> None:
    import signon.store.campaigns  # noqa: F401  (SQLModel and the tables)


def first_attempt(url: str, tab_module: str, *, progress=None) -> Attempt:
    """The window's first try, on a worker thread while the window paints:
    importing the store (SQLAlchemy, SQLModel: more than half a second),
    opening the database and importing the services the window reads with
    and the module of the tab it shows first (importing creates no widget).
    A failure is explained on the GUI thread (`open_url(..., first=)`)."""
    del progress
    import importlib

    _import_store()  # or wait for the import `import_store_early` started
    tried = attempt(url)
    if tried.db is not None:
        importlib.import_module(tab_module)
    return tried


def open_with_recovery(url: str, parent=None, quit_label: str = "",
                       first: Attempt | None = None) -> Database | None:
    """Open `url` (`first`: the try already made); on failure say why in one
    line and ask what to do, until a database opens or the person gives up
    (None)."""
    from signon.store.database import DatabaseError
    from signon.ui import dialogs
    from signon.ui.i18n import translate

    quit_label = quit_label or translate("dialogs", "Quit")
    while True:
        tried, first = first or attempt(url), None
        if tried.db is not None:
            return tried.db
        message = tried.message
        while True:
            backup = latest_backup(url) if not tried.held else None
            choice = dialogs.ask_database_error(parent, message,
                                                str(backup) if backup else None, quit_label)
            if choice == dialogs.Recovery.OPEN_OTHER:
                path = dialogs.choose_database_file(parent)
                if path:
                    tried.let_go()
                    url = resolve_db(path)
                    break
            elif choice == dialogs.Recovery.LATEST_BACKUP and backup is not None:
                try:
                    restore_latest(url, backup)
                    break
                except (DatabaseError, OSError) as exc:
                    message = str(exc)
            else:
                tried.let_go()
                return None


def open_url(url: str, parent: QWidget | None = None,
             first: Attempt | None = None) -> Database | None:
    """The database the app starts on, as the main window opens it (`first`:
    its try on a worker thread): a team database through its Connect dialog
    when the password is missing or the server refuses, a file through
    `open_with_recovery`. None: the person gave up."""
    if url.startswith("postgresql"):
        from signon.ui.connect_dialog import open_team_database

        return open_team_database(url, parent, first)
    return open_with_recovery(url, parent, first=first)
