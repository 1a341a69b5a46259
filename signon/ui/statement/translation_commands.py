"""Undo commands for translations: typing a translation, confirming an
outdated one ("Mark as up to date").

Translations live on the document's nodes (`SectionNode.translations`,
`ItemNode.translations`), so they are saved by the same autosave and undone
on the same stack as the primary text. A command keeps the node's whole
translations mapping before and after (a few short texts), which makes undo
exact whatever the edit did to the recorded source of the translation.
"""

from __future__ import annotations

import copy
import time
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from signon.ui.statement.commands import MERGE_WINDOW_S
from signon.ui.statement.document import StatementDoc


class TranslatingComposer(Protocol):
    doc: StatementDoc

    def translation_changed(self, uid: int, language: str, name: str) -> None: ...


def get_translations(doc: StatementDoc, uid: int) -> dict[str, dict]:
    """The translations mapping of the section or item `uid`."""
    section, item = doc.find(uid)
    if section is None:
        raise KeyError(uid)
    return (item if item is not None else section).translations


def set_translations(doc: StatementDoc, uid: int, entries: dict[str, dict]) -> None:
    section, item = doc.find(uid)
    if section is None:
        raise KeyError(uid)
    (item if item is not None else section).translations = copy.deepcopy(entries)


class TranslationCommand(QUndoCommand):
    """One change to a node's translations into one language and field;
    keystrokes in the same field merge until the translator pauses."""

    ID = 5002

    def __init__(self, composer: TranslatingComposer, uid: int, language: str, name: str,
                 old: dict[str, dict], new: dict[str, dict], label: str,
                 typing: bool = True):
        super().__init__(label)
        self.composer = composer
        self.uid, self.language, self.name = uid, language, name
        self.old, self.new = copy.deepcopy(old), copy.deepcopy(new)
        self.typing = typing
        self.stamp = time.monotonic()

    def id(self) -> int:
        return self.ID

    def redo(self) -> None:
        set_translations(self.composer.doc, self.uid, self.new)
        self.composer.translation_changed(self.uid, self.language, self.name)

    def undo(self) -> None:
        set_translations(self.composer.doc, self.uid, self.old)
        self.composer.translation_changed(self.uid, self.language, self.name)

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not (isinstance(other, TranslationCommand) and self.typing and other.typing
                and (other.uid, other.language, other.name)
                == (self.uid, self.language, self.name)
                and other.stamp - self.stamp <= MERGE_WINDOW_S):
            return False
        self.new = other.new
        self.stamp = other.stamp
        return True
