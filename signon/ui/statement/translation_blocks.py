"""Library blocks in several languages, as the Statement tab uses them: the
languages badge a block shows, and the copy inserted into a statement with
every variant the campaign is translated into.
"""

from __future__ import annotations

from collections.abc import Sequence

from signon.domain.translations import normalise_language, with_translation
from signon.store.models import Block
from signon.ui.statement.document import BlockRef


def languages_badge(block: Block, variants: Sequence[Block]) -> str:
    """"en · es · fr": the languages the block exists in (its own when it
    has no variants)."""
    codes = sorted({normalise_language(b.language) for b in variants} or {block.language})
    return " · ".join(codes)


def variant_ref(block: Block, variants: Sequence[Block], primary: str,
                languages: Sequence[str]) -> BlockRef:
    """What to insert for `block` in a campaign written in `primary` and
    translated into `languages`.

    The variant in the campaign's own language becomes the text (the block
    chosen when there is none), and the variants in the translation languages
    become its translations, recorded as made from that text, hence current:
    a translated block goes in in every language at once."""
    by_language: dict[str, Block] = {}
    for variant in sorted(variants, key=lambda b: b.id or 0):
        by_language.setdefault(normalise_language(variant.language), variant)
    main = by_language.get(normalise_language(primary), block)
    entries: dict[str, dict] = {}
    for code in languages:
        variant = by_language.get(normalise_language(code))
        if variant is not None and variant.id != main.id:
            entries = with_translation(entries, code, "text", variant.body, main.body)
    return BlockRef(id=main.id, kind=main.kind, body=main.body, title=main.title,
                    translations=entries)
