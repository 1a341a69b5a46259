"""Undo commands for the composer: every edit goes through one QUndoStack.

Two shapes are enough. A structural change (insert, delete, move, restore a
version) stores the document before and after; typing stores the old and new
value of one field and merges with the previous keystrokes of the same field
until the user pauses, so Ctrl+Z undoes a burst of typing, not a letter.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from signon.domain.compose import Marker, Numbering, SectionKind
from signon.ui.i18n import translate
from signon.ui.statement.document import SectionNode, StatementDoc

#: Typing separated by a longer pause starts a new undo step.
MERGE_WINDOW_S = 1.5
SECTION_FIELDS = ("text", "lead", "title", "numbering", "kind", "marker")


class Composer(Protocol):
    """What commands need from the composer: the document and two refreshes."""

    doc: StatementDoc

    def structure_changed(self, select_uid: int | None) -> None: ...

    def field_changed(self, uid: int, name: str, value: str) -> None: ...


class SnapshotCommand(QUndoCommand):
    def __init__(self, composer: Composer, text: str, before: list[SectionNode],
                 after: list[SectionNode], select_before: int | None,
                 select_after: int | None):
        super().__init__(text)
        self.composer = composer
        self.before, self.after = before, after
        self.select_before, self.select_after = select_before, select_after

    def redo(self) -> None:
        self.composer.doc.restore(self.after)
        self.composer.structure_changed(self.select_after)

    def undo(self) -> None:
        self.composer.doc.restore(self.before)
        self.composer.structure_changed(self.select_before)


def structural(composer: Composer, text: str, change: Callable[[StatementDoc], int | None],
               select_before: int | None) -> SnapshotCommand | None:
    """Run `change` on the document and wrap it in a command (None when it
    changed nothing, so no empty undo step is recorded). `change` returns the
    uid to select afterwards."""
    doc = composer.doc
    before = doc.snapshot()
    select_after = change(doc)
    after = doc.snapshot()
    doc.restore(before)
    if after == before:
        return None
    return SnapshotCommand(composer, text, before, after, select_before, select_after)


def set_field(doc: StatementDoc, uid: int, name: str, value: str) -> None:
    section, item = doc.find(uid)
    if section is None:
        raise KeyError(uid)
    if item is not None:
        if name != "text":
            raise ValueError(f"an item has no field {name!r}")
        item.text = value
        return
    if name not in SECTION_FIELDS:
        raise ValueError(f"a section has no field {name!r}")
    if name == "numbering":
        section.numbering = Numbering(value)
    elif name == "kind":
        section.kind = SectionKind(value)
    elif name == "marker":
        section.marker = Marker(value)
    else:
        setattr(section, name, value)


def get_field(doc: StatementDoc, uid: int, name: str) -> str:
    section, item = doc.find(uid)
    if section is None:
        raise KeyError(uid)
    node = item if item is not None else section
    return str(getattr(node, name))


class FieldCommand(QUndoCommand):
    ID = 5001
    #: What Undo and Redo name (translated, context "FieldCommand"; "Edit" too).
    EDIT = QT_TRANSLATE_NOOP("FieldCommand", "Edit")
    LABELS = {"text": QT_TRANSLATE_NOOP("FieldCommand", "Edit text"),
              "lead": QT_TRANSLATE_NOOP("FieldCommand", "Edit lead sentence"),
              "title": QT_TRANSLATE_NOOP("FieldCommand", "Edit heading"),
              "numbering": QT_TRANSLATE_NOOP("FieldCommand", "Change numbering"),
              "kind": QT_TRANSLATE_NOOP("FieldCommand", "Change section type"),
              "marker": QT_TRANSLATE_NOOP("FieldCommand", "Change marker")}

    def __init__(self, composer: Composer, uid: int, name: str, old: str, new: str,
                 typing: bool = True):
        super().__init__(translate("FieldCommand", self.LABELS.get(name, self.EDIT)))
        self.composer = composer
        self.uid, self.name = uid, name
        self.old, self.new = old, new
        self.typing = typing
        self.stamp = time.monotonic()

    def id(self) -> int:
        return self.ID

    def redo(self) -> None:
        set_field(self.composer.doc, self.uid, self.name, self.new)
        self.composer.field_changed(self.uid, self.name, self.new)

    def undo(self) -> None:
        set_field(self.composer.doc, self.uid, self.name, self.old)
        self.composer.field_changed(self.uid, self.name, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not (isinstance(other, FieldCommand) and self.typing and other.typing
                and other.uid == self.uid and other.name == self.name
                and other.stamp - self.stamp <= MERGE_WINDOW_S):
            return False
        self.new = other.new
        self.stamp = other.stamp
        return True
