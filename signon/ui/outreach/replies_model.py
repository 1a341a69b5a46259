"""The Replies page's table as an item model: one row per message read or
reply recorded (`replies_reading.ReplyRow`), each cell's text given when it
is painted; the action and state in their colours, and why a sender is
verified or not as the Verified cell's tooltip."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from signon.ui import colours
from signon.ui.labels import format_date
from signon.ui.outreach import replies_wording as words
from signon.ui.outreach.replies_reading import ReplyRow

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole

COL_DATE, COL_FROM, COL_SIGNATORY, COL_MATCH, COL_ACTION, COL_VERIFIED, COL_STATE = range(7)

_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


class ReplyTableModel(QAbstractTableModel):
    """Rows of `ReplyRow`; `rows` in the order shown."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = tuple(headers)
        self.rows: list[ReplyRow] = []

    def set_rows(self, rows: list[ReplyRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == DISPLAY:
            return self._text(row, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, col)
        return None

    @staticmethod
    def _text(row: ReplyRow, col: int) -> str:
        if col == COL_DATE:
            return format_date(row.date) if row.date else ""
        if col == COL_FROM:
            return row.from_address
        if col == COL_SIGNATORY:
            return words.signatory_label(row)
        if col == COL_MATCH:
            return words.match_label(row.match)
        if col == COL_ACTION:
            return words.action_label(row.action)
        if col == COL_VERIFIED:
            return words.verified_label(row)
        return words.state_label(row.state)

    @staticmethod
    def _colour(row: ReplyRow, col: int) -> QBrush | None:
        if col == COL_ACTION:
            return _brush(words.ACTION_COLOURS.get(row.action, colours.GREY))
        if col == COL_STATE:
            return _brush(words.STATE_COLOURS.get(row.state, colours.GREY))
        if col == COL_VERIFIED:
            return _brush(colours.SUCCESS if row.verified else colours.GREY)
        if col == COL_SIGNATORY and not row.signatory:
            return _brush(colours.GREY)
        return None

    @staticmethod
    def _tip(row: ReplyRow, col: int) -> str | None:
        if col == COL_VERIFIED:
            return words.verification_note(row)
        if col == COL_MATCH:
            return words.match_tip(row.match) or None
        if col == COL_ACTION:
            return row.reason or None
        if col == COL_STATE:
            return words.state_tip(row) or None
        if col == COL_FROM:
            return row.subject or row.from_address or None
        return None
