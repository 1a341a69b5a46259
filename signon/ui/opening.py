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

from pathlib import Path
from typing import TYPE_CHECKING

from signon.config import resolve_db

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from signon.store.database import Database

# Why the open database closes, as `MainWindow.finish_jobs` asks about the
# jobs still running: quitting, opening another database, restoring a backup.
QUIT, OPEN, RESTORE = "quit", "open", "restore"


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


def open_with_recovery(url: str, parent=None, quit_label: str = "") -> Database | None:
    """Open `url`; on failure say why in one line and ask what to do, until a
    database opens or the person gives up (None)."""
    from signon.store.database import DatabaseError, open_database, sqlite_path
    from signon.ui import dialogs
    from signon.ui.i18n import translate

    quit_label = quit_label or translate("dialogs", "Quit")

    from signon.ui import instance_lock

    while True:
        file = sqlite_path(url)
        ours_already = file is not None and instance_lock.holds(file)
        holder = instance_lock.acquire(file) if file is not None else None

        def let_go(file=file, holder=holder, ours_already=ours_already) -> None:
            if file is not None and holder is None and not ours_already:
                instance_lock.release(file)

        if holder is not None:
            message = instance_lock.in_use_message(file, holder)
        else:
            try:
                return open_database(url)
            except DatabaseError as exc:
                message = str(exc)
            except OSError as exc:
                message = f"{exc.filename or url}: {exc.strerror or exc}"
        while True:
            backup = latest_backup(url) if holder is None else None
            choice = dialogs.ask_database_error(parent, message,
                                                str(backup) if backup else None, quit_label)
            if choice == dialogs.Recovery.OPEN_OTHER:
                path = dialogs.choose_database_file(parent)
                if path:
                    let_go()
                    url = resolve_db(path)
                    break
            elif choice == dialogs.Recovery.LATEST_BACKUP and backup is not None:
                try:
                    restore_latest(url, backup)
                    break
                except (DatabaseError, OSError) as exc:
                    message = str(exc)
            else:
                let_go()
                return None


def open_url(url: str, parent: QWidget | None = None) -> Database | None:
    """The database the app starts on, as the main window opens it: a team
    database through its Connect dialog when the password is missing or the
    server refuses, a file through `open_with_recovery`. None: the person
    gave up."""
    if url.startswith("postgresql"):
        from signon.ui.connect_dialog import open_team_database

        return open_team_database(url, parent)
    return open_with_recovery(url, parent)
