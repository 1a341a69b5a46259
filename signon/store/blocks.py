"""Block library service: the reusable wording shared across campaigns.

Blocks are copied into a campaign when inserted (the section keeps a link to
its source block), so editing or deleting a library block never changes a
statement that endorsers may already have signed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, update
from sqlmodel import Session, select

from signon.atomic import atomic_write_text
from signon.config import RESOURCES
from signon.domain.blocks import (
    BLOCK_KINDS,
    BlockData,
    library_to_json,
    parse_library,
    parse_variant_groups,
    tags_to_text,
)
from signon.domain.errors import ValidationError
from signon.domain.messages import _
from signon.store.models import Block, Section, SectionItem, utcnow
from signon.store.setting_keys import STARTER_LIBRARY_SEEDED
from signon.store.settings import get_setting, set_setting

#: Offered once (remembered in the STARTER_LIBRARY_SEEDED setting), so a
#: coordinator who deletes every starter block does not get them back.
STARTER_LIBRARY = RESOURCES / "library" / "starter-blocks.json"


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # identical blocks already in the library

    def summary(self) -> str:
        text = f"{self.added} block{'s' * (self.added != 1)} added"
        if self.skipped:
            text += f", {self.skipped} already in the library"
        return text


def _kind_rank(kind: str) -> int:
    return BLOCK_KINDS.index(kind) if kind in BLOCK_KINDS else len(BLOCK_KINDS)


def list_blocks(session: Session) -> list[Block]:
    """All blocks in library order: by kind (intro → closing), then title."""
    from signon.domain.folding import fold

    rows = session.exec(select(Block)).all()
    return sorted(rows, key=lambda b: (_kind_rank(b.kind), fold(b.title), b.id or 0))


def get_block(session: Session, block_id: int) -> Block:
    block = session.get(Block, block_id)
    if block is None:
        raise ValidationError(_("no block with id {id}").format(id=block_id))
    return block


def block_data(block: Block) -> BlockData:
    from signon.domain.blocks import parse_tags

    return BlockData(kind=block.kind, title=block.title, body=block.body,
                     tags=parse_tags(block.tags), language=block.language,
                     source=block.source)


def _apply(block: Block, data: BlockData) -> None:
    clean = data.validated()
    block.kind = clean.kind
    block.title = clean.title
    block.body = clean.body
    block.tags = tags_to_text(clean.tags)
    block.language = clean.language
    block.source = clean.source


def create_block(session: Session, data: BlockData) -> Block:
    block = Block(kind="intro")
    _apply(block, data)
    session.add(block)
    session.flush()
    return block


def update_block(session: Session, block_id: int, data: BlockData) -> Block:
    """Edit a library block; statements that copied it keep their own wording.

    A block with language variants keeps one block per language in its group
    (its language cannot become a sibling's), and a change of kind applies to
    the whole group: a translation of a concern is a concern."""
    block = get_block(session, block_id)
    clean = data.validated()
    siblings = [b for b in list_variants(session, block_id) if b.id != block_id]
    clash = next((b for b in siblings if b.language == clean.language), None)
    if clash is not None:
        raise ValidationError(_("field 'language': “{title}” is already the {language} "
                                "variant of this block").format(
                                    title=clash.title, language=repr(clean.language)))
    _apply(block, clean)
    block.updated_at = utcnow()
    session.add(block)
    for sibling in siblings:
        if sibling.kind != block.kind:
            sibling.kind = block.kind
            sibling.updated_at = block.updated_at
            session.add(sibling)
    session.flush()
    return block


def set_tags(session: Session, block_id: int, tags: str | list[str]) -> Block:
    block = get_block(session, block_id)
    block.tags = tags_to_text(tags)
    block.updated_at = utcnow()
    session.add(block)
    session.flush()
    return block


def duplicate_block(session: Session, block_id: int) -> Block:
    """A copy to reword (e.g. a translation or a stronger variant)."""
    source = get_block(session, block_id)
    copy = Block(kind=source.kind, title=_copy_title(session, source.title),
                 body=source.body, tags=source.tags, language=source.language,
                 source=source.source)
    session.add(copy)
    session.flush()
    return copy


def _copy_title(session: Session, title: str) -> str:
    taken = set(session.exec(select(Block.title)).all())
    candidate = f"{title} (copy)"
    n = 2
    while candidate in taken:
        candidate = f"{title} (copy {n})"
        n += 1
    return candidate


def delete_block(session: Session, block_id: int) -> None:
    """Delete from the library; sections copied from it keep their text and
    simply lose the link (set explicitly, not left to the database's
    ON DELETE, so it holds on every backend)."""
    block = get_block(session, block_id)
    session.exec(update(Section).where(Section.source_block_id == block_id)
                 .values(source_block_id=None))
    session.exec(update(SectionItem).where(SectionItem.source_block_id == block_id)
                 .values(source_block_id=None))
    session.delete(block)
    session.flush()


# -- language variants -------------------------------------------------------------


def new_variant_group() -> str:
    """A fresh group key (random, so groups from different libraries never
    merge by accident when their files are imported)."""
    import uuid

    return uuid.uuid4().hex[:16]


def list_variants(session: Session, block_id: int) -> list[Block]:
    """The block and its translations, by language; just the block when it
    has none."""
    block = get_block(session, block_id)
    if not block.variant_group:
        return [block]
    rows = session.exec(select(Block).where(Block.variant_group == block.variant_group)).all()
    return sorted(rows, key=lambda b: (b.language, b.id or 0))


def variants_by_group(blocks: list[Block]) -> dict[str, list[Block]]:
    """Group key → its blocks (by language), for blocks already loaded (the
    library panel shows every block's languages without a query per row)."""
    groups: dict[str, list[Block]] = {}
    for block in blocks:
        if block.variant_group:
            groups.setdefault(block.variant_group, []).append(block)
    for members in groups.values():
        members.sort(key=lambda b: (b.language, b.id or 0))
    return groups


def link_variants(session: Session, block_ids: list[int]) -> str:
    """Make blocks (and the variants they already have) translations of one
    another; returns the group key. Refused, changing nothing, when two of
    them share a language or their kinds differ."""
    blocks = [get_block(session, i) for i in dict.fromkeys(block_ids)]
    if len(blocks) < 2:
        raise ValidationError(_("choose at least two blocks to link as translations"))
    members: dict[int, Block] = {}
    for block in blocks:
        for member in list_variants(session, block.id):
            members[member.id] = member
    by_language: dict[str, Block] = {}
    for member in sorted(members.values(), key=lambda b: b.id or 0):
        if member.kind != blocks[0].kind:
            raise ValidationError(_("“{title}” is a {kind} and “{other}” a {other_kind}: "
                                    "translations share one kind").format(
                                        title=member.title, kind=member.kind,
                                        other=blocks[0].title, other_kind=blocks[0].kind))
        other = by_language.setdefault(member.language, member)
        if other is not member:
            raise ValidationError(_("“{title}” and “{other}” are both in {language}: a block "
                                    "has one variant per language").format(
                                        title=other.title, other=member.title,
                                        language=repr(member.language)))
    group = next((b.variant_group for b in blocks if b.variant_group), "") or new_variant_group()
    for member in members.values():
        if member.variant_group != group:
            member.variant_group = group
            session.add(member)
    session.flush()
    return group


def unlink_variant(session: Session, block_id: int) -> None:
    """Take a block out of its group (it stays in the library on its own)."""
    block = get_block(session, block_id)
    siblings = [b for b in list_variants(session, block_id) if b.id != block_id]
    block.variant_group = ""
    session.add(block)
    if len(siblings) == 1:  # a group of one links nothing
        siblings[0].variant_group = ""
        session.add(siblings[0])
    session.flush()


def create_translation(session: Session, block_id: int, data: BlockData) -> Block:
    """Add `data` as the translation of a block into `data.language`: a new
    block of the same kind in the block's variant group (started if needed)."""
    source = get_block(session, block_id)
    clean = data.validated(_("the translation"))
    if clean.kind != source.kind:
        raise ValidationError(_("field 'kind': a translation of a {kind} is a {kind}, not a "
                                "{other}").format(kind=source.kind, other=clean.kind))
    clash = next((b for b in list_variants(session, block_id)
                  if b.language == clean.language), None)
    if clash is not None:
        raise ValidationError(_("field 'language': “{title}” is already the {language} "
                                "variant of this block").format(
                                    title=clash.title, language=repr(clean.language)))
    if not source.variant_group:
        source.variant_group = new_variant_group()
        session.add(source)
    block = create_block(session, clean)
    block.variant_group = source.variant_group
    session.add(block)
    session.flush()
    return block


def translation_draft(block: Block, language: str) -> BlockData:
    """What "Translate into…" opens: the block's kind, tags and source with
    the text still to be translated, in the target language."""
    from signon.domain.blocks import parse_tags

    return BlockData(kind=block.kind, title=block.title, body=block.body,
                     tags=parse_tags(block.tags), language=language, source=block.source)


def existing_block_ids(session: Session, ids: set[int]) -> set[int]:
    """The subset of `ids` still in the library (a source link to a deleted
    block must not be written back)."""
    if not ids:
        return set()
    return set(session.exec(select(Block.id).where(Block.id.in_(sorted(ids)))).all())


# -- import / export -------------------------------------------------------------


def read_library_file(path: str | Path) -> list[BlockData]:
    """Parse and validate a library file; one-line errors name file, line or block."""
    return [data for data, _group in read_library_entries(path)]


def read_library_entries(path: str | Path) -> list[tuple[BlockData, str]]:
    """The blocks of a library file with their variant group keys ("" for a
    block without translations), fully validated."""
    from signon.domain.json_text import decode_json

    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(_("{path}: file not found").format(path=path)) from None
    except OSError as exc:
        raise ValidationError(_("{path}: cannot read ({error})").format(
            path=path, error=exc.strerror)) from None
    # depth-guarded: a deeply nested file is one line, not a RecursionError
    data = decode_json(raw, str(path), what="block library")
    blocks = parse_library(data, str(path))
    return list(zip(blocks, parse_variant_groups(data, blocks, str(path)), strict=True))


def _identity(kind: str, language: str, title: str, body: str) -> tuple[str, ...]:
    return (kind, language, " ".join(title.split()), " ".join(body.split()))


def add_blocks(session: Session, blocks: list[BlockData],
               groups: list[str] | None = None) -> ImportResult:
    """Add validated blocks, skipping any identical to one already there, so
    importing the same file twice adds nothing.

    `groups` (parallel to `blocks`) links the file's translations: blocks of
    one file group join one library group — the group of an identical block
    already in the library when there is one (adding the starter library
    again completes its groups), else the file's key when the library does
    not use it yet, else a fresh key. A block whose language its group
    already has (a variant reworded in the library) is added unlinked."""
    existing = session.exec(select(Block)).all()
    seen = {_identity(b.kind, b.language, b.title, b.body): b for b in existing}
    used = {b.variant_group for b in existing if b.variant_group}
    groups = groups or [""] * len(blocks)
    resolved = _resolve_groups(blocks, groups, seen, used)
    languages: dict[str, set[str]] = {}
    for b in existing:
        if b.variant_group:
            languages.setdefault(b.variant_group, set()).add(b.language)
    added = skipped = 0
    for data, key in zip(blocks, groups, strict=True):
        clean = data.validated()
        group = resolved.get(key, "") if key else ""
        identity = _identity(clean.kind, clean.language, clean.title, clean.body)
        block = seen.get(identity)
        if block is not None:
            skipped += 1
        else:
            block = create_block(session, clean)
            seen[identity] = block
            added += 1
        if group and not block.variant_group and clean.language not in languages.get(group, ()):
            block.variant_group = group
            languages.setdefault(group, set()).add(clean.language)
            session.add(block)
    session.flush()
    return ImportResult(added, skipped)


def _resolve_groups(blocks: list[BlockData], groups: list[str], seen: dict[tuple, Block],
                    used: set[str]) -> dict[str, str]:
    """File group key → library group key (see `add_blocks`)."""
    resolved: dict[str, str] = {}
    for data, key in zip(blocks, groups, strict=True):
        if not key:
            continue
        clean = data.validated()
        match = seen.get(_identity(clean.kind, clean.language, clean.title, clean.body))
        if match is not None and match.variant_group and key not in resolved:
            resolved[key] = match.variant_group
    for key in dict.fromkeys(k for k in groups if k):
        if key not in resolved:
            resolved[key] = key if key not in used else new_variant_group()
    return resolved


def import_library(session: Session, path: str | Path) -> ImportResult:
    """All blocks of the file or none (the file is fully validated first)."""
    entries = read_library_entries(path)
    return add_blocks(session, [d for d, _ in entries], [g for _, g in entries])


def export_library(session: Session, path: str | Path, ids: list[int] | None = None) -> int:
    """Write the library (or the blocks `ids`) as a shareable JSON file."""
    blocks = list_blocks(session)
    if ids is not None:
        wanted = set(ids)
        blocks = [b for b in blocks if b.id in wanted]
    payload = json.dumps(library_to_json(blocks), ensure_ascii=False, indent=2) + "\n"
    atomic_write_text(path, payload)
    return len(blocks)


def add_starter_blocks(session: Session) -> ImportResult:
    """Add the starter library again (those the coordinator still has are skipped)."""
    return import_library(session, STARTER_LIBRARY)


def ensure_starter_library(session: Session) -> int:
    """Seed a new, empty library once with the starter blocks; returns how
    many were added (0 when the library was already in use or seeded before)."""
    if get_setting(session, STARTER_LIBRARY_SEEDED):
        return 0
    count = session.exec(select(func.count()).select_from(Block)).one()
    added = add_starter_blocks(session).added if count == 0 else 0
    set_setting(session, STARTER_LIBRARY_SEEDED, True)
    return added
