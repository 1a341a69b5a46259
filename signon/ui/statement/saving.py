"""Autosave of the statement being edited, and what happens when another
coordinator saved it meanwhile (team mode).

The whole statement is written in one transaction shortly after typing
stops, and at most a few seconds after the first unsaved keystroke, so
neither closing the app nor a crash loses more than that. Each save names
the revision the text was based on; a save based on an older one is
refused (`ConflictError`) instead of overwriting a teammate's text, and the
conflict banner offers the ways out: their text, a copy of ours, or ours
over theirs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import SQLAlchemyError

from signon.domain.compose import SectionDraft
from signon.domain.errors import SignonError
from signon.store import statements
from signon.store.campaigns import get_campaign
from signon.store.concurrency import ConflictError
from signon.store.models import Campaign
from signon.ui.i18n import translate
from signon.ui.statement import saved_history
from signon.ui.statement.document import StatementDoc
from signon.ui.statement.host import StatementHost

SAVE_DELAY_MS = 1500
SAVE_MAX_WAIT_MS = 4000


def single_shot(parent: QWidget, ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that fires once, `ms` after its latest start."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def differ(a: list[SectionDraft], b: list[SectionDraft]) -> bool:
    """Text, links to library blocks or translations differ (drafts compare
    by their primary text only)."""
    return (a != b or [d.provenance() for d in a] != [d.provenance() for d in b]
            or _translations(a) != _translations(b))


def _translations(drafts: list[SectionDraft]) -> list:
    return [(d.translations or {}, [d.item_translation(i) for i in range(len(d.items))])
            for d in drafts]


class StatementSaver:
    """Saves the tab's text: `saved` is what the database holds, `revision`
    the campaign's statement_revision it is based on, `journal` where
    autosaves are journaled so undo outlives the app (saved_history)."""

    def __init__(self, tab: StatementHost):
        self.tab = tab
        self.saved: list[SectionDraft] = []
        self.revision: int | None = None
        self.conflict = False
        self.journal = None
        self._save_timer = single_shot(tab, SAVE_DELAY_MS, self.save_now)
        self._max_wait_timer = single_shot(tab, SAVE_MAX_WAIT_MS, self.save_now)

    def opened(self, campaign: Campaign, drafts: list[SectionDraft]) -> None:
        """The campaign's stored text is now in the composer."""
        self.saved = drafts
        self.revision = campaign.statement_revision
        self.set_conflict(False)
        self.journal = saved_history.restore(self.tab.composer, self.tab.db, campaign, drafts)

    def schedule(self) -> None:
        """An edit: save once typing stops, and within the longest wait."""
        self._save_timer.start()
        if not self._max_wait_timer.isActive():
            self._max_wait_timer.start()

    def save_now(self) -> bool:
        """Write the statement if it changed since the last save; True when the
        database holds the current text."""
        self._save_timer.stop()
        self._max_wait_timer.stop()
        tab = self.tab
        if tab.campaign_id is None:
            return True
        drafts = tab.composer.doc.to_drafts()
        if not differ(drafts, self.saved):
            return True
        if self.conflict:  # waits for Reload or Keep mine
            return False
        try:
            with tab.db.session() as session:
                if session.get(Campaign, tab.campaign_id) is None:
                    self.saved = drafts  # deleted meanwhile: nothing left to save to
                    return True
                revision = statements.replace_sections(session, tab.campaign_id, drafts,
                                                       expected_revision=self.revision)
        except ConflictError:
            self.set_conflict(True)
            return False
        except (SignonError, SQLAlchemyError) as exc:
            tab.notify(translate("StatementTab", "Autosave failed, retrying: {error}").format(
                error=str(exc).splitlines()[0]))
            self._save_timer.start()
            return False
        self.saved = drafts
        self.revision = revision
        saved_history.remember(self.journal, drafts)
        tab.changed.emit()
        return True

    def flush(self) -> None:
        """Save now: before a campaign switch, a tab switch or quit."""
        if self.tab.campaign_id is not None:
            self.save_now()

    def leave(self) -> None:
        """Another campaign is about to be shown: save, and put a text that
        a conflict refused on the clipboard (the switch must not lose it)."""
        self.flush()
        if self.conflict and self.has_unsaved_changes():
            self.copy_my_text()
        self.set_conflict(False)

    def has_unsaved_changes(self) -> bool:
        return self.tab.campaign_id is not None and differ(self.tab.composer.doc.to_drafts(),
                                                           self.saved)

    # -- another coordinator saved the statement -------------------------------------------

    def set_conflict(self, conflict: bool) -> None:
        self.conflict = conflict
        banner = self.tab.conflict_banner
        if not conflict:
            banner.hide()
            return
        self._save_timer.stop()
        self._max_wait_timer.stop()
        banner.show_message(translate(
            "StatementTab",
            "<b>The statement was changed by someone else</b> since you opened it; your "
            "latest edits are not saved. Reload?"))

    def follow(self, revision: int, stored: list[SectionDraft] | None) -> None:
        """The stored text is at `revision` (and is `stored`, read with it):
        show their text when ours has no unsaved edits, else say so now (the
        next save would be refused)."""
        if revision == self.revision or self.conflict or stored is None:
            return  # (None: read before the editor's own save, so older than it)
        if self.has_unsaved_changes():
            self.set_conflict(True)
            return
        self.saved, self.revision = stored, revision
        self._show_saved(translate("StatementTab", "Text saved by someone else"))
        self.tab.notify(translate("StatementTab", "The statement was updated by someone else"))

    def reload_their_text(self) -> None:
        """Show the saved text; one undoable step, so Ctrl+Z brings back ours."""
        if self.tab.campaign_id is None:
            return
        self.saved, self.revision = self._stored()
        self.set_conflict(False)
        self._show_saved(translate("StatementTab", "Reload their text"))
        self.tab.notify(translate("StatementTab",
                                  "Their text is shown; Ctrl+Z brings yours back"))

    def copy_my_text(self) -> None:
        from PySide6.QtWidgets import QApplication

        from signon.domain.compose import statement_text

        language = self.tab.campaign.language if self.tab.campaign else "en"
        QApplication.clipboard().setText(statement_text(self.tab.composer.doc.to_drafts(),
                                                        language))
        self.tab.notify(translate("StatementTab", "Your text is on the clipboard"))

    def keep_mine(self) -> None:
        """Save our text over theirs: a deliberate overwrite."""
        if self.tab.campaign_id is None:
            return
        _drafts, self.revision = self._stored()
        self.set_conflict(False)
        if self.save_now():
            self.tab.notify(translate("StatementTab", "Your text is saved"))

    def _show_saved(self, label: str) -> None:
        """The saved text replaces ours as one undo step called `label`."""
        self.tab.composer.edits.replace_document(StatementDoc.from_drafts(self.saved), label)
        self.tab.render_preview()

    def _stored(self) -> tuple[list[SectionDraft], int]:
        with self.tab.db.session() as session:
            campaign = get_campaign(session, self.tab.campaign_id)
            return statements.load_sections(session, self.tab.campaign_id), \
                campaign.statement_revision
