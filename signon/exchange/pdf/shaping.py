"""One line of text → glyph runs in visual order, ready to draw.

The pipeline for a string that is not plain Latin/Greek/Cyrillic:

1. `fonts.itemize` cuts it into runs of one font (one script) each;
2. python-bidi resolves the embedding levels and the visual order (UAX #9),
   so an Arabic name reads right to left and "(JHR)" after it lands on its
   left, the way a reader of Arabic expects;
3. HarfBuzz (uharfbuzz) shapes every run that needs it: Arabic joining,
   Indic conjuncts and vowel reordering, Thai and Hebrew marks, mirrored
   brackets in right-to-left runs;
4. the glyphs become reportlab `ShapedStr` values, which reportlab's text
   object draws with HarfBuzz's positions and embeds in the font subset.

A character no bundled font has (`fonts.MISSING`: a private-use or
unassigned code point, a script we bundle no font for) is drawn as U+FFFD
in the Latin font, one per character, so the gap shows on paper; its run
carries the typed text as /ActualText, so copying gives back what was
typed. The export has already said which characters (`missing_glyphs`).

Plain Latin, Greek and Cyrillic text (nearly every name in a letter) skips
all of this: one run, reportlab's C string width, no shaping. That fast path
is what keeps a 10,000-name letter under a third of a second.

Text extraction: reportlab maps each glyph back to one code point for the
PDF's ToUnicode table. Arabic contextual forms map to the Arabic Presentation
Forms (NFKC gives the letters back); Indic and Thai conjuncts and reordered
vowels have no code point at all, so those runs also carry their logical
text in an /ActualText span, which pdftotext and screen readers use instead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from signon.exchange.pdf.fonts import (
    FACES,
    FONT_BOOK,
    INHERITED,
    LATIN,
    MISSING,
    REPLACEMENT,
    FontBook,
    itemize,
    script_of,
)
from signon.exchange.scripts import is_ignorable
from signon.exchange.scripts import is_simple as is_simple

#: Characters that make a string right-to-left, or bidi controls: Hebrew to
#: N'Ko and Mandaic, the presentation forms, and the right-to-left blocks of
#: the supplementary planes (Hanifi Rohingya, Adlam, …).
_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
#: White space that no bundled font has a glyph for (tabs, line breaks,
#: the Ogham space mark): drawn as a plain space, never as a box.
_ODD_SPACES = {cp: " " for cp in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F,
                                   0x85, 0x1680, 0x2028, 0x2029)}
#: Combining marks: a Latin run holding them is shaped so the mark sits on
#: its letter (text pasted from macOS often arrives decomposed).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(slots=True)
class Piece:
    """A run of glyphs in one font, in visual order. `text` is a plain str
    (unshaped) or a reportlab ShapedStr; `actual` the logical text to put in
    an /ActualText span, when the glyphs cannot say it themselves."""

    font: str
    text: str
    width: float
    actual: str | None = None
    #: bold asked for but the script has no bold face: the glyphs are
    #: stroked as well as filled (a heading in Chinese still reads as one)
    fake_bold: bool = False


@dataclass(slots=True)
class Line:
    """A laid-out line: pieces left to right, total width in points at the
    size it was shaped for, and its logical text."""

    pieces: list[Piece]
    width: float
    text: str
    rtl: bool = False
    spaces: int = field(default=0)


class _CharWidths(dict):
    """Advance widths of one font (1000 units per em) keyed by character,
    filled on first use: `sum(map(widths.__getitem__, text))` runs in C,
    five times faster than reportlab's pure-Python fallback when its
    optional C accelerator (rl_accel) is not installed."""

    def __init__(self, font):
        super().__init__()
        self._get = font.face.charWidths.get
        self._default = font.face.defaultWidth

    def __missing__(self, ch: str) -> float:
        width = self[ch] = self._get(ord(ch), self._default)
        return width


_WIDTHS: dict[str, _CharWidths] = {}


def text_width(font, text: str, size: float) -> float:
    """Width in points of unshaped `text` in the reportlab TTFont `font`."""
    table = _WIDTHS.get(font.fontName)
    if table is None:
        table = _WIDTHS[font.fontName] = _CharWidths(font)
    return sum(map(table.__getitem__, text)) * size / 1000.0


def _needs_shaping(chunk: str) -> bool:
    """A run of a simple script still goes through HarfBuzz when it holds a
    combining mark (so the mark sits on its letter) or a default-ignorable
    (which HarfBuzz hides; unshaped, a font without it would draw a box)."""
    if _MARKS.search(chunk):
        return True
    return not chunk.isascii() and any(
        unicodedata.category(ch)[0] == "M" or is_ignorable(ch) for ch in chunk)


def is_rtl_text(text: str) -> bool:
    """The direction of a string on its own: that of its first strong
    character (UAX #9 rules P2–P3), as python-bidi decides it."""
    if not _BIDI.search(text):
        return False
    from bidi.algorithm import get_base_level

    return get_base_level(text) == 1


class Shaper:
    """Shapes lines for one font book; caches the HarfBuzz font objects."""

    def __init__(self, book: FontBook = FONT_BOOK):
        self.book = book
        self._hb: dict[str, object] = {}

    # -- public --------------------------------------------------------------

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Width of `text` on one line, in points."""
        if is_simple(text):
            return text_width(self.book.font(LATIN, bold), text, size)
        return self.line(text, size, bold).width

    def line(self, text: str, size: float, bold: bool = False,
             rtl: bool | None = None) -> Line:
        """Lay out `text` as one line. `rtl` is the paragraph direction: the
        letter's for prose, None (the text's own first strong character) for
        a name in a list."""
        spaces = text.count(" ")
        if is_simple(text) and not rtl:
            font = self.book.font(LATIN, bold)
            width = text_width(font, text, size)
            return Line([Piece(font.fontName, text, width)], width, text, False, spaces)
        text = text.translate(_ODD_SPACES)
        if rtl is None:
            rtl = is_rtl_text(text)
        runs = itemize(text, self.book)
        if rtl or _BIDI.search(text):
            visual = _bidi_runs(text, runs, rtl)
        else:
            visual = [(start, end, script, 0) for start, end, script in runs]
        pieces = [self._piece(text, start, end, script, level, size, bold)
                  for start, end, script, level in visual]
        return Line(pieces, sum(p.width for p in pieces), text, rtl, spaces)

    # -- internals -----------------------------------------------------------

    def _piece(self, text: str, start: int, end: int, script: str, level: int,
               size: float, bold: bool) -> Piece:
        chunk = text[start:end]
        if script == MISSING:
            return self._missing(chunk, size, bold)
        face = FACES[script]
        font = self.book.font(script, bold)
        rtl = bool(level & 1)
        fake_bold = bold and not face.bold
        if rtl or face.complex or _needs_shaping(chunk):
            shaped, width = self._shape(font, chunk, size, rtl)
            actual = chunk if face.actual_text else None
            return Piece(font.fontName, shaped, width, actual, fake_bold)
        return Piece(font.fontName, chunk, text_width(font, chunk, size), None, fake_bold)

    def _missing(self, chunk: str, size: float, bold: bool) -> Piece:
        """What no bundled font can draw: one U+FFFD per character (marks
        and joiners that came with it add none), with the typed text as
        /ActualText."""
        font = self.book.font(LATIN, bold)
        count = max(1, sum(1 for ch in chunk if script_of(ch) != INHERITED))
        shown = REPLACEMENT * count
        return Piece(font.fontName, shown, text_width(font, shown, size), chunk)

    def _hb_font(self, font):
        hb = self._hb.get(font.fontName)
        if hb is None:
            hb = self._hb[font.fontName] = font.hbFont(1000)
        return hb

    def _shape(self, font, text: str, size: float, rtl: bool):
        """HarfBuzz-shape one run and return (ShapedStr, width in points).

        Mirrors reportlab's own `shapeFragWord`, with the direction set by
        the bidi level rather than guessed, so that a bracket or a digit in a
        right-to-left run is mirrored and ordered as the run around it."""
        import uharfbuzz
        from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

        hb_font = self._hb_font(font)
        buf = uharfbuzz.Buffer()
        buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        uharfbuzz.shape(hb_font, buf, FEATURES)
        face = font.face
        glyph_to_char = face.glyphToChar
        char_widths = face.charWidths
        scale = face._pdfScale
        chars: list[str] = []
        data: list[ShapeData] = []
        advance = 0.0
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            gid = info.codepoint
            x_advance = scale(pos.x_advance)
            found = glyph_to_char.get(gid)
            if found:
                code = found[0]
            else:
                # a glyph with no code point of its own (a conjunct, a
                # contextual form): reportlab gives it a private-use one
                code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, x_advance)
            chars.append(chr(code))
            data.append(ShapeData(info.cluster, x_advance, scale(pos.y_advance),
                                  scale(pos.x_offset), scale(pos.y_offset),
                                  char_widths.get(code, x_advance)))
            advance += x_advance
        return ShapedStr("".join(chars), shapeData=data), advance * size / 1000.0


#: HarfBuzz features beyond each script's defaults. Discretionary ligatures
#: stay off: a ligature glyph maps back to one code point only, and a name
#: must come back out of the PDF as typed.
FEATURES: dict[str, bool] = {"kern": True, "liga": False, "dlig": False, "clig": False}


def _bidi_runs(text: str, runs: list[tuple[int, int, str]], rtl: bool
               ) -> list[tuple[int, int, str, int]]:
    """(start, end, script, level) runs in visual order, left to right.

    python-bidi's reference implementation resolves the levels and reorders
    the characters (rules X1–L2); each character is tagged with its logical
    index first, so the reordered sequence says which logical ranges show
    in which order. Consecutive characters with one level, one script and
    adjacent logical positions form a run (a right-to-left run's logical
    indices descend)."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    level = 1 if rtl else 0
    storage["base_level"] = level
    storage["base_dir"] = "R" if rtl else "L"
    uba.get_embedding_levels(text, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["index"] = i
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    # rank of each surviving character, so that bidi controls removed by
    # rule X9 (and the zero-width joiners it treats alike) do not cut a run
    rank = {ch["index"]: r for r, ch in enumerate(storage["chars"])}
    uba.reorder_resolved_levels(storage, False)

    script_at = [""] * len(text)
    for start, end, script in runs:
        for i in range(start, end):
            script_at[i] = script

    out: list[tuple[int, int, str, int]] = []
    group: list[int] = []
    group_level = -1
    for ch in storage["chars"]:
        i, lev = ch["index"], ch["level"]
        if group:
            step = -1 if group_level & 1 else 1
            if (lev == group_level and script_at[i] == script_at[group[0]]
                    and rank[i] == rank[group[-1]] + step):
                group.append(i)
                continue
            out.append((min(group), max(group) + 1, script_at[group[0]], group_level))
        group = [i]
        group_level = lev
    if group:
        out.append((min(group), max(group) + 1, script_at[group[0]], group_level))
    return out


SHAPER = Shaper()

#: Outline width of synthesised bold, as a share of the type size.
FAKE_BOLD_STROKE = 0.03


def actual_text_operator(text: str) -> str:
    """The marked-content operator opening an /ActualText span."""
    return "/Span <</ActualText <FEFF" + text.encode("utf-16-be").hex().upper() + ">>> BDC"


def draw_line(canvas, line: Line, x: float, y: float, size: float,
              word_space: float = 0.0) -> None:
    """Draw `line` with its left end at (x, y) on the baseline. `word_space`
    widens every space (PDF Tw) to justify the line."""
    if all(p.actual is None and not p.fake_bold and type(p.text) is str
           for p in line.pieces):
        # unshaped text: write the operators directly (see `Encoder`)
        ops = ["BT", f"1 0 0 1 {x:.2f} {y:.2f} Tm"]
        if word_space:
            ops.append(f"{word_space:.3f} Tw")
        for piece in line.pieces:
            plain_ops(ops, encoder_for(pdfmetrics_font(piece.font), canvas), piece.text, size)
        if word_space:
            ops.append("0 Tw")
        ops.append("ET")
        canvas._code.append(" ".join(ops))
        return
    tx = canvas.beginText(x, y)
    if word_space:
        tx.setWordSpace(word_space)
    current = None
    stroked = False
    for piece in line.pieces:
        if piece.font != current:
            tx.setFont(piece.font, size)
            current = piece.font
        if piece.fake_bold != stroked:
            if piece.fake_bold:
                canvas.setStrokeColor(canvas._fillColorObj)
                tx._code.append(f"{size * FAKE_BOLD_STROKE:.3f} w")
            tx.setTextRenderMode(2 if piece.fake_bold else 0)
            stroked = piece.fake_bold
        if piece.actual:
            tx._code.append(actual_text_operator(piece.actual))
            tx.textOut(piece.text)
            tx._code.append("EMC")
        else:
            tx.textOut(piece.text)
    if stroked:
        tx.setTextRenderMode(0)
    if word_space:
        tx.setWordSpace(0)
    canvas.drawText(tx)


#: PDF string-literal escape of every byte code (what reportlab's
#: escapePDF does one character at a time in Python).
_ESCAPED = [chr(c) if 32 <= c < 127 and chr(c) not in "()\\" else
            ("\\" + chr(c) if 32 <= c < 127 else f"\\{c:03o}") for c in range(256)]


class Encoder:
    """Encodes plain names into the font's first 256-glyph subset with one
    `str.translate` per name (C speed), keeping to reportlab's own code
    assignments: a character reportlab has not assigned yet, or one that
    landed in a later subset, goes through `font.splitString` once, which
    assigns it, and the table learns it."""

    def __init__(self, font, doc):
        self.font = font
        self.doc = doc
        self.table: dict[int, str] = {ord(c): _ESCAPED[ord(c)] for c in "()\\"}
        self.table[0xA0] = " "  # reportlab draws a no-break space as code 32

    def subset_name(self, subset: int) -> str:
        return self.font.getSubsetInternalName(subset, self.doc)

    def encode(self, text: str) -> list[tuple[int, str]]:
        literal = text.translate(self.table)
        if literal.isascii():
            return [(0, literal)]
        parts = self.font.splitString(text, self.doc)
        assignments = self.font.state[self.doc].assignments
        for ch in set(text):
            code = assignments.get(ord(ch))
            if code is not None and code < 256:
                self.table[ord(ch)] = _ESCAPED[code]
        return [(subset, "".join(_ESCAPED[b] for b in chunk)) for subset, chunk in parts]


def encoder_for(font, canvas) -> Encoder:
    """One encoder per font and document, kept on the canvas's document."""
    doc = canvas._doc
    encoders = doc.__dict__.setdefault("_signon_encoders", {})
    found = encoders.get(font.fontName)
    if found is None:
        found = encoders[font.fontName] = Encoder(font, doc)
    return found


def plain_ops(ops: list[str], encoder: Encoder, text: str, size: float) -> None:
    """Append the operators that show unshaped `text` (font set per subset)."""
    for subset, literal in encoder.encode(text):
        ops.append(f"{encoder.subset_name(subset)} {size:g} Tf ({literal}) Tj")


def pdfmetrics_font(name: str):
    from reportlab.pdfbase.pdfmetrics import getFont

    return getFont(name)
