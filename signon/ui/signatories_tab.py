"""Signatories tab: who was asked, who answered, and everything that happened.

A table of the campaign's signatories (search as you type, status filter,
counts, sorting, multi-select), a side panel with the selected one's public
fields, private contacts and history, and the actions that write: add, edit,
change status (one or many, each change an event), remove, import a form
export, merge duplicate organisations, ask endorsers of an older text to
reconfirm. Every write goes through a store service in one transaction,
then the tab refreshes the rows it touched and emits `changed`. A status
change of many rows runs off the GUI thread with progress and Cancel (see
`apply_status`).

The table model keeps filtering and sorting in plain Python lists (see
`ui.signatories.table_model`), which is what keeps 50,000 rows instant.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from signon.domain.errors import SignonError
from signon.domain.status import Status
from signon.store.concurrency import ConflictError
from signon.store.database import Database
from signon.ui import dialogs
from signon.ui.campaign_tab import CampaignTab
from signon.ui.colours import DARK_GREY, INK, STATUS_COLOURS
from signon.ui.labels import format_date, format_number, status_count, status_label, status_word
from signon.ui.signatories import prompts
from signon.ui.signatories.bulk_status import (
    SYNC_LIMIT,
    BulkOutcome,
    BulkStatusStrip,
    change_statuses,
)
from signon.ui.signatories.details_panel import SignatoryDetailsPanel
from signon.ui.signatories.signatory_dialog import SignatoryDialog, SignatoryValues
from signon.ui.signatories.status_dialog import StatusDialog
from signon.ui.signatories.table_model import (
    COL_ACRONYM,
    COL_COUNTRY,
    COL_DATE,
    COL_NAME,
    COL_STATUS,
    COL_TYPE,
    COL_VERSION,
    STATUS,
    STATUS_ORDER,
    SignatoryTableModel,
    status_icon,
)
from signon.ui.style import restyle
from signon.ui.worker import Worker

#: Debounce of the search field: long enough to skip the intermediate
#: states of fast typing, short enough to feel immediate.
SEARCH_DELAY_MS = 60
#: Above this many rows, `refresh_rows` reads the whole table again instead
#: of those rows: one query for everything beats many IN lists.
REFRESH_LIMIT = 5000

#: Width the name column keeps before the other columns grow, in pixels.
NAME_ROOM = 220

#: Keyboard shortcuts that open the status dialog on the selection.
STATUS_SHORTCUTS: dict[str, str] = {
    Status.INVITED.value: "Ctrl+Shift+I",
    Status.REMINDED.value: "Ctrl+Shift+R",
    Status.ENDORSED.value: "Ctrl+Shift+E",
    Status.DECLINED.value: "Ctrl+Shift+D",
    Status.NO_RESPONSE.value: "Ctrl+Shift+O",
    Status.WITHDRAWN.value: "Ctrl+Shift+W",
}


class SignatoriesTab(CampaignTab):
    """The campaign's signatories; emits `changed` after every write."""

    OBJECT_NAME = "signatoriesTab"
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("SignatoriesTab", "The campaign's signatories")

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.policy = "organisations"
        self.keep_reconfirmation = False
        self._fingerprint: tuple | None = None
        self._shown_id: int | None = None
        self._refused_ids: list[int] = []
        self._wizard = None
        self._bulk: Worker | None = None  # the status change running off the GUI thread
        self._bulk_before: dict[int, str] = {}
        self._build()
        self._build_actions()
        self.set_campaign(None)

    # ------------------------------------------------------------------ build
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("signatorySearch")
        self.search.setAccessibleName(self.tr("Search signatories"))
        self.search.setPlaceholderText(
            self.tr("Search name, acronym, country, affiliation  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter_now)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.returnPressed.connect(self._search_return)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_icon(status.value), status_label(status.value),
                                       status.value)
        self.status_filter.setMinimumContentsLength(16)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter_now())

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("signatoriesToolbar")
        restyle(self.toolbar)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.shown_label = QLabel()
        self.shown_label.setObjectName("shownCount")
        self.shown_label.setAccessibleName(self.tr("Signatories shown"))
        self.shown_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        # A fixed width: its text changes on every keystroke, the layout must not.
        self.shown_label.setFixedWidth(self.fontMetrics().horizontalAdvance(
            self.tr("%Ln shown", "", 888888)) + 8)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.shown_label)
        top.addWidget(self.status_filter)

        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.counts.setAccessibleName(self.tr("Counts per status"))
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)  # wraps in a narrow window instead of widening it
        self.counts.linkActivated.connect(self._count_clicked)
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.counts, 1)
        second.addWidget(self.toolbar, 0, Qt.AlignmentFlag.AlignTop)

        self.banner = QFrame()
        self.banner.setObjectName("reconfirmBanner")
        self.banner.setProperty("role", "notice")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("reconfirmText")
        self.banner_text.setWordWrap(True)
        self.reconfirm_button = QPushButton(self.tr("Ask them to reconfirm"))
        self.reconfirm_button.setObjectName("reconfirmButton")
        self.reconfirm_button.setToolTip(
            self.tr("Mark them “needs reconfirmation”: they leave the letter until they answer"))
        self.reconfirm_button.clicked.connect(self.mark_reconfirmation)
        self.keep_button = QPushButton(self.tr("Keep as endorsed"))
        self.keep_button.setObjectName("keepEndorsementsButton")
        self.keep_button.setToolTip(self.tr("The change does not need a new answer: stop asking "
                                            "until another version is frozen"))
        self.keep_button.clicked.connect(self.keep_endorsements)
        self.keep_box = QCheckBox(self.tr("Print them in the letter until they answer"))
        self.keep_box.setObjectName("keepReconfirmation")
        self.keep_box.toggled.connect(self._keep_toggled)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.keep_box)
        banner_layout.addWidget(self.keep_button)
        banner_layout.addWidget(self.reconfirm_button)

        self.notice = QLabel()
        self.notice.setObjectName("noticeBar")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.linkActivated.connect(self._notice_link)
        self.notice.hide()

        self.bulk_strip = BulkStatusStrip()
        self.bulk_strip.cancel_requested.connect(self.cancel_bulk_status)

        self.model = SignatoryTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("signatoryTable")
        self.table.setAccessibleName(self.tr("Signatories"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _ix: self.edit_current())
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed heights: never measure 50,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # The header paints each section asking whether its whole column is
        # selected: with 50,000 rows selected that walks every row through
        # the Python model, 1.5-2 s on every repaint (select all, a resize,
        # the progress strip appearing). Rows are selected, never columns, so
        # the header gets a selection model of its own that stays empty.
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.viewport().installEventFilter(self)
        self._fit_columns()
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed())

        self.details = SignatoryDetailsPanel()
        self.details.edit_requested.connect(self.edit_current)
        self.details.status_requested.connect(self.open_status_dialog)
        self.details.contact_edited.connect(self._contact_edited)
        self.details.contact_added.connect(self._contact_added)
        self.details.contact_removed.connect(self._contact_removed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("signatoriesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 300])
        self.splitter.setChildrenCollapsible(False)
        # Take whatever height there is, but never ask for more: the tab sits in
        # the window's scroll area, which would otherwise scroll the whole tab.
        self.splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.splitter.setMinimumHeight(220)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.bulk_strip)
        layout.addWidget(self.splitter, 1)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _column_widths(self) -> dict[int, tuple[int, int]]:
        """(wide, narrow) width of every column but the name, from the font:
        wide shows the longest usual value whole, narrow still shows the
        header and short values."""
        fm = self.table.fontMetrics()

        def w(text: str, extra: int = 18) -> int:
            return fm.horizontalAdvance(text) + extra

        icon = 22  # the status dot

        bold = QFont(self.table.horizontalHeader().font())
        bold.setWeight(QFont.Weight.DemiBold)  # the stylesheet's header weight
        header_fm = QFontMetrics(bold)

        def header(col: int) -> int:  # the header in the interface language, its padding
            return header_fm.horizontalAdvance(
                self.model.headerData(col, Qt.Orientation.Horizontal)) + 24

        statuses = sorted((w(status_label(s.value), 18 + icon) for s in STATUS_ORDER),
                          reverse=True)
        date = w(format_date("2026-12-31"))
        return {
            COL_ACRONYM: (header(COL_ACRONYM), header(COL_ACRONYM)),
            COL_COUNTRY: (max(w("United Kingdom"), header(COL_COUNTRY)),
                          max(w("Argentina"), header(COL_COUNTRY))),
            COL_TYPE: (max(w("Association"), header(COL_TYPE)), header(COL_TYPE)),
            COL_STATUS: (max(statuses[0], header(COL_STATUS)),
                         max(statuses[len(statuses) // 2], header(COL_STATUS))),
            COL_VERSION: (header(COL_VERSION), header(COL_VERSION)),
            COL_DATE: (max(date, header(COL_DATE)), max(date, header(COL_DATE))),
        }

    def _fit_columns(self) -> None:
        """Share the table's width so the name keeps room (at least
        NAME_ROOM): with room for everything every column is wide; otherwise
        the type column (also in the side panel) steps aside and the others
        shrink towards their narrow widths."""
        available = self.table.viewport().width()
        widths = self._column_widths()
        hide_type = available < sum(w for w, _ in widths.values()) + NAME_ROOM
        self.table.setColumnHidden(COL_TYPE, hide_type)
        if hide_type:
            del widths[COL_TYPE]
        wide = sum(w for w, _ in widths.values())
        narrow = sum(n for _, n in widths.values())
        t = min(1.0, max(0.0, (available - narrow - NAME_ROOM) / max(wide - narrow, 1)))
        for col, (w, n) in widths.items():
            self.table.setColumnWidth(col, round(n + (w - n) * t))

    def _action(self, name: str, text: str, slot, shortcut: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip += f" ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.add_action = a("addSignatoryAction", self.tr("Add…"), self.add_signatory,
                            "Ctrl+Shift+N", self.tr("Add an organisation or an individual"))
        self.import_action = a("importAction", self.tr("Import…"), self.open_import_wizard, None,
                               self.tr("Import signatories from a form export or spreadsheet "
                                       "(CSV, XLSX)"))
        self.status_action = a("bulkStatusAction", self.tr("Set status…"),
                               self.open_status_dialog, "Ctrl+Shift+S",
                               self.tr("Change the status of the selected signatories"))
        self.remove_action = a("removeSignatoryAction", self.tr("Remove…"), self.remove_selected,
                               None, self.tr("Remove the selected signatories from this campaign"))
        self.duplicates_action = a("duplicatesAction", self.tr("Duplicates…"),
                                   self.open_merge_dialog, None,
                                   self.tr("Find organisations entered twice and merge them"))
        self.search_action = a("focusSearchAction", self.tr("Search"), self.focus_search, "Ctrl+F",
                               self.tr("Search the signatories"))
        self.edit_action = a("editSignatoryAction", self.tr("Edit…"), self.edit_current, None,
                             self.tr("Edit the selected signatory"))
        self.details_action = QAction(self.tr("Details"), self)
        self.details_action.setObjectName("detailsAction")
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.setToolTip(
            self.tr("Show or hide the side panel (contacts and history)"))
        self.details_action.toggled.connect(self.details.setVisible)
        # Delete belongs to the table only: in the search field it deletes text.
        self.delete_key = QAction(self.table)
        self.delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_key.triggered.connect(lambda _c=False: self.remove_selected())
        self.table.addAction(self.delete_key)
        self.status_actions: dict[str, QAction] = {}
        for status in STATUS_ORDER:
            action = a(f"status_{status.value}Action", status_label(status.value),
                       lambda s=status.value: self.open_status_dialog(s),
                       STATUS_SHORTCUTS.get(status.value),
                       self.tr("Mark the selection as {status}").format(
                           status=status_word(status.value)))
            action.setIcon(status_icon(status.value))
            self.status_actions[status.value] = action
        for action in (self.add_action, self.import_action, self.status_action,
                       self.remove_action, self.duplicates_action, self.details_action):
            self.toolbar.addAction(action)
        for action, name in ((self.add_action, "addSignatoryButton"),
                             (self.import_action, "importButton"),
                             (self.status_action, "bulkStatusButton"),
                             (self.remove_action, "removeSignatoryButton"),
                             (self.duplicates_action, "duplicatesButton"),
                             (self.details_action, "detailsToggle")):
            self.toolbar.widgetForAction(action).setObjectName(name)

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
        self.notice.hide()
        self.model.set_filter("", None)
        super().set_campaign(campaign_id)

    def unload(self) -> None:
        self.model.set_rows([])
        self._fingerprint = None

    def load(self) -> None:
        """Read the whole table again (a campaign opened, an import, a merge)."""
        from signon.store.campaigns import get_campaign
        from signon.store.signatories import table_fingerprint, table_rows

        keep = self.selected_ids()
        if self.campaign_id is None:
            self.model.set_rows([])
            self._fingerprint = None
            self.policy, self.keep_reconfirmation = "organisations", False
        else:
            # Let go of the old rows first: 50,000 old and new rows at once
            # would double the memory for nothing.
            self.model.set_rows([])
            try:
                with self.db.session() as session:
                    campaign = get_campaign(session, self.campaign_id)
                    self.policy = campaign.signatory_policy
                    self.keep_reconfirmation = campaign.keep_reconfirmation
                    rows = table_rows(session, self.campaign_id)
                    self._fingerprint = table_fingerprint(session, self.campaign_id)
            except SignonError:  # the campaign was deleted meanwhile
                self.campaign_id, rows, self._fingerprint = None, [], None
            self.model.set_rows(rows)
        self._after_rows_changed(keep)

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

    def _after_rows_changed(self, keep: list[int]) -> None:
        has = self.campaign_id is not None
        self.search.setEnabled(has)
        self.status_filter.setEnabled(has)
        self._update_counts()
        self._update_banner()
        self.select_ids(keep)
        current = self.table.selectionModel().currentIndex()
        if keep and current.isValid():
            self.table.scrollTo(current)
        self._selection_changed(force=True)

    def reload_if_changed(self) -> None:
        """Reload when, and only when, the campaign's signatories moved (this
        app's other tabs — back in view, `shown` calls this —, or another
        coordinator in team mode), or were never read (`stale`)."""
        if self.campaign_id is None:
            return
        if self.stale:
            self.reload()
            return
        from signon.store.signatories import table_fingerprint

        with self.db.session() as session:
            current = table_fingerprint(session, self.campaign_id)
        if current != self._fingerprint:
            self.reload()
        else:
            self._update_banner()

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
        counts = self.model.counts()
        total = self.model.total
        parts = [f"<a href='all' style='color:{INK}; text-decoration:none'>"
                 + self.tr("<b>%Ln</b> signatories", "", total) + "</a>"]
        for status in STATUS_ORDER:
            n = counts.get(status.value, 0)
            if n:
                colour = STATUS_COLOURS[status.value]
                # &nbsp; inside an item: a narrow window wraps between items only
                parts.append(
                    f"<a href='{status.value}' style='color:{DARK_GREY}; text-decoration:none'>"
                    f"<span style='color:{colour}'>●</span>&nbsp;"
                    f"{escape(status_count(status.value, n)).replace(' ', '&nbsp;')}</a>")
        shown = self.model.rowCount()
        self.shown_label.setText("" if shown == total else self.tr("%Ln shown", "", shown))
        text = " &nbsp;·&nbsp; ".join(parts)
        if text == self.counts.text():
            return  # a keystroke changes what is shown, not the counts
        self.counts.setText(text)
        for i in range(1, self.status_filter.count()):
            status = Status(self.status_filter.itemData(i))
            count = format_number(counts.get(status.value, 0))
            self.status_filter.setItemText(i, f"{status_label(status.value)} ({count})")
        self.status_filter.setItemText(0, self.tr("All statuses ({count})").format(
            count=format_number(total)))

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
        self._sync_actions(ids)
        if len(ids) == 1:
            if force or self._shown_id != ids[0]:
                self._show_details(ids[0])
        else:
            self._shown_id = None
            self.details.show_nothing(len(ids))

    def _sync_actions(self, ids: list[int]) -> None:
        """Enable what applies to the selection. While a status change runs
        every action that writes is off: another change of the same rows
        would race it, and on SQLite any write would wait for its lock with
        the window frozen. Search, filter, sorting and the panel stay."""
        free = not self.bulk_running
        has = self.campaign_id is not None
        for action in (self.add_action, self.import_action, self.duplicates_action):
            action.setEnabled(has and free)
        for action in (self.status_action, self.remove_action, *self.status_actions.values()):
            action.setEnabled(bool(ids) and free)
        self.edit_action.setEnabled(len(ids) == 1 and free)
        self.delete_key.setEnabled(free)
        for widget in (self.reconfirm_button, self.keep_button, self.keep_box):
            widget.setEnabled(free)
        self.details.set_read_only(not free)

    def _show_details(self, signatory_id: int) -> None:
        from signon.store.signatories import signatory_details

        try:
            with self.db.session() as session:
                details = signatory_details(session, signatory_id)
        except SignonError:
            self._shown_id = None
            self.details.show_nothing()
            return
        self._shown_id = signatory_id
        self.details.show_details(details)

    # ---------------------------------------------------------------- notices
    def show_notice(self, html: str, warning: bool = False) -> None:
        self.notice.setProperty("warning", warning)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(html)
        self.notice.show()

    def _notice_link(self, link: str) -> None:
        if link == "select-refused":
            self.set_status_filter(None)
            self.search.clear()
            self.apply_filter_now()
            self.select_ids(self._refused_ids)
            rows = [self.model.row_of_id(i) for i in self._refused_ids]
            if rows and min(rows) >= 0:
                self.table.scrollTo(self.model.index(min(rows), 0))
        elif link == "close":
            self.notice.hide()

    def _fail(self, message: str) -> None:
        dialogs.error(self, message, self.tr("Signatories"))

    # ----------------------------------------------------------------- status
    @property
    def bulk_running(self) -> bool:
        """A status change is running off the GUI thread."""
        return self._bulk is not None

    def open_status_dialog(self, target: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids or self.bulk_running:
            return
        current = [self.model.find(i)[STATUS] for i in ids]
        dialog = StatusDialog(current, target, self)
        if not dialogs.exec_dialog(dialog):
            return
        status, channel, note = dialog.values()
        self.apply_status(ids, status, channel=channel, note=note)

    def apply_status(self, ids: list[int], status: str, *, channel: str = "",
                     note: str = "") -> None:
        """Change many at once: allowed moves in one transaction, each with
        its event; refused ones listed in the notice bar, with a link that
        selects them.

        From SYNC_LIMIT (500) rows on the change runs off the GUI thread
        (tens of thousands take seconds): a strip above the table shows its
        progress and a Cancel that rolls the one transaction back, the
        actions that write are off until it ends, and search, filter and
        scrolling keep working. A smaller change is written right here, as
        before: it takes milliseconds, a strip and a greyed toolbar would
        only flash, and the next shortcut already sees the new statuses.
        Both ways end in the same handlers."""
        if self.campaign_id is None or not ids or self.bulk_running:
            return
        self._bulk_before = {i: (row[STATUS] if (row := self.model.find(i)) else "")
                             for i in ids}
        worker = Worker(change_statuses, self.db, self.campaign_id, list(ids), status,
                        channel=channel, note=note)
        worker.signals.finished.connect(self._bulk_finished)
        worker.signals.failed.connect(self._bulk_failed)
        worker.signals.cancelled.connect(self._bulk_cancelled)
        if len(ids) < SYNC_LIMIT:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                worker.run()
            finally:
                QApplication.restoreOverrideCursor()
            return
        self._bulk = worker
        worker.describe(self.tr("A status change of %Ln signatories is still running. "
                                "Cancelling rolls it back: no signatory is changed.", "",
                                len(ids)))
        worker.signals.progress.connect(self.bulk_strip.set_progress)
        self.bulk_strip.start(len(ids), status)
        self._sync_actions(self.selected_ids())
        worker.start()

    def cancel_bulk_status(self) -> None:
        """Ask the running change to stop; it answers with `cancelled` (rolled
        back) or, when the cancel came after the commit, `finished`."""
        if self._bulk is not None:
            self._bulk.cancel()

    def _bulk_ended(self) -> None:
        self._bulk = None
        self.bulk_strip.finish()
        self._sync_actions(self.selected_ids())

    def _bulk_finished(self, outcome: BulkOutcome) -> None:
        background = self._bulk is not None
        self._bulk_ended()
        result, status = outcome.result, outcome.status
        moved = self.tr("%Ln moved to {status}.", "", len(result.changed)).format(
            status=status_word(status))
        if background:  # the coordinator may be on another tab by now
            line = moved if not result.refused else " ".join(
                (moved, self.tr("%Ln left unchanged.", "", len(result.refused))))
            self._status_message(line)
        if outcome.campaign_id != self.campaign_id:
            # another campaign is shown now: its table is not these rows
            if result.changed:
                self.changed.emit()
            return
        parts = [escape(moved)] if result.changed else []
        self._refused_ids = [r.signatory_id for r in result.refused]
        if result.refused:
            parts.append(self._refusal_summary(result.refused, status, self._bulk_before))
        self.notice.setToolTip("\n".join(f"{r.name}: {r.reason}" for r in result.refused[:30]))
        parts.append(self._dismiss_link())
        self.show_notice(" ".join(parts), warning=bool(result.refused))
        if result.changed:
            self._show_changed_rows(outcome)
            self.changed.emit()

    def _show_changed_rows(self, outcome: BulkOutcome) -> None:
        """Patch the statuses the worker read after its commit into the table,
        keeping the selection (the rows still shown under the current filter)."""
        if outcome.statuses is None:
            self.reload()
            return
        keep = self.selected_ids()
        self.model.update_statuses(outcome.statuses)
        self._fingerprint = outcome.fingerprint
        self._after_rows_changed(keep)

    def _bulk_failed(self, message: str) -> None:
        """A locked database, a lost connection: one line, nothing changed
        (the transaction rolled back)."""
        self._bulk_ended()
        self._fail(message)

    def _bulk_cancelled(self) -> None:
        self._bulk_ended()
        self.notice.setToolTip("")
        self.show_notice(escape(self.tr("Status change cancelled; no signatory was changed."))
                         + " " + self._dismiss_link())

    def _status_message(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)

    def _refusal_summary(self, refused, target: str, before: dict[int, str]) -> str:
        """"1 left unchanged — the workflow does not allow reminded from
        declined: KICTANet", grouped by the status they are in; the full
        reason of each row is in the notice's tooltip."""
        groups: dict[str, list[str]] = {}
        for r in refused:
            groups.setdefault(before.get(r.signatory_id, ""), []).append(r.name)
        label = escape(status_word(target))
        pieces = []
        for status, names in groups.items():
            shown = ", ".join(f"<b>{escape(n)}</b>" for n in names[:3])
            if len(names) > 3:
                shown = self.tr("{names} and %Ln more", "", len(names) - 3).format(names=shown)
            if status == target:
                pieces.append(self.tr("already {status}: {names}").format(
                    status=label, names=shown))
            else:
                word = escape(status_word(status)) if status else self.tr("removed")
                pieces.append(self.tr("from {status}: {names}").format(
                    status=word, names=shown))
        return self.tr("%Ln left unchanged — the workflow does not allow {status} "
                       "{reasons}.", "", len(refused)).format(
            status=label, reasons="; ".join(pieces)) \
            + " <a href='select-refused'>" + escape(self.tr("Select them")) + "</a>"

    def _dismiss_link(self) -> str:
        return "<a href='close'>" + escape(self.tr("Dismiss")) + "</a>"

    # ------------------------------------------------------------ add / edit
    def _directory_hint(self, name: str, acronym: str, country: str) -> str:
        from signon.store.organisations import match_organisation

        if not name.strip():
            return ""
        with self.db.session() as session:
            org = match_organisation(session, name, acronym=acronym, country=country)
            if org is None:
                return ""
            bits = ", ".join(b for b in (org.acronym, org.country) if b)
            name = f"{org.name} ({bits})" if bits else org.name
            return self.tr("Already in the directory as “{name}”: that entry will be used."
                           ).format(name=name)

    def add_signatory(self) -> None:
        if self.campaign_id is None:
            return
        from signon.store.signatories import add_signatory

        dialog = SignatoryDialog(self, policy=self.policy, lookup=self._directory_hint)
        while dialogs.exec_dialog(dialog):
            v = dialog.values()
            try:
                with self.db.session() as session:
                    sig = add_signatory(
                        session, self.campaign_id, kind=v.kind, name=v.name, status=v.status,
                        acronym=v.acronym, country=v.country, org_type=v.org_type,
                        website=v.website, title=v.title, affiliation=v.affiliation,
                        notes=v.notes, channel=v.channel, **v.contact)
                    new_id = sig.id
            except SignonError as exc:
                dialog.show_error(str(exc))
                continue
            self.reload()
            self.search.clear()
            self.set_status_filter(None)
            self.select_ids([new_id])
            row = self.model.row_of_id(new_id)
            if row >= 0:
                self.table.scrollTo(self.model.index(row, 0))
            self.changed.emit()
            return

    def edit_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or self.bulk_running:
            return
        from signon.store.organisations import update_organisation
        from signon.store.signatories import signatory_details, update_signatory

        sid = ids[0]
        with self.db.session() as session:
            d = signatory_details(session, sid)
        sig, org = d.signatory, d.organisation
        existing = SignatoryValues(
            kind=sig.kind, name=org.name if org else sig.name,
            acronym=org.acronym if org else "", country=(org.country if org else sig.country),
            org_type=org.org_type if org else "", website=org.website if org else "",
            title=sig.title, affiliation=sig.affiliation, notes=sig.notes)
        dialog = SignatoryDialog(self, existing=existing)
        while dialogs.exec_dialog(dialog):
            v = dialog.values()
            try:
                with self.db.session() as session:
                    # the versions the form was filled from: a teammate's save
                    # since then is a ConflictError, not silently overwritten
                    if org is not None:
                        update_organisation(session, org.id, expected_version=org.row_version,
                                            name=v.name, acronym=v.acronym,
                                            country=v.country, org_type=v.org_type,
                                            website=v.website)
                        update_signatory(session, sid, expected_version=sig.row_version,
                                         notes=v.notes)
                    else:
                        update_signatory(session, sid, expected_version=sig.row_version,
                                         name=v.name, title=v.title,
                                         affiliation=v.affiliation, country=v.country,
                                         notes=v.notes)
            except ConflictError as exc:
                # their version goes into the table and the side panel; with
                # Reload the form comes back with the coordinator's own values,
                # to save again over theirs knowingly (or cancel)
                self.refresh_rows([sid])
                self._show_details(sid)
                if not dialogs.confirm(self, self.tr("Changed by someone else"), self.tr(
                        "{error}.\n\nReload shows their version in the table; your edit "
                        "stays in the form so you can save it again over theirs.").format(
                        error=str(exc)), self.tr("Reload")):
                    return
                with self.db.session() as session:
                    d = signatory_details(session, sid)
                sig, org = d.signatory, d.organisation
                continue
            except SignonError as exc:
                dialog.show_error(str(exc))
                continue
            self.refresh_rows([sid])
            self._show_details(sid)
            self.changed.emit()
            return

    # ---------------------------------------------------------------- remove
    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self.bulk_running:
            return
        from signon.store.signatories import remove_signatories

        endorsed = [i for i in ids if self.model.find(i)[STATUS] in (
            Status.ENDORSED.value, Status.NEEDS_RECONFIRMATION.value)]
        answer = prompts.ask_remove(self, len(ids), len(endorsed))
        if answer == prompts.WITHDRAW:
            self.apply_status(endorsed, Status.WITHDRAWN.value, channel="app",
                              note="withdrawn instead of removed")
            return
        if answer != prompts.REMOVE:
            return
        try:
            with self.db.session() as session:
                n = remove_signatories(session, ids)
        except SignonError as exc:
            self._fail(str(exc))
            return
        self.reload()
        self.show_notice(escape(self.tr("Removed %Ln signatories from the campaign.", "", n))
                         + " " + self._dismiss_link())
        self.changed.emit()

    # --------------------------------------------------------------- contacts
    def _contact_edited(self, contact_id: int, field: str, value: str) -> None:
        from signon.store.organisations import update_contact

        shown = getattr(self.details, "details", None)
        contact = next((c for c in (shown.contacts if shown else []) if c.id == contact_id),
                       None)
        try:
            with self.db.session() as session:
                saved = update_contact(session, contact_id,
                                       expected_version=contact.row_version if contact else None,
                                       **{field: value})
                if contact is not None:
                    contact.row_version = saved.row_version  # the next cell edit's base
        except ConflictError as exc:
            self._fail(self.tr("{error}. Their version is shown now; edit the cell again to "
                               "change it.").format(error=str(exc)))
            if self._shown_id is not None:
                self._show_details(self._shown_id)
            return
        except SignonError as exc:
            self._fail(str(exc))
        self.changed.emit()

    def _contact_added(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        from signon.store.signatories import add_signatory_contact

        with self.db.session() as session:
            add_signatory_contact(session, ids[0], name=self.tr("New contact"))
        self._show_details(ids[0])
        table = self.details.contacts
        row = table.rowCount() - 1
        if row >= 0:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        self.changed.emit()

    def _contact_removed(self, contact_id: int) -> None:
        from signon.store.organisations import delete_contact

        if not dialogs.confirm(self, self.tr("Remove contact"),
                               self.tr("Forget this private contact? This cannot be undone."),
                               self.tr("Remove")):
            return
        with self.db.session() as session:
            delete_contact(session, contact_id)
        ids = self.selected_ids()
        if len(ids) == 1:
            self._show_details(ids[0])
        self.changed.emit()

    # ----------------------------------------------------------- reconfirm
    def _update_banner(self) -> None:
        from signon.store.reconfirm import endorsements_kept, outdated_endorsements

        if self.campaign_id is None:
            self.banner.hide()
            return
        with self.db.session() as session:
            outdated = outdated_endorsements(session, self.campaign_id)
            kept = endorsements_kept(session, self.campaign_id)
        waiting = self.model.counts().get(Status.NEEDS_RECONFIRMATION.value, 0)
        ask = outdated.total > 0 and not kept
        if not ask and not waiting:
            self.banner.hide()
            return
        lines = []
        if ask:
            lines.append(outdated.describe() + ".")
        if waiting:
            lines.append(self.tr("%Ln signatories must reconfirm before appearing in the "
                                 "letter.", "", waiting))
        self.banner_text.setText(" ".join(lines))
        self.reconfirm_button.setVisible(ask)
        self.keep_button.setVisible(ask)
        self.keep_box.setVisible(bool(waiting))
        self.keep_box.blockSignals(True)
        self.keep_box.setChecked(self.keep_reconfirmation)
        self.keep_box.blockSignals(False)
        self.banner.show()

    def mark_reconfirmation(self) -> None:
        from signon.store.reconfirm import mark_reconfirmation

        if self.campaign_id is None:
            return
        with self.db.session() as session:
            n = mark_reconfirmation(session, self.campaign_id)
        self.reload()
        self.show_notice(escape(self.tr("%Ln signatories marked “needs reconfirmation”; send "
                                        "them the new text from Outreach.", "", n))
                         + " " + self._dismiss_link())
        self.changed.emit()

    def keep_endorsements(self) -> None:
        from signon.store.reconfirm import keep_endorsements

        if self.campaign_id is None:
            return
        with self.db.session() as session:
            keep_endorsements(session, self.campaign_id)
        self._update_banner()

    def _keep_toggled(self, checked: bool) -> None:
        from signon.store.campaigns import update_campaign

        if self.campaign_id is None:
            return
        with self.db.session() as session:
            update_campaign(session, self.campaign_id, keep_reconfirmation=checked)
        self.keep_reconfirmation = checked
        self.changed.emit()

    # ---------------------------------------------------- merge and import
    def open_merge_dialog(self) -> None:
        from signon.ui.signatories.merge_dialog import MergeDialog

        dialog = MergeDialog(self.db, self)
        dialog.merged.connect(self._after_merge)
        dialogs.exec_dialog(dialog)

    def _after_merge(self) -> None:
        self.reload()
        self.changed.emit()

    def open_import_wizard(self) -> None:
        if self.campaign_id is None:
            return
        from signon.ui.signatories.import_wizard import ImportWizard

        wizard = ImportWizard(self.db, self.campaign_id, self)
        wizard.imported.connect(self._after_import)
        self._wizard = wizard
        dialogs.exec_dialog(wizard)
        self._wizard = None

    def _after_import(self) -> None:
        self.reload()
        self.changed.emit()

    # ------------------------------------------------------------ context
    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in {
                ix.row() for ix in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        menu = self.build_context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("signatoryContextMenu")
        status_menu = menu.addMenu(self.tr("Mark as"))
        for action in self.status_actions.values():
            status_menu.addAction(action)
        menu.addAction(self.status_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addAction(self.duplicates_action)
        return menu

    # for tests and the main window
    def shown_ids(self) -> list[int]:
        return [self.model.signatory_id(r) for r in range(self.model.rowCount())]

    def shown_names(self) -> list[str]:
        from signon.ui.signatories.table_model import NAME

        return [self.model.row_tuple(r)[NAME] for r in range(self.model.rowCount())]

