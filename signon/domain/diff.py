"""Word-level differences between two texts, for comparing statement versions.

Endorsers sign a wording, so the coordinator needs to see exactly which words
changed between two versions: a comma that became a full stop, a softened
verb. Texts are cut into words and punctuation marks (keeping the spacing
before each), compared with difflib, and returned as two runs of spans — the
old text with removals marked, the new one with additions marked — ready to
be shown side by side. Paragraph breaks are tokens too, so paragraphs align.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

#: A word (letters/digits with inner apostrophes or hyphens), a paragraph
#: break, or one punctuation mark. Leading spaces are captured separately so
#: a changed word can be highlighted without its neighbours' spacing.
_TOKEN = re.compile(r"(?P<space>[ \t\r\f\v]*)(?P<tok>\n\s*|\w+(?:[’'\-]\w+)*|[^\w\s])")

PARAGRAPH = "\n"


class Change(StrEnum):
    SAME = "same"
    REMOVED = "removed"
    ADDED = "added"


@dataclass(frozen=True)
class Token:
    text: str  # the word, mark, or "\n" for a paragraph break
    space: str  # the spacing that preceded it in the original

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] == "_"


@dataclass(frozen=True)
class Span:
    """A run of text with one status; `text` includes its spacing and may
    contain "\n" for a paragraph break."""

    text: str
    change: Change


@dataclass(frozen=True)
class WordDiff:
    old: tuple[Span, ...]
    new: tuple[Span, ...]
    words_removed: int
    words_added: int

    @property
    def changed(self) -> bool:
        return any(s.change is not Change.SAME for s in self.old + self.new)

    def summary(self) -> str:
        if not self.changed:
            return "No differences"
        parts = []
        if self.words_removed:
            parts.append(f"{self.words_removed} word{'s' * (self.words_removed != 1)} removed")
        if self.words_added:
            parts.append(f"{self.words_added} word{'s' * (self.words_added != 1)} added")
        return ", ".join(parts) or "Punctuation or spacing changed"


def tokenize(text: str) -> list[Token]:
    """Words, punctuation and paragraph breaks (any newline run counts as one)."""
    tokens = []
    for m in _TOKEN.finditer(text.strip()):
        tok = m.group("tok")
        if tok.startswith("\n"):
            if tokens and tokens[-1].text != PARAGRAPH:
                tokens.append(Token(PARAGRAPH, ""))
            continue
        tokens.append(Token(tok, " " if m.group("space") else ""))
    return tokens


def _append(spans: list[Span], tokens: list[Token], change: Change) -> None:
    """Add tokens as one span, keeping the leading space outside a highlight
    (a space before an added word belongs to the unchanged text)."""
    if not tokens:
        return
    text = "".join(t.space + t.text for t in tokens)
    lead = ""
    if change is not Change.SAME and text.startswith(" "):
        lead, text = " ", text[1:]
    if lead:
        _merge(spans, Span(lead, Change.SAME))
    _merge(spans, Span(text, change))


def _merge(spans: list[Span], span: Span) -> None:
    if spans and spans[-1].change is span.change:
        spans[-1] = Span(spans[-1].text + span.text, span.change)
    else:
        spans.append(span)


def _paragraphs(tokens: list[Token]) -> list[list[Token]]:
    """Split tokens into paragraphs; each but the last keeps its break token."""
    out: list[list[Token]] = [[]]
    for t in tokens:
        out[-1].append(t)
        if t.text == PARAGRAPH:
            out.append([])
    return [p for p in out if p]


def word_diff(old: str, new: str) -> WordDiff:
    """Compare two texts word by word (case-sensitive: a capital matters).

    Paragraphs are matched first and only changed runs of paragraphs are
    compared word by word: a long letter with a few edits is cheap, and a
    word never "matches" into an unrelated paragraph.
    """
    pa, pb = _paragraphs(tokenize(old)), _paragraphs(tokenize(new))
    keys_a = [tuple(t.text for t in p if t.text != PARAGRAPH) for p in pa]
    keys_b = [tuple(t.text for t in p if t.text != PARAGRAPH) for p in pb]
    left: list[Span] = []
    right: list[Span] = []
    removed = added = 0
    outer = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in outer.get_opcodes():
        a = [t for p in pa[i1:i2] for t in p]
        b = [t for p in pb[j1:j2] for t in p]
        if op == "equal":
            _append(left, a, Change.SAME)
            _append(right, b, Change.SAME)
            continue
        r, d = _diff_tokens(a, b, left, right)
        removed += r
        added += d
    return WordDiff(tuple(left), tuple(right), removed, added)


def _diff_tokens(
    a: list[Token], b: list[Token], left: list[Span], right: list[Span]
) -> tuple[int, int]:
    matcher = SequenceMatcher(None, [t.text for t in a], [t.text for t in b], autojunk=False)
    removed = added = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(left, a[i1:i2], Change.SAME)
            _append(right, b[j1:j2], Change.SAME)
            continue
        _append(left, a[i1:i2], Change.REMOVED)
        _append(right, b[j1:j2], Change.ADDED)
        removed += sum(t.is_word for t in a[i1:i2])
        added += sum(t.is_word for t in b[j1:j2])
    return removed, added
