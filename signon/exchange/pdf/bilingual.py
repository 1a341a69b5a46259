"""A bilingual letter: the statement in two languages side by side, the
signatory list once.

Coalitions publish one PDF that officials of two language communities can
both read and compare line by line. Each paragraph of the first letter sits
beside the same paragraph of the second (title with title, item with item),
each column in its own direction, so "First, …" and "أولاً، …" start on the
same line; the names, which are not translated, follow once across the full
width. The first language decides the page's direction: its column is on
the right when it is written right to left.

The two letters come from the same `LetterSource` (`source.letter(…,
language=…)`), so their sections, paragraphs and items correspond one to
one; a translator who split a paragraph in two only adds a row with one
side empty.
"""

from __future__ import annotations

from itertools import zip_longest
from pathlib import Path
from typing import IO

from signon.atomic import atomic_write
from signon.domain.direction import RTL, text_direction
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter, SignatoryGroup
from signon.domain.messages import _
from signon.domain.translations import language_name
from signon.exchange.pdf import styles
from signon.exchange.pdf.document import (
    NumberedCanvas,
    _logo,
    choose_columns,
    make_canvas,
    text_frame,
    write_pages,
)
from signon.exchange.pdf.layout import Block, NeedRoom
from signon.exchange.pdf.shaping import SHAPER, draw_line
from signon.exchange.pdf.signatory_flowable import SignatoryList
from signon.exchange.pdf.styles import TextStyle
from signon.exchange.pdf.textblock import Rule, TextBlock
from signon.progress import NO_PROGRESS, Progress

#: Space between the two language columns.
GAP = 9 * styles.MM
#: A narrower column takes a smaller title than a full-width letter.
TITLE = TextStyle(15, 19, bold=True, space_after=6, keep_with_next=True)
LANGUAGE_LABEL = TextStyle(8.5, 12, bold=True, color=styles.MUTED, space_after=8,
                           keep_with_next=True)
#: Half-width columns are set ragged (flush to each language's start side):
#: justified, a 35-character line opens gaps wider than its words.
BODY = TextStyle(10, 14.4, space_after=7)
LEAD = TextStyle(10, 14.4, space_after=6, keep_with_next=True)
ITEM = TextStyle(10, 14.4, space_after=6, indent=14)


class ParallelRow(Block):
    """Two blocks side by side, tops aligned; a row that does not fit splits
    both blocks at the page end (each keeps its own lines together rules)."""

    def __init__(self, left: Block | None, right: Block | None, gap: float = GAP):
        self.left = left
        self.right = right
        self.gap = gap
        blocks = [b for b in (left, right) if b is not None]
        self.space_before = max((b.space_before for b in blocks), default=0)
        self.space_after = max((b.space_after for b in blocks), default=0)
        self.keep_with_next = any(getattr(b, "keep_with_next", False) for b in blocks)
        self._heights = (0.0, 0.0)

    def _column(self, avail_width: float) -> float:
        return (avail_width - self.gap) / 2

    def wrap(self, avail_width, avail_height):
        col = self._column(avail_width)
        heights = tuple(b.wrap(col, avail_height)[1] if b is not None else 0.0
                        for b in (self.left, self.right))
        self._heights = heights
        self.width = avail_width
        self.height = max(heights)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        col = self._column(avail_width)
        firsts, rests = [], []
        for block in (self.left, self.right):
            if block is None:
                firsts.append(None)
                rests.append(None)
                continue
            if block.wrap(col, avail_height)[1] <= avail_height:
                firsts.append(block)
                rests.append(None)
                continue
            parts = block.split(col, avail_height)
            if len(parts) != 2:
                return []  # one side cannot break here: the row moves on whole
            firsts.append(parts[0])
            rests.append(parts[1])
        if all(r is None for r in rests):
            return []
        first = ParallelRow(*firsts, gap=self.gap)
        first.space_after = 0
        first.keep_with_next = False
        rest = ParallelRow(*rests, gap=self.gap)
        rest.space_before = 0
        return [first, rest]

    def draw(self):
        col = self._column(self.width)
        for block, x, h in ((self.left, 0.0, self._heights[0]),
                            (self.right, col + self.gap, self._heights[1])):
            if block is not None:
                block.draw_on(self.canv, x, self.height - h)


