"""Which bundled font draws which character.

reportlab embeds TrueType outlines only, and no single TrueType font covers
every script a coalition's signatories write in, so each string is cut into
runs and every run gets the font of its script: Noto Sans for Latin, Greek
and Cyrillic, the Noto Sans font of each other script, Droid Sans Fallback
for Han and Kana, NanumGothic for Hangul (Droid has almost no Hangul).

The script of a character comes from a small table of Unicode ranges for the
scripts we bundle a font for, not from coverage alone: NanumGothic also holds
4,600 Han characters, and a Chinese name must not be drawn half in a Korean
font and half in a Chinese one. Punctuation, spaces and digits ("common")
belong to no script: they join the run they sit in when its font has them,
so "(JHR)" after an Arabic name breaks the run only where it must.

Fonts are registered with reportlab lazily, on the first character that needs
them: Droid Sans Fallback alone takes 0.12 s to parse, which a letter without
Chinese or Japanese names should not pay.
"""

from __future__ import annotations

import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from signon.config import RESOURCES

FONT_DIR = RESOURCES / "fonts"

#: The script every character falls back to, and the font of the prose.
LATIN = "latin"
#: Placeholders while runs are resolved (never a font of their own).
COMMON = "common"
INHERITED = "inherited"


@dataclass(frozen=True)
class FontFace:
    """One bundled script font: regular file and, when bundled, bold file."""

    script: str
    regular: str
    bold: str | None = None
    #: HarfBuzz must shape it (joining, reordering, conjuncts, marks).
    complex: bool = False
    #: The glyph → character map of shaped text loses information (conjunct
    #: and reordered-vowel glyphs have no code point of their own), so each
    #: run also carries its logical text as /ActualText for copy and search.
    actual_text: bool = False


