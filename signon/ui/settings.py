"""Window layout remembered between runs: geometry and splitters per objectName.

QSettings normally picks its file from XDG_CONFIG_HOME, but Qt reads that
variable once per process and caches it, so tests that each set their own
temp config dir would all share (and leak into) the first one. An explicit
INI file avoids that: under SIGNON_DATA_DIR when it is set (tests, portable
installs), otherwise in the user's config dir (platformdirs).

Keys are `<window objectName>/geometry`, `<window>/state` and
`<window>/<splitter objectName>/splitter` (the Picard pattern: one place
saves every splitter of a window, so a new splitter only needs a name).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from signon.config import APP_NAME, data_dir

FILE_NAME = "ui-settings.ini"


def settings_path() -> Path:
    if os.environ.get("SIGNON_DATA_DIR"):
        return data_dir() / FILE_NAME
    from platformdirs import user_config_dir

    folder = Path(user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / FILE_NAME


def ui_settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def _named_splitters(widget: QWidget) -> list[QSplitter]:
    return [s for s in widget.findChildren(QSplitter) if s.objectName()]


def save_layout(widget: QWidget) -> None:
    """Store the geometry of `widget` (and its dock/toolbar state when it is a
    main window) and the sizes of every named splitter inside it."""
    name = widget.objectName()
    if not name:
        raise ValueError("save_layout needs a widget with an objectName")
    settings = ui_settings()
    settings.setValue(f"{name}/geometry", widget.saveGeometry())
    if isinstance(widget, QMainWindow):
        settings.setValue(f"{name}/state", widget.saveState())
    for splitter in _named_splitters(widget):
        settings.setValue(f"{name}/{splitter.objectName()}/splitter", splitter.saveState())
    settings.sync()


def restore_layout(widget: QWidget) -> bool:
    """Apply what `save_layout` stored; returns False when nothing was stored
    (the caller then picks a sensible first-run size)."""
    name = widget.objectName()
    settings = ui_settings()
    geometry = settings.value(f"{name}/geometry")
    restored = isinstance(geometry, QByteArray) and widget.restoreGeometry(geometry)
    if isinstance(widget, QMainWindow):
        state = settings.value(f"{name}/state")
        if isinstance(state, QByteArray):
            widget.restoreState(state)
    for splitter in _named_splitters(widget):
        state = settings.value(f"{name}/{splitter.objectName()}/splitter")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    return bool(restored)


def restore_splitters(window: QWidget, part: QWidget) -> None:
    """Apply what `save_layout(window)` stored to the named splitters inside
    `part`, a piece of `window` built after `restore_layout` ran (the main
    window builds each tab when it is first shown)."""
    name = window.objectName()
    settings = ui_settings()
    for splitter in _named_splitters(part):
        state = settings.value(f"{name}/{splitter.objectName()}/splitter")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