class _Pair:
    """Makes rows for the two letters, placing each language on its side."""

    def __init__(self, first: Letter, second: Letter):
        self.first, self.second = first.direction, second.direction
        self.first_rtl = first.direction == "rtl"

    def row(self, a: str, b: str, style: TextStyle, marker_a: str = "",
            marker_b: str = "") -> ParallelRow | None:
        if not a and not b:
            return None
        # each paragraph in its own text's direction, on its language's side
        block_a = TextBlock(a, style, text_direction(a, self.first) == RTL, marker_a) \
            if a else None
        block_b = TextBlock(b, style, text_direction(b, self.second) == RTL, marker_b) \
            if b else None
        if self.first_rtl:
            return ParallelRow(block_b, block_a)
        return ParallelRow(block_a, block_b)


def _marker(item, section) -> str:
    if section.plain:  # no marker: the items are plain paragraphs
        return ""
    return item.marker or ("•" if (section.numbering or "ordinal") == "ordinal" else "")


def _groups(first: Letter, second: Letter) -> list[tuple[str, int, tuple[str, ...]]]:
    """The first letter's groups (its language's collation), subheadings in
    both languages when the two letters group the names alike
    ("Organisations / Organizaciones")."""
    alike = len(first.groups) == len(second.groups) and all(
        a.level == b.level and len(a.lines) == len(b.lines)
        and set(a.entries) == set(b.entries)
        for a, b in zip(first.groups, second.groups, strict=True))
    out = []
    for i, g in enumerate(first.groups):
        if not (g.lines or g.heading):
            continue
        heading = g.heading
        other: SignatoryGroup | None = second.groups[i] if alike else None
        if other is not None and other.heading and other.heading != heading:
            heading = f"{heading} / {other.heading}"
        out.append((heading, g.level, g.lines))
    return out


def story(first: Letter, second: Letter, frame_width: float, columns: int | None,
          logo: Path | None, progress: Progress) -> list:
    pair = _Pair(first, second)
    rows: list = []

    def add(row) -> None:
        if row is not None:
            rows.append(row)

    if logo is not None:
        rows.append(_logo(logo, pair.first_rtl))
    add(pair.row(language_name(first.language), language_name(second.language),
                 LANGUAGE_LABEL))
    add(pair.row(first.title, second.title, TITLE))
    add(pair.row(first.addressee, second.addressee, styles.ADDRESSEE))
    add(pair.row(first.date_line, second.date_line, styles.DATE))
    for a, b in zip_longest(first.sections, second.sections):
        add(pair.row(a.title if a else "", b.title if b else "", styles.SECTION_TITLE))
        kind = (a or b).kind
        if kind.is_list:
            add(pair.row(a.lead if a else "", b.lead if b else "", LEAD))
            for ia, ib in zip_longest(a.items if a else (), b.items if b else ()):
                add(pair.row(ia.text if ia else "", ib.text if ib else "", ITEM,
                             _marker(ia, a) if ia else "",
                             _marker(ib, b) if ib else ""))
        else:
            for pa, pb in zip_longest(a.paragraphs if a else (), b.paragraphs if b else ()):
                add(pair.row(pa or "", pb or "", BODY))

    groups = _groups(first, second)
    names = [line for _, _, lines in groups for line in lines]
    if first.inline:  # one closing line in each language, no list
        add(pair.row(first.closing_line, second.closing_line, BODY))
        names = []
    if names:
        cols = columns or choose_columns(names, frame_width)
        list_style = styles.LIST_STYLES[cols]
        rows.append(NeedRoom(styles.RULE_SPACE_BEFORE + styles.RULE_SPACE_AFTER
                                  + styles.SIGNATORY_HEADING.leading * 2
                                  + styles.COUNTS.leading * 2 + 4 * list_style.leading))
        rows.append(Rule(styles.RULE, styles.RULE_WIDTH, styles.RULE_SPACE_BEFORE,
                         styles.RULE_SPACE_AFTER))
        add(pair.row(first.signatory_heading, second.signatory_heading,
                     styles.SIGNATORY_HEADING))
        add(pair.row(first.counts_line, second.counts_line, styles.COUNTS))
        rows[-1].keep_with_next = False
        rows.append(SignatoryList(groups, cols, list_style, pair.first_rtl, progress))
    add(pair.row(first.footnote, second.footnote, styles.NOTE))
    add(pair.row(first.edition_line, second.edition_line, styles.NOTE))
    return rows


