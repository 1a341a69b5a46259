"""The application's look: Fusion (the same on every OS) plus one stylesheet.

The stylesheet lives in `resources/style/app.qss` so it can be tuned without
touching code; a missing file just leaves the plain Fusion look. Widgets
never carry a stylesheet of their own: they have an objectName, or say what
a text is with `set_role` ("error", "muted", …), and app.qss styles that.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from signon.config import RESOURCES

STYLESHEET = RESOURCES / "style" / "app.qss"


def stylesheet(path: Path = STYLESHEET) -> str:
    """The stylesheet's text. The images it names as `url(style:…)` (the
    arrows of drop-downs) are found beside it."""
    QDir.setSearchPaths("style", [str(path.parent)])
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


def set_role(widget: QWidget, role: str) -> None:
    """Say what `widget` shows ("error", "warning", "muted", "note", "info",
    "caption"; "" for plain), which app.qss styles by its `role` property.
    A widget already polished is polished again: a stylesheet only looks at
    properties when it polishes. (A role that never changes can be set with
    `setProperty("role", …)` before the widget is shown.)"""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def restyle(widget: QWidget) -> None:
    """Match the stylesheet again after `widget` got its objectName. Some
    widgets read their metrics from the stylesheet when they are made (a
    QToolBar its spacing and padding), before they have a name, and keep
    them until they get a StyleChange."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
