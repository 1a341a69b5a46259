"""Column widths a person sets by dragging, remembered across restarts, and
the whole text of an elided cell as its tooltip.

A table that sizes its columns itself (from its labels, never by measuring
rows: `ResizeToContents` walks every row, 200,000 of them in a big
campaign) lets the person drag a column wider or narrower. `ColumnMemory`
tells those drags from the table's own sizing, keeps them, and stores them
in ui-settings.ini (`COLUMN_WIDTHS`, by the table's objectName and a stable
key per column, so a column added later does not take another's width);
the table then uses the width kept for a column instead of its own.

`share_width` divides a table's width between columns in order of
importance, so a narrow table shows its columns side by side instead of
scrolling sideways.

`show_elided_tooltip` is for a viewport's ToolTip event: it measures the one
cell under the mouse, so it costs nothing per row and nothing per paint.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QTableView, QToolTip

from signon.ui.settings import COLUMN_WIDTHS, ui_settings

#: How long after the last drag the widths are written (a drag resizes on
#: every mouse move).
SAVE_DELAY_MS = 400
#: Room the item view leaves around a cell's text (both sides together).
CELL_TEXT_PADDING = 12


class ColumnMemory(QObject):
    """The widths the person dragged a table's columns to, by column key
    (`keys[column]`); the table's own resizes go inside `fitting()` and are
    not taken for the person's. Columns in `ignored` (a stretching one, whose
    width follows the others) are never kept."""

    def __init__(self, table: QTableView, keys: Sequence[str], ignored: Sequence[int] = ()):
        super().__init__(table)
        self.table = table
        self.keys = tuple(keys)
        self.ignored = frozenset(ignored)
        self._fitting = 0
        self.widths: dict[int, int] = self._read()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def _read(self) -> dict[int, int]:
        stored = ui_settings().get(COLUMN_WIDTHS, table=self.table.objectName())
        try:
            by_key = json.loads(stored) if isinstance(stored, str) and stored else {}
        except ValueError:
            return {}
        if not isinstance(by_key, dict):
            return {}
        return {col: width for col, key in enumerate(self.keys)
                if isinstance(width := by_key.get(key), int) and width > 0
                and col not in self.ignored}

    def fitting(self) -> _Fitting:
        """`with memory.fitting():` around the table's own setColumnWidth."""
        return _Fitting(self)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or new <= 0 or column in self.ignored or column >= len(self.keys):
            return
        if self.table.isColumnHidden(column):
            return
        self.widths[column] = new
        self._timer.start()

    def save(self) -> None:
        self._timer.stop()
        settings = ui_settings()
        name = self.table.objectName()
        if self.widths:
            settings.put(COLUMN_WIDTHS, json.dumps(
                {self.keys[col]: width for col, width in sorted(self.widths.items())}),
                table=name)
        else:
            settings.forget(COLUMN_WIDTHS, table=name)
        settings.sync()

    def forget(self) -> None:
        """Back to the table's own widths ("Reset column widths")."""
        self.widths.clear()
        self.save()


class _Fitting:
    def __init__(self, memory: ColumnMemory):
        self.memory = memory

    def __enter__(self) -> None:
        self.memory._fitting += 1

    def __exit__(self, *_exc) -> None:
        self.memory._fitting -= 1


def share_width(wants: Sequence[int], floors: Sequence[int], available: int,
                least: int = 24) -> list[int]:
    """Widths for columns that want `wants` and need `floors` (their
    header), in order of importance, adding up to no more than `available`:
    every column gets its floor, then the earlier ones what they want first.
    When even the floors do not fit, the earlier columns keep theirs and the
    later ones are cut short, none below `least` while there is room for it
    (a column is never dropped, nor pushes the table into a sideways scroll;
    its header and cells are elided, whole in their tooltips)."""
    floors = [max(0, f) for f in floors]
    wants = [max(w, f) for w, f in zip(wants, floors, strict=True)]
    widths: list[int] = []
    left = max(available, 0)
    if sum(floors) >= left:
        for i, floor in enumerate(floors):
            after = len(floors) - i - 1
            width = max(min(floor, left - least * after), min(least, left))
            widths.append(width)
            left -= width
        return widths
    rest_floor = sum(floors)
    for want, floor in zip(wants, floors, strict=True):
        rest_floor -= floor
        width = max(floor, min(want, left - rest_floor))
        widths.append(width)
        left -= width
    return widths


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