class _BilingualCanvas(NumberedCanvas):
    """"Page 2 of 5" under each column, in that column's language."""

    def __init__(self, *args, languages: tuple[str, str] = ("en", "en"), **kwargs):
        super().__init__(*args, **kwargs)
        self._languages = languages

    def _draw_footer(self, number: int, pages: int) -> None:
        width, _ = self._pagesize
        col = (width - 2 * styles.MARGIN_SIDE - GAP) / 2
        centres = (styles.MARGIN_SIDE + col / 2, styles.MARGIN_SIDE + col + GAP + col / 2)
        self.setFillColorRGB(*styles.MUTED)
        for language, centre in zip(self._languages, centres, strict=True):
            line = SHAPER.line(styles.page_label(language, number, pages), styles.FOOTER_SIZE)
            draw_line(self, line, centre - line.width / 2, styles.FOOTER_BASELINE,
                      styles.FOOTER_SIZE)


def build_bilingual_pdf(first: Letter, second: Letter, out: IO[bytes], *, paper: str = "a4",
                        columns: int | None = None, logo: Path | None = None,
                        progress: Progress = NO_PROGRESS) -> int:
    """Write the side-by-side PDF to the binary file `out`; the page count."""
    page_size = styles.PAPERS[paper]
    title = " / ".join(t for t in (first.document_title, second.document_title) if t)
    # the left column's language first
    languages = (first.language, second.language)
    if first.direction == "rtl":
        languages = languages[::-1]
    canvas = make_canvas(
        out, page_size, title=title, author=str(first.metadata.get("author") or "Sign-on"),
        subject=first.addressee or first.counts_line or title,
        pdf_language=first.language or "en", canvas_class=_BilingualCanvas,
        languages=languages, language=first.language, progress=progress)
    frame = text_frame(page_size)
    return write_pages(story(first, second, frame.width, columns, logo, progress),
                       canvas, frame)


def render_bilingual_pdf(first: Letter, second: Letter, out: Path, *, paper: str = "a4",
                         columns: int | None = None, logo: Path | None = None,
                         progress: Progress = NO_PROGRESS) -> Path:
    """Write the two letters side by side to `out` (atomically) and return it.
    `first` is the page's main language: its names' order, its direction."""
    from signon.domain.languages import normalise_language

    paper = (paper or "a4").lower()
    if paper not in styles.PAPERS:
        raise ValidationError(_("unknown paper size {paper}; use a4 or letter").format(
            paper=repr(paper)))
    if columns is not None and columns not in (1, 2, 3):
        raise ValidationError(_("columns must be 1, 2 or 3, not {columns}").format(
            columns=columns))
    if normalise_language(first.language) == normalise_language(second.language):
        raise ValidationError(_("a bilingual letter needs two languages, not {language} "
                                "twice").format(language=repr(first.language)))
    if logo is not None and not Path(logo).is_file():
        raise ValidationError(_("{path}: letterhead image not found").format(path=logo))
    out = Path(out)
    progress.check()
    with atomic_write(out, "wb") as fh:
        build_bilingual_pdf(first, second, fh, paper=paper, columns=columns,
                            logo=Path(logo) if logo else None, progress=progress)
    return out
