"""Merging two selected signatories of the tab's campaign, and its Undo.

`SignatoryMerging` acts for one `SignatoriesTab`: "Merge…" (the context
menu, the side panel's "Merge these two…" under a selection of two) reads
what merging would do either way (`store.signatory_merge.plan_merge`),
asks with the side-by-side `SignatoryMergeDialog`, merges in one
transaction, and offers the merge's Undo — in the notice bar and, through
the tab's `undo_offered`, as Edit → Undo — which puts every row back
(`undo_merge`), or says why it no longer can.

The tab has one Undo at a time: a merge withdraws the Undo of an earlier
status change, and any later offer of the tab (a status change)
withdraws the merge's. A merge changes the directory, not only the
campaign shown, so its Undo stays offered when another campaign is shown,
as a campaign deletion's does.

Its texts keep the tab's translation context ("SignatoriesTab").
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from signon.domain.errors import SignonError
from signon.ui import dialogs
from signon.ui.campaign_tab import UndoStep
from signon.ui.i18n import translate
from signon.ui.signatories.signatory_merge_dialog import SignatoryMergeDialog

if TYPE_CHECKING:
    from signon.store.signatory_merge import MergeUndo
    from signon.ui.campaign_tab import CampaignTab


class SignatoryMerging(QObject):
    """The tab's "Merge…" and the Undo of the last merge. `tab` is the
    SignatoriesTab (typed by its base class: its module imports this one)."""

    def __init__(self, tab: CampaignTab):
        super().__init__(tab)
        self.tab = tab
        self.db = tab.db
        #: what the last merge can be undone with
        self.undo: MergeUndo | None = None
        self._step: UndoStep | None = None
        # what the notice's Undo says of a status change, given back after a merge
        self._status_undo = (tab.notice_undo.accessibleName(), tab.notice_undo.toolTip())
        tab.undo_offered.connect(self._offered)

    # -- merging ---------------------------------------------------------------------------

    def open_merge(self) -> None:
        """"Merge…" on a selection of exactly two."""
        from signon.store.signatory_merge import merge_signatories, plan_merge

        tab = self.tab
        ids = tab.selected_ids()
        if len(ids) != 2 or tab.bulk_running or tab.campaign_id is None:
            return
        try:
            with self.db.session() as session:
                plans = (plan_merge(session, ids[0], ids[1]),
                         plan_merge(session, ids[1], ids[0]))
        except SignonError as exc:
            tab.fail(str(exc))
            return
        dialog = SignatoryMergeDialog(plans, tab)
        if not dialogs.exec_dialog(dialog):
            return
        keep_id, other_id = dialog.chosen()
        try:
            with self.db.session() as session:
                undo = merge_signatories(session, keep_id, other_id)
        except SignonError as exc:
            tab.fail(str(exc))
            return
        tab.statuses.forget_undo()  # the tab's one Undo is now the merge's
        self._offer(undo)
        self._reload_selecting([undo.kept_id])
        kept, gone = undo.names
        tab.show_notice(escape(translate("SignatoriesTab", "Merged “{gone}” into “{kept}”.")
                               .format(gone=gone, kept=kept)) + " " + tab.dismiss_link(),
                        undo=True)
        self._name_undo_button()
        tab.changed.emit()

    # -- undo ------------------------------------------------------------------------------

    def _offer(self, undo: MergeUndo | None) -> None:
        self.undo = undo
        if undo is None:
            self._step = None
            self._name_undo_button()
            self.tab.undo_offered.emit(None)
            return
        self._step = UndoStep(
            translate("SignatoriesTab", "Undo the merge of “{kept}” and “{gone}”").format(
                kept=undo.names[0], gone=undo.names[1]),
            translate("SignatoriesTab", "Make them two entries again, as they were before "
                                        "the merge (Ctrl+Z)"),
            self.undo_last)
        self.tab.undo_offered.emit(self._step)

    def _offered(self, step: UndoStep | None) -> None:
        """Another write of the tab offered its Undo (or withdrew one):
        the merge's is no longer the tab's."""
        if step is not self._step:
            self.undo, self._step = None, None
            self._name_undo_button()

    def _name_undo_button(self) -> None:
        """The notice's Undo names what it undoes: the merge while the
        merge's Undo is offered, a status change otherwise."""
        name, tip = (translate("SignatoriesTab", "Undo the merge"), self._step.tip) \
            if self._step is not None else self._status_undo
        self.tab.notice_undo.setAccessibleName(name)
        self.tab.notice_undo.setToolTip(tip)

    def notice_undo(self) -> None:
        """The notice bar's Undo, when what it offers is a merge."""
        if self.undo is not None:
            self.undo_last()

    def undo_last(self) -> None:
        """Make the two entries of the last merge two again, exactly as they
        were; when anything it touched changed since, say so and keep it."""
        from signon.store.signatory_merge import MergeUndoError, undo_merge

        tab, undo = self.tab, self.undo
        if undo is None or tab.bulk_running:
            return
        try:
            with self.db.session() as session:
                undo_merge(session, undo)
        except MergeUndoError:
            self._offer(None)
            tab.fail(translate("SignatoriesTab",
                               "“{kept}” changed since the merge (its status, a message or "
                               "an edit), so the merge can no longer be undone exactly.")
                     .format(kept=undo.names[0]))
            return
        except SignonError as exc:  # a locked or lost database: try again later
            tab.fail(str(exc))
            return
        self._offer(None)
        text = translate("SignatoriesTab", "Merge undone: “{kept}” and “{gone}” are two "
                                           "entries again.").format(kept=undo.names[0],
                                                                    gone=undo.names[1])
        if undo.campaign_id == tab.campaign_id:
            self._reload_selecting(list(undo.pair))
            tab.show_notice(escape(text) + " " + tab.dismiss_link())
        tab.changed.emit()

    def forget_undo(self) -> None:
        if self.undo is not None:
            self._offer(None)

    # -- showing ---------------------------------------------------------------------------

    def _reload_selecting(self, ids: list[int]) -> None:
        """Read the table again (every row may have moved) and select `ids`
        once it shows, whether it is read here or in the background."""
        tab = self.tab
        reading = tab.reading

        def select(_table=None) -> None:
            reading.shown.disconnect(select)
            reading.failed.disconnect(forget)
            tab.search.clear()
            tab.set_status_filter(None)
            tab.select_ids(ids)
            row = tab.model.row_of_id(ids[0]) if ids else -1
            if row >= 0:
                tab.table.scrollTo(tab.model.index(row, 0))

        def forget(_message: str = "") -> None:
            reading.shown.disconnect(select)
            reading.failed.disconnect(forget)

        reading.shown.connect(select)
        reading.failed.connect(forget)
        tab.reload()
