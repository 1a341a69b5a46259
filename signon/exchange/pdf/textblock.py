"""Paragraphs of the letter as layout blocks, in any script.

reportlab's own Paragraph shapes text but takes one font per style and
needs reportlab's optional `rlbidi` module for right-to-left text; a
coalition letter mixes scripts inside one line (an Arabic organisation in
an English sentence) and may itself be in Arabic. So paragraphs are broken
into lines here, every line is laid out by `shaping.Shaper` (per-script
fonts, python-bidi, HarfBuzz) and drawn directly; `layout` flows the
blocks down pages, keeps headings with what follows and splits a paragraph
across a page break.
"""

from __future__ import annotations

import re

from signon.exchange.pdf.layout import Block
from signon.exchange.pdf.shaping import SHAPER, Line, Shaper, draw_line
from signon.exchange.pdf.styles import TextStyle

_CJK = "\u2e80-\u2fdf\u3001-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef"
#: Break opportunities: after a run of spaces, and around every Han or Kana
#: character (Chinese and Japanese put no spaces between words). Closing
#: punctuation stays with the character before it.
_TOKENS = re.compile(
    f"[{_CJK}][、。，．：；！？」』）〉》】\u3000]*\\s*"
    f"|[^\\s{_CJK}]+\\s*"
    "|\\s+"
)
#: Share of a line's width the spaces may stretch to when justifying; a
#: looser line is left ragged rather than gappy.
_MAX_STRETCH = 1.2


def break_lines(text: str, width: float, size: float, bold: bool = False,
                shaper: Shaper = SHAPER) -> list[str]:
    """Break `text` (logical order) into lines no wider than `width`.

    Not greedily: the breaks minimise the sum of squared leftover space of
    every line but the last (minimum raggedness, the core of Knuth–Plass
    without hyphenation), so justified lines stretch evenly instead of one
    line in five gaping. A word wider than the line is cut between
    characters."""
    text = " ".join(text.split())
    if not text:
        return []
    if shaper.width(text, size, bold) <= width:
        return [text]
    tokens: list[str] = []
    for token in _TOKENS.findall(text):
        while shaper.width(token.rstrip(), size, bold) > width:
            head, token = _cut(token, width, size, bold, shaper)
            tokens.append(head + " ")
        tokens.append(token)
    full = [shaper.width(t, size, bold) for t in tokens]
    trim = [shaper.width(t.rstrip(), size, bold) if t[-1:].isspace() else w
            for t, w in zip(tokens, full, strict=True)]
    n = len(tokens)
    prefix = [0.0]
    for w in full:
        prefix.append(prefix[-1] + w)
    # best[i]: least cost of setting tokens i.. ; nxt[i]: where i's line ends
    best = [0.0] * (n + 1)
    nxt = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i] = float("inf")
        for j in range(i, n):
            line_width = prefix[j] - prefix[i] + trim[j]
            if line_width > width and j > i:
                break
            slack = (width - line_width) / width
            cost = 0.0 if j == n - 1 else slack * slack
            if cost + best[j + 1] < best[i]:
                best[i] = cost + best[j + 1]
                nxt[i] = j + 1
    lines = []
    i = 0
    while i < n:
        lines.append("".join(tokens[i:nxt[i]]).rstrip())
        i = nxt[i]
    return [line for line in lines if line]


def _cut(word: str, width: float, size: float, bold: bool, shaper: Shaper
         ) -> tuple[str, str]:
    """Split an over-long word where the most characters fit, never before
    a combining mark or joiner (that would tear a letter from its accent)."""
    import unicodedata

    best = 1
    for i in range(1, len(word)):
        nxt = word[i]
        if unicodedata.category(nxt)[0] == "M" or nxt in "\u200c\u200d":
            continue
        if shaper.width(word[:i], size, bold) > width:
            break
        best = i
    return word[:best], word[best:]


