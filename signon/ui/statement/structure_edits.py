"""Changing the statement's structure in the composer: inserting library
blocks, adding sections and items, moving, deleting, dropping, or replacing
the whole text (a version restored, a teammate's text reloaded).

Each change is one `structural` command on the composer's undo stack (the
document before and after), so Ctrl+Z undoes it whole, and a change that
changes nothing records no step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from signon.domain.compose import SectionKind
from signon.domain.translations import translated_text, with_translation
from signon.ui.i18n import translate
from signon.ui.statement.commands import structural
from signon.ui.statement.composer_view import ADD_LABELS
from signon.ui.statement.document import BlockRef, LeadContext, StatementDoc
from signon.ui.statement.outline import section_title


class EditedComposer(Protocol):
    """What the edits need of the composer (`ComposerPanel`): its document
    and stack, the selection, the editor to focus, and the refreshes the
    commands call."""

    doc: StatementDoc
    stack: QUndoStack

    def selected_uid(self) -> int | None: ...

    def lead_context(self) -> LeadContext: ...

    def focus_editor(self, _uid: int | None = None) -> None: ...

    def focusWidget(self) -> QWidget | None: ...  # noqa: N802 (Qt API)

    def structure_changed(self, select_uid: int | None) -> None: ...

    def field_changed(self, uid: int, name: str, value: str) -> None: ...


class StructureEdits:
    """The composer's structural edits, each an undoable command."""

    def __init__(self, composer: EditedComposer):
        self.composer = composer

    def _push(self, text: str, change: Callable[[StatementDoc], int | None]) -> bool:
        # a list this change adds starts with the campaign's default lead
        self.composer.doc.lead_context = self.composer.lead_context()
        command = structural(self.composer, text, change, self.composer.selected_uid())
        if command is None:
            return False
        self.composer.stack.push(command)
        return True

    def insert_block(self, block: BlockRef,
                     position: tuple[int, int | None] | None = None) -> bool:
        selected = self.composer.selected_uid()
        label = translate("ComposerPanel", "Insert “{title}”").format(title=block.title) \
            if block.title else translate("ComposerPanel", "Insert block")
        return self._push(label, lambda d: d.insert_block(block, selected, position))

    def insert_blocks(self, blocks: list[BlockRef], position: tuple[int, int | None]) -> bool:
        """Several blocks dropped at once land in order, as one undo step."""

        def change(doc: StatementDoc) -> int | None:
            uid = None
            section_index, item_index = position
            for block in blocks:
                before = len(doc.sections)
                uid = doc.insert_block(block, None, (section_index, item_index))
                if item_index is not None and len(doc.sections) == before:
                    item_index += 1
                else:
                    section_index = doc.section_index(doc.find(uid)[0].uid) + 1
                    item_index = None
            return uid

        return self._push(translate("ComposerPanel", "Insert blocks"), change)

    def add_section(self, kind: SectionKind) -> None:
        selected = self.composer.selected_uid()

        def change(doc: StatementDoc) -> int:
            section, _ = doc.find(selected)
            position = doc.section_index(section.uid) + 1 if section is not None else None
            node = doc.add_section(kind, position)
            if kind.is_list:
                return doc.add_item(node.uid).uid
            return node.uid

        if self._push(translate("ComposerPanel", "Add {what}").format(
                what=translate("ComposerPanel", ADD_LABELS[kind]).lower()), change):
            self.composer.focus_editor()

    def add_item(self) -> None:
        selected = self.composer.selected_uid()
        section, item = self.composer.doc.find(selected)
        if section is None or not section.kind.is_list:
            return
        index = section.item_index(item.uid) + 1 if item is not None else None
        if self._push(translate("ComposerPanel", "Add item"),
                      lambda d: d.add_item(section.uid, index).uid):
            self.composer.focus_editor()

    def change_list_kind(self, uid: int, kind: SectionKind) -> None:
        """Concerns ↔ recommendations for a list whose lead is still its
        kind's default: the lead (and each translation still the default in
        its language) becomes the new kind's default, in one undo step."""
        context = self.composer.lead_context()

        def change(doc: StatementDoc) -> int:
            section, _ = doc.find(uid)
            old_translations = context.lead(section.kind)[1]
            new_lead, new_translations = context.lead(kind)
            section.kind, section.lead = kind, new_lead
            for language in {*old_translations, *new_translations}:
                current = translated_text(section.translations, language, "lead")
                if current and current != translated_text(old_translations, language, "lead"):
                    continue  # a translation someone wrote is theirs (outdated now)
                section.translations = with_translation(
                    section.translations, language, "lead",
                    translated_text(new_translations, language, "lead"), new_lead)
            return uid

        self._push(translate("FieldCommand", "Change section type"), change)

    def move_selected(self, delta: int) -> None:
        uid = self.composer.selected_uid()
        if uid is not None:
            self.move_uid(uid, delta)

    def move_uid(self, uid: int, delta: int) -> None:
        had_focus = self.composer.focusWidget()
        label = translate("ComposerPanel", "Move up") if delta < 0 \
            else translate("ComposerPanel", "Move down")
        self._push(label, lambda d: uid if d.move(uid, delta) else uid)
        if had_focus is not None and had_focus.isVisible():
            had_focus.setFocus()

    def delete_selected(self) -> None:
        uid = self.composer.selected_uid()
        if uid is not None:
            self.delete_uid(uid)

    def delete_uid(self, uid: int) -> None:
        section, item = self.composer.doc.find(uid)
        if section is None:
            return
        label = translate("ComposerPanel", "Delete item") if item is not None \
            else translate("ComposerPanel", "Delete {section}").format(
                section=section_title(section.kind))
        self._push(label, lambda d: d.remove(uid))

    def drop_node(self, uid: int, target: tuple[int, int | None]) -> None:
        self._push(translate("ComposerPanel", "Move"),
                   lambda d: uid if d.move_to(uid, *target) else uid)

    def replace_document(self, doc: StatementDoc, label: str) -> None:
        """Replace the whole text (restoring a version) as one undoable step."""

        def change(current: StatementDoc) -> int | None:
            current.sections = doc.snapshot()
            return current.sections[0].uid if current.sections else None

        self._push(label, change)
