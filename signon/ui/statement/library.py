"""The block library panel: search as you type, filters, and the actions
that create, edit, duplicate, delete, import and export blocks.

Blocks leave the panel only as `BlockRef`s (by Enter, the Insert button or
drag-and-drop); the composer makes its own copy, so the library and the
statements never share text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signon.domain.blocks import (
    BLOCK_KINDS,
    BlockData,
    BlockIndex,
    tags_for_display,
)
from signon.domain.errors import SignonError
from signon.store import blocks as library
from signon.store.database import Database
from signon.store.models import Block
from signon.ui import dialogs
from signon.ui.colours import FAINT, MUTED
from signon.ui.labels import format_number, section_kind_label, section_kind_plural
from signon.ui.statement.block_dialog import COMMON_LANGUAGES, BlockDialog
from signon.ui.statement.document import BlockRef
from signon.ui.statement.translation_blocks import (
    LinkVariantDialog,
    languages_badge,
    link_candidates,
    variant_ref,
)
from signon.ui.statement.translation_status import language_name

BLOCK_MIME = "application/x-signon-block"
ID_ROLE = Qt.ItemDataRole.UserRole


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
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setDragDropMode(QTreeWidget.DragDropMode.DragOnly)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemDoubleClicked.connect(self._double_clicked)

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [BLOCK_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = [i.data(0, ID_ROLE) for i in items if i.data(0, ID_ROLE) is not None]
        mime.setData(BLOCK_MIME, json.dumps(ids).encode())
        mime.setText("\n\n".join(i.toolTip(0) for i in items if i.data(0, ID_ROLE)))
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


class LibraryPanel(QWidget):
    """Search field, filters, the block tree, the selected block's text, and
    library actions. Emits `insert_requested` with a BlockRef and `wrote`
    after any change to the library."""

    insert_requested = Signal(object)
    wrote = Signal()
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("libraryPanel")
        self._blocks: dict[int, Block] = {}
        self._index: BlockIndex[Block] = BlockIndex([])
        self._can_insert = False
        #: language variants by group key, and the campaign's languages: an
        #: inserted block brings its variants in the translation languages
        self._groups: dict[str, list[Block]] = {}
        self._primary = "en"
        self._translation_languages: list[str] = []

        title = QLabel(self.tr("<b>Block library</b>"))
        self.search = QLineEdit(objectName="blockSearch")
        self.search.setPlaceholderText(self.tr("Search title, text, tags…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search blocks"))
        self.kind_filter = QComboBox(objectName="blockKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in BLOCK_KINDS:
            self.kind_filter.addItem(section_kind_plural(kind), kind)
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.language_filter = QComboBox(objectName="blockLanguageFilter")
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.tag_filter = QComboBox(objectName="blockTagFilter")
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        for combo in (self.kind_filter, self.tag_filter):
            combo.setMinimumContentsLength(4)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.language_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.tree = LibraryTree(self)
        self.count_label = QLabel(objectName="blockCount")
        self.count_label.setProperty("role", "muted")
        self.details = QTextBrowser(objectName="blockDetails")
        self.details.setAccessibleName(self.tr("Selected block"))
        self.details.setOpenLinks(False)
        self.details.document().setDocumentMargin(6)

        self.insert_button = QPushButton(self.tr("Insert"), objectName="insertBlockButton")
        self.insert_button.setToolTip(
            self.tr("Insert a copy of the block into the statement (Enter)"))
        self.insert_button.setMinimumWidth(56)  # the style's 80 px floor is too wide here
        self.new_button = QToolButton(objectName="newBlockButton")
        self.new_button.setText(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Write a new block"))
        self.more_button = QToolButton(objectName="libraryMenuButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAccessibleName(self.tr("More library actions"))
        menu = QMenu(self.more_button)
        self.edit_action = menu.addAction(self.tr("Edit…"), self.edit_selected)
        self.edit_action.setObjectName("editBlockAction")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.duplicate_action = menu.addAction(self.tr("Duplicate"), self.duplicate_selected)
        self.tags_action = menu.addAction(self.tr("Edit tags…"), self.edit_tags_selected)
        self.translate_menu = QMenu(self.tr("Translate into"), menu)
        self.translate_menu.setObjectName("translateBlockMenu")
        self.translate_menu.aboutToShow.connect(self._fill_translate_menu)
        self.translate_action = menu.addMenu(self.translate_menu)
        self.translate_action.setObjectName("translateBlockAction")
        self.link_action = menu.addAction(self.tr("Link a translation…"),
                                          self.link_selected)
        self.link_action.setObjectName("linkVariantAction")
        self.unlink_action = menu.addAction(self.tr("Unlink from its translations"),
                                            self.unlink_selected)
        self.unlink_action.setObjectName("unlinkVariantAction")
        self.delete_action = menu.addAction(self.tr("Delete…"), self.confirm_delete)
        menu.addSeparator()
        menu.addAction(self.tr("Import library…"), self._choose_import)
        menu.addAction(self.tr("Export library…"), self._choose_export)
        menu.addAction(self.tr("Add starter blocks"), self.add_starter_blocks)
        self.more_button.setMenu(menu)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.edit_action, self.duplicate_action, self.tags_action,
                       self.translate_action, self.link_action, self.unlink_action,
                       self.delete_action):
            self.tree.addAction(action)

        filters = QHBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.tag_filter, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.insert_button, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.more_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.search)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical, objectName="librarySplitter")
        split.addWidget(top)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 3, 6)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(title, 1)
        heading.addWidget(self.language_filter)
        layout.addLayout(heading)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(self.refresh_tree)
        self.search.returnPressed.connect(self._focus_first_result)
        for combo in (self.kind_filter, self.language_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self.refresh_tree)
        self.tree.currentItemChanged.connect(self._show_current)
        self.tree.activated_block.connect(self._insert_id)
        self.tree.delete_pressed.connect(self.confirm_delete)
        self.insert_button.clicked.connect(self.insert_selected)
        self.new_button.clicked.connect(self.new_block)
        self._update_buttons()

    # -- loading and filtering ---------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        with self.db.session() as session:
            rows = library.list_blocks(session)
        self._blocks = {b.id: b for b in rows}
        self._groups = library.variants_by_group(rows)
        self._index = BlockIndex(rows)
        self._refill(self.language_filter, self.tr("All languages"), self._index.languages)
        self._refill(self.tag_filter, self.tr("All tags"), self._index.tags)
        self.refresh_tree(select_id=select_id)

    @staticmethod
    def _refill(combo: QComboBox, everything: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def set_preferred_language(self, language: str | None) -> None:
        """Show the campaign's language first: a French letter starts with
        the French blocks (the filter can be cleared)."""
        if not language:
            return
        index = self.language_filter.findData(language.split("-")[0].lower())
        if index >= 0:
            self.language_filter.setCurrentIndex(index)

    def visible_blocks(self) -> list[Block]:
        return self._index.search(
            self.search.text(), kind=self.kind_filter.currentData(),
            language=self.language_filter.currentData(), tag=self.tag_filter.currentData())

    def refresh_tree(self, *_args, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.tree.current_block_id()
        shown = self.visible_blocks()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        current = None
        translated = False
        for block in shown:
            group = groups.get(block.kind)
            if group is None:
                group = QTreeWidgetItem(self.tree)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                groups[block.kind] = group
            variants = self.variants(block)
            item = QTreeWidgetItem(group, [block.title, languages_badge(block, variants)])
            item.setData(0, ID_ROLE, block.id)
            item.setToolTip(0, block.body)
            item.setForeground(1, self.palette().placeholderText())
            if len(variants) > 1:
                translated = True
                item.setToolTip(1, self.tr("Also in {languages}: inserting it adds the "
                                           "campaign's translation languages too").format(
                    languages=", ".join(b.language for b in variants if b.id != block.id)))
            if block.id == keep:
                current = item
        order = {k: i for i, k in enumerate(BLOCK_KINDS)}
        for kind, group in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99)):
            group.setText(0, f"{section_kind_plural(kind)} ({group.childCount()})")
            group.setExpanded(True)
        # the language column names the block's language, or all its
        # languages when it has translations (worth seeing under a filter too)
        self.tree.setColumnHidden(1, self.language_filter.currentData() is not None
                                  and not translated)
        self.tree.resizeColumnToContents(1)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.setUpdatesEnabled(True)
        total = len(self._index)
        self.count_label.setText(
            self.tr("{shown} of %Ln blocks", "", total).format(shown=format_number(len(shown)))
            if len(shown) != total else self.tr("%Ln blocks", "", total))
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_current()

    def _focus_first_result(self) -> None:
        """Enter in the search field jumps to the first matching block, so
        search, Enter, Enter inserts without the mouse."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group.childCount():
                self.tree.setCurrentItem(group.child(0))
                self.tree.setFocus()
                return

    # -- selection ---------------------------------------------------------------

    def selected_block(self) -> Block | None:
        block_id = self.tree.current_block_id()
        return self._blocks.get(block_id) if block_id is not None else None

    def select_block(self, block_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                if group.child(j).data(0, ID_ROLE) == block_id:
                    self.tree.setCurrentItem(group.child(j))
                    return True
        return False

    def _show_current(self, *_args) -> None:
        block = self.selected_block()
        if block is None:
            self.details.setHtml(f'<p style="color:{FAINT}">' + self.tr(
                "Select a block to read it; Enter or drag inserts a copy into the statement.")
                + "</p>")
        else:
            from html import escape

            meta = [section_kind_label(block.kind),
                    languages_badge(block, self.variants(block))]
            tags = tags_for_display(block.tags)
            self.details.setHtml(
                f"<p><b>{escape(block.title)}</b><br>"
                f'<span style="color:{MUTED}">{escape(" · ".join(meta))}'
                f'{escape(" · " + tags) if tags else ""}</span></p>'
                f"<p>{escape(block.body)}</p>"
                + (f'<p style="color:{MUTED}"><i>' + escape(self.tr("Source: {source}").format(
                    source=block.source)) + "</i></p>" if block.source else ""))
        self._update_buttons()

    def set_can_insert(self, enabled: bool) -> None:
        self._can_insert = enabled
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_block() is not None
        self.insert_button.setEnabled(has and self._can_insert)
        for action in (self.edit_action, self.duplicate_action, self.tags_action,
                       self.translate_action, self.link_action, self.delete_action):
            action.setEnabled(has)
        block = self.selected_block()
        self.unlink_action.setEnabled(block is not None and len(self.variants(block)) > 1)

    # -- actions -------------------------------------------------------------------

    def insert_selected(self) -> None:
        block = self.selected_block()
        if block is not None:
            self._insert_id(block.id)

    def _insert_id(self, block_id: int) -> None:
        block = self._blocks.get(block_id)
        if block is not None and self._can_insert:
            self.insert_requested.emit(self.block_ref(block))

    def block_refs(self, ids: list[int]) -> list[BlockRef]:
        return [self.block_ref(self._blocks[i]) for i in ids if i in self._blocks]

    # -- language variants -------------------------------------------------------------

    def set_campaign_languages(self, primary: str, languages: list[str]) -> None:
        """The open campaign's languages: what an inserted block brings."""
        self._primary = primary or "en"
        self._translation_languages = list(languages)

    def variants(self, block: Block) -> list[Block]:
        """The block and its translations (just the block when it has none)."""
        return self._groups.get(block.variant_group, [block]) if block.variant_group \
            else [block]

    def block_ref(self, block: Block) -> BlockRef:
        """The copy to insert: in the campaign's language when the block has
        a variant in it, with its variants in the translation languages."""
        return variant_ref(block, self.variants(block), self._primary,
                           self._translation_languages)

    def _fill_translate_menu(self) -> None:
        """Languages to translate the selected block into: the campaign's,
        then common ones, without those it already has."""
        self.translate_menu.clear()
        block = self.selected_block()
        if block is None:
            return
        have = {b.language for b in self.variants(block)}
        codes = [c for c in dict.fromkeys([self._primary, *self._translation_languages,
                                           *COMMON_LANGUAGES]) if c not in have]
        for code in codes:
            action = self.translate_menu.addAction(
                language_name(code), lambda c=code: self.translate_selected(c))
            action.setObjectName(f"translateInto_{code}")
        self.translate_menu.addSeparator()
        self.translate_menu.addAction(self.tr("Other language…"),
                                      lambda: self.translate_selected(""))

    def translate_selected(self, language: str) -> None:
        """Open the block, prefilled, as a new translation into `language`
        (typed in the dialog when empty); saved as a linked variant."""
        block = self.selected_block()
        if block is None:
            return
        draft = library.translation_draft(block, language or block.language)
        dialog = BlockDialog(draft, self._index.languages, self)
        dialog.setWindowTitle(self.tr("Translate “{title}”").format(title=block.title))
        dialog.kind.setEnabled(False)  # a translation keeps the block's kind
        if not language:
            dialog.language.setCurrentText("")
            dialog.language.setFocus()
        if dialogs.exec_dialog(dialog):
            self.save_translation(block.id, dialog.result_data)

    def link_selected(self) -> None:
        """Link an existing block in another language as a translation."""
        block = self.selected_block()
        if block is None:
            return
        candidates = link_candidates(block, list(self._blocks.values()), self.variants(block))
        if not candidates:
            dialogs.error(self, self.tr("No block of this kind in another language to link: "
                                        "use Translate into to write one."),
                          self.tr("Block library"))
            return
        dialog = LinkVariantDialog(block, candidates, self)
        if dialogs.exec_dialog(dialog) and dialog.chosen_id() is not None:
            self.link_blocks([block.id, dialog.chosen_id()])
        dialog.deleteLater()

    def link_blocks(self, ids: list[int]) -> bool:
        if self._write(lambda s: library.link_variants(s, ids),
                       self.tr("Blocks linked as translations")) is None:
            return False
        self.reload(select_id=ids[0])
        return True

    def unlink_selected(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        done = self._write(lambda s: library.unlink_variant(s, block.id) or True,
                           self.tr("Block unlinked from its translations"))
        if done:
            self.reload(select_id=block.id)

    def save_translation(self, block_id: int, data: BlockData) -> Block | None:
        created = self._write(lambda s: library.create_translation(s, block_id, data),
                              self.tr("Translation added to the library"))
        if created is not None:
            self.reload(select_id=created.id)
        return created

    def _write(self, action: Callable, done: str | None = None) -> object | None:
        """Run one library write in its own transaction; errors become a message."""
        try:
            with self.db.session() as session:
                result = action(session)
        except SignonError as exc:
            dialogs.error(self, str(exc), self.tr("Block library"))
            return None
        self.wrote.emit()
        if done:
            self.message.emit(done)
        return result

    def new_block(self) -> None:
        kind = self.kind_filter.currentData() or "concern"
        language = self.language_filter.currentData() or "en"
        dialog = BlockDialog(BlockData(kind, "", "", (), language, ""),
                             self._index.languages, self)
        dialog.setWindowTitle(self.tr("New block"))
        if dialogs.exec_dialog(dialog):
            self._save_new(dialog)

    def _save_new(self, dialog: BlockDialog) -> None:
        data = dialog.result_data
        block = self._write(lambda s: library.create_block(s, data), self.tr("Block added"))
        if block is not None:
            self.reload(select_id=block.id)
            if not self.select_block(block.id):  # hidden by a filter: show it
                self.search.clear()
                self.kind_filter.setCurrentIndex(0)
                self.tag_filter.setCurrentIndex(0)
                self.language_filter.setCurrentIndex(0)
                self.select_block(block.id)

    def edit_selected(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        dialog = BlockDialog(library.block_data(block), self._index.languages, self)
        if dialogs.exec_dialog(dialog):
            self._save_edit(block.id, dialog)

    def _save_edit(self, block_id: int, dialog: BlockDialog) -> None:
        data = dialog.result_data
        if self._write(lambda s: library.update_block(s, block_id, data),
                       self.tr("Block saved")):
            self.reload(select_id=block_id)

    def edit_tags_selected(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        block = self.selected_block()
        if block is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("blockTagsDialog")
        dialog.setWindowTitle(self.tr("Tags"))
        dialog.setLabelText(self.tr("Tags of “{title}” (comma-separated):").format(
            title=block.title))
        dialog.setTextValue(tags_for_display(block.tags))
        if dialogs.exec_dialog(dialog):
            self.set_tags(block.id, dialog.textValue())

    def set_tags(self, block_id: int, text: str) -> None:
        if self._write(lambda s: library.set_tags(s, block_id, text), self.tr("Tags saved")):
            self.reload(select_id=block_id)

    def duplicate_selected(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        copy = self._write(lambda s: library.duplicate_block(s, block.id),
                           self.tr("Block duplicated"))
        if copy is not None:
            self.reload(select_id=copy.id)

    def confirm_delete(self) -> None:
        block = self.selected_block()
        if block is None:
            return
        if dialogs.confirm(self, self.tr("Delete block"),
                           self.tr("Delete “{title}” from the library? Statements that use "
                                   "it keep their own copy of the text.").format(
                               title=block.title), self.tr("Delete")):
            self.delete_block(block.id)

    def delete_block(self, block_id: int) -> None:
        if self._write(lambda s: library.delete_block(s, block_id),
                       self.tr("Block deleted")) is None:
            return
        self.reload()

    def import_file(self, path: str | Path) -> library.ImportResult | None:
        result = self._write(lambda s: library.import_library(s, path))
        if result is not None:
            self.reload()
            self.message.emit(self.tr("Imported {file}: {summary}").format(
                file=Path(path).name, summary=self._import_summary(result)))
        return result

    def export_file(self, path: str | Path, only_visible: bool = False) -> int | None:
        ids = [b.id for b in self.visible_blocks()] if only_visible else None
        try:
            with self.db.session() as session:
                count = library.export_library(session, path, ids)
        except (SignonError, OSError) as exc:
            dialogs.error(self, f"{path}: {exc}", self.tr("Block library"))
            return None
        self.message.emit(self.tr("Exported %Ln blocks to {file}", "", count).format(
            file=Path(path).name))
        return count

    def add_starter_blocks(self) -> None:
        result = self._write(library.add_starter_blocks)
        if result is not None:
            self.reload()
            self.message.emit(self.tr("Starter library: {summary}").format(
                summary=self._import_summary(result)))

    def _import_summary(self, result: library.ImportResult) -> str:
        """"3 blocks added, 1 already in the library"."""
        text = self.tr("%Ln blocks added", "", result.added)
        if result.skipped:
            text += ", " + self.tr("%Ln already in the library", "", result.skipped)
        return text

    def _choose_import(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Import block library"), "",
                                        self.tr("Block library (*.json)"))
        if path:
            self.import_file(path)

    def _choose_export(self) -> None:
        path = dialogs.choose_save_file(self, self.tr("Export block library"), "blocks.json",
                                        self.tr("Block library (*.json)"))
        if path:
            filtered = len(self.visible_blocks()) != len(self._index)
            self.export_file(path, only_visible=filtered)
