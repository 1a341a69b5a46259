"""The block library without a database: what a block is, how it is searched
and filtered, and the JSON shape coalitions use to share their wording.

Search runs on every keystroke, so each block's folded text (case and accents
removed) is computed once when the library is loaded, not per keystroke.

A library file's problems are one line in the user's language (`_()`)
naming the file, the block and the field; the field names and the kinds
are the file's own keys and values, so they stay as the file spells them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from signon.domain.errors import ValidationError
from signon.domain.folding import fold
from signon.domain.languages import DEFAULT_LANGUAGE, normalise_language
from signon.domain.messages import _
from signon.domain.text import clean_text

BLOCK_KINDS: tuple[str, ...] = ("intro", "concern", "recommendation", "closing")
KIND_LABELS: dict[str, str] = {
    "intro": "Introduction", "concern": "Concern",
    "recommendation": "Recommendation", "closing": "Closing",
}
LIBRARY_FORMAT = "signon-blocks/1"
BLOCK_FIELDS = ("kind", "title", "body", "tags", "language", "source")
#: Optional key linking a block to its translations: blocks of one file that
#: share it are language variants of one another (one block per language).
VARIANT_FIELD = "variant_group"
MAX_TITLE = 200


class BlockLike(Protocol):
    kind: str
    title: str
    body: str
    tags: str
    language: str


B = TypeVar("B", bound=BlockLike)


def parse_tags(text: str | Iterable[str]) -> tuple[str, ...]:
    """"Biometrics, AI ,ai" → ("biometrics", "ai"): lower case, trimmed, each
    once, in the order given (tags are typed by people; commas separate)."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    seen: dict[str, None] = {}
    for part in parts:
        tag = " ".join(clean_text(str(part)).split()).casefold()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def tags_to_text(tags: Iterable[str]) -> str:
    """How tags are stored: comma-separated, lower case."""
    return ",".join(parse_tags(tags))


def tags_for_display(stored: str) -> str:
    return ", ".join(parse_tags(stored))


def _block_language(code: str) -> str:
    """A block's language as the filter shows it: one spelling per language
    ("EN" and "en" are one), a block without one in English."""
    return normalise_language(code) or DEFAULT_LANGUAGE


@dataclass(frozen=True)
class BlockData:
    """A block as it travels in a library file or the edit dialog."""

    kind: str
    title: str
    body: str
    tags: tuple[str, ...] = ()
    language: str = "en"
    source: str = ""

    def validated(self, where: str | None = None) -> BlockData:
        """The same block cleaned up, or ValidationError naming `where`
        (default "block") and the field."""
        where = where or _("block")
        kind = self.kind.strip().lower()
        if kind not in BLOCK_KINDS:
            raise ValidationError(
                _("{where}: field 'kind': {value} is not one of {kinds}").format(
                    where=where, value=repr(self.kind), kinds=", ".join(BLOCK_KINDS))
            )
        title = " ".join(clean_text(self.title).split())
        body = clean_text(self.body).strip()
        if not body:
            raise ValidationError(_("{where}: field 'body': a block needs some text").format(
                where=where))
        if not title:
            title = _title_from_body(body)
        if len(title) > MAX_TITLE:
            raise ValidationError(_("{where}: field 'title': longer than {limit} "
                                    "characters").format(where=where, limit=MAX_TITLE))
        language = _block_language(self.language)
        if not all(part.isalnum() for part in language.split("-")):
            raise ValidationError(_("{where}: field 'language': {value} is not a language "
                                    "code such as en, es or fr").format(
                where=where, value=repr(self.language)))
        return BlockData(kind, title, body, parse_tags(self.tags), language,
                         clean_text(self.source).strip())


def _title_from_body(body: str, limit: int = 60) -> str:
    """A block saved without a title is named after its first words."""
    words = body.split()
    title = ""
    for word in words:
        if len(title) + len(word) + 1 > limit:
            return title + "…"
        title = f"{title} {word}".strip()
    return title


@dataclass(frozen=True)
class _Entry(Generic[B]):
    block: B
    title: str
    haystack: str
    tags: tuple[str, ...]


class BlockIndex(Generic[B]):
    """Blocks with their folded text, searched and filtered as the user types."""

    def __init__(self, blocks: Iterable[B]):
        self._entries = [
            _Entry(b, fold(b.title), fold(" ".join((b.title, b.body, b.tags))),
                   parse_tags(b.tags))
            for b in blocks
        ]

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def languages(self) -> list[str]:
        return sorted({_block_language(e.block.language) for e in self._entries})

    @property
    def tags(self) -> list[str]:
        return sorted({t for e in self._entries for t in e.tags}, key=fold)

    def search(
        self,
        query: str = "",
        *,
        kind: str | None = None,
        language: str | None = None,
        tag: str | None = None,
    ) -> list[B]:
        """Blocks containing every word of `query` (in title, body or tags,
        ignoring case and accents) that pass the filters; blocks whose title
        matches come first, otherwise the library order is kept."""
        words = fold(query).split()
        lang = _block_language(language) if language else None
        tag_key = fold(tag.strip()) if tag else None
        title_hits: list[B] = []
        other_hits: list[B] = []
        for e in self._entries:
            if kind and e.block.kind != kind:
                continue
            if lang and _block_language(e.block.language) != lang:
                continue
            if tag_key and tag_key not in (fold(t) for t in e.tags):
                continue
            if not all(w in e.haystack for w in words):
                continue
            if words and all(w in e.title for w in words):
                title_hits.append(e.block)
            else:
                other_hits.append(e.block)
        return title_hits + other_hits


