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

from signon.config import RESOURCES
from signon.domain.blocks import (
    BLOCK_KINDS,
    BlockData,
    library_to_json,
    parse_library,
    tags_to_text,
)
from signon.domain.errors import ValidationError
from signon.exchange.atomic import atomic_write_text
from signon.store.models import Block, Section, SectionItem, Setting, utcnow

STARTER_LIBRARY = RESOURCES / "library" / "starter-blocks.json"
#: Setting key remembering that the starter library was offered once, so a
#: coordinator who deletes every starter block does not get them back.
SEEDED_KEY = "library.starter_seeded"


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
    from signon.domain.text import fold

    rows = session.exec(select(Block)).all()
    return sorted(rows, key=lambda b: (_kind_rank(b.kind), fold(b.title), b.id or 0))


def get_block(session: Session, block_id: int) -> Block:
    block = session.get(Block, block_id)
    if block is None:
        raise ValidationError(f"no block with id {block_id}")
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
    """Edit a library block; statements that copied it keep their own wording."""
    block = get_block(session, block_id)
    _apply(block, data)
    block.updated_at = utcnow()
    session.add(block)
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


def existing_block_ids(session: Session, ids: set[int]) -> set[int]:
    """The subset of `ids` still in the library (a source link to a deleted
    block must not be written back)."""
    if not ids:
        return set()
    return set(session.exec(select(Block.id).where(Block.id.in_(sorted(ids)))).all())


# -- import / export -------------------------------------------------------------


def read_library_file(path: str | Path) -> list[BlockData]:
    """Parse and validate a library file; one-line errors name file, line or block."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{path}: line {exc.lineno} column {exc.colno}: "
                              f"invalid JSON ({exc.msg})") from None
    return parse_library(data, str(path))


def _identity(kind: str, language: str, title: str, body: str) -> tuple[str, ...]:
    return (kind, language, " ".join(title.split()), " ".join(body.split()))


def add_blocks(session: Session, blocks: list[BlockData]) -> ImportResult:
    """Add validated blocks, skipping any identical to one already there, so
    importing the same file twice adds nothing."""
    seen = {_identity(b.kind, b.language, b.title, b.body)
            for b in session.exec(select(Block)).all()}
    added = skipped = 0
    for data in blocks:
        key = _identity(data.kind, data.language, data.title, data.body)
        if key in seen:
            skipped += 1
            continue
        seen.add(key)
        create_block(session, data)
        added += 1
    return ImportResult(added, skipped)


def import_library(session: Session, path: str | Path) -> ImportResult:
    """All blocks of the file or none (the file is fully validated first)."""
    return add_blocks(session, read_library_file(path))


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
    if session.get(Setting, SEEDED_KEY) is not None:
        return 0
    count = session.exec(select(func.count()).select_from(Block)).one()
    added = add_starter_blocks(session).added if count == 0 else 0
    session.add(Setting(key=SEEDED_KEY, value=json.dumps(True)))
    session.flush()
    return added
