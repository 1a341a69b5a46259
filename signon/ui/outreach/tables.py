"""Column sizing shared by the Outreach tables."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyle, QTableWidget, QToolTip

# The narrowest a long text column (a name, an address) is squeezed to.
ELASTIC_MIN_WIDTH = 90
# Room the item view leaves around a cell's text (both sides together).
CELL_TEXT_PADDING = 12


def fit_columns(table: QTableWidget, caps: dict[int, int] | None = None,
                elastic: tuple[int, ...] = ()) -> None:
    """Size columns to their contents (long ones capped) and let the last one
    take the remaining width. Qt computes a Stretch section only when its mode
    is set or the view is resized, not after resizeColumnsToContents, so the
    mode is set again here.

    The `elastic` columns (long names and addresses) give up width, down to
    `ELASTIC_MIN_WIDTH`, whenever the columns would be wider than the table,
    now and each time the table is resized: otherwise they pushed the table
    into sideways scrolling at the default window size. Their text is then
    elided, and a cell whose text does not fit shows it whole as a tooltip."""
    table.resizeColumnsToContents()
    for col, cap in (caps or {}).items():
        table.setColumnWidth(col, min(table.columnWidth(col), cap))
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
    natural = [table.columnWidth(col) for col in range(table.columnCount())]
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table)
    fitter.set_widths(natural, elastic)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)


class ColumnFitter(QObject):
    """Keeps a table's columns within its width as the table is resized, and
    shows an elided cell's whole text as its tooltip. One per table, made by
    `fit_columns`."""

    def __init__(self, table: QTableWidget):
        super().__init__(table)
        self.table = table
        self.natural: list[int] = []
        self.elastic: tuple[int, ...] = ()
        table.setWordWrap(False)  # a squeezed address is elided, not cut to a line and a half
        table.viewport().installEventFilter(self)

    def set_widths(self, natural: list[int], elastic: tuple[int, ...]) -> None:
        self.natural, self.elastic = natural, elastic
        self.fit(force=True)

    def fit(self, force: bool = False) -> None:
        """The natural widths, the elastic columns shrunk in proportion to
        what each can give so that every column, the last one at its natural
        width, fits the viewport. On a resize, widths set by hand are left
        alone unless the columns no longer fit or were squeezed before (then
        they get their width back as the table grows)."""
        count = len(self.natural)
        if not count or count != self.table.columnCount():
            return
        if not force:
            current = [self.table.columnWidth(col) for col in range(count - 1)]
            overflows = sum(current) + self.natural[-1] > self.table.viewport().width()
            squeezed = any(current[col] < self.natural[col] for col in self.elastic
                           if col < count - 1)
            if not (overflows or squeezed):
                return
        widths = list(self.natural)
        excess = sum(widths) - self.table.viewport().width()
        give = {col: max(0, widths[col] - ELASTIC_MIN_WIDTH) for col in self.elastic
                if col < len(widths) - 1}
        spare = sum(give.values())
        if excess > 0 and spare:
            taken = min(excess, spare)
            for col, can in give.items():
                widths[col] -= -(-taken * can // spare)  # rounded up: never a pixel short
        for col, width in enumerate(widths[:-1]):
            if self.table.columnWidth(col) != width:
                self.table.setColumnWidth(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() == QEvent.Type.ToolTip:
            return self._tooltip(event)
        return False

    def _tooltip(self, event) -> bool:
        """An elided cell's text, unless the cell has a tooltip of its own."""
        index = self.table.indexAt(event.pos())
        item = self.table.item(index.row(), index.column()) if index.isValid() else None
        if item is None or item.toolTip():
            return False
        rect = self.table.visualRect(index)
        needed = self.table.fontMetrics().horizontalAdvance(item.text()) + CELL_TEXT_PADDING
        if not item.icon().isNull() or item.data(Qt.ItemDataRole.CheckStateRole) is not None:
            needed += self.table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
        if needed <= rect.width():
            QToolTip.hideText()
            event.ignore()
            return True
        QToolTip.showText(event.globalPos(), item.text(), self.table.viewport(), rect)
        return True


def shrinkable_combo(combo: QComboBox, characters: int = 10) -> None:
    """A drop-down as wide as its longest entry when there is room, but
    able to shrink to a few characters, so that a long status or template
    name does not set the panel's minimum width; the drop-down list still
    shows every entry whole, and the tooltip the current one. (Sized by the
    few characters only, it stayed that narrow beside a label that took the
    rest of the row.)"""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    narrow = combo.minimumSizeHint().width()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(narrow)  # an explicit minimum wins over the contents' width
    combo.currentTextChanged.connect(combo.setToolTip)