def search_blocks(blocks: Sequence[B], query: str = "", **filters: str | None) -> list[B]:
    """One-off search (the UI keeps a BlockIndex instead)."""
    return BlockIndex(blocks).search(query, **filters)


# -- library files -------------------------------------------------------------


def library_to_json(blocks: Iterable[BlockLike | BlockData]) -> dict:
    out = []
    for b in blocks:
        tags = b.tags if isinstance(b.tags, tuple) else parse_tags(b.tags)
        entry = {
            "kind": b.kind, "title": b.title, "body": b.body, "tags": list(tags),
            "language": b.language, "source": getattr(b, "source", "") or "",
        }
        group = getattr(b, VARIANT_FIELD, "") or ""
        if group:
            entry[VARIANT_FIELD] = group
        out.append(entry)
    return {"format": LIBRARY_FORMAT, "blocks": out}


def parse_library(data: object, where: str) -> list[BlockData]:
    """Blocks of a library file, validated; any problem raises one line naming
    the file, the block (number and title) and the field."""
    if not isinstance(data, dict):
        raise ValidationError(_("{where}: not a block library (expected a JSON object with "
                                "\"format\": \"{format}\")").format(where=where,
                                                                    format=LIBRARY_FORMAT))
    unknown = sorted(set(data) - {"format", "blocks", "description"})
    if unknown:
        raise ValidationError(_("{where}: unknown key {key}").format(where=where,
                                                                      key=repr(unknown[0])))
    if data.get("format") != LIBRARY_FORMAT:
        raise ValidationError(_("{where}: field 'format' is {value}, expected {format}").format(
            where=where, value=repr(data.get("format")), format=repr(LIBRARY_FORMAT)))
    entries = data.get("blocks")
    if not isinstance(entries, list):
        raise ValidationError(_("{where}: field 'blocks' must be a list").format(where=where))
    blocks = []
    for n, entry in enumerate(entries, start=1):
        label = _("{where}: block {number}").format(where=where, number=n)
        if not isinstance(entry, dict):
            raise ValidationError(_("{block}: not an object").format(block=label))
        if isinstance(entry.get("title"), str) and entry["title"].strip():
            label += f" ({entry['title'].strip()[:40]!r})"
        unknown = sorted(set(entry) - set(BLOCK_FIELDS) - {VARIANT_FIELD})
        if unknown:
            raise ValidationError(_("{block}: unknown field {field}").format(
                block=label, field=repr(unknown[0])))
        for key in ("kind", "body"):
            if key not in entry:
                raise ValidationError(_("{block}: field {field} is missing").format(
                    block=label, field=repr(key)))
        for key in ("kind", "title", "body", "language", "source", VARIANT_FIELD):
            if key in entry and not isinstance(entry[key], str):
                raise ValidationError(_("{block}: field {field} must be text").format(
                    block=label, field=repr(key)))
        tags = entry.get("tags", [])
        if isinstance(tags, str):
            tags = parse_tags(tags)
        elif not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
            raise ValidationError(_("{block}: field 'tags' must be a list of text").format(
                block=label))
        blocks.append(BlockData(
            kind=entry["kind"], title=entry.get("title", ""), body=entry["body"],
            tags=tuple(tags), language=entry.get("language", "en"),
            source=entry.get("source", ""),
        ).validated(label))
    return blocks


def parse_variant_groups(data: dict, blocks: list[BlockData], where: str) -> list[str]:
    """The variant group key of each block of a file `parse_library` accepted
    ("" for none), parallel to `blocks`. A group holds one block per language
    and one kind: inserting it puts each variant in its own language, so two
    Spanish texts, or a concern translated as a closing, would be ambiguous."""
    keys = [" ".join(str(e.get(VARIANT_FIELD, "")).split()) for e in data["blocks"]]
    members: dict[str, dict[str, int]] = {}
    kinds: dict[str, tuple[str, int]] = {}
    for n, (key, block) in enumerate(zip(keys, blocks, strict=True), start=1):
        if not key:
            continue
        label = _("{where}: block {number} ({title}): field {field}").format(
            where=where, number=n, title=repr(block.title[:40]), field=repr(VARIANT_FIELD))
        first_kind, first = kinds.setdefault(key, (block.kind, n))
        if block.kind != first_kind:
            raise ValidationError(_("{block}: {key} links a {kind} to a {other_kind} (block "
                                    "{other}); variants share one kind").format(
                block=label, key=repr(key), kind=block.kind, other_kind=first_kind,
                other=first))
        other = members.setdefault(key, {}).setdefault(block.language, n)
        if other != n:
            raise ValidationError(_("{block}: {key} already has a block in {language} (block "
                                    "{other})").format(block=label, key=repr(key),
                                                       language=repr(block.language),
                                                       other=other))
    return keys
