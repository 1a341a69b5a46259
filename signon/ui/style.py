"""The application's look: Fusion (the same on every OS) plus one stylesheet.

The stylesheet lives in `resources/style/app.qss` so it can be tuned without
touching code; a missing file just leaves the plain Fusion look.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from signon.config import RESOURCES

STYLESHEET = RESOURCES / "style" / "app.qss"


def stylesheet(path: Path = STYLESHEET) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_style(app: QApplication) -> None:
    """Style the application once. Setting a stylesheet repolishes every
    widget alive; doing it again on an application that already has windows
    (a second run_app in one process, as in tests) can touch widgets that are
    half way through deletion, so the second call does nothing."""
    if app.property("signonStyled"):
        return
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    app.setProperty("signonStyled", True)
