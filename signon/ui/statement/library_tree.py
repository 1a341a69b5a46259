"""The block library's tree (`blockLibrary`): blocks grouped by kind, Enter
or a double click to insert one, and the drag format (`BLOCK_MIME`, a JSON
list of block ids) that the composer's outline accepts as a drop.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from signon.ui.elide import IsolatingDelegate

BLOCK_MIME = "application/x-signon-block"
ID_ROLE = Qt.ItemDataRole.UserRole
#: the block's text, which a drag carries as plain text
BODY_ROLE = Qt.ItemDataRole.UserRole + 1


def refs_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(BLOCK_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(BLOCK_MIME)).decode())]
    except (ValueError, TypeError):
        return []


class LibraryTree(QTreeWidget):
    """Blocks grouped by kind; Enter inserts, blocks can be dragged out."""

    activated_block = Signal(int)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("blockLibrary")
        self.setAccessibleName(self.tr("Block library"))
        self.setAccessibleDescription(
            self.tr("Enter inserts the selected block into the statement"))
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        # the title takes the width; the languages badge only what it needs
        # (it used to take half, cutting titles to "Before the fi…")
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(IsolatingDelegate(self))  # "…" where the title ends
        self.itemDoubleClicked.connect(self._double_clicked)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [BLOCK_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = [i.data(0, ID_ROLE) for i in items if i.data(0, ID_ROLE) is not None]
        mime.setData(BLOCK_MIME, json.dumps(ids).encode())
        mime.setText("\n\n".join(i.data(0, BODY_ROLE) for i in items if i.data(0, ID_ROLE)))
        return mime

    def current_block_id(self) -> int | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None and item.data(0, ID_ROLE) is not None:
                self.activated_block.emit(item.data(0, ID_ROLE))
            elif item is not None:
                item.setExpanded(not item.isExpanded())
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE) is not None:
            self.activated_block.emit(item.data(0, ID_ROLE))
