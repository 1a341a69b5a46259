"""Column sizing shared by the Outreach tables."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from itertools import groupby
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableView

from signon.ui.column_widths import show_elided_tooltip

# The narrowest a long text column (a name, an address) is squeezed to.
ELASTIC_MIN_WIDTH = 90
# The most rows a column is measured on: a longer table is measured on this
# many rows spread over it.
MEASURED_ROWS = 100


def fit_columns(table: QTableView, caps: dict[int, int] | None = None,
                elastic: tuple[int, ...] = (), empty: dict[int, int] | None = None) -> None:
    """Size columns to their contents (long ones capped) and let the last one
    take the remaining width. Qt computes a Stretch section only when its mode
    is set or the view is resized, not after the widths are set, so the mode
    is set again here.

    The `elastic` columns (long names and addresses) give up width, down to
    `ELASTIC_MIN_WIDTH`, whenever the columns would be wider than the table,
    now and each time the table is resized: otherwise they pushed the table
    into sideways scrolling at the default window size. Their text is then
    elided, and a cell whose text does not fit shows it whole as a tooltip.

    `empty` gives columns their width while the table has no rows: sized by
    their headers alone, "To" and "Kind" were squeezed to a word and the
    last column took the rest of the width."""
    header = table.horizontalHeader()
    last = table.model().columnCount() - 1
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
    natural = [min(width, (caps or {}).get(col, width))
               for col, width in enumerate(content_widths(table))]
    if empty and not table.model().rowCount():
        natural = [max(width, empty.get(col, 0)) for col, width in enumerate(natural)]
    for col, width in enumerate(natural):
        table.setColumnWidth(col, width)
    fitter = table.findChild(ColumnFitter)
    if fitter is None:
        fitter = ColumnFitter(table)
    fitter.set_widths(natural, elastic)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)


def reset_keeping_selection(table: QTableView, reset: Callable[[], None],
                            key: Callable[[Any], Hashable] = attrgetter("signatory_id")
                            ) -> None:
    """Reset a table's model (one with a `rows` list) by calling `reset`,
    then select again the rows that were selected and make current the cell
    that was, found by `key`: a model reset forgets them, a QTableWidget
    refilled kept them."""
    model, selection = table.model(), table.selectionModel()
    chosen = {key(model.rows[i.row()]) for i in selection.selectedIndexes()}
    current = selection.currentIndex()
    current_key = key(model.rows[current.row()]) if current.isValid() else None
    reset()
    if not chosen and current_key is None:
        return
    selected, current_row = [], None
    for i, row in enumerate(model.rows):
        k = key(row)
        if k in chosen:
            selected.append(i)
        if current_row is None and current_key is not None and k == current_key:
            current_row = i
    ranges = QItemSelection()
    for _, run in groupby(enumerate(selected), key=lambda pair: pair[1] - pair[0]):
        rows = [i for _, i in run]
        ranges.select(model.index(rows[0], 0), model.index(rows[-1], model.columnCount() - 1))
    selection.select(ranges, QItemSelectionModel.SelectionFlag.Select)
    if current_row is not None:
        selection.setCurrentIndex(model.index(current_row, current.column()),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)


def content_widths(table: QTableView) -> list[int]:
    """Each column's width as resizeColumnsToContents gives it: its header's,
    or its widest cell's (with the grid line) when wider. A table of more
    than `MEASURED_ROWS` rows is measured on that many spread over it, and
    a text is measured once per column (a column's cells differ only by
    their text): resizeColumnsToContents measured a thousand rows, 0.1 s of
    a frozen window on a 50,000-signatory campaign."""
    model, header = table.model(), table.horizontalHeader()
    count = model.rowCount()
    step = max(1.0, count / MEASURED_ROWS)
    rows = sorted({int(i * step) for i in range(min(count, MEASURED_ROWS))})
    grid = 1 if table.showGrid() else 0
    widths = []
    for col in range(model.columnCount()):
        cells = {}
        for row in rows:
            index = model.index(row, col)
            cells.setdefault(index.data(), index)
        widest = max((table.sizeHintForIndex(index).width() for index in cells.values()),
                     default=-grid)
        widths.append(max(header.sectionSizeHint(col), widest + grid))
    return widths


class ColumnFitter(QObject):
    """Keeps a table's columns within its width as the table is resized, and
    shows an elided cell's whole text as its tooltip. One per table, made by
    `fit_columns`."""

    def __init__(self, table: QTableView):
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
        if not count or count != self.table.model().columnCount():
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
        return show_elided_tooltip(self.table, event)


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
