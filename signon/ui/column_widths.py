"""The whole text of an elided cell as its tooltip, for the tables that size
their columns themselves (the signatories, the outreach lists).

`show_elided_tooltip` is for a viewport's ToolTip event: it measures the one
cell under the mouse, so it costs nothing per row and nothing per paint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTableView, QToolTip

#: Room the item view leaves around a cell's text (both sides together).
CELL_TEXT_PADDING = 12


def show_elided_tooltip(table: QTableView, event: QEvent) -> bool:
    """For the ToolTip event of `table`'s viewport: when the cell under the
    mouse has a tooltip of its own, leave it to Qt (False); when its text is
    elided, show the whole text; otherwise show nothing. True when handled."""
    index = table.indexAt(event.pos())
    if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
        return False
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    rect = table.visualRect(index)
    needed = table.fontMetrics().horizontalAdvance(text) + CELL_TEXT_PADDING
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    if ((icon is not None and not (isinstance(icon, QIcon) and icon.isNull()))
            or index.data(Qt.ItemDataRole.CheckStateRole) is not None):
        needed += table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
    if not text or needed <= rect.width():
        QToolTip.hideText()
        event.ignore()
        return True
    QToolTip.showText(event.globalPos(), text, table.viewport(), rect)
    return True
