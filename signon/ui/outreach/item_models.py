"""The Outreach tab's long lists as item models: who gets a message (with a
check box each), who has not answered, and whom to preview a message for.

A campaign can have 50,000 signatories. Filled item by item, these lists
froze the window for a second each time a campaign was shown (300,000
QTableWidgetItems, 12,000 rows of formatted dates and numbers, 50,000
drop-down entries); a model holds the rows as they were read and gives a
cell's text only when the view paints it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from signon.domain.addresses import address_problem_text
from signon.domain.status import AWAITING
from signon.outreach.mailing import Recipient
from signon.ui import colours
from signon.ui.labels import (
    format_date,
    format_number,
    status_label,
    status_word,
)

ModelIndex = QModelIndex | QPersistentModelIndex
AWAITING_VALUES = frozenset(s.value for s in AWAITING)
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class _Table(QAbstractTableModel):
    """Rows of one kind, a header text per column and, for the columns a row
    fills, a function of the row giving the cell's text: called when the
    cell is painted, not for every row when the rows come."""

    def __init__(self, headers: Sequence[str], columns: Sequence[Callable[[Any], str]],
                 parent=None):
        super().__init__(parent)
        self.headers = tuple(headers)
        self.columns = tuple(columns)
        self.rows: list = []

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY and index.isValid():
            return self.columns[index.column()](self.rows[index.row()])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class RecipientModel(_Table):
    """The recipients a mailing may go to: name, status, country, contact,
    address and problem, with a check box in the first column. A row with a
    problem comes unchecked, its problem in the error colour and in full as
    the cell's tooltip. `dataChanged` tells when a check box changed."""

    PROBLEM = 5
    PROBLEM_BRUSH = QBrush(QColor(colours.ERROR))

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(headers, (attrgetter("name"), lambda r: status_label(r.status),
                                   attrgetter("country"), attrgetter("greeting_name"),
                                   attrgetter("email")), parent)
        self.problems: list[str] = []
        self.problem_count = 0
        self._checked = bytearray()

    def set_recipients(self, rows: list[Recipient], problems: list[str]) -> None:
        """The rows and why each cannot get the message ("" if it can)."""
        self.beginResetModel()
        self.rows, self.problems = rows, problems
        self._checked = bytearray(not p for p in problems)
        self.problem_count = self._checked.count(0)
        self.endResetModel()

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == DISPLAY:
            if col == self.PROBLEM:
                return self.problems[row]
            return self.columns[col](self.rows[row])
        if role == Qt.ItemDataRole.CheckStateRole:
            return (CHECKED if self._checked[row] else UNCHECKED) if col == 0 else None
        if col == self.PROBLEM and self.problems[row]:
            if role == Qt.ItemDataRole.ForegroundRole:
                return self.PROBLEM_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.problems[row]
        return None

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        self._checked[index.row()] = Qt.CheckState(value) == CHECKED
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def checked(self) -> list[Recipient]:
        return [r for r, on in zip(self.rows, self._checked, strict=True) if on]

    def checked_count(self) -> int:
        return len(self._checked) - self._checked.count(0)

    def check(self, wanted: Callable[[Recipient], bool]) -> None:
        """Check the rows `wanted` accepts, uncheck the others."""
        self._checked = bytearray(bool(wanted(r)) for r in self.rows)
        self._all_changed()

    def check_all(self, on: bool) -> None:
        self._checked = bytearray([on]) * len(self.rows)
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])


class UnansweredModel(_Table):
    """Who has not answered: name, status, country, address (or why there
    is none), when last written to, how many reminders; read only."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(headers, (attrgetter("name"), lambda r: status_label(r.status),
                                   attrgetter("country"),
                                   lambda r: r.email or address_problem_text(r.problem),
                                   lambda r: format_date(r.last_contacted) or "—",
                                   lambda r: format_number(r.reminders_sent)), parent)


class PreviewRecipientsModel(QAbstractListModel):
    """The signatories a message can be previewed for, as "name — status",
    with the signatory id as Qt.UserRole data (a combo box's `findData` and
    `currentData`), found by id without going through the list. The rows
    come sorted by name (`OutreachSnapshot.by_name`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Recipient] = []
        self._rows_by_id: dict[int, int] | None = None

    def set_rows(self, rows: list[Recipient]) -> None:
        self.beginResetModel()
        self.rows, self._rows_by_id = rows, None
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            return f"{r.name} — {status_word(r.status)}"
        if role == Qt.ItemDataRole.UserRole:
            return r.signatory_id
        return None

    def first_unanswered(self) -> int:
        """The row to preview for when none was chosen: the first who has
        not answered (prospect, invited, reminded: whom invitations and
        reminders go to) with an address, else without one, else the first
        row; -1 when there is none."""
        without_address = -1
        for i, r in enumerate(self.rows):
            if r.status in AWAITING_VALUES:
                if r.email:
                    return i
                if without_address < 0:
                    without_address = i
        return without_address if without_address >= 0 else (0 if self.rows else -1)

    def row_of(self, signatory_id: Any) -> int:
        """The row of a signatory, -1 if not in the list."""
        if signatory_id is None:
            return -1
        if self._rows_by_id is None:
            # built in C (reversed: the first row of an id wins, as a scan finds it)
            ids = map(attrgetter("signatory_id"), reversed(self.rows))
            self._rows_by_id = dict(zip(ids, range(len(self.rows) - 1, -1, -1), strict=True))
        return self._rows_by_id.get(signatory_id, -1)

    def match(self, start: ModelIndex, role: int, value: Any, hits: int = 1,
              flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap
              ) -> list[QModelIndex]:
        # QComboBox.findData(id): a look-up, not 50,000 calls to data()
        exact = (Qt.MatchFlag(flags) & Qt.MatchFlag.MatchTypeMask) == Qt.MatchFlag.MatchExactly
        if (role == Qt.ItemDataRole.UserRole and exact and hits == 1 and start.row() == 0
                and isinstance(value, int)):
            row = self.row_of(value)
            return [self.index(row, 0)] if row >= 0 else []
        return super().match(start, role, value, hits, flags)