class TextBlock(Block):
    """One paragraph (title, date, body text, list item, note) set in
    `style`, left-to-right or right-to-left, optionally with a list marker
    ("1.", "•") hanging in its indent."""

    def __init__(self, text: str, style: TextStyle, rtl: bool = False, marker: str = "",
                 shaper: Shaper = SHAPER, _lines: list[str] | None = None,
                 _last_is_end: bool = True):
        self.text = text
        self.style = style
        self.rtl = rtl
        self.marker = marker
        self.shaper = shaper
        self.space_before = style.space_before
        self.space_after = style.space_after
        self.keep_with_next = style.keep_with_next
        self._lines = _lines
        self._laid: list[Line] | None = None
        self._laid_width: float | None = None
        self._last_is_end = _last_is_end

    # -- layout protocol --------------------------------------------------------

    def wrap(self, avail_width, avail_height):
        self._layout(avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self._layout(avail_width)
        lines = self._lines
        fit = int((avail_height + 1e-6) // self.style.leading)
        # no single orphan line at a page foot, no single widow at the head
        if len(lines) - fit == 1:
            fit -= 1
        if fit < 2 or fit >= len(lines):
            return []
        first = TextBlock(" ".join(lines[:fit]), self.style, self.rtl, self.marker,
                          self.shaper, _lines=lines[:fit], _last_is_end=False)
        first.space_after = 0
        first.keep_with_next = False
        rest = TextBlock(" ".join(lines[fit:]), self.style, self.rtl, "", self.shaper,
                         _lines=lines[fit:], _last_is_end=self._last_is_end)
        rest.space_before = 0
        return [first, rest]

    def draw(self):
        style = self.style
        canvas = self.canv
        canvas.setFillColorRGB(*style.color)
        inner = self.width - style.indent
        x0 = 0.0 if self.rtl else style.indent
        laid = self._shaped(inner)
        # first baseline sits so that capitals fill the top of the leading
        baseline = self.height - style.leading + (style.leading - style.size) * 0.5 \
            + style.size * 0.22
        if self.marker and laid:
            # the marker first, so that text extraction reads "1. Text"
            mark = self.shaper.line(self.marker, style.size, style.bold, rtl=self.rtl)
            mx = self.width - mark.width if self.rtl else 0.0
            draw_line(canvas, mark, mx, baseline, style.size)
        for i, line in enumerate(laid):
            y = baseline - i * style.leading
            word_space = 0.0
            slack = inner - line.width
            last = i == len(laid) - 1 and self._last_is_end
            if style.align == "justify" and not last and line.spaces and slack > 0 \
                    and slack / line.spaces <= style.size * _MAX_STRETCH:
                word_space = slack / line.spaces
                x = x0
            elif style.align == "center":
                x = x0 + slack / 2
            elif self.rtl:
                x = x0 + slack
            else:
                x = x0
            draw_line(canvas, line, x, y, style.size, word_space)

    # -- internals ------------------------------------------------------------

    def _layout(self, width: float) -> None:
        inner = width - self.style.indent
        if self._lines is None or self._laid_width != inner:
            if self._lines is None or self._laid_width is not None:
                self._lines = break_lines(self.text, inner, self.style.size,
                                          self.style.bold, self.shaper)
            self._laid_width = inner
            self._laid = None

    def _shaped(self, inner: float) -> list[Line]:
        if self._laid is None:
            self._laid = [self.shaper.line(t, self.style.size, self.style.bold, rtl=self.rtl)
                          for t in self._lines]
        return self._laid


class Rule(Block):
    """A thin horizontal rule across the frame (before the signatories)."""

    def __init__(self, color, thickness: float, space_before: float, space_after: float):
        self.color = color
        self.thickness = thickness
        self.space_before = space_before
        self.space_after = space_after
        self.keep_with_next = True

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.thickness
        return avail_width, self.thickness

    def draw(self):
        self.canv.setStrokeColorRGB(*self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)
