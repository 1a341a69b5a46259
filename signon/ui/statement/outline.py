"""The composer's outline (`statementEditor`): sections and their items, with
lead-ins shown as they will print, reordering by drag or Alt+Up/Down.

The tree is rebuilt from the document after every structural change (a
statement has tens of rows, not thousands), so it can never drift from the
document; drops are turned into undoable commands instead of letting Qt move
rows itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from signon.domain.compose import SectionKind, compose_items, item_numbering
from signon.ui.elide import IsolatingDelegate, isolate
from signon.ui.i18n import translate
from signon.ui.statement.document import ItemNode, SectionNode, StatementDoc, drop_target
from signon.ui.statement.fields import claims_undo_keys, route_undo
from signon.ui.statement.library_tree import BLOCK_MIME, refs_from_mime

OUTLINE_MIME = "application/x-signon-outline-node"
UID_ROLE = Qt.ItemDataRole.UserRole
#: The row's translation status ("missing", "outdated", "current") in the
#: chosen translation language, None when it has nothing to translate.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a section is called in the outline and the composer (translated when
#: shown: section_title).
SECTION_TITLES = {
    SectionKind.INTRO: QT_TRANSLATE_NOOP("SectionTitle", "Introduction"),
    SectionKind.CONCERN: QT_TRANSLATE_NOOP("SectionTitle", "Concerns"),
    SectionKind.RECOMMENDATION: QT_TRANSLATE_NOOP("SectionTitle", "Recommendations"),
    SectionKind.CLOSING: QT_TRANSLATE_NOOP("SectionTitle", "Closing"),
    SectionKind.TEXT: QT_TRANSLATE_NOOP("SectionTitle", "Free text"),
    SectionKind.LIST: QT_TRANSLATE_NOOP("SectionTitle", "List"),
}
PREVIEW_CHARS = 220


def section_title(kind: SectionKind) -> str:
    return translate("SectionTitle", SECTION_TITLES[kind])


def _short(text: str) -> str:
    """The start of a text on one line (only the start is looked at: labels
    are refreshed on every keystroke, whatever the length of the text)."""
    head = " ".join(text[:PREVIEW_CHARS * 2].split())
    if len(head) <= PREVIEW_CHARS and len(text) <= PREVIEW_CHARS * 2:
        return head
    return head[:PREVIEW_CHARS].rstrip() + "…"


def _tip(text: str, limit: int = 1200) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


def item_labels(section: SectionNode, language: str) -> list[str]:
    """Each item as it will read, lead-in included ("First, the …", "2. …");
    blank items, which print nothing, say so."""
    texts = [i.text for i in section.items]
    composed = iter(compose_items(texts, item_numbering(section), language))
    out = []
    for text in texts:
        if not text.strip():
            out.append(translate("OutlineTree", "(empty item: write it or delete it)"))
            continue
        c = next(composed)
        out.append(_short(f"{c.marker} {c.text}" if c.marker else c.text))
    return out


def section_label(section: SectionNode) -> str:
    """"Introduction: We, the …", "Concerns (5 items): We are …". The
    statement's own words (title, lead, text) are each a Unicode isolate:
    in the Arabic interface an English text after an Arabic heading keeps
    its own direction, so its "…", when the row cuts it short, is where
    that text ends, not at the row's far left ("…We, the undersigned :المقدمة")."""
    name = section_title(section.kind)
    title = section.title.strip()
    if title and title.casefold() != name.casefold():
        # the quotation marks are the language's («…» in Arabic, where “…”
        # around an English title read reversed)
        name = translate("OutlineTree", "{section} “{title}”").format(
            section=name, title=isolate(title))
    if section.kind.is_list:
        n = sum(1 for i in section.items if i.text.strip())
        count = OutlineTree.tr("%Ln items", "", n) if n \
            else translate("OutlineTree", "empty list")
        lead = f": {isolate(_short(section.lead))}" if section.lead.strip() else ""
        return f"{name} ({count}){lead}"
    if not section.text.strip():
        return translate("OutlineTree", "{section} (empty)").format(section=name)
    return f"{name}: {isolate(_short(section.text))}"


