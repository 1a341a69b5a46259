"""The signatory list as one layout block that lays itself out.

A letter can carry 10,000 names. One reportlab Paragraph per name costs
1.65 s for that many (measured, DESIGN.md); this flowable measures every
name once with reportlab's C string-width routine, packs the names into
columns itself and writes the page's text operators directly — 0.2 s for
the same list. Names in scripts that need shaping or bidi go through the
same `Shaper` as the prose; the other 99 % take the fast path.

Layout rules: names never split across columns or pages (a long name wraps
inside its column with a hanging indent); a group heading is never left at
the foot of a column without a name under it; the last page's columns are
balanced so the list ends in an even block rather than one full column and
one stub. In a right-to-left letter the columns run right to left and names
are set flush right.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from signon.exchange.pdf.fonts import FONT_BOOK, LATIN
from signon.exchange.pdf.layout import Block
from signon.exchange.pdf.shaping import (
    SHAPER,
    Line,
    Shaper,
    draw_line,
    encoder_for,
    is_simple,
    plain_ops,
    text_width,
)
from signon.exchange.pdf.styles import INK, MUTED, ListStyle
from signon.exchange.pdf.textblock import break_lines
from signon.progress import NO_PROGRESS, Progress

NAME, HEADING, SUBHEADING = 0, 1, 2
#: Space above a group heading (in leadings), unless it opens a column.
_HEADING_GAP = 0.9
#: Hanging indent of a wrapped name's continuation lines (in ems).
_HANG = 1.0


@dataclass
class _Items:
    """The flat list behind every page's chunk: kinds and texts, plus their
    measurements for the current column width (shared by all chunks)."""

    kinds: list[int]
    texts: list[str]
    names: int
    width: float = -1.0
    #: height of each item when it does not open a column
    heights: list[float] = field(default_factory=list)
    #: prefix sums of `heights`, to know at once what the rest needs
    cumulative: list[float] = field(default_factory=list)
    #: item index → its wrapped lines (only names wider than the column)
    wrapped: dict[int, list[str]] = field(default_factory=dict)
    #: item index → shaped Line, for names that are not plain Latin
    shaped: dict[int, Line] = field(default_factory=dict)


class SignatoryList(Block):
    """`groups` are (heading, level, lines) triples in letter order."""

    def __init__(self, groups: list[tuple[str, int, tuple[str, ...] | list[str]]],
                 columns: int, style: ListStyle, rtl: bool = False,
                 progress: Progress = NO_PROGRESS, shaper: Shaper = SHAPER,
                 _items: _Items | None = None, _start: int = 0):
        self.columns = columns
        self.style = style
        self.rtl = rtl
        self.progress = progress
        self.shaper = shaper
        if _items is None:
            kinds: list[int] = []
            texts: list[str] = []
            names = 0
            for heading, level, lines in groups:
                if heading:
                    kinds.append(HEADING if level <= 1 else SUBHEADING)
                    texts.append(heading)
                kinds.extend([NAME] * len(lines))
                texts.extend(lines)
                names += len(lines)
            _items = _Items(kinds, texts, names)
        self.items = _items
        self.start = _start
        self.end = len(_items.kinds)
        self.breaks: list[int] | None = None  # column starts, set for a page chunk

    # -- measuring --------------------------------------------------------------

    def column_width(self, avail_width: float) -> float:
        return (avail_width - (self.columns - 1) * self.style.gutter) / self.columns

    def _measure(self, avail_width: float) -> None:
        items = self.items
        col = self.column_width(avail_width)
        if items.width == col:
            return
        style = self.style
        size, leading = style.size, style.leading
        font = FONT_BOOK.font(LATIN)
        hang = size * _HANG
        heights: list[float] = []
        wrapped: dict[int, list[str]] = {}
        shaped: dict[int, Line] = {}
        heading_height = leading * (1 + _HEADING_GAP)
        for i, (kind, text) in enumerate(zip(items.kinds, items.texts, strict=True)):
            if kind != NAME:
                heights.append(heading_height)
                continue
            if is_simple(text):
                width = text_width(font, text, size)
            else:
                line = self.shaper.line(text, size)
                shaped[i] = line
                width = line.width
            if width <= col:
                heights.append(leading)
            else:
                lines = (_wrap_plain(text, col - hang, font, size) if i not in shaped
                         else break_lines(text, col - hang, size, shaper=self.shaper))
                wrapped[i] = lines
                heights.append(leading * len(lines))
        cumulative = [0.0]
        total = 0.0
        for h in heights:
            total += h
            cumulative.append(total)
        items.width = col
        items.heights = heights
        items.cumulative = cumulative
        items.wrapped = wrapped
        items.shaped = shaped

    # -- packing ----------------------------------------------------------------

    def _pack(self, start: int, height: float) -> list[int]:
        """Fill up to `columns` columns of `height` from item `start`; return
        the column start indices plus the end index. Each column's end is
        found by bisection on the prefix sums, so a page costs O(log n)."""
        items = self.items
        kinds, cumulative = items.kinds, items.cumulative
        gap = self.style.leading * _HEADING_GAP
        n = self.end
        breaks = [start]
        i = start
        for _ in range(self.columns):
            col_start = i
            if i >= n:
                break
            # a heading opening the column loses its gap above
            budget = height + (gap if kinds[i] != NAME else 0.0) + 1e-6
            i = bisect_right(cumulative, cumulative[col_start] + budget, col_start, n + 1) - 1
            # a heading (or two) closing a column moves to the next one
            while i < n and i - 1 > col_start and kinds[i - 1] != NAME:
                i -= 1
            breaks.append(i)
            if i >= n or i == col_start:
                break
        return breaks

    def _balanced_height(self) -> float:
        """The smallest column height that holds everything left in
        `columns` columns (binary search on the greedy packing)."""
        items = self.items
        start, n = self.start, self.end
        total = items.cumulative[n] - items.cumulative[start]
        low = max(items.heights[start:n], default=0.0)
        low = max(low, total / self.columns - self.style.leading)
        high = total + self.style.leading
        for _ in range(40):
            if high - low < 0.5:
                break
            mid = (low + high) / 2
            if self._pack(start, mid)[-1] >= n:
                high = mid
            else:
                low = mid
        # snap to whole lines so the columns end on a common baseline grid
        leading = self.style.leading
        return high if self._pack(start, high)[-1] >= n else total + leading

    # -- layout protocol ----------------------------------------------------------

    def wrap(self, avail_width, avail_height):
        self._measure(avail_width)
        self.width = avail_width
        if self.breaks is not None:  # a packed page chunk
            return avail_width, self.height
        items = self.items
        remaining = items.cumulative[self.end] - items.cumulative[self.start]
        if remaining > self.columns * avail_height + self.style.leading:
            # clearly more than this frame holds: the layout will split
            self.height = remaining / self.columns
        else:
            self.height = self._balanced_height()
        return avail_width, self.height

    def split(self, avail_width, avail_height):
        self._measure(avail_width)
        if self.start >= self.end:
            return []
        breaks = self._pack(self.start, avail_height)
        end = breaks[-1]
        if end <= self.start:
            return []  # not even one name fits: the list starts on the next page
        first = SignatoryList([], self.columns, self.style, self.rtl, self.progress,
                              self.shaper, _items=self.items, _start=self.start)
        first.end = end
        first.breaks = breaks
        first.width = avail_width
        first.height = avail_height
        if end >= self.end:
            return [first]
        rest = SignatoryList([], self.columns, self.style, self.rtl, self.progress,
                             self.shaper, _items=self.items, _start=end)
        return [first, rest]

    def draw(self):
        if self.breaks is None:
            self.breaks = self._pack(self.start, self.height)
        canvas = self.canv
        col = self.items.width
        gutter = self.style.gutter
        for c in range(len(self.breaks) - 1):
            a, b = self.breaks[c], self.breaks[c + 1]
            if self.rtl:
                x = self.width - (c + 1) * col - c * gutter
            else:
                x = c * (col + gutter)
            self._draw_column(canvas, a, b, x, col)
        self.progress.step(self.breaks[-1], len(self.items.kinds), "Writing the signatory list")

    # -- drawing ------------------------------------------------------------------

    def _draw_column(self, canvas, a: int, b: int, x: float, col: float) -> None:
        """Write the names of items a..b into one column. Plain names go
        straight into one text object as PDF operators; headings, wrapped
        and shaped names are drawn through `draw_line`."""
        items = self.items
        style = self.style
        size, leading = style.size, style.leading
        hang = size * _HANG
        baseline_drop = leading - (leading - size) * 0.5 - size * 0.22
        font = FONT_BOOK.font(LATIN)
        encoder = encoder_for(font, canvas)
        ops: list[str] = ["BT", "{:.3f} {:.3f} {:.3f} rg".format(*INK)]
        subset_now = -1
        slow: list[tuple[Line, float, float, float, tuple]] = []
        y = self.height
        for i in range(a, b):
            kind = items.kinds[i]
            text = items.texts[i]
            if kind != NAME:
                if i != a:
                    y -= leading * _HEADING_GAP
                heading_size = style.heading_size if kind == HEADING else style.subheading_size
                line = self.shaper.line(text, heading_size, bold=True,
                                        rtl=self.rtl or None)
                lx = x + col - line.width if self.rtl else x
                slow.append((line, lx, y - baseline_drop, heading_size,
                             INK if kind == HEADING else MUTED))
                y -= leading
                continue
            lines = items.wrapped.get(i)
            if lines is not None:
                for k, part in enumerate(lines):
                    indent = hang if k else 0.0
                    if i in items.shaped:
                        line = self.shaper.line(part, size)
                        lx = x + col - indent - line.width if self.rtl else x + indent
                        slow.append((line, lx, y - baseline_drop, size, INK))
                    else:
                        lx = (x + col - indent - text_width(font, part, size) if self.rtl
                              else x + indent)
                        ops.append(f"1 0 0 1 {lx:.2f} {y - baseline_drop:.2f} Tm")
                        plain_ops(ops, encoder, part, size)
                        subset_now = -1  # plain_ops chose the font itself
                    y -= leading
                continue
            shaped = items.shaped.get(i)
            if shaped is not None:
                lx = x + col - shaped.width if self.rtl else x
                slow.append((shaped, lx, y - baseline_drop, size, INK))
            else:
                lx = x + col - text_width(font, text, size) if self.rtl else x
                ops.append(f"1 0 0 1 {lx:.2f} {y - baseline_drop:.2f} Tm")
                for subset, literal in encoder.encode(text):
                    if subset != subset_now:
                        ops.append(f"{encoder.subset_name(subset)} {size:g} Tf")
                        subset_now = subset
                    ops.append(f"({literal}) Tj")
            y -= leading
        ops.append("ET")
        if len(ops) > 3:
            canvas._code.append("\n".join(ops))
        for line, lx, ly, lsize, color in slow:
            canvas.setFillColorRGB(*color)
            draw_line(canvas, line, lx, ly, lsize)
        canvas.setFillColorRGB(*INK)


def _wrap_plain(text: str, width: float, font, size: float) -> list[str]:
    """Greedy wrap of a plain (unshaped) name at spaces; a word longer than
    the column is cut where it overflows. Names are a few words long, so
    greedy breaking is as good as optimal here and much cheaper."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if text_width(font, candidate, size) <= width or not current and not word:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(font, current, size) > width and len(current) > 1:
            cut = len(current) - 1
            while cut > 1 and text_width(font, current[:cut], size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines
