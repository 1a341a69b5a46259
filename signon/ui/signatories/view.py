"""The Signatories tab's widgets and layout, and nothing that reads or writes.

`SignatoriesView` builds what the tab shows — the search row, the counts
and toolbar, the reconfirmation banner, the notice bar, the progress strip
of a background status change, the table beside the side panel — and the
actions of the toolbar and context menu, without connecting them. After
TagStudio's convention (a view builds widgets, its controller wires them),
`SignatoriesTab` (signon/ui/signatories_tab.py) subclasses this view and
wires it to its handlers, which act on the store. What the view does on
its own is only about showing: sharing the table's width between the
columns, drawing the counts, a notice or the banner it is given.

Its texts keep the tab's translation context ("SignatoriesTab", through
`translate` and `signatories.wording`), where the .ts files hold them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from signon.domain.status import Status, allowed_next
from signon.store.database import Database
from signon.ui.campaign_tab import CampaignTab
from signon.ui.colours import DARK_GREY, INK, STATUS_COLOURS
from signon.ui.column_widths import ColumnMemory, show_elided_tooltip
from signon.ui.elide import IsolatingDelegate
from signon.ui.fitting import WholeListComboBox
from signon.ui.i18n import translate
from signon.ui.labels import format_date, format_number, status_count, status_label, status_word
from signon.ui.signatories import wording
from signon.ui.signatories.bulk_status import BulkStatusStrip
from signon.ui.signatories.details_panel import SignatoryDetailsPanel
from signon.ui.signatories.table_model import (
    COL_ACRONYM,
    COL_COUNTRY,
    COL_DATE,
    COL_NAME,
    COL_STATUS,
    COL_TYPE,
    COL_VERSION,
    STATUS_ORDER,
    SignatoryTableModel,
    add_statuses,
    status_icon,
)
from signon.ui.style import restyle

#: Debounce of the search field: long enough to skip the intermediate
#: states of fast typing, short enough to feel immediate.
SEARCH_DELAY_MS = 60

#: Width the name column keeps before the other columns grow, in pixels.
NAME_ROOM = 220

#: A stable key per column, for the widths remembered across restarts.
COLUMN_KEYS = ("name", "acronym", "country", "type", "status", "version", "date")

#: The columns that step aside, in this order, when the table is too narrow
#: for every column at its narrow width beside the name (`NAME_ROOM`): each
#: is also in the side panel (the endorsement's date in its status line),
#: while the country and status must stay readable.
HIDE_ORDER = (COL_TYPE, COL_VERSION, COL_ACRONYM, COL_DATE)

#: The country column is as wide as the longest country name in the campaign,
#: but no wider than this many average characters (narrow: when the table
#: is short of room); a longer name is elided, whole in its tooltip.
COUNTRY_CHARS = (24, 15)

#: Keyboard shortcuts that open the status dialog on the selection.
STATUS_SHORTCUTS: dict[str, str] = {
    Status.INVITED.value: "Ctrl+Shift+I",
    Status.REMINDED.value: "Ctrl+Shift+R",
    Status.ENDORSED.value: "Ctrl+Shift+E",
    Status.DECLINED.value: "Ctrl+Shift+D",
    Status.NO_RESPONSE.value: "Ctrl+Shift+O",
    Status.WITHDRAWN.value: "Ctrl+Shift+W",
}


class _RoomyDelegate(QStyledItemDelegate):
    """A drop-down list's rows as tall as a menu's, easy to aim at."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 10))