class OutlineTree(QTreeWidget):
    move_requested = Signal(int, int)  # uid, delta
    delete_requested = Signal(int)
    edit_requested = Signal(int)
    blocks_dropped = Signal(list, object)  # block ids, (section index, item index)
    node_dropped = Signal(int, object)  # uid, (section index, item index)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statementEditor")
        self.setAccessibleName(self.tr("Statement outline"))
        self.setAccessibleDescription(
            self.tr("Sections and items of the statement. Alt+Up and Alt+Down reorder, Delete "
                    "removes, Enter edits the selected text."))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegate(IsolatingDelegate(self))  # "…" where the text ends
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setExpandsOnDoubleClick(False)
        self.itemDoubleClicked.connect(lambda item, _c: self.edit_requested.emit(
            item.data(0, UID_ROLE)))
        self.doc: StatementDoc = StatementDoc()
        self.language = "en"
        self._warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._no_icon = QIcon()
        #: Looks up a library block's kind by id (set by the composer), so a
        #: drop knows whether a block becomes an item or a section.
        self.block_kind: Callable[[int], str | None] | None = None
        #: The composer's history: Ctrl+Z here undoes statement edits.
        self.undo_stack: QUndoStack | None = None
        #: While a translation language is chosen, each row shows its status
        #: in it (missing / outdated / current) as an icon and in its tooltip.
        self.status_language: str | None = None

    # -- building -----------------------------------------------------------------

    def rebuild(self, doc: StatementDoc, language: str, select_uid: int | None) -> None:
        self.doc, self.language = doc, language
        self.blockSignals(True)
        self.clear()
        chosen = None
        for section in doc.sections:
            row = QTreeWidgetItem(self)
            row.setData(0, UID_ROLE, section.uid)
            font = row.font(0)
            font.setBold(True)
            row.setFont(0, font)
            if section.uid == select_uid:
                chosen = row
            for item in section.items:
                child = QTreeWidgetItem(row)
                child.setData(0, UID_ROLE, item.uid)
                if item.uid == select_uid:
                    chosen = child
            self._label_section(row, section)
            row.setExpanded(True)
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentItem(chosen)
        elif self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))
        else:
            self.currentItemChanged.emit(None, None)

    def _label_section(self, row: QTreeWidgetItem, section: SectionNode) -> None:
        empty = section.kind.is_list and not any(i.text.strip() for i in section.items) or (
            not section.kind.is_list and not section.text.strip())
        row.setText(0, section_label(section))
        row.setToolTip(0, _tip(section.lead or section.text or section_label(section)))
        row.setIcon(0, self._warn if empty else self._no_icon)
        self._clear_status(row)
        if self.status_language and not empty:
            self._show_status(row, section, None)
        for j, label in enumerate(item_labels(section, self.language)):
            child = row.child(j)
            if child is not None:
                child.setText(0, label)
                child.setToolTip(0, _tip(section.items[j].text))
                child.setIcon(0, self._warn if not section.items[j].text.strip()
                              else self._no_icon)
                self._clear_status(child)
                if self.status_language and section.items[j].text.strip():
                    self._show_status(child, section, section.items[j])

    @staticmethod
    def _clear_status(row: QTreeWidgetItem) -> None:
        row.setData(0, STATUS_ROLE, None)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, None)

    def _show_status(self, row: QTreeWidgetItem, section: SectionNode,
                     item: ItemNode | None) -> None:
        """The node's translation status: icon, tooltip, and the text a screen
        reader says for the row."""
        from signon.ui.statement.translation_status import (
            node_status,
            status_icon,
            status_label,
        )

        status = node_status(section, item, self.status_language)
        if status is None:
            return
        label = f"{self.status_language}: {status_label(status)}"
        row.setIcon(0, status_icon(status))
        row.setData(0, STATUS_ROLE, status.value)
        row.setToolTip(0, f"{label}\n\n{row.toolTip(0)}")
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{row.text(0)} ({label})")

    def refresh_section(self, section_uid: int) -> None:
        """Relabel one section and its items (typing in an item can change its
        siblings' lead-ins, e.g. when a blank item gets its first word)."""
        for i in range(self.topLevelItemCount()):
            row = self.topLevelItem(i)
            if row.data(0, UID_ROLE) == section_uid:
                section, _ = self.doc.find(section_uid)
                if section is not None:
                    self._label_section(row, section)
                return

    def current_uid(self) -> int | None:
        item = self.currentItem()
        return item.data(0, UID_ROLE) if item is not None else None

    def select_uid(self, uid: int | None) -> None:
        if uid is None:
            return
        for i in range(self.topLevelItemCount()):
            row = self.topLevelItem(i)
            if row.data(0, UID_ROLE) == uid:
                self.setCurrentItem(row)
                return
            for j in range(row.childCount()):
                if row.child(j).data(0, UID_ROLE) == uid:
                    self.setCurrentItem(row.child(j))
                    return

    # -- keyboard -----------------------------------------------------------------

    def event(self, event) -> bool:
        return claims_undo_keys(event) or super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.undo_stack is not None and route_undo(self.undo_stack, event):
            event.accept()
            return
        uid = self.current_uid()
        if uid is not None:
            if event.matches(QKeySequence.StandardKey.Delete):
                self.delete_requested.emit(uid)
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.edit_requested.emit(uid)
                event.accept()
                return
        super().keyPressEvent(event)

    # -- drag and drop --------------------------------------------------------------

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [OUTLINE_MIME, BLOCK_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt API)
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if items:
            mime.setData(OUTLINE_MIME, json.dumps(items[0].data(0, UID_ROLE)).encode())
        return mime

    def _target(self, pos: QPoint, mime: QMimeData) -> tuple[int, int | None] | None:
        row = self.itemAt(pos)
        zone = "on"
        uid = None
        if row is not None:
            uid = row.data(0, UID_ROLE)
            rect = self.visualItemRect(row)
            third = max(rect.height() // 3, 1)
            if pos.y() < rect.top() + third:
                zone = "above"
            elif pos.y() > rect.bottom() - third:
                zone = "below"
        if mime.hasFormat(OUTLINE_MIME):
            moving = json.loads(bytes(mime.data(OUTLINE_MIME)).decode())
            _, item = self.doc.find(moving)
            target = drop_target(self.doc, uid, zone, wants_item=item is not None)
            if target is None or (item is not None and target[1] is None):
                return None
            return target
        ids = refs_from_mime(mime)
        if not ids:
            return None
        kinds = self._block_kinds(ids)
        wants_item = bool(kinds) and all(SectionKind(k).is_list for k in kinds)
        return drop_target(self.doc, uid, zone, wants_item=wants_item)

    def _block_kinds(self, ids: list[int]) -> list[str]:
        if self.block_kind is None:
            return []
        return [k for k in (self.block_kind(i) for i in ids) if k]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasFormat(OUTLINE_MIME) or event.mimeData().hasFormat(BLOCK_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().dragMoveEvent(event)  # drop indicator and auto-scroll
        if self._target(event.position().toPoint(), event.mimeData()) is None:
            event.ignore()
            return
        internal = event.mimeData().hasFormat(OUTLINE_MIME)
        event.setDropAction(Qt.DropAction.MoveAction if internal else Qt.DropAction.CopyAction)
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt API)
        mime = event.mimeData()
        target = self._target(event.position().toPoint(), mime)
        if target is None:
            event.ignore()
            return
        # Report as a copy so Qt does not delete the dragged rows itself; the
        # command runs after the drag has finished and rebuilds the tree.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if mime.hasFormat(OUTLINE_MIME):
            uid = json.loads(bytes(mime.data(OUTLINE_MIME)).decode())
            QTimer.singleShot(0, lambda: self.node_dropped.emit(uid, target))
        else:
            ids = refs_from_mime(mime)
            QTimer.singleShot(0, lambda: self.blocks_dropped.emit(ids, target))