FACES: dict[str, FontFace] = {f.script: f for f in (
    FontFace(LATIN, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    FontFace("arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", complex=True),
    FontFace("hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", complex=True),
    FontFace("devanagari", "NotoSansDevanagari-Regular.ttf", complex=True, actual_text=True),
    FontFace("bengali", "NotoSansBengali-Regular.ttf", complex=True, actual_text=True),
    FontFace("tamil", "NotoSansTamil-Regular.ttf", complex=True, actual_text=True),
    FontFace("thai", "NotoSansThai-Regular.ttf", complex=True, actual_text=True),
    FontFace("armenian", "NotoSansArmenian-Regular.ttf"),
    FontFace("georgian", "NotoSansGeorgian-Regular.ttf"),
    FontFace("hangul", "NanumGothic.ttf"),
    FontFace("cjk", "DroidSansFallbackFull.ttf"),
)}

#: Scripts written right to left (their runs are shaped right to left).
RTL_SCRIPTS = frozenset({"arabic", "hebrew"})

#: (first code point, last code point, script), sorted; anything outside is
#: Latin or common/inherited by its Unicode category.
_RANGES: list[tuple[int, int, str]] = sorted([
    (0x0530, 0x058F, "armenian"), (0xFB13, 0xFB17, "armenian"),
    (0x0590, 0x05FF, "hebrew"), (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x0870, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"), (0x1C90, 0x1CBF, "georgian"), (0x2D00, 0x2D2F, "georgian"),
    (0x1100, 0x11FF, "hangul"), (0x3130, 0x318F, "hangul"), (0xA960, 0xA97F, "hangul"),
    (0xAC00, 0xD7FF, "hangul"),
    (0x2E80, 0x2FDF, "cjk"), (0x3001, 0x303F, "cjk"), (0x3040, 0x30FF, "cjk"),
    (0x31C0, 0x31FF, "cjk"), (0x3200, 0x33FF, "cjk"), (0x3400, 0x4DBF, "cjk"),
    (0x4E00, 0x9FFF, "cjk"), (0xF900, 0xFAFF, "cjk"), (0xFE30, 0xFE4F, "cjk"),
    (0xFF01, 0xFFEF, "cjk"), (0x20000, 0x3134F, "cjk"),
])
_STARTS = [r[0] for r in _RANGES]

#: Format characters that must stay inside the run they are typed in:
#: zero-width (non-)joiners steer Arabic joining and Indic conjuncts.
_JOINERS = frozenset("\u200c\u200d\u034f")

_script_cache: dict[str, str] = {}


def script_of(ch: str) -> str:
    """The script of one character, or COMMON / INHERITED for characters that
    take the script of their neighbours (cached: a letter has few distinct
    characters and 10,000 names have many repeated ones)."""
    found = _script_cache.get(ch)
    if found is not None:
        return found
    cp = ord(ch)
    i = bisect_right(_STARTS, cp) - 1
    if i >= 0 and cp <= _RANGES[i][1]:
        script = _RANGES[i][2]
        category = unicodedata.category(ch)
        # the ideographic comma and a few shared marks live inside these
        # blocks but belong to every script around them
        if category[0] == "M" and script in ("cjk", "hangul"):
            script = INHERITED
    else:
        category = unicodedata.category(ch)
        if category[0] == "M" or ch in _JOINERS or category == "Cf":
            script = INHERITED
        elif category[0] in "LN" and not (category == "Nd" and cp < 0x80):
            script = LATIN if category[0] == "L" or cp < 0x2000 else COMMON
        else:
            script = COMMON  # spaces, punctuation, symbols, ASCII digits
    _script_cache[ch] = script
    return script


class FontBook:
    """Registers the bundled fonts with reportlab on first use and answers
    which registered font draws a character. One process-wide instance:
    reportlab's font registry is global too."""

    def __init__(self, font_dir: Path = FONT_DIR):
        self.font_dir = font_dir
        self._lock = threading.Lock()
        self._fonts: dict[tuple[str, bool], object] = {}
        self._fallback_cache: dict[str, str | None] = {}

    def font_name(self, script: str, bold: bool = False) -> str:
        """The reportlab name of the font for `script`, registering it first.
        Scripts without a bundled bold face use their regular face."""
        return self.font(script, bold).fontName

    def font(self, script: str, bold: bool = False):
        key = (script, bold)
        found = self._fonts.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._fonts.get(key)
            if found is None:
                found = self._register(script, bold)
                self._fonts[key] = found
        return found

    def _register(self, script: str, bold: bool):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        face = FACES[script]
        filename = face.bold if bold and face.bold else face.regular
        name = "Signon-" + filename.removesuffix(".ttf")
        # a registered font is looked up in the registry itself: asking
        # `getFont` for an unknown name first parses every Type 1 metrics
        # file reportlab ships (0.05 s per name) before raising KeyError
        if name in pdfmetrics.getRegisteredFontNames():
            return pdfmetrics.getFont(name)
        path = self.font_dir / filename
        if not path.is_file():
            raise FileNotFoundError(f"{path}: bundled font missing (resources/fonts)")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        return font

    def covers(self, script: str, ch: str) -> bool:
        """Whether the regular font of `script` has a glyph for `ch` (bold
        faces are cut from the same character set)."""
        return ord(ch) in self.font(script).face.charToGlyph

    def fallback(self, ch: str) -> str | None:
        """The first bundled font with a glyph for a character its own
        script's font lacks (a symbol, a rare letter), or None: then the
        character is drawn as the missing-glyph box of the Latin font."""
        if ch in self._fallback_cache:
            return self._fallback_cache[ch]
        found = None
        for script in FACES:
            if self.covers(script, ch):
                found = script
                break
        self._fallback_cache[ch] = found
        return found


FONT_BOOK = FontBook()


def itemize(text: str, book: FontBook = FONT_BOOK) -> list[tuple[int, int, str]]:
    """Cut `text` into (start, end, script) runs in logical order, one font
    each. Combining marks and joiners stay with the character before them;
    spaces, digits and punctuation join the run before them when its font has
    them, else the run after them, else the Latin font."""
    n = len(text)
    scripts = [script_of(ch) for ch in text]
    # inherited → the script of the character before (or after, at the start)
    for i, s in enumerate(scripts):
        if s == INHERITED:
            scripts[i] = scripts[i - 1] if i else COMMON
    # common → previous strong script if its font covers the character,
    # else the next strong script's, else Latin
    prev = None
    for i in range(n):
        s = scripts[i]
        if s != COMMON:
            prev = s
            continue
        ch = text[i]
        if prev is not None and book.covers(prev, ch):
            scripts[i] = prev
            continue
        nxt = next((t for t in scripts[i + 1:] if t != COMMON), None)
        if nxt is not None and book.covers(nxt, ch):
            scripts[i] = nxt
        else:
            scripts[i] = LATIN
    # a character its script's font lacks goes to any bundled font that has it
    for i, s in enumerate(scripts):
        ch = text[i]
        if not book.covers(s, ch) and not ch.isspace():
            alt = book.fallback(ch)
            if alt is not None:
                scripts[i] = alt
    runs: list[tuple[int, int, str]] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or scripts[i] != scripts[start]:
            runs.append((start, i, scripts[start]))
            start = i
    return runs
