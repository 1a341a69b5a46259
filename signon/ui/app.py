"""Start the GUI: the application object, the main window, then the database.

The window comes first: `run_app` makes the application (language, style)
and shows a `MainWindow` given the database's URL; the window opens it
after its first paint (`open_url`), so the person sees Sign-on within about
half a second and the heavy imports (SQLAlchemy, SQLModel, the tabs) happen
behind an "Opening…" state. Hence this module imports the store only
inside the functions that open a database.

A database that cannot be opened (not SQLite, from a newer Sign-on, locked,
damaged) is explained in one line — the same line the CLI prints — with the
ways out: open another file, restore the latest backup when there is one
(the replaced file is kept), or quit. Never a traceback.

One window per database file: the file's lock (`instance_lock`) is taken
before it is opened, so a second Sign-on on the same file says which
process has it and offers another file instead (no backup: restoring over
a file another window is writing would split its data in two). While the
app runs, `BackupSchedule` backs the database up once a day.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import signon
from signon.config import APP_NAME, RESOURCES, resolve_db

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from signon.store.database import Database

# The app's id on Linux desktops: the name of its .desktop file, icon and
# AppStream metainfo (packaging/linux/), so a window is matched to its launcher.
DESKTOP_ID = "org.signon.SignOn"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The window icon: the PNG sizes rendered from resources/icons/signon.svg
    (PNGs, so no SVG image plugin is needed at run time)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(RESOURCES / "icons" / f"signon-{size}.png"))
    return icon


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


def run_app(db_url: str) -> int:
    """The `signon` command without a subcommand. Returns the exit code:
    1 when the database could not be opened and the person gave up."""
    from PySide6.QtWidgets import QApplication

    from signon.ui.i18n import install as install_language
    from signon.ui.i18n import uninstall as uninstall_language
    from signon.ui.main_window import MainWindow
    from signon.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    install_language(app)  # before any window reads its texts
    apply_style(app)
    from signon.ui.backup_schedule import BackupSchedule

    window = MainWindow(db_url)  # opens the database once it is on the screen
    # the version is read from the package metadata (30 ms): once the window is up
    window.ready.connect(lambda: app.setApplicationVersion(signon.__version__))
    failed: list[bool] = []
    window.open_failed.connect(lambda: failed.append(True))
    window.open_failed.connect(lambda: app.exit(1))
    window.backup_schedule = BackupSchedule(window)
    try:
        window.backup_schedule.start()
        window.show()
        code = app.exec()
        window.backup_schedule.stop()
        if window.db is not None:
            window.db.close()
    finally:
        from signon.ui import instance_lock

        window.stop_opening()  # nothing opens behind the back of a returned run_app
        instance_lock.release_all()
        uninstall_language(app)  # the process may go on (tests): leave Qt as it was
    return 1 if failed else code
