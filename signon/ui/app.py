"""Start the GUI: the application object, the main window, then the database.

The window comes first: `run_app` makes the application (language, style)
and shows a `MainWindow` given the database's URL; the window opens it
after its first paint (`open_url`), so the person sees Sign-on within about
half a second and the heavy imports (SQLAlchemy, SQLModel, the tabs) happen
behind an "Opening…" state. Hence this module imports the store only
inside the functions that open a database — on a thread started as soon
as PySide6 is imported (`opening.import_store_early`): the window's first
paint comes 0.05-0.1 s later, a 50,000-signatory campaign's text 0.2 s
sooner (issue 22).

How a database is opened, and what happens when it cannot be (not SQLite,
from a newer Sign-on, locked, damaged), is `signon.ui.opening`'s. While the
app runs, `BackupSchedule` backs the database up once a day; once it shows
the database, `RetentionRun` applies the campaigns' retention rules.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import signon
from signon.config import APP_NAME, RESOURCES

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

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


def run_app(db_url: str) -> int:
    """The `signon` command without a subcommand. Returns the exit code:
    1 when the database could not be opened and the person gave up."""
    from PySide6.QtWidgets import QApplication

    from signon.ui.gui_thread import favour_the_gui_thread
    from signon.ui.opening import import_store_early

    favour_the_gui_thread()
    import_store_early()  # while the window is made and painted; after PySide6: see there

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
    from signon.ui.retention_run import RetentionRun

    window.retention_run = RetentionRun(window)  # once the database shows
    window.ready.connect(window.retention_run.start)
    try:
        window.backup_schedule.start()
        window.show()
        # the bundled fonts (CJK, Thai, …) once the window is up: no name is
        # shown before the database is open, which comes after this
        from PySide6.QtCore import QTimer

        from signon.ui.fonts import register_bundled_fonts

        QTimer.singleShot(0, register_bundled_fonts)
        code = app.exec()
        window.backup_schedule.stop()
        if window.db is not None:
            window.db.close()
    finally:
        from signon.ui import instance_lock

        window.stop_opening()  # nothing opens behind the back of a returned run_app
        instance_lock.release_all()
        uninstall_language(app)  # the process may go on (tests): leave Qt as it was
    from signon.ui import restart

    restart.relaunch_if_requested()  # Preferences → Restart now: the database is free now
    return 1 if failed else code
