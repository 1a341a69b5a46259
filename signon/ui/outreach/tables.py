"""Column sizing shared by the Outreach tables."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget


def fit_columns(table: QTableWidget, caps: dict[int, int] | None = None) -> None:
    """Size columns to their contents (long ones capped) and let the last one
    take the remaining width. Qt computes a Stretch section only when its mode
    is set or the view is resized, not after resizeColumnsToContents, so the
    mode is set again here."""
    table.resizeColumnsToContents()
    for col, cap in (caps or {}).items():
        table.setColumnWidth(col, min(table.columnWidth(col), cap))
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
