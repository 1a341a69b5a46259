"""Moving the keyboard focus into a part of the window.

Ctrl+1…4 show a tab and put the focus inside it, and F6 / Shift+F6 move
between the window's panes (the campaign list, then each part of the tab in
view: the library, the statement and the preview; the table and the
details…), as in most desktop applications. A pane is any widget; the focus
goes to the first control inside it that the Tab key would reach.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

#: Enough steps to go round any window's focus chain once.
_MAX_STEPS = 5000


def takes_tab_focus(widget: QWidget) -> bool:
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.isVisible() and widget.isEnabled())


def focus_into(pane: QWidget,
               reason: Qt.FocusReason = Qt.FocusReason.ShortcutFocusReason) -> bool:
    """Focus the first control of `pane` (or `pane` itself) the Tab key
    reaches; False when it has none (hidden, disabled, empty)."""
    if takes_tab_focus(pane):
        pane.setFocus(reason)
        return True
    widget = pane.nextInFocusChain()
    for _step in range(_MAX_STEPS):
        if widget is pane:
            break
        if pane.isAncestorOf(widget) and takes_tab_focus(widget):
            widget.setFocus(reason)
            return True
        widget = widget.nextInFocusChain()
    return False


def pane_of(widget: QWidget | None, panes: list[QWidget]) -> int:
    """The index of the pane holding `widget`, or -1."""
    for index, pane in enumerate(panes):
        if widget is not None and (widget is pane or pane.isAncestorOf(widget)):
            return index
    return -1


def focus_next_pane(panes: list[QWidget], current: QWidget | None, step: int) -> bool:
    """Move the focus from the pane holding `current` `step` panes on (−1:
    back), skipping panes that take no focus now."""
    if not panes:
        return False
    start = pane_of(current, panes)
    for offset in range(1, len(panes) + 1):
        index = ((start if start >= 0 else (-1 if step > 0 else 0)) + step * offset) % len(panes)
        if focus_into(panes[index]):
            return True
    return False
