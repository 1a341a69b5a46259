"""Signatories tab: who was asked, who answered, and everything that happened.

A table of the campaign's signatories (search as you type, status filter,
counts, sorting, multi-select), a side panel with the selected one's public
fields, private contacts and history, and the actions that write: add, edit,
change status (one or many, each change an event), remove, import a form
export, merge duplicate organisations, ask endorsers of an older text to
reconfirm. Every write goes through a store service in one transaction,
then the tab refreshes the rows it touched and emits `changed`. A status
change of many rows runs off the GUI thread with progress and Cancel (see
`StatusChanges.apply_status`).

The tab is split by what a person does, and this class wires the parts:
- `signatories.view.SignatoriesView`, which this class subclasses: the
  widgets, layout and actions;
- `signatories.edits.SignatoryEdits`: add, edit, remove, contacts, merge,
  import;
- `signatories.bulk_status.StatusChanges`: status changes and corrections,
  one or 50,000, and the Undo of the last one;
- `signatories.reconfirm.Reconfirmation`: the reconfirmation banner;
and keeps what they share: the campaign's rows (reading, refreshing), the
search and filter, the selection and the side panel, the notice bar.

The table model keeps filtering and sorting in plain Python tuples (see
`ui.signatories.table_model`), which is what keeps 50,000 rows instant. A
campaign's table is read whole (`read_table`: 1.5-2 s at 200,000 rows) and,
at the same time, the first `HEAD_ROWS` rows of a bigger campaign
(`read_first_rows`), on screen in milliseconds. Until every row is there the
tab stays in its loading state: the search, the status filter and the
actions that write wait for every row.
Its Verification column (issue 18) says whether an endorsement came by a
reply whose sender was verified: read with the rows, a look-up per cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from signon.domain.errors import SignonError
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.campaign_load import CampaignLoad
from signon.ui.signatories.bulk_status import StatusChanges
from signon.ui.signatories.edits import SignatoryEdits
from signon.ui.signatories.merging import SignatoryMerging
from signon.ui.signatories.privacy import PrivateMarking
from signon.ui.signatories.reconfirm import BannerState, Reconfirmation, read_banner
from signon.ui.signatories.table_model import (
    COL_VERIFICATION,
    PreparedRows,
    let_go,
    prepare_rows,
    search_texts,
)
from signon.ui.signatories.view import SignatoriesView
from signon.ui.worker import Worker

#: Above this many rows, `refresh_rows` reads the whole table again instead
#: of those rows: one query for everything beats many IN lists.
REFRESH_LIMIT = 5000

#: The rows read first, in the campaign's order, and shown while the rest
#: of a bigger campaign is read: a few screens, read in milliseconds, where
#: all 200,000 rows took 1.5-2 s to appear.
HEAD_ROWS = 2000


def only_statuses_moved(seen: tuple | None, current: tuple) -> bool:
    """Between two `table_fingerprint`s, only new status events: the same
    rows, the same edits, the same directory (a teammate's status change,
    the commonest live change in team mode)."""
    if seen is None:
        return False
    count, last_sig, last_event, versions, directory = current
    return (count, last_sig, versions, directory) == (seen[0], seen[1], seen[3], seen[4]) \
        and last_event != seen[2]


class SignatoryTable(NamedTuple):
    """What the Signatories tab shows of a campaign, read in one go."""

    policy: str
    keep_reconfirmation: bool
    prepared: PreparedRows
    #: `store.signatories.table_fingerprint` when the rows were read
    fingerprint: tuple
    banner: BannerState
    #: signatory id → the applied reply behind its status
    #: (`store.replies.verification_by_signatory`)
    verification: dict
    #: the signatories marked "do not publish" (a padlock by the name)
    private: frozenset


def read_table(db: Database, campaign_id: int) -> SignatoryTable:
    """The campaign's table, read and made ready to show off the GUI thread:
    a 50,000-row campaign took 0.3-0.4 s of a frozen window to read and fold
    at every switch. The rows and what goes with them are four reads at the
    same time (`store.parallel`): on a team server 100 ms away the switch
    waits for the longest (two round trips), not for their sum (seven); on
    SQLite the counting queries run while the rows are converted."""
    from signon.store.campaigns import get_campaign
    from signon.store.parallel import read_together
    from signon.store.signatories import table_fingerprint, table_rows

    def settings(session) -> tuple:
        campaign = get_campaign(session, campaign_id)
        return (campaign.signatory_policy, campaign.keep_reconfirmation,
                table_fingerprint(session, campaign_id))

    rows, (policy, keep, fingerprint), banner, (verification, private) = read_together(
        db, lambda session: table_rows(session, campaign_id), settings,
        lambda session: read_banner(session, campaign_id),
        lambda session: read_marks(session, campaign_id))
    return SignatoryTable(policy, keep, prepare_rows(rows), fingerprint, banner, verification,
                          private)


def read_marks(session, campaign_id: int) -> tuple[dict, frozenset]:
    """What the table marks beside the names: the replies behind the
    statuses, and who asked not to be published."""
    from signon.store.replies import verification_by_signatory
    from signon.store.signatories import private_signatories

    return (verification_by_signatory(session, campaign_id),
            private_signatories(session, campaign_id))


def read_first_rows(db: Database, campaign_id: int) -> tuple[int, PreparedRows | None]:
    """The first `HEAD_ROWS` rows of a campaign that has more, made ready to
    show while `read_table` reads them all (None for a smaller campaign,
    read whole as quickly); with the campaign they are of. The count comes
    from the (campaign, status) index: 13 ms at 200,000."""
    from signon.store.signatories import first_table_rows, status_counts

    with db.session() as session:
        if sum(status_counts(session, campaign_id).values()) <= HEAD_ROWS:
            return campaign_id, None
        rows = first_table_rows(session, campaign_id, HEAD_ROWS)
    return campaign_id, prepare_rows(rows)


def fold_searches(_db: Database, prepared: PreparedRows) -> tuple[tuple, tuple[str, ...]]:
    """The search texts of rows already shown, and the rows they are for
    (`SignatoryTableModel.add_search`): folded after the table appears."""
    return prepared.rows, search_texts(prepared)


class TableChanges(NamedTuple):
    """What moved since the table was read, as `read_changes` found it."""

    campaign_id: int
    fingerprint: tuple
    #: the rows of the signatories whose status moved, when only statuses
    #: moved and not too many; None: read the whole table again
    moved: list | None
    banner: BannerState
    #: the replies behind the statuses now (`read_table`'s `verification`)
    verification: dict
    #: the signatories marked "do not publish" now
    private: frozenset


def read_changes(db: Database, campaign_id: int, seen: tuple | None) -> TableChanges:
    """Whether the campaign's signatories moved since `seen` (a fingerprint),
    and the moved rows when only a few statuses did, read off the GUI thread:
    on a team server 100 ms away this check froze the window 0.3 s at every
    teammate's change and every return to the tab. The banner and the marks
    are read at the same time as the fingerprint (`store.parallel`)."""
    from signon.store.parallel import read_together
    from signon.store.signatories import moved_since, table_fingerprint, table_rows

    def moved_rows(session) -> tuple[tuple, list | None]:
        current = table_fingerprint(session, campaign_id)
        moved = None
        if only_statuses_moved(seen, current):
            ids = moved_since(session, campaign_id, seen[2])
            if len(ids) <= REFRESH_LIMIT:
                moved = table_rows(session, campaign_id, ids=ids) if ids else []
        return current, moved

    (current, moved), banner, (verification, private) = read_together(
        db, moved_rows, lambda session: read_banner(session, campaign_id),
        lambda session: read_marks(session, campaign_id))
    return TableChanges(campaign_id, current, moved, banner, verification, private)


class SignatoriesTab(SignatoriesView):
    """The campaign's signatories; emits `changed` after every write."""

    OBJECT_NAME = "signatoriesTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("SignatoriesTab", "The campaign's signatories")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.policy = "organisations"
        self.keep_reconfirmation = False
        self._fingerprint: tuple | None = None
        #: the selection to restore when the rows being read arrive
        self._keep: list[int] = []
        self.reading = CampaignLoad(read_table, self)
        self.reading.shown.connect(self._show_table)
        self.reading.failed.connect(self._table_unreadable)
        self.reading.loading_changed.connect(self.show_loading)
        # what a failed read says, `reading` says too
        self.reading_first = CampaignLoad(read_first_rows, self, background=True)
        self.reading_first.shown.connect(self._show_first_rows)
        self.change_check = CampaignLoad(read_changes, self, background=True)
        self.change_check.shown.connect(self._changes_read)
        self.change_check.failed.connect(
            lambda message: self.show_notice(escape(message), warning=True))
        self.searching = CampaignLoad(fold_searches, self, background=True)
        self.searching.shown.connect(lambda found: self.model.add_search(*found))
        # The signatory the side panel shows.
        self.shown_id: int | None = None
        self.edits = SignatoryEdits(self)
        self.statuses = StatusChanges(self)
        self.merging = SignatoryMerging(self)
        self.privacy = PrivateMarking(self)
        self.reconfirm = Reconfirmation(self)
        self._remember_verification_width()
        self._show_verification({})
        self._wire_view()
        self._wire_actions()
        self.set_campaign(None)

    def _wire_view(self) -> None:
        edits = self.edits
        self.search_timer.timeout.connect(self.apply_filter_now)
        self.search.returnPressed.connect(self._search_return)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter_now())
        self.counts.linkActivated.connect(self._count_clicked)
        self.notice.linkActivated.connect(self._notice_link)
        self.reconfirm_button.clicked.connect(self.reconfirm.mark_reconfirmation)
        self.keep_button.clicked.connect(self.reconfirm.keep_endorsements)
        self.keep_box.toggled.connect(self.reconfirm.keep_toggled)
        self.bulk_strip.cancel_requested.connect(self.statuses.cancel)
        self.notice_undo.clicked.connect(lambda _checked=False: self.statuses.undo_last())
        self.notice_undo.clicked.connect(lambda _checked=False: self.merging.notice_undo())
        self.notice_undo.clicked.connect(lambda _checked=False: self.privacy.notice_undo())
        self.details.merge_requested.connect(self.merging.open_merge)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _ix: edits.edit_current())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed())
        self.details.edit_requested.connect(edits.edit_current)
        self.details.status_requested.connect(self.statuses.open_status_dialog)
        self.details.correction_requested.connect(self.statuses.open_correction_dialog)
        self.details.contact_edited.connect(edits.contact_edited)
        self.details.contact_added.connect(edits.contact_added)
        self.details.contact_removed.connect(edits.contact_removed)
        self.details.private_requested.connect(self.privacy.mark_selected)

    def _wire_actions(self) -> None:
        """The view's actions to their handlers."""
        edits, statuses = self.edits, self.statuses
        for action, slot in ((self.add_action, edits.add_signatory),
                             (self.import_action, edits.open_import_wizard),
                             (self.status_action, statuses.open_status_dialog),
                             (self.correct_action, statuses.open_correction_dialog),
                             (self.remove_action, edits.remove_selected),
                             (self.duplicates_action, edits.open_merge_dialog),
                             (self.merge_action, self.merging.open_merge),
                             (self.search_action, self.focus_search),
                             (self.edit_action, edits.edit_current),
                             (self.delete_key, edits.remove_selected)):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        for status, action in self.status_actions.items():
            action.triggered.connect(
                lambda _checked=False, s=status: statuses.open_status_dialog(s))
        self.private_action.triggered.connect(self.privacy.mark_selected)

    # ----------------------------------------------------------- verification
    def _remember_verification_width(self) -> None:
        """The widths dragged by hand are kept by column key: the view's
        keys, and the Verification column's (the memory read its widths by
        key when it was made: read again with this one)."""
        memory = self.column_memory
        if len(memory.keys) == COL_VERIFICATION:
            memory.keys = (*memory.keys, "verification")
            memory.widths = memory._read()

    def _column_widths(self) -> dict[int, tuple[int, int]]:
        """The view's widths, and the Verification column's while it shows:
        narrow, its header and "✓ verified"; wide, "by reply, not verified"
        too (whole in its tooltip when cut)."""
        widths = super()._column_widths()
        if self.table.isColumnHidden(COL_VERIFICATION):
            return widths
        fm = self.table.fontMetrics()
        bold = QFont(self.table.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)  # the stylesheet's header weight
        header = QFontMetrics(bold).horizontalAdvance(
            self.model.headerData(COL_VERIFICATION, Qt.Orientation.Horizontal)) + 24
        verified, by_reply, _none = self.model.verification_texts()
        narrow = max(header, fm.horizontalAdvance(verified) + 18)
        wide = max(narrow, fm.horizontalAdvance(by_reply) + 18)
        remembered = self.column_memory.widths.get(COL_VERIFICATION)
        widths[COL_VERIFICATION] = (remembered, remembered) if remembered else (wide, narrow)
        return widths

    def _show_verification(self, verification: dict) -> None:
        """The Verification column shows once a reply endorsed someone."""
        hidden = not self.model.has_verification(verification)
        if self.table.isColumnHidden(COL_VERIFICATION) != hidden:
            with self.column_memory.fitting():
                self.table.setColumnHidden(COL_VERIFICATION, hidden)

    # --------------------------------------------------------------- campaign
    def set_campaign(self, campaign_id: int | None) -> None:
        """Show a campaign's signatories, with the search and filter reset.
        Out of view, the table is read when the tab is shown, so a campaign
        switch reads 50,000 rows only when the person looks at them."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.hide_notice()
        if campaign_id != self.campaign_id:  # its Undo belongs to the campaign it changed
            self.statuses.forget_undo()
            self.privacy.forget_undo()
        self.model.set_filter("", None)
        super().set_campaign(campaign_id)

    def unload(self) -> None:
        self.reading.drop()
        self.reading_first.drop()
        self._let_go_of_rows()
        self._fingerprint = None

    def held_rows(self) -> int:
        return self.model.total

    def load(self) -> None:
        """Read the whole table again (a campaign opened, an import, a merge),
        in the background (`read_table`); the rows show when read."""
        if self.campaign_id is None:
            self.reading.drop()
            self.reading_first.drop()
            self._let_go_of_rows()
            self._fingerprint = None
            self.policy, self.keep_reconfirmation = "organisations", False
            self._after_rows_changed([])
            return
        self._keep = self.selected_ids() or self._keep
        # Let go of the old rows first: 50,000 old and new rows at once
        # would double the memory for nothing.
        self._let_go_of_rows()
        self.reading.start(self.db, self.campaign_id)
        self.reading_first.start(self.db, self.campaign_id)

    def _let_go_of_rows(self) -> None:
        """Empty the table, and free its old rows off the GUI thread
        (`table_model.let_go`)."""
        if self.model.total:
            Worker(let_go, self.model.take_rows()).start()

    def _show_first_rows(self, found: tuple[int, PreparedRows | None]) -> None:
        """The first rows of a big campaign, while all are read (dropped when
        they are there first, or the campaign changed meanwhile)."""
        campaign_id, prepared = found
        if prepared is None or campaign_id != self.campaign_id or not self.reading.loading:
            return
        self.model.show_prepared(prepared)
        self._after_rows_changed([])

    def _show_table(self, table: SignatoryTable) -> None:
        """The rows `read_table` read; the selection before the read stays,
        and the one made among the first rows meanwhile."""
        self.reading_first.drop()
        keep = list(dict.fromkeys([*self._keep, *self.selected_ids()]))
        self._keep = []
        self.policy, self.keep_reconfirmation = table.policy, table.keep_reconfirmation
        self._fingerprint = table.fingerprint
        self._show_verification(table.verification)
        self.model.set_private(table.private)
        self.model.show_prepared(table.prepared, table.verification)
        self.searching.start(self.db, table.prepared)
        self._after_rows_changed(keep, table.banner)

    def _table_unreadable(self, message: str) -> None:
        """The campaign was deleted meanwhile, or the database cannot be read."""
        self.reading_first.drop()
        self._keep = []
        self.campaign_id, self._fingerprint = None, None
        self._let_go_of_rows()
        self._after_rows_changed([])
        self.show_notice(escape(message), warning=True)

    def refresh_rows(self, ids: Iterable[int]) -> None:
        """Re-read only these rows (after a status change or an edit)."""
        from signon.store.signatories import table_fingerprint, table_rows

        ids = list(ids)
        if self.campaign_id is None or not ids:
            return
        if len(ids) > REFRESH_LIMIT:
            self.reload()  # one query for everything beats many IN lists
            return
        keep = self.selected_ids()
        with self.db.session() as session:
            rows = table_rows(session, self.campaign_id, ids=ids)
            self._fingerprint = table_fingerprint(session, self.campaign_id)
        self.model.replace_rows(rows)
        self._after_rows_changed(keep)

    def patch_statuses(self, statuses: list[tuple] | None, fingerprint: tuple | None) -> None:
        """Patch the statuses a status change read after its commit into the
        table, keeping the selection (the rows still shown under the current
        filter); None: they could not be read, so read the table."""
        if statuses is None:
            self.reload()
            return
        keep = self.selected_ids()
        self.model.update_statuses(statuses)
        self._fingerprint = fingerprint
        self._after_rows_changed(keep)

    def panes(self) -> list[QWidget]:
        """The table, then the selected signatory's details."""
        return [self.table, self.details]

    def _after_rows_changed(self, keep: list[int], banner: BannerState | None = None) -> None:
        """After rows were shown or changed: the counts, the banner (`banner`:
        read with them; None: read now), the selection `keep` and the panel.
        While all the rows are read (the first ones are shown) the search,
        the filter and the counts wait."""
        loading = self.reading.loading
        has = self.campaign_id is not None and not loading
        self.search.setEnabled(has)
        self.status_filter.setEnabled(has)
        if loading:
            self.sync_actions([])
            return
        self._update_counts()
        self.reconfirm.update_banner(banner)
        self.select_ids(keep)
        current = self.table.selectionModel().currentIndex()
        if keep and current.isValid():
            self.table.scrollTo(current)
        self._selection_changed(force=True)

    def reload_if_changed(self) -> None:
        """Reload when, and only when, the campaign's signatories moved (this
        app's other tabs — back in view, `shown` calls this —, or another
        coordinator in team mode), or were never read (`stale`). What moved
        is read in the background (`read_changes`), then `_changes_read`."""
        if self.campaign_id is None:
            return
        if self.stale or self._fingerprint is None:
            if not self.reading.loading:
                self.reload()
            return
        self.change_check.start(self.db, self.campaign_id, self._fingerprint)

    def _changes_read(self, changes: TableChanges) -> None:
        if changes.campaign_id != self.campaign_id or self.reading.loading:
            return  # another campaign since, or the whole table is being read
        if self.table.isColumnHidden(COL_VERIFICATION) == self.model.has_verification(
                changes.verification):
            self._show_verification(changes.verification)
            self._fit_columns()
        self.model.set_verification(changes.verification)
        self.model.set_private(changes.private)
        if changes.fingerprint == self._fingerprint:
            self.reconfirm.update_banner(changes.banner)
        elif changes.moved is not None:
            # statuses changed (here or in another campaign): those rows only
            keep = self.selected_ids()
            self._fingerprint = changes.fingerprint
            self.model.replace_rows(changes.moved)
            self._after_rows_changed(keep, changes.banner)
        else:
            self.reload()

    # ---------------------------------------------------------------- filter
    def apply_filter_now(self) -> None:
        self.search_timer.stop()
        keep = self.selected_ids()
        self.model.set_filter(self.search.text(), self.status_filter.currentData())
        self.select_ids(keep)
        self._update_counts()
        self._selection_changed()

    def set_status_filter(self, status: str | None) -> None:
        index = self.status_filter.findData(status) if status else 0
        self.status_filter.setCurrentIndex(max(index, 0))
        self.apply_filter_now()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_return(self) -> None:
        self.apply_filter_now()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.selected_ids():
                self.table.selectRow(0)

    def _count_clicked(self, link: str) -> None:
        self.set_status_filter(None if link == "all" else link)

    def _update_counts(self) -> None:
        self.show_counts(self.model.counts(), self.model.total, self.model.rowCount())

    # ------------------------------------------------------------- selection
    def selected_ids(self) -> list[int]:
        model = self.table.selectionModel()
        if model is None or not self.model.rowCount():
            return []
        # From the selection's ranges, not selectedRows(): that one checks
        # every column of every row and takes seconds for 50,000 rows.
        rows: set[int] = set()
        for sel in model.selection():
            rows.update(range(sel.top(), sel.bottom() + 1))
        return [self.model.signatory_id(r) for r in sorted(rows)]

    def select_ids(self, ids: Iterable[int]) -> None:
        """Select these signatories where shown, in as few ranges as possible
        (selecting 50,000 rows one by one would freeze the window)."""
        rows = sorted(r for r in (self.model.row_of_id(i) for i in ids) if r >= 0)
        selection = QItemSelection()
        last_col = self.model.columnCount() - 1
        start = prev = None
        for r in rows + [None]:
            if start is not None and (r is None or r != prev + 1):
                selection.select(self.model.index(start, 0), self.model.index(prev, last_col))
                start = None
            if r is not None and start is None:
                start = r
            prev = r
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_changed(self, force: bool = False) -> None:
        """Enable what applies to the selection and show the one selected.
        The panel is re-read only when its signatory changed (or `force`),
        not on every keystroke of a search that keeps it selected."""
        ids = self.selected_ids()
        self.sync_actions(ids)
        if len(ids) == 1:
            if force or self.shown_id != ids[0]:
                self.show_details(ids[0])
        else:
            self.shown_id = None
            self.details.show_nothing(len(ids))

    @property
    def bulk_running(self) -> bool:
        """A status change is running off the GUI thread."""
        return self.statuses.running

    def sync_actions(self, ids: list[int] | None = None) -> None:
        """Enable what applies to the selection (by default the current one).
        While a status change runs every action that writes is off: another
        change of the same rows would race it, and on SQLite any write would
        wait for its lock with the window frozen. Search, filter, sorting and
        the panel stay."""
        ids = self.selected_ids() if ids is None else ids
        # nor while the rows are read: a write would race their read
        free = not self.bulk_running and not self.reading.loading
        has = self.campaign_id is not None
        for action in (self.add_action, self.import_action, self.duplicates_action):
            action.setEnabled(has and free)
        for action in (self.status_action, self.remove_action, self.correct_action,
                       self.private_action, *self.status_actions.values()):
            action.setEnabled(bool(ids) and free)
        # ticked when every selected signatory is marked: choosing it then
        # takes the mark off them all, else marks them all
        self.private_action.setChecked(bool(ids) and all(map(self.model.is_private, ids)))
        self.notice_undo.setEnabled(free)
        self.edit_action.setEnabled(len(ids) == 1 and free)
        self.merge_action.setEnabled(len(ids) == 2 and free)
        self.delete_key.setEnabled(free)
        for widget in (self.reconfirm_button, self.keep_button, self.keep_box):
            widget.setEnabled(free)
        self.details.set_read_only(not free)

    def show_details(self, signatory_id: int) -> None:
        """Read one signatory into the side panel (nothing when it is gone)."""
        from signon.store.signatories import signatory_details

        try:
            with self.db.session() as session:
                details = signatory_details(session, signatory_id)
        except SignonError:
            self.shown_id = None
            self.details.show_nothing()
            return
        self.shown_id = signatory_id
        self.details.show_details(details)

    # ---------------------------------------------------------------- notices
    def _notice_link(self, link: str) -> None:
        if link == "select-refused":
            refused = self.statuses.refused_ids
            self.set_status_filter(None)
            self.search.clear()
            self.apply_filter_now()
            self.select_ids(refused)
            rows = [self.model.row_of_id(i) for i in refused]
            if rows and min(rows) >= 0:
                self.table.scrollTo(self.model.index(min(rows), 0))
        elif link == "close":
            self.hide_notice()

    def dismiss_link(self) -> str:
        """The notice's "Dismiss" link (its handler hides the notice)."""
        return "<a href='close'>" + escape(self.tr("Dismiss")) + "</a>"

    def fail(self, message: str) -> None:
        dialogs.error(self, message, self.tr("Signatories"))

    # ------------------------------------------------------------ context
    def _context_menu(self, pos: QPoint) -> None:
        table = self.table
        index = table.indexAt(pos)
        if index.isValid() and index.row() not in {
                ix.row() for ix in table.selectionModel().selectedRows()}:
            table.selectRow(index.row())
        menu = self.build_context_menu()
        menu.exec(table.viewport().mapToGlobal(pos))

    # for tests and the main window
    def shown_ids(self) -> list[int]:
        return [self.model.signatory_id(r) for r in range(self.model.rowCount())]

    def shown_names(self) -> list[str]:
        from signon.ui.signatories.table_model import NAME

        return [self.model.row_tuple(r)[NAME] for r in range(self.model.rowCount())]
