"""Text fields whose Ctrl+Z / Ctrl+Shift+Z go to the composer's undo stack.

A QPlainTextEdit or QLineEdit keeps its own undo history and claims the undo
keys before any shortcut sees them; the composer needs one history for typing
and structural edits alike, so these fields hand the keys to the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def _is_redo(event: QKeyEvent) -> bool:
    combo = QKeySequence(event.keyCombination())
    return event.matches(QKeySequence.StandardKey.Redo) or any(
        combo.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in REDO_KEYS)


def claims_undo_keys(event: QEvent) -> bool:
    """Accept a ShortcutOverride for the undo/redo keys, so they reach the
    widget's keyPressEvent instead of a window-wide Ctrl+Z (the main window
    has one for campaign deletions; two enabled ones would be ambiguous and
    neither would run)."""
    if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo) or _is_redo(event)):
        event.accept()
        return True
    return False


def route_undo(stack: QUndoStack, event: QKeyEvent) -> bool:
    """Undo/redo on the stack when `event` is one of their keys."""
    if event.matches(QKeySequence.StandardKey.Undo):
        stack.undo()
        return True
    if _is_redo(event):
        stack.redo()
        return True
    return False


class StackTextEdit(QPlainTextEdit):
    def __init__(self, stack: QUndoStack, parent: QWidget | None = None, **props):
        super().__init__(parent, **props)
        self.stack = stack
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        return claims_undo_keys(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if route_undo(self.stack, event):
            event.accept()
            return
        super().keyPressEvent(event)


class StackLineEdit(QLineEdit):
    def __init__(self, stack: QUndoStack, parent: QWidget | None = None, **props):
        super().__init__(parent, **props)
        self.stack = stack

    def event(self, event: QEvent) -> bool:
        return claims_undo_keys(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if route_undo(self.stack, event):
            event.accept()
            return
        super().keyPressEvent(event)
