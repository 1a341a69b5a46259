"""The bundled fonts as reportlab fonts, registered on first use.

reportlab embeds TrueType outlines only, and no single TrueType font covers
every script a coalition's signatories write in, so each string is cut into
runs and every run gets the font of its script. Which font draws which
character is decided for every format in `signon.exchange.scripts` (from a
generated table, without opening a font file); this module turns the
chosen script into a registered reportlab font.

Fonts are registered with reportlab lazily, on the first character that needs
them: Droid Sans Fallback alone takes 0.12 s to parse, which a letter without
Chinese or Japanese names should not pay, and a letter in English opens one
file of the 70.
"""

from __future__ import annotations

import threading
from pathlib import Path

from signon.config import RESOURCES
from signon.exchange.scripts import (  # noqa: F401  (the PDF's names for them)
    COMMON,
    FACES,
    INHERITED,
    LATIN,
    MISSING,
    REPLACEMENT,
    RTL_SCRIPTS,
    FontFace,
    covers,
    first_covering,
    itemize,
    script_of,
)

FONT_DIR = RESOURCES / "fonts"


class FontBook:
    """Registers the bundled fonts with reportlab on first use and answers
    which registered font draws a character. One process-wide instance:
    reportlab's font registry is global too."""

    def __init__(self, font_dir: Path = FONT_DIR):
        self.font_dir = font_dir
        self._lock = threading.Lock()
        self._fonts: dict[tuple[str, bool], object] = {}

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
        """Whether the font of `script` has a glyph for `ch` (from the
        coverage table: asking does not parse the font)."""
        return covers(script, ch)

    def fallback(self, ch: str) -> str | None:
        """The first bundled font with a glyph for `ch`, or None: then the
        character is MISSING and drawn as U+FFFD."""
        return first_covering(ch)


FONT_BOOK = FontBook()

