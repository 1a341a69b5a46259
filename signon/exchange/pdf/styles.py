"""The look of the published letter: paper, margins, type sizes, colours.

One place to tune the typography. Sizes follow a small modular scale
around a 10.5 pt body with generous leading (1.45), which reads well in a
justified single column of about 80 characters on A4 and US Letter alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from signon.domain.languages import base_language

MM = 72.0 / 25.4

#: Paper sizes in points (width, height).
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210 * MM, 297 * MM),
    "letter": (612.0, 792.0),
}

#: Margins in points. The bottom one also holds the page-number footer.
MARGIN_SIDE = 24 * MM
MARGIN_TOP = 22 * MM
MARGIN_BOTTOM = 24 * MM
FOOTER_BASELINE = 12 * MM

#: Colours (r, g, b in 0..1): near-black text, a muted grey for secondary
#: lines, a soft rule.
INK = (0.11, 0.11, 0.13)
MUTED = (0.38, 0.40, 0.43)
RULE = (0.78, 0.80, 0.83)
ACCENT = (0.16, 0.29, 0.47)


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text block is set. `align` is "start" (left in a
    left-to-right letter, right in a right-to-left one), "center" or
    "justify". `indent` narrows the block on its start side (list items)."""

    size: float
    leading: float
    bold: bool = False
    color: tuple[float, float, float] = INK
    space_before: float = 0.0
    space_after: float = 0.0
    align: str = "start"
    indent: float = 0.0
    keep_with_next: bool = False


TITLE = TextStyle(20, 25, bold=True, space_after=8, keep_with_next=True)
ADDRESSEE = TextStyle(11, 15, color=INK, space_after=2, keep_with_next=True)
DATE = TextStyle(10, 14, color=MUTED, space_after=16, keep_with_next=True)
SECTION_TITLE = TextStyle(12, 16, bold=True, space_before=8, space_after=4,
                          keep_with_next=True)
BODY = TextStyle(10.5, 15.2, align="justify", space_after=7)
LEAD = TextStyle(10.5, 15.2, align="justify", space_after=6, keep_with_next=True)
ITEM = TextStyle(10.5, 15.2, align="justify", space_after=6, indent=18)
SIGNATORY_HEADING = TextStyle(14, 18, bold=True, color=INK, space_after=3,
                              keep_with_next=True)
COUNTS = TextStyle(9.5, 13, color=MUTED, space_after=8, keep_with_next=True)
NOTE = TextStyle(8.5, 12, color=MUTED, space_before=6)
FOOTER_SIZE = 8.0

#: Space above the rule that opens the signatory section, and below it.
RULE_SPACE_BEFORE = 14.0
RULE_SPACE_AFTER = 12.0
RULE_WIDTH = 0.6


@dataclass(frozen=True)
class ListStyle:
    """The signatory list at a given number of columns: smaller type as the
    columns narrow, so that a column still holds a typical name on a line."""

    size: float
    leading: float
    gutter: float
    heading_size: float
    subheading_size: float


LIST_STYLES: dict[int, ListStyle] = {
    1: ListStyle(10.5, 14.5, 0, 11, 10),
    2: ListStyle(9.5, 13.0, 8 * MM, 10.5, 9.5),
    3: ListStyle(8.5, 11.6, 6 * MM, 9.5, 8.5),
}

#: "Page 3 of 12" in the letter's language (English otherwise).
PAGE_OF: dict[str, str] = {
    "en": "Page {page} of {pages}",
    "es": "Página {page} de {pages}",
    "fr": "Page {page} sur {pages}",
    "pt": "Página {page} de {pages}",
    "de": "Seite {page} von {pages}",
    "it": "Pagina {page} di {pages}",
    "ar": "صفحة {page} من {pages}",
    "he": "עמוד {page} מתוך {pages}",
    "ru": "Страница {page} из {pages}",
}


def page_label(language: str, page: int, pages: int) -> str:
    return PAGE_OF.get(base_language(language), PAGE_OF["en"]).format(page=page, pages=pages)
