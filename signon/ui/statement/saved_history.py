"""Undo steps rebuilt from the journal of saved states, so Ctrl+Z works
across a restart or a crash (see `signon.store.undo_journal`).

When a campaign's statement is shown, each saved state before the current
text becomes one step at the bottom of the undo stack ("Saved edits of
14:05"), already done; Ctrl+Z goes back through them like through this
session's own edits. Every autosave appends to the journal. Failing to
read or write the journal costs undo steps only, never text, so it is
reported nowhere and never stops an autosave.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from signon.config import display_db
from signon.domain.compose import SectionDraft
from signon.store import undo_journal
from signon.store.database import Database
from signon.store.models import Campaign
from signon.ui.labels import format_datetime
from signon.ui.statement.commands import Composer, SnapshotCommand
from signon.ui.statement.document import StatementDoc


class SavedStateCommand(SnapshotCommand):
    """The step between two saved states; pushed already done, so its first
    redo (QUndoStack.push calls it) changes nothing."""

    def __init__(self, composer: Composer, text: str, before, after):
        super().__init__(composer, text, before, after, None, None)
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        super().redo()


def key_for(db: Database, campaign: Campaign) -> undo_journal.JournalKey:
    return undo_journal.JournalKey(display_db(db.url), campaign.id, campaign.created_at)


def rebuild(composer, states: list[undo_journal.SavedState],
            current: list[SectionDraft]) -> int:
    """Push one undo step per saved state before `current` (the text the
    composer shows); returns how many."""
    states = list(states)
    now = undo_journal.encode(current)
    last_saved = None
    while states and undo_journal.encode(states[-1].drafts) == now:
        last_saved = states.pop().saved_at
    if not states:
        return 0
    befores = [StatementDoc.from_drafts(s.drafts).sections for s in states]
    afters = befores[1:] + [composer.doc.snapshot()]
    times = [s.saved_at for s in states[1:]] + [last_saved or states[-1].saved_at]
    label = QCoreApplication.translate("SavedHistory", "Saved edits of {time}")
    for (before, after), when in zip(zip(befores, afters, strict=True), times, strict=True):
        stamp = format_datetime(when, seconds=True)
        composer.stack.push(SavedStateCommand(composer, label.format(time=stamp), before,
                                              after))
    return len(befores)


def restore(composer, db: Database, campaign: Campaign,
            current: list[SectionDraft]) -> undo_journal.JournalKey | None:
    """Rebuild the undo steps of `campaign` and note its current text as
    saved; the key to `remember` later saves with (None: no journal)."""
    key = key_for(db, campaign)
    try:
        rebuild(composer, undo_journal.load(key), current)
        undo_journal.record(key, current)
    except OSError:
        return None
    return key


def remember(key: undo_journal.JournalKey | None, drafts: list[SectionDraft]) -> None:
    """After an autosave: the text now in the database joins the journal."""
    if key is None:
        return
    try:
        undo_journal.record(key, drafts)
    except OSError:
        pass

