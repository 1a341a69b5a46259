"""The block library panel: search as you type, filters, and the actions
that create, edit, duplicate, delete, import and export blocks.

Blocks leave the panel only as `BlockRef`s (by Enter, the Insert button or
drag-and-drop); the composer makes its own copy, so the library and the
statements never share text.

`LibraryView` (library_view.py) lays the widgets out; this class reads the
blocks, filters and shows them, and wires the view's buttons and menus to
`LibraryActions` (library_actions.py, `handlers` here), which write them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QTreeWidgetItem, QWidget

from signon.domain.blocks import BLOCK_KINDS, BlockIndex, tags_for_display
from signon.domain.languages import base_language, normalise_language
from signon.store import blocks as library
from signon.store.database import Database
from signon.store.models import Block
from signon.ui.colours import FAINT, MUTED
from signon.ui.labels import format_number, section_kind_label, section_kind_plural
from signon.ui.statement.block_dialog import COMMON_LANGUAGES
from signon.ui.statement.document import BlockRef
from signon.ui.statement.library_actions import LibraryActions
from signon.ui.statement.library_tree import BODY_ROLE, ID_ROLE
from signon.ui.statement.library_view import LibraryView
from signon.ui.statement.translation_blocks import languages_badge, variant_ref
from signon.ui.statement.translation_status import language_name


class LibraryPanel(LibraryView):
    """Search field, filters, the block tree, the selected block's text, and
    library actions. Emits `insert_requested` with a BlockRef and `wrote`
    after any change to the library."""

    insert_requested = Signal(object)
    wrote = Signal()
    message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self._blocks: dict[int, Block] = {}
        self._index: BlockIndex[Block] = BlockIndex([])
        self._can_insert = False
        #: language variants by group key, and the campaign's languages: an
        #: inserted block brings its variants in the translation languages
        self._groups: dict[str, list[Block]] = {}
        self._primary = "en"
        self._translation_languages: list[str] = []
        self.handlers = LibraryActions(self)
        self._connect()
        self._update_buttons()

    def _connect(self) -> None:
        """The view's search, filters, tree, buttons and menu to what they do."""
        actions = self.handlers
        for action, slot in ((self.edit_action, actions.edit_selected),
                             (self.duplicate_action, actions.duplicate_selected),
                             (self.tags_action, actions.edit_tags_selected),
                             (self.link_action, actions.link_selected),
                             (self.unlink_action, actions.unlink_selected),
                             (self.delete_action, actions.confirm_delete),
                             (self.import_action, actions.choose_import),
                             (self.export_action, actions.choose_export),
                             (self.starter_action, actions.add_starter_blocks)):
            action.triggered.connect(slot)
        self.translate_menu.aboutToShow.connect(self._fill_translate_menu)
        self.search.textChanged.connect(self.refresh_tree)
        self.search.returnPressed.connect(self._focus_first_result)
        for combo in (self.kind_filter, self.language_filter, self.tag_filter):
            combo.currentIndexChanged.connect(self.refresh_tree)
        self.tree.currentItemChanged.connect(self._show_current)
        self.tree.activated_block.connect(self._insert_id)
        self.tree.delete_pressed.connect(actions.confirm_delete)
        self.insert_button.clicked.connect(self.insert_selected)
        self.new_button.clicked.connect(actions.new_block)

    # -- loading and filtering ---------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the blocks again (after this panel wrote one) and show them."""
        with self.db.session() as session:
            rows = library.list_blocks(session)
        self.show_blocks(rows, select_id)

    def show_blocks(self, rows: list, select_id: int | None = None) -> None:
        """Show these blocks (`list_blocks`, read here or off the GUI thread)."""
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
        index = self.language_filter.findData(base_language(language))
        if index >= 0:
            self.language_filter.setCurrentIndex(index)

    def blocks(self) -> list[Block]:
        return list(self._blocks.values())

    def languages(self) -> list[str]:
        """The languages the library's blocks are in (the block dialog offers them)."""
        return self._index.languages

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
            item = QTreeWidgetItem(group, [block.title, self._badge(block, variants)])
            item.setData(0, ID_ROLE, block.id)
            item.setData(0, BODY_ROLE, block.body)
            # the whole title (a narrow panel still cuts it), then the text
            item.setToolTip(0, f"{block.title}\n\n{block.body}")
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
        # the language column names the block's language, and how many others
        # it is translated into (worth seeing under a filter too)
        self.tree.setColumnHidden(1, self.language_filter.currentData() is not None
                                  and not translated)
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

    def _badge(self, block, variants) -> str:
        """The language column, short so that titles get the width: the
        block's language ("es") when all languages are listed, and "+2" for
        the other languages it is translated into (named in the tooltip and
        the selected block's details)."""
        others = len({normalise_language(b.language) for b in variants}
                     - {normalise_language(block.language)})
        own = "" if self.language_filter.currentData() is not None else block.language
        return f"{own}+{others}" if others else own

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
                language_name(code), lambda c=code: self.handlers.translate_selected(c))
            action.setObjectName(f"translateInto_{code}")
        self.translate_menu.addSeparator()
        self.translate_menu.addAction(self.tr("Other language…"),
                                      lambda: self.handlers.translate_selected(""))
