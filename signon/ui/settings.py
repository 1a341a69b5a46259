"""The UI settings file (ui-settings.ini): the window layout remembered
between runs (geometry and splitters per objectName), the interface
language, the databases opened last.

QSettings normally picks its file from XDG_CONFIG_HOME, but Qt reads that
variable once per process and caches it, so tests that each set their own
temp config dir would all share (and leak into) the first one. An explicit
INI file avoids that: under SIGNON_DATA_DIR when it is set (tests, portable
installs), otherwise in the user's config dir (platformdirs).

Every key is declared once, below (`UI_SETTINGS`; docs/architecture.md,
"Settings"), and the QSettings `ui_settings()` gives refuses any other.
The layout keys are `<window objectName>/geometry`, `<window>/state` and
`<window>/<splitter objectName>/splitter` (the Picard pattern: one place
saves every splitter of a window, so a new splitter only needs a name).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from signon.config import APP_NAME, data_dir, private_file, private_folder
from signon.domain.settings import Declarations, Setting

FILE_NAME = "ui-settings.ini"

LANGUAGE = Setting(
    "interface/language", "", str,
    "The interface language chosen in Preferences (en, es, fr, ar); none: the "
    "system's. SIGNON_LANG overrides it.")
RECENT_DATABASES = Setting(
    "database/recent", [], list,
    "The databases opened last, newest first, at most 8: paths and URLs "
    "without passwords (File → Open Recent).")
WINDOW_GEOMETRY = Setting(
    "{window}/geometry", None, QByteArray,
    "A window's or dialog's size and place, by its objectName.")
WINDOW_STATE = Setting(
    "{window}/state", None, QByteArray,
    "A main window's toolbars and docks, by its objectName.")
LAST_CAMPAIGN = Setting(
    "last-campaign/{database}", 0, int,
    "The campaign shown last in a database, reopened at the next start: by "
    "a digest of the database's file path or URL without password.")
SPLITTER = Setting(
    "{window}/{splitter}/splitter", None, QByteArray,
    "The sizes of a named splitter inside a window (the tabs' panes).")
EXPORT_FOLDER = Setting(
    "export/folder", "", str,
    "The folder of the last export: the Export tab's file dialog starts there.")
COLUMN_WIDTHS = Setting(
    "{table}/columns", "", str,
    "The widths the person gave a table's columns by dragging, by the table's "
    "objectName: JSON, column key → pixels (the other columns fit themselves).")

UI_SETTINGS = Declarations(FILE_NAME, (
    LANGUAGE, RECENT_DATABASES, WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER, LAST_CAMPAIGN,
    EXPORT_FOLDER, COLUMN_WIDTHS,
))


def settings_path() -> Path:
    if os.environ.get("SIGNON_DATA_DIR"):
        return data_dir() / FILE_NAME
    from platformdirs import user_config_dir

    return private_folder(Path(user_config_dir(APP_NAME, appauthor=False))) / FILE_NAME


class UiSettings(QSettings):
    """ui-settings.ini, holding the keys of UI_SETTINGS only: `get`, `put`
    and `forget` take a declaration (and its pattern's fields); QSettings'
    own value, setValue and remove refuse a key none declares."""

    def get(self, setting: Setting, **fields: object):
        """The stored value, or the declared default."""
        return super().value(UI_SETTINGS.key(setting, **fields), setting.default_value())

    def put(self, setting: Setting, value, **fields: object) -> None:
        key = UI_SETTINGS.key(setting, **fields)
        setting.check_value(value)
        super().setValue(key, value)

    def forget(self, setting: Setting, **fields: object) -> None:
        super().remove(UI_SETTINGS.key(setting, **fields))

    def value(self, key, *args, **kwargs):
        UI_SETTINGS.check_key(key)
        return super().value(key, *args, **kwargs)

    def setValue(self, key, value) -> None:  # noqa: N802 (Qt's name)
        UI_SETTINGS.check_key(key)
        super().setValue(key, value)

    def remove(self, key) -> None:
        UI_SETTINGS.check_key(key)
        super().remove(key)


def ui_settings() -> UiSettings:
    path = settings_path()
    private_file(path)  # Qt writes it with the umask's mode; it names databases
    return UiSettings(str(path), QSettings.Format.IniFormat)


def _database_key(db) -> str:
    """A short stable name for a database in the settings file: a digest of
    its redacted URL (a path or a server would need escaping as a key, and
    need not be written there a second time)."""
    import hashlib

    from signon.config import describe_db

    return hashlib.sha256(describe_db(db.url).encode("utf-8")).hexdigest()[:16]


def last_campaign(db) -> int | None:
    """The campaign shown last in `db` (None: none remembered)."""
    value = ui_settings().get(LAST_CAMPAIGN, database=_database_key(db))
    try:
        return int(value) or None
    except (TypeError, ValueError):
        return None


def remember_campaign(db, campaign_id: int) -> None:
    ui_settings().put(LAST_CAMPAIGN, campaign_id, database=_database_key(db))


def _named_splitters(widget: QWidget) -> list[QSplitter]:
    return [s for s in widget.findChildren(QSplitter) if s.objectName()]


def save_layout(widget: QWidget) -> None:
    """Store the geometry of `widget` (and its dock/toolbar state when it is a
    main window) and the sizes of every named splitter inside it."""
    name = widget.objectName()
    if not name:
        raise ValueError("save_layout needs a widget with an objectName")
    settings = ui_settings()
    settings.put(WINDOW_GEOMETRY, widget.saveGeometry(), window=name)
    if isinstance(widget, QMainWindow):
        settings.put(WINDOW_STATE, widget.saveState(), window=name)
    for splitter in _named_splitters(widget):
        settings.put(SPLITTER, splitter.saveState(), window=name, splitter=splitter.objectName())
    settings.sync()


def restore_layout(widget: QWidget) -> bool:
    """Apply what `save_layout` stored; returns False when nothing was stored
    (the caller then picks a sensible first-run size)."""
    name = widget.objectName()
    if not name:  # save_layout stores nothing for it
        return False
    settings = ui_settings()
    geometry = settings.get(WINDOW_GEOMETRY, window=name)
    restored = isinstance(geometry, QByteArray) and widget.restoreGeometry(geometry)
    if isinstance(widget, QMainWindow):
        state = settings.get(WINDOW_STATE, window=name)
        if isinstance(state, QByteArray):
            widget.restoreState(state)
    for splitter in _named_splitters(widget):
        state = settings.get(SPLITTER, window=name, splitter=splitter.objectName())
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    return bool(restored)


def restore_splitters(window: QWidget, part: QWidget) -> None:
    """Apply what `save_layout(window)` stored to the named splitters inside
    `part`, a piece of `window` built after `restore_layout` ran (the main
    window builds each tab when it is first shown)."""
    name = window.objectName()
    if not name:
        return
    settings = ui_settings()
    for splitter in _named_splitters(part):
        state = settings.get(SPLITTER, window=name, splitter=splitter.objectName())
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
