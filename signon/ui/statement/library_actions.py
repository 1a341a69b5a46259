"""What the block library panel writes: new, edited, duplicated, tagged and
deleted blocks, translations of a block (written, linked or unlinked), and
the library as a file (import, export, the starter blocks).

Each write is one transaction (`_write`); a refused one becomes an error
message and leaves the library as it was. After a write the panel reloads
and selects what was written, and says what happened (`message`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from signon.domain.blocks import BlockData, tags_for_display
from signon.domain.errors import SignonError
from signon.store import blocks as library
from signon.store.database import Database
from signon.store.models import Block
from signon.ui import dialogs
from signon.ui.i18n import translate
from signon.ui.statement import library_wording
from signon.ui.statement.block_dialog import BlockDialog
from signon.ui.statement.translation_blocks import LinkVariantDialog, link_candidates

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox, QLineEdit


class LibraryHost(Protocol):
    """What the actions use of the panel (`LibraryPanel`, a QWidget: their
    dialogs open over it)."""

    db: Database
    wrote: SignalInstance
    message: SignalInstance
    search: QLineEdit
    kind_filter: QComboBox
    language_filter: QComboBox
    tag_filter: QComboBox

    def reload(self, select_id: int | None = None) -> None: ...

    def selected_block(self) -> Block | None: ...

    def select_block(self, block_id: int) -> bool: ...

    def variants(self, block: Block) -> list[Block]: ...

    def blocks(self) -> list[Block]: ...

    def languages(self) -> list[str]: ...

    def visible_blocks(self) -> list[Block]: ...


class LibraryActions:
    """The library's writes, for the panel they act from."""

    def __init__(self, panel: LibraryHost):
        self.panel = panel

    def _write(self, action: Callable, done: str | None = None) -> object | None:
        """Run one library write in its own transaction; errors become a message."""
        try:
            with self.panel.db.session() as session:
                result = action(session)
        except SignonError as exc:
            dialogs.error(self.panel, str(exc), translate("LibraryPanel", "Block library"))
            return None
        self.panel.wrote.emit()
        if done:
            self.panel.message.emit(done)
        return result

    # -- one block ---------------------------------------------------------------------

    def new_block(self) -> None:
        panel = self.panel
        kind = panel.kind_filter.currentData() or "concern"
        language = panel.language_filter.currentData() or "en"
        dialog = BlockDialog(BlockData(kind, "", "", (), language, ""), panel.languages(), panel)
        dialog.setWindowTitle(translate("LibraryPanel", "New block"))
        if dialogs.exec_dialog(dialog):
            self._save_new(dialog)

    def _save_new(self, dialog: BlockDialog) -> None:
        data = dialog.result_data
        block = self._write(lambda s: library.create_block(s, data),
                            translate("LibraryPanel", "Block added"))
        if block is None:
            return
        panel = self.panel
        panel.reload(select_id=block.id)
        if not panel.select_block(block.id):  # hidden by a filter: show it
            panel.search.clear()
            panel.kind_filter.setCurrentIndex(0)
            panel.tag_filter.setCurrentIndex(0)
            panel.language_filter.setCurrentIndex(0)
            panel.select_block(block.id)

    def edit_selected(self) -> None:
        block = self.panel.selected_block()
        if block is None:
            return
        dialog = BlockDialog(library.block_data(block), self.panel.languages(), self.panel)
        if dialogs.exec_dialog(dialog):
            self._save_edit(block.id, dialog)

    def _save_edit(self, block_id: int, dialog: BlockDialog) -> None:
        data = dialog.result_data
        if self._write(lambda s: library.update_block(s, block_id, data),
                       translate("LibraryPanel", "Block saved")):
            self.panel.reload(select_id=block_id)

    def edit_tags_selected(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        block = self.panel.selected_block()
        if block is None:
            return
        dialog = QInputDialog(self.panel)
        dialog.setObjectName("blockTagsDialog")
        dialog.setWindowTitle(translate("LibraryPanel", "Tags"))
        dialog.setLabelText(translate("LibraryPanel", "Tags of “{title}” (comma-separated):")
                            .format(title=block.title))
        dialog.setTextValue(tags_for_display(block.tags))
        if dialogs.exec_dialog(dialog):
            self.set_tags(block.id, dialog.textValue())

    def set_tags(self, block_id: int, text: str) -> None:
        if self._write(lambda s: library.set_tags(s, block_id, text),
                       translate("LibraryPanel", "Tags saved")):
            self.panel.reload(select_id=block_id)

    def duplicate_selected(self) -> None:
        block = self.panel.selected_block()
        if block is None:
            return
        copy = self._write(lambda s: library.duplicate_block(s, block.id),
                           translate("LibraryPanel", "Block duplicated"))
        if copy is not None:
            self.panel.reload(select_id=copy.id)

    def confirm_delete(self) -> None:
        block = self.panel.selected_block()
        if block is None:
            return
        if dialogs.confirm(self.panel, translate("LibraryPanel", "Delete block"),
                           translate("LibraryPanel", "Delete “{title}” from the library? "
                                                     "Statements that use it keep their own "
                                                     "copy of the text.").format(
                               title=block.title), translate("LibraryPanel", "Delete")):
            self.delete_block(block.id)

    def delete_block(self, block_id: int) -> None:
        if self._write(lambda s: library.delete_block(s, block_id),
                       translate("LibraryPanel", "Block deleted")) is None:
            return
        self.panel.reload()

    # -- translations of a block ---------------------------------------------------------

    def translate_selected(self, language: str) -> None:
        """Open the block, prefilled, as a new translation into `language`
        (typed in the dialog when empty); saved as a linked variant."""
        block = self.panel.selected_block()
        if block is None:
            return
        draft = library.translation_draft(block, language or block.language)
        dialog = BlockDialog(draft, self.panel.languages(), self.panel)
        dialog.setWindowTitle(translate("LibraryPanel", "Translate “{title}”").format(
            title=block.title))
        dialog.kind.setEnabled(False)  # a translation keeps the block's kind
        if not language:
            dialog.language.setCurrentText("")
            dialog.language.setFocus()
        if dialogs.exec_dialog(dialog):
            self.save_translation(block.id, dialog.result_data)

    def save_translation(self, block_id: int, data: BlockData) -> Block | None:
        created = self._write(lambda s: library.create_translation(s, block_id, data),
                              translate("LibraryPanel", "Translation added to the library"))
        if created is not None:
            self.panel.reload(select_id=created.id)
        return created

    def link_selected(self) -> None:
        """Link an existing block in another language as a translation."""
        panel = self.panel
        block = panel.selected_block()
        if block is None:
            return
        candidates = link_candidates(block, panel.blocks(), panel.variants(block))
        if not candidates:
            dialogs.error(panel, translate("LibraryPanel", "No block of this kind in another "
                                                           "language to link: use Translate "
                                                           "into to write one."),
                          translate("LibraryPanel", "Block library"))
            return
        dialog = LinkVariantDialog(block, candidates, panel)
        if dialogs.exec_dialog(dialog) and dialog.chosen_id() is not None:
            self.link_blocks([block.id, dialog.chosen_id()])
        dialog.deleteLater()

    def link_blocks(self, ids: list[int]) -> bool:
        if self._write(lambda s: library.link_variants(s, ids),
                       translate("LibraryPanel", "Blocks linked as translations")) is None:
            return False
        self.panel.reload(select_id=ids[0])
        return True

    def unlink_selected(self) -> None:
        block = self.panel.selected_block()
        if block is None:
            return
        done = self._write(lambda s: library.unlink_variant(s, block.id) or True,
                           translate("LibraryPanel", "Block unlinked from its translations"))
        if done:
            self.panel.reload(select_id=block.id)

    # -- the library as a file -------------------------------------------------------------

    def import_file(self, path: str | Path) -> library.ImportResult | None:
        result = self._write(lambda s: library.import_library(s, path))
        if result is not None:
            self.panel.reload()
            self.panel.message.emit(translate("LibraryPanel", "Imported {file}: {summary}")
                                    .format(file=Path(path).name,
                                            summary=library_wording.import_summary(result)))
        return result

    def export_file(self, path: str | Path, only_visible: bool = False) -> int | None:
        ids = [b.id for b in self.panel.visible_blocks()] if only_visible else None
        try:
            with self.panel.db.session() as session:
                count = library.export_library(session, path, ids)
        except (SignonError, OSError) as exc:
            dialogs.error(self.panel, f"{path}: {exc}", translate("LibraryPanel", "Block library"))
            return None
        self.panel.message.emit(library_wording.exported(count, Path(path).name))
        return count

    def add_starter_blocks(self) -> None:
        result = self._write(library.add_starter_blocks)
        if result is not None:
            self.panel.reload()
            self.panel.message.emit(translate("LibraryPanel", "Starter library: {summary}")
                                    .format(summary=library_wording.import_summary(result)))

    def choose_import(self) -> None:
        path = dialogs.choose_open_file(self.panel, translate("LibraryPanel",
                                                              "Import block library"), "",
                                        translate("LibraryPanel", "Block library (*.json)"))
        if path:
            self.import_file(path)

    def choose_export(self) -> None:
        path = dialogs.choose_save_file(self.panel, translate("LibraryPanel",
                                                              "Export block library"),
                                        "blocks.json",
                                        translate("LibraryPanel", "Block library (*.json)"))
        if path:
            filtered = len(self.panel.visible_blocks()) != len(self.panel.blocks())
            self.export_file(path, only_visible=filtered)
