"""The statement being edited, as plain Python (no Qt, no database).

The composer edits this document; the store sees it only as `SectionDraft`s
when it is saved. Every section and item carries a `uid` that survives undo
and redo, so the view can keep the same row selected across a structural
change. Structural edits are done on copies (`snapshot`) so an undo command
can hold the state before and after without knowing what changed.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field

from signon.domain.compose import (
    Marker,
    Numbering,
    SectionDraft,
    SectionKind,
    addressee_phrase,
    default_lead,
)
from signon.domain.translations import with_translation

_uids = itertools.count(1)

#: Where a new section of each kind goes by default: intro paragraphs first,
#: then concerns, recommendations, and the closing last (as in the example
#: letter). Free text has no fixed place.
KIND_RANK = {
    SectionKind.INTRO: 0, SectionKind.CONCERN: 1, SectionKind.RECOMMENDATION: 2,
    SectionKind.CLOSING: 3,
}


def new_uid() -> int:
    return next(_uids)


@dataclass
class ItemNode:
    text: str = ""
    source_block_id: int | None = None
    uid: int = field(default_factory=new_uid)
    #: language → translation entry (docs/translations.md); it travels with
    #: the item when the item is moved, copied by snapshots like the text
    translations: dict[str, dict] = field(default_factory=dict)


@dataclass
class SectionNode:
    kind: SectionKind
    text: str = ""
    lead: str = ""
    numbering: Numbering = Numbering.ORDINAL
    title: str = ""
    items: list[ItemNode] = field(default_factory=list)
    #: what is drawn before each item (a bullet, or nothing): kept as the
    #: drafts had it, so a save from the editor never resets it
    marker: Marker = Marker.BULLET
    source_block_id: int | None = None
    uid: int = field(default_factory=new_uid)
    translations: dict[str, dict] = field(default_factory=dict)

    def item_index(self, uid: int) -> int:
        for i, item in enumerate(self.items):
            if item.uid == uid:
                return i
        raise KeyError(uid)


@dataclass(frozen=True)
class BlockRef:
    """What the document needs of a library block to insert a copy of it.

    `translations` holds the block's language variants as translations of
    `body` (the campaign's translation languages only), so a block is
    inserted in every language at once."""

    id: int | None
    kind: str
    body: str
    title: str = ""
    translations: dict[str, dict] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class LeadContext:
    """What the lead sentence of a new list is made of: the letter's
    language and the campaign's addressee, and the addressee in each
    translation language ("" when it is not translated)."""

    language: str = "en"
    addressee: str = ""
    translations: tuple[tuple[str, str], ...] = ()

    def lead(self, kind: SectionKind) -> tuple[str, dict[str, dict]]:
        """The default lead of a new list of `kind` (`default_lead`), and
        its translations into the translation languages that have default
        leads too, each recorded as made from it. A lead that names the
        addressee is translated only where the addressee is: "We call on the
        Member States to:" must not become "Instamos a quienes toman las
        decisiones a:"; that translation is left missing, to be written."""
        lead = default_lead(kind, self.language, self.addressee)
        translations: dict[str, dict] = {}
        if not lead:
            return "", translations
        names_addressee = kind is SectionKind.RECOMMENDATION and bool(
            addressee_phrase(self.addressee, self.language))
        for language, addressee in self.translations:
            if names_addressee and not addressee_phrase(addressee, language):
                continue
            text = default_lead(kind, language, addressee)
            if text:
                translations = with_translation(translations, language, "lead", text, lead)
        return lead, translations


class StatementDoc:
    """An ordered list of sections; list sections hold items.

    `lead_context`, when set (the composer sets it before each structural
    edit), gives every list section added a default lead sentence; a
    document read from drafts keeps the leads it has, so an existing
    statement never changes by itself."""

    def __init__(self, sections: list[SectionNode] | None = None):
        self.sections: list[SectionNode] = sections or []
        self.lead_context: LeadContext | None = None

    # -- conversion ---------------------------------------------------------

    @classmethod
    def from_drafts(cls, drafts: list[SectionDraft]) -> StatementDoc:
        return cls([
            SectionNode(
                kind=SectionKind(d.kind), text=d.text, lead=d.lead,
                numbering=Numbering(d.numbering), title=d.title, marker=Marker(d.marker),
                source_block_id=d.source_block_id,
                items=[ItemNode(text, d.item_source(i),
                                translations=copy.deepcopy(d.item_translation(i)))
                       for i, text in enumerate(d.items)],
                translations=copy.deepcopy(d.translations or {}),
            )
            for d in drafts
        ])

    def to_drafts(self) -> list[SectionDraft]:
        return [
            SectionDraft(kind=s.kind, text=s.text, lead=s.lead, numbering=s.numbering,
                         items=[i.text for i in s.items], title=s.title, marker=s.marker,
                         source_block_id=s.source_block_id,
                         item_sources=[i.source_block_id for i in s.items],
                         translations=copy.deepcopy(s.translations),
                         item_translations=[copy.deepcopy(i.translations) for i in s.items])
            for s in self.sections
        ]

    def snapshot(self) -> list[SectionNode]:
        return copy.deepcopy(self.sections)

    def restore(self, snapshot: list[SectionNode]) -> None:
        self.sections = copy.deepcopy(snapshot)

    # -- lookup -------------------------------------------------------------

    def find(self, uid: int | None) -> tuple[SectionNode | None, ItemNode | None]:
        """The section holding `uid`, and the item when `uid` is an item."""
        if uid is None:
            return None, None
        for s in self.sections:
            if s.uid == uid:
                return s, None
            for item in s.items:
                if item.uid == uid:
                    return s, item
        return None, None

    def section_index(self, uid: int) -> int:
        for i, s in enumerate(self.sections):
            if s.uid == uid:
                return i
        raise KeyError(uid)

    # -- structural edits (callers snapshot around them) ------------------------

    def move(self, uid: int, delta: int) -> bool:
        """Move a section among sections, or an item within its list, by
        `delta` places; False when it is already at the end."""
        section, item = self.find(uid)
        if section is None:
            return False
        if item is None:
            seq, index = self.sections, self.section_index(uid)
        else:
            seq, index = section.items, section.item_index(uid)
        target = index + delta
        if not 0 <= target < len(seq):
            return False
        seq.insert(target, seq.pop(index))
        return True

    def remove(self, uid: int) -> int | None:
        """Remove a section or an item; returns the uid best selected next."""
        section, item = self.find(uid)
        if section is None:
            return None
        if item is None:
            index = self.section_index(uid)
            self.sections.pop(index)
            if not self.sections:
                return None
            return self.sections[min(index, len(self.sections) - 1)].uid
        index = section.item_index(uid)
        section.items.pop(index)
        if section.items:
            return section.items[min(index, len(section.items) - 1)].uid
        return section.uid

    def default_position(self, kind: SectionKind) -> int:
        """Where a new section of `kind` goes: after the last section of the
        same or an earlier kind (free text sections are ignored)."""
        rank = KIND_RANK.get(kind)
        if rank is None:
            return len(self.sections)
        position = None
        for i, s in enumerate(self.sections):
            r = KIND_RANK.get(s.kind)
            if r is not None and r <= rank:
                position = i + 1
        if position is not None:
            return position
        for i, s in enumerate(self.sections):
            r = KIND_RANK.get(s.kind)
            if r is not None and r > rank:
                return i
        return len(self.sections)

    def add_section(self, kind: SectionKind | str, position: int | None = None,
                    text: str = "", source_block_id: int | None = None,
                    translations: dict[str, dict] | None = None) -> SectionNode:
        """A new section; `text` (with its `translations`) is a paragraph
        section's text, or the first item of a list. A list starts with the
        default lead sentence of `lead_context` (none without one)."""
        kind = SectionKind(kind)
        carried = copy.deepcopy(translations or {})
        node = SectionNode(kind=kind, text="" if kind.is_list else text,
                           source_block_id=None if kind.is_list else source_block_id,
                           translations={} if kind.is_list else carried)
        if kind.is_list and self.lead_context is not None:
            node.lead, node.translations = self.lead_context.lead(kind)
        if kind.is_list and text:
            node.items.append(ItemNode(text, source_block_id, translations=carried))
        index = self.default_position(kind) if position is None else position
        self.sections.insert(max(0, min(index, len(self.sections))), node)
        return node

    def add_item(self, section_uid: int, position: int | None = None, text: str = "",
                 source_block_id: int | None = None,
                 translations: dict[str, dict] | None = None) -> ItemNode:
        section, _ = self.find(section_uid)
        if section is None or not section.kind.is_list:
            raise ValueError("items belong to a concern or recommendation list")
        item = ItemNode(text, source_block_id, translations=copy.deepcopy(translations or {}))
        index = len(section.items) if position is None else position
        section.items.insert(max(0, min(index, len(section.items))), item)
        return item

    def insert_block(self, block: BlockRef, selected_uid: int | None = None,
                     position: tuple[int, int | None] | None = None) -> int:
        """Copy a library block into the statement; returns the new node's uid.

        A concern or recommendation becomes an item: after the selected item
        when a list of that kind is selected, else at the end of the first
        list of its kind, which is created if needed. An intro or closing
        becomes a section after the selected one of the same kind, else in its
        usual place. `position` (section index, item index or None), from a
        drop, overrides the choice.
        """
        kind = SectionKind(block.kind)
        if position is not None:
            return self._insert_at(block, kind, *position)
        section, item = self.find(selected_uid)
        if kind.is_list:
            target = section if section is not None and section.kind is kind else None
            if target is None:
                target = next((s for s in self.sections if s.kind is kind), None)
            if target is None:
                target = self.add_section(kind)
                index = 0
            elif item is not None and target is section:
                index = section.item_index(item.uid) + 1
            else:
                index = len(target.items)
            return self.add_item(target.uid, index, block.body, block.id,
                                 block.translations).uid
        if section is not None and section.kind is kind and item is None:
            index = self.section_index(section.uid) + 1
        else:
            index = None
        return self.add_section(kind, index, block.body, block.id, block.translations).uid

    def _insert_at(self, block: BlockRef, kind: SectionKind, section_index: int,
                   item_index: int | None) -> int:
        if item_index is not None and 0 <= section_index < len(self.sections):
            target = self.sections[section_index]
            if kind.is_list and target.kind.is_list:
                return self.add_item(target.uid, item_index, block.body, block.id,
                                     block.translations).uid
        return self.add_section(kind, section_index, block.body, block.id,
                                block.translations).uid

    def move_to(self, uid: int, section_index: int, item_index: int | None) -> bool:
        """Drag-and-drop move: a section to a section index, an item to an
        index in a (possibly different) list. Indices are positions before
        the move; False when the target does not fit the node."""
        section, item = self.find(uid)
        if section is None:
            return False
        if item is None:
            index = self.section_index(uid)
            target = section_index - (1 if section_index > index else 0)
            if target == index:
                return False
            self.sections.insert(target, self.sections.pop(index))
            return True
        if item_index is None or not 0 <= section_index < len(self.sections):
            return False
        dest = self.sections[section_index]
        if not dest.kind.is_list:
            return False
        index = section.item_index(uid)
        if dest is section:
            target = item_index - (1 if item_index > index else 0)
            if target == index:
                return False
        else:
            target = item_index
        moved = section.items.pop(index)
        dest.items.insert(max(0, min(target, len(dest.items))), moved)
        return True


def drop_target(doc: StatementDoc, row_uid: int | None, zone: str,
                wants_item: bool) -> tuple[int, int | None] | None:
    """Where a drop lands, as (section index, item index or None).

    `zone` is "above", "on" or "below" the row under the pointer; `wants_item`
    says whether what is dropped can become a list item (a concern or
    recommendation block, or an item being moved). Items land in lists;
    everything else lands between sections. None: nowhere sensible.
    """
    section, item = doc.find(row_uid)
    if section is None:
        return (len(doc.sections), None) if not wants_item or not doc.sections else (
            _last_list_end(doc))
    s_index = doc.section_index(section.uid)
    if item is not None:
        i_index = section.item_index(item.uid)
        if wants_item:
            return (s_index, i_index if zone == "above" else i_index + 1)
        return (s_index + 1, None)
    if wants_item and section.kind.is_list and zone != "above":
        return (s_index, 0 if zone == "below" and section.items else len(section.items))
    return (s_index if zone == "above" else s_index + 1, None)


def _last_list_end(doc: StatementDoc) -> tuple[int, int | None] | None:
    for index in range(len(doc.sections) - 1, -1, -1):
        if doc.sections[index].kind.is_list:
            return (index, len(doc.sections[index].items))
    return (len(doc.sections), None)