class SignatoriesView(CampaignTab):
    """The tab's widgets over its table `model`; see the module docstring."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.model = SignatoryTableModel(self)
        self.bulk_strip = BulkStatusStrip()
        self.details = SignatoryDetailsPanel()
        self.splitter = self._build_splitter(self._build_table(), self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_search_row())
        layout.addLayout(self._build_counts_row())
        layout.addWidget(self._build_banner())
        layout.addWidget(self._build_notice())
        layout.addWidget(self.bulk_strip)
        layout.addWidget(self.splitter, 1)
        self._build_actions()
        self._build_toolbar()

    # -- the rows above the table ----------------------------------------------------------

    def _build_search_row(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("signatorySearch")
        self.search.setAccessibleName(translate("SignatoriesTab", "Search signatories"))
        self.search.setPlaceholderText(translate(
            "SignatoriesTab", "Search name, acronym, country, affiliation  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.installEventFilter(self)  # Escape clears it

        self.status_filter = WholeListComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(translate("SignatoriesTab", "Show status"))
        self.status_filter.addItem(translate("SignatoriesTab", "All statuses"), None)
        add_statuses(self.status_filter)
        self.status_filter.setMinimumContentsLength(16)
        # Its list drops below it (or above, near the screen's bottom) and
        # shows every status at once (app.qss: QComboBox#statusFilter): as a
        # popup over the field it left the last one ("Withdrawn (2)") half
        # behind a scroll arrow.
        self.status_filter.setItemDelegate(_RoomyDelegate(self.status_filter))
        self.status_filter.setMaxVisibleItems(self.status_filter.count())

        self.shown_label = QLabel()
        self.shown_label.setObjectName("shownCount")
        self.shown_label.setAccessibleName(translate("SignatoriesTab", "Signatories shown"))
        self.shown_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        # A fixed width: its text changes on every keystroke, the layout must not.
        self.shown_label.setFixedWidth(self.fontMetrics().horizontalAdvance(
            wording.shown(888888)) + 8)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.shown_label)
        top.addWidget(self.status_filter)
        return top

    def _build_counts_row(self) -> QHBoxLayout:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("signatoriesToolbar")
        restyle(self.toolbar)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.counts.setAccessibleName(translate("SignatoriesTab", "Counts per status"))
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)  # wraps in a narrow window instead of widening it
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(self.counts, 1)
        second.addWidget(self.toolbar, 0, Qt.AlignmentFlag.AlignTop)
        return second

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("reconfirmBanner")
        self.banner.setProperty("role", "notice")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("reconfirmText")
        self.banner_text.setWordWrap(True)
        self.reconfirm_button = QPushButton(
            translate("SignatoriesTab", "Ask them to reconfirm"))
        self.reconfirm_button.setObjectName("reconfirmButton")
        self.reconfirm_button.setToolTip(
            translate("SignatoriesTab", "Mark them “needs reconfirmation”: they leave the "
                                        "letter until they answer"))
        self.keep_button = QPushButton(translate("SignatoriesTab", "Keep as endorsed"))
        self.keep_button.setObjectName("keepEndorsementsButton")
        self.keep_button.setToolTip(translate(
            "SignatoriesTab", "The change does not need a new answer: stop asking until "
                              "another version is frozen"))
        self.keep_box = QCheckBox(
            translate("SignatoriesTab", "Print them in the letter until they answer"))
        self.keep_box.setObjectName("keepReconfirmation")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.keep_box)
        banner_layout.addWidget(self.keep_button)
        banner_layout.addWidget(self.reconfirm_button)
        return self.banner

    def _build_notice(self) -> QWidget:
        """The notice bar (what the last action did, with its links) and,
        beside it after a status change, its Undo."""
        self.notice = QLabel()
        self.notice.setObjectName("noticeBar")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice_undo = QPushButton(translate("SignatoriesTab", "Undo"))
        self.notice_undo.setObjectName("noticeUndoButton")
        self.notice_undo.setAccessibleName(translate("SignatoriesTab",
                                                     "Undo the status change"))
        self.notice_undo.setToolTip(translate(
            "SignatoriesTab", "Put them back as they were before (Ctrl+Z); the history "
                              "records it as a correction"))
        self.notice_row = QWidget()
        self.notice_row.setObjectName("noticeRow")
        row = QHBoxLayout(self.notice_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.notice, 1)
        row.addWidget(self.notice_undo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.notice_row.hide()
        return self.notice_row

    # -- the table and the side panel ------------------------------------------------------

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("signatoryTable")
        self.table.setAccessibleName(translate("SignatoriesTab", "Signatories"))
        self.table.setModel(self.model)
        # Tab leaves the table (arrows move inside it): walking every cell took
        # about 100 presses to get out of the signatory table
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Every cell's text in its own direction: a Latin name cut short in the
        # Arabic interface ends in "…" on its right, where it stops
        # ("Association for Progres…"), not on the left as the paragraph's
        # direction put it ("…Association for Progres"); an Arabic name in
        # the English interface, the other way round.
        self.table.setItemDelegate(IsolatingDelegate(self.table))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
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
        self.column_memory = ColumnMemory(self.table, COLUMN_KEYS, ignored=(COL_NAME,))
        self._country_width: tuple[tuple, int] | None = None  # (what it measured, width)
        # the country names change with the rows (their width with them)
        self.model.modelReset.connect(self._fit_columns)
        self._build_header_menu(header)
        self._fit_columns()
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        return self.table

    def _build_splitter(self, table: QTableView, details: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("signatoriesSplitter")
        splitter.addWidget(table)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        splitter.setChildrenCollapsible(False)
        # Take whatever height there is, but never ask for more: the tab sits in
        # the window's scroll area, which would otherwise scroll the whole tab.
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        splitter.setMinimumHeight(220)
        return splitter

    def _build_header_menu(self, header: QHeaderView) -> None:
        """The header's context menu: back to the widths the table picks."""
        self.reset_widths_action = QAction(translate("SignatoriesTab", "Reset column widths"),
                                           header)
        self.reset_widths_action.setObjectName("resetColumnWidthsAction")
        self.reset_widths_action.triggered.connect(self._reset_widths)
        header.addAction(self.reset_widths_action)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _reset_widths(self) -> None:
        self.column_memory.forget()
        self._fit_columns()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if watched is self.table.viewport():
            if kind == QEvent.Type.Resize:
                self._fit_columns()
            elif kind == QEvent.Type.ToolTip:
                # an elided cell's whole text; measured for the one cell hovered
                return show_elided_tooltip(self.table, event) or super().eventFilter(
                    watched, event)
        elif (watched is self.search and kind == QEvent.Type.KeyPress
              and event.key() == Qt.Key.Key_Escape and self.search.text()):
            self.search.clear()  # and the filter with it (textChanged)
            return True
        return super().eventFilter(watched, event)

    def _column_widths(self) -> dict[int, tuple[int, int]]:
        """(wide, narrow) width of every column but the name, from the font
        and the labels of the interface language (never by measuring rows):
        wide shows the longest usual value whole, narrow still shows the
        header and short values. The country and status columns are as wide
        as their longest label, Arabic included, narrow or not. A width the
        person dragged a column to wins over both."""
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

        # the statuses the campaign has (every one before its rows are read):
        # no room kept for "Needs reconfirmation" that no row shows
        counts = self.model.counts()
        present = [s for s in STATUS_ORDER if counts.get(s.value)] or STATUS_ORDER
        status = max(max(w(status_label(s.value), 18 + icon) for s in present),
                     header(COL_STATUS))
        country_wide, country_narrow = self._country_widths(w, header(COL_COUNTRY))
        date = max(w(format_date("2026-12-31")), header(COL_DATE))
        widths = {
            COL_ACRONYM: (max(w("ACRONYM"), header(COL_ACRONYM)), header(COL_ACRONYM)),
            COL_COUNTRY: (country_wide, country_narrow),
            COL_TYPE: (max(w("Association"), header(COL_TYPE)), header(COL_TYPE)),
            COL_STATUS: (status, status),
            COL_VERSION: (max(w("v88"), header(COL_VERSION)), header(COL_VERSION)),
            COL_DATE: (date, date),
        }
        for col, width in self.column_memory.widths.items():
            if col in widths:
                widths[col] = (width, width)
        return widths

    def _country_widths(self, w, header: int) -> tuple[int, int]:
        """The country column's (wide, narrow): its longest name in this
        campaign, capped (`COUNTRY_CHARS`); measured again only when the
        countries or the language changed, not on each keystroke of a search."""
        names = self.model.country_names()
        key = (frozenset(names), self.table.font().key(), status_label("prospect"))
        if self._country_width is None or self._country_width[0] != key:
            longest = max((w(n) for n in names), default=w("United Kingdom"))
            self._country_width = (key, longest)
        longest = self._country_width[1]
        average = self.table.fontMetrics().averageCharWidth()
        wide, narrow = (min(longest, average * chars + 18) for chars in COUNTRY_CHARS)
        return max(wide, header), max(narrow, header)

    def _fit_columns(self) -> None:
        """Share the table's width so the name keeps room (at least
        NAME_ROOM): with room for everything every column is wide; otherwise
        the columns of `HIDE_ORDER` step aside one by one (each is also in
        the side panel) and the others shrink towards their narrow widths."""
        available = self.table.viewport().width()
        widths = self._column_widths()
        hidden = set()
        for col in HIDE_ORDER:
            if sum(n for c, (_w, n) in widths.items() if c not in hidden) + NAME_ROOM \
                    <= available and (col != COL_TYPE or sum(
                        w for w, _n in widths.values()) + NAME_ROOM <= available):
                break
            hidden.add(col)
        with self.column_memory.fitting():
            for col in HIDE_ORDER:
                if self.table.isColumnHidden(col) != (col in hidden):
                    self.table.setColumnHidden(col, col in hidden)
            for col in hidden:
                del widths[col]
            wide = sum(w for w, _ in widths.values())
            narrow = sum(n for _, n in widths.values())
            t = min(1.0, max(0.0, (available - narrow - NAME_ROOM) / max(wide - narrow, 1)))
            for col, (w, n) in widths.items():
                width = round(n + (w - n) * t)
                if self.table.columnWidth(col) != width:
                    self.table.setColumnWidth(col, width)

    # -- actions: the toolbar, the context menu, the shortcuts -------------------------------

    def _action(self, name: str, text: str, shortcut: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip += f" ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        """The actions, unconnected (the tab wires them); their shortcuts
        apply anywhere in the tab."""
        a = self._action
        self.add_action = a(
            "addSignatoryAction", translate("SignatoriesTab", "Add…"), "Ctrl+Shift+N",
            translate("SignatoriesTab", "Add an organisation or an individual"))
        self.import_action = a(
            "importAction", translate("SignatoriesTab", "Import…"), None,
            translate("SignatoriesTab", "Import signatories from a form export or spreadsheet "
                                        "(CSV, XLSX)"))
        self.status_action = a(
            "bulkStatusAction", translate("SignatoriesTab", "Set status…"), "Ctrl+Shift+S",
            translate("SignatoriesTab", "Change the status of the selected signatories"))
        self.remove_action = a(
            "removeSignatoryAction", translate("SignatoriesTab", "Remove…"), None,
            translate("SignatoriesTab", "Remove the selected signatories from this campaign"))
        self.duplicates_action = a(
            "duplicatesAction", translate("SignatoriesTab", "Duplicates…"), None,
            translate("SignatoriesTab", "Find organisations entered twice and merge them"))
        self.merge_action = a(
            "mergeSignatoriesAction", translate("SignatoriesTab", "Merge…"), None,
            translate("SignatoriesTab", "Merge the two selected signatories: the same one "
                                        "entered twice"))
        self.search_action = a(
            "focusSearchAction", translate("SignatoriesTab", "Search"), "Ctrl+F",
            translate("SignatoriesTab", "Search the signatories"))
        # wherever the focus is (the campaign list, the tab bar) while the tab
        # shows: a hidden tab's window shortcut does not fire
        self.search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.edit_action = a(
            "editSignatoryAction", translate("SignatoriesTab", "Edit…"), None,
            translate("SignatoriesTab", "Edit the selected signatory"))
        self.status_actions = self._build_status_actions()
        # checked when every selected signatory is marked (`sync_actions`)
        self.private_action = a(
            "doNotPublishAction", translate("SignatoriesTab", "Do not publish"), None,
            translate("SignatoriesTab", "Keep the selected signatories off every public letter "
                                        "and edition; they print only in a delivery copy"))
        self.private_action.setCheckable(True)
        self._build_view_actions()

    def _build_status_actions(self) -> dict[str, QAction]:
        """"Mark as" one status, for each status (Ctrl+Shift+E: endorsed)."""
        actions: dict[str, QAction] = {}
        for status in STATUS_ORDER:
            action = self._action(
                f"status_{status.value}Action", status_label(status.value),
                STATUS_SHORTCUTS.get(status.value),
                translate("SignatoriesTab", "Mark the selection as {status}").format(
                    status=status_word(status.value)))
            action.setIcon(status_icon(status.value))
            actions[status.value] = action
        self.correct_action = self._action(
            "correctStatusAction", translate("SignatoriesTab", "Correct status…"), None,
            translate("SignatoriesTab", "Put a wrong status right, from any status, with the "
                                        "reason; the history keeps it as a correction"))
        return actions

    def _build_view_actions(self) -> None:
        """The side panel's toggle, and Delete in the table."""
        self.details_action = QAction(translate("SignatoriesTab", "Details"), self)
        self.details_action.setObjectName("detailsAction")
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.setToolTip(translate(
            "SignatoriesTab", "Show or hide the side panel (contacts and history)"))
        self.details_action.toggled.connect(self.details.setVisible)
        # Delete belongs to the table only: in the search field it deletes text.
        self.delete_key = QAction(self.table)
        self.delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_key)

    def _build_toolbar(self) -> None:
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

    def selected_statuses(self) -> set[str]:
        """The statuses among the selected rows, read from the selection's
        ranges (never row by row through the selection model)."""
        selection = self.table.selectionModel()
        if selection is None or not self.model.rowCount():
            return set()
        ranges = selection.selection()
        return self.model.statuses_of(
            row for sel in ranges for row in range(sel.top(), sel.bottom() + 1))

    @staticmethod
    def offered_moves(statuses: set[str]) -> set[str]:
        """What "Mark as" offers for a selection of these statuses: every
        move the workflow allows for at least one of them (the union, not
        the intersection). A coordinator who selects invited and prospect
        organisations and marks them "Reminded" expects the invited ones to
        move; the status change applies each allowed move and names the rows
        it refused (`StatusChanges`), where an intersection would hide
        "Reminded" because one prospect was in the selection. One signatory
        gets exactly its own moves, as in the side panel (a status from a
        newer Sign-on offers none)."""
        known = {s.value for s in Status}
        return {s.value for status in statuses if status in known
                for s in allowed_next(Status(status))}

    def build_context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("signatoryContextMenu")
        status_menu = menu.addMenu(translate("SignatoriesTab", "Mark as"))
        status_menu.setObjectName("markAsMenu")
        moves = self.offered_moves(self.selected_statuses())
        for status, action in self.status_actions.items():
            if status in moves:
                status_menu.addAction(action)
        status_menu.addSeparator()
        status_menu.addAction(self.correct_action)
        menu.addAction(self.status_action)
        menu.addAction(self.correct_action)
        menu.addAction(self.private_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.remove_action)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.duplicates_action)
        return menu

    # -- showing what the tab hands over -----------------------------------------------------

    def show_counts(self, counts: dict[str, int], total: int, shown: int) -> None:
        """The counts line (each status a link that filters by it), "N shown"
        while a search or filter hides rows, and the counts in the filter."""
        parts = [f"<a href='all' style='color:{INK}; text-decoration:none'>"
                 + wording.signatories(total) + "</a>"]
        for status in STATUS_ORDER:
            n = counts.get(status.value, 0)
            if n:
                colour = STATUS_COLOURS[status.value]
                # &nbsp; inside an item: a narrow window wraps between items only
                parts.append(
                    f"<a href='{status.value}' style='color:{DARK_GREY}; text-decoration:none'>"
                    f"<span style='color:{colour}'>●</span>&nbsp;"
                    f"{escape(status_count(status.value, n)).replace(' ', '&nbsp;')}</a>")
        self.shown_label.setText("" if shown == total else wording.shown(shown))
        text = " &nbsp;·&nbsp; ".join(parts)
        if text == self.counts.text():
            return  # a keystroke changes what is shown, not the counts
        self.counts.setText(text)
        for i in range(1, self.status_filter.count()):
            status = Status(self.status_filter.itemData(i))
            count = format_number(counts.get(status.value, 0))
            self.status_filter.setItemText(i, f"{status_label(status.value)} ({count})")
        self.status_filter.setItemText(0, translate(
            "SignatoriesTab", "All statuses ({count})").format(count=format_number(total)))

    def show_loading(self, busy: bool) -> None:
        """While the campaign's rows are read: say so where the counts go,
        and hold the search and filter until there is something to search."""
        if busy:
            self.counts.setText(translate("SignatoriesTab", "Loading signatories…"))
            self.shown_label.clear()
        self.search.setEnabled(not busy and self.campaign_id is not None)
        self.status_filter.setEnabled(not busy and self.campaign_id is not None)

    def show_notice(self, html: str, warning: bool = False, undo: bool = False) -> None:
        """The notice bar with `html`; `undo` shows its Undo button."""
        self.notice.setProperty("warning", warning)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setText(html)
        self.notice.show()
        self.notice_undo.setVisible(undo)
        self.notice_row.show()

    def hide_notice(self) -> None:
        self.notice_row.hide()
        self.notice_undo.hide()

    def show_banner(self, text: str, *, ask: bool, waiting: bool, keep: bool) -> None:
        """The reconfirmation banner: `ask` offers to mark the outdated
        endorsements (or keep them), `waiting` offers to print those who
        must reconfirm meanwhile (`keep`, without telling the tab)."""
        self.banner_text.setText(text)
        self.reconfirm_button.setVisible(ask)
        self.keep_button.setVisible(ask)
        self.keep_box.setVisible(waiting)
        self.keep_box.blockSignals(True)
        self.keep_box.setChecked(keep)
        self.keep_box.blockSignals(False)
        self.banner.show()
