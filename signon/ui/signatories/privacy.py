"""Marking the selected signatories "do not publish", and its Undo (issue 19).

`PrivateMarking` acts for one `SignatoriesTab`: the context menu's and the
side panel's "Do not publish" write the mark for the selection in one
transaction (`store.signatories.set_private`, a history entry each), the
table's padlocks follow, and the notice says what it means for the letter
and offers the Undo — in the notice bar and, through the tab's
`undo_offered`, as Edit → Undo — which takes the mark back off exactly
those rows (or puts it back). As with a merge, the tab has one Undo at a
time: marking withdraws the Undo of an earlier status change or merge,
and any later offer withdraws this one.

Its texts keep the tab's translation context ("SignatoriesTab").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from signon.domain.errors import SignonError
from signon.ui.campaign_tab import UndoStep
from signon.ui.i18n import translate
from signon.ui.signatories import wording

if TYPE_CHECKING:
    from signon.ui.campaign_tab import CampaignTab


class PrivateMarking(QObject):
    """The tab's "Do not publish" and the Undo of the last marking. `tab` is
    the SignatoriesTab (typed by its base class: its module imports this)."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        #: (campaign id, the rows the last marking changed, the mark it set)
        self.undo: tuple[int, list[int], bool] | None = None
        self._step: UndoStep | None = None
        tab.undo_offered.connect(self._offered)

    def mark_selected(self, private: bool) -> None:
        """The context menu's or the side panel's "Do not publish"."""
        tab = self.tab
        ids = tab.selected_ids()
        if not ids or tab.bulk_running or tab.campaign_id is None:
            return
        changed = self._write(tab.campaign_id, ids, private)
        if changed is None:
            return
        if not changed:  # all were so already: nothing to undo
            tab.sync_actions()
            return
        tab.statuses.forget_undo()  # the tab's one Undo is now this one
        tab.merging.forget_undo()
        self._offer((tab.campaign_id, changed, private))
        text = (wording.marked_private(len(changed)) if private
                else wording.unmarked_private(len(changed)))
        tab.show_notice(escape(text) + " " + tab.dismiss_link(), undo=True)
        self._name_undo_button()

    def _write(self, campaign_id: int, ids: list[int], private: bool) -> list[int] | None:
        """Write the mark, then show it: the padlocks, the rows' versions,
        the side panel. None when the write failed (said in a dialog)."""
        from signon.store.signatories import private_signatories, set_private

        tab = self.tab
        try:
            with tab.db.session() as session:
                changed = set_private(session, ids, private)
                marked = private_signatories(session, campaign_id)
        except SignonError as exc:  # a locked or lost database: try again later
            tab.fail(str(exc))
            tab.sync_actions()  # the action's tick back to what is stored
            return None
        if campaign_id == tab.campaign_id:
            tab.model.set_private(marked)
            tab.refresh_rows(changed)  # the fingerprint, the panel and the actions
        if changed:
            tab.changed.emit()
        return changed

    # -- undo ------------------------------------------------------------------------------

    def _offer(self, undo: tuple[int, list[int], bool] | None) -> None:
        self.undo = undo
        if undo is None:
            self._step = None
            self.tab.undo_offered.emit(None)
            return
        count, private = len(undo[1]), undo[2]
        self._step = UndoStep(
            wording.undo_private(count) if private else wording.undo_unmark_private(count),
            translate("SignatoriesTab", "Put the “do not publish” marks back as they were "
                                        "(Ctrl+Z)"),
            self.undo_last)
        self.tab.undo_offered.emit(self._step)

    def _offered(self, step: UndoStep | None) -> None:
        """Another write of the tab offered its Undo (or withdrew one)."""
        if step is not self._step:
            self.undo, self._step = None, None

    def _name_undo_button(self) -> None:
        if self._step is not None:
            self.tab.notice_undo.setAccessibleName(self._step.text)
            self.tab.notice_undo.setToolTip(self._step.tip)

    def notice_undo(self) -> None:
        """The notice bar's Undo, when what it offers is a marking."""
        if self.undo is not None:
            self.undo_last()

    def undo_last(self) -> None:
        """Set the rows of the last marking back to what they were."""
        tab, undo = self.tab, self.undo
        if undo is None or tab.bulk_running:
            return
        campaign_id, ids, private = undo
        if self._write(campaign_id, ids, not private) is None:
            return
        self._offer(None)
        if campaign_id == tab.campaign_id:
            tab.show_notice(escape(translate("SignatoriesTab", "Undone: the “do not publish” "
                                                               "marks are as they were."))
                            + " " + tab.dismiss_link())

    def forget_undo(self) -> None:
        if self.undo is not None:
            self._offer(None)
