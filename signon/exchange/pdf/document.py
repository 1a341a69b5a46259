"""The letter's pages: story, page template, running footer, metadata.

"Page 3 of 12" needs the page count before the first footer is drawn. A
second layout pass would double the render time of a 10,000-name letter,
so the canvas keeps each finished page's operators and draws every footer
at save time, when the count is known (the usual reportlab "numbered canvas"
pattern): one pass, a few kilobytes per page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import IO

from reportlab.pdfgen.canvas import Canvas

from signon import __version__
from signon.domain.direction import RTL, text_direction
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter
from signon.domain.messages import _
from signon.exchange.pdf import styles
from signon.exchange.pdf.fonts import FONT_BOOK, LATIN
from signon.exchange.pdf.layout import Frame, Image, NeedRoom, lay_out
from signon.exchange.pdf.shaping import SHAPER, draw_line
from signon.exchange.pdf.signatory_flowable import SignatoryList
from signon.exchange.pdf.textblock import Rule, TextBlock
from signon.exchange.seal import logo_digest, seal
from signon.progress import NO_PROGRESS, Progress

#: Automatic columns: up to this many names in one column, then two, then three.
ONE_COLUMN_MAX = 30
TWO_COLUMNS_MAX = 300
#: A column count is kept only if at most this share of names must wrap in it.
MAX_WRAPPED_SHARE = 0.25
#: Logo box (points): wide marks are capped by width, tall ones by height.
LOGO_MAX_WIDTH = 60 * styles.MM
LOGO_MAX_HEIGHT = 18 * styles.MM


class NumberedCanvas(Canvas):
    """A canvas that draws "Page n of N" on every page once N is known."""

    def __init__(self, *args, language: str = "en", progress: Progress = NO_PROGRESS,
                 **kwargs):
        super().__init__(*args, **kwargs)
        self._language = language
        self._progress = progress
        self._saved_pages: list[dict] = []

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        pages = len(self._saved_pages)
        for number, state in enumerate(self._saved_pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, pages)
            Canvas.showPage(self)
            self._progress.check()
        self._saved_pages = []
        Canvas.save(self)

    def _draw_footer(self, number: int, pages: int) -> None:
        width, _ = self._pagesize
        text = styles.page_label(self._language, number, pages)
        line = SHAPER.line(text, styles.FOOTER_SIZE)
        self.setFillColorRGB(*styles.MUTED)
        draw_line(self, line, (width - line.width) / 2, styles.FOOTER_BASELINE,
                  styles.FOOTER_SIZE)


def choose_columns(lines: list[str], frame_width: float) -> int:
    """1 column up to 30 names, 2 up to 300, else 3 — fewer when the names
    are long enough that more than a quarter of them would wrap."""
    n = len(lines)
    columns = 1 if n <= ONE_COLUMN_MAX else 2 if n <= TWO_COLUMNS_MAX else 3
    if n == 0:
        return 1
    step = max(1, n // 1000)  # a sample is as good as all 50,000 names
    # widths at 1 pt, measured once: shaping does not depend on the size
    unit = [SHAPER.width(s, 1.0) for s in lines[::step]]
    while columns > 1:
        style = styles.LIST_STYLES[columns]
        col = (frame_width - (columns - 1) * style.gutter) / columns
        wide = sum(1 for w in unit if w * style.size > col)
        if wide <= MAX_WRAPPED_SHARE * len(unit):
            break
        columns -= 1
    return columns


def _logo(path: Path, rtl: bool) -> Image:
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception as exc:  # unreadable or not an image
        raise ValidationError(_("{path}: not an image reportlab can read ({reason})").format(
            path=path, reason=exc)) from exc
    scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height, 1.0)
    return Image(str(path), width * scale, height * scale, right=rtl, space_after=10)


def story(letter: Letter, frame_width: float, columns: int | None, logo: Path | None,
          progress: Progress) -> list:
    """The flowables of the letter, top to bottom."""
    rtl = letter.direction == "rtl"
    flow: list = []
    if logo is not None:
        flow.append(_logo(logo, rtl))
    if letter.title:
        flow.append(_block(letter.title, styles.TITLE, letter))
    if letter.addressee:
        flow.append(_block(letter.addressee, styles.ADDRESSEE, letter))
    if letter.date_line:
        flow.append(_block(letter.date_line, styles.DATE, letter))
    for section in letter.sections:
        if section.title:
            flow.append(_block(section.title, styles.SECTION_TITLE, letter))
        if section.kind.is_list:
            if section.lead:
                flow.append(_block(section.lead, styles.LEAD, letter))
            numbering = getattr(section, "numbering", "") or "ordinal"
            plain = section.plain and section.marker == "none"
            for item in section.items:
                if plain:  # marker "none": "First, …" as a plain paragraph
                    flow.append(_block(item.text, styles.BODY, letter))
                    continue
                # ordinal items ("First, …") read as bullets, like the
                # published example; numbered and bulleted ones carry
                # their own marker; numbering "none" is an indented paragraph
                marker = "" if section.plain else (
                    item.marker or ("•" if numbering == "ordinal" else ""))
                flow.append(_block(item.text, styles.ITEM, letter, marker=marker))
        else:
            flow.extend(_block(p, styles.BODY, letter) for p in section.paragraphs)

    if letter.inline:
        if letter.closing_line:  # the date and the signers in one line, no heading
            flow.append(_block(letter.closing_line, styles.BODY, letter))
        if letter.counts_line:
            flow.append(_block(letter.counts_line, styles.COUNTS, letter))
        return flow + _notes(letter)
    groups = [(g.heading, getattr(g, "level", 1), g.lines) for g in letter.groups
              if g.lines or g.heading]
    names = [line for g in letter.groups for line in g.lines]
    if names:
        cols = columns or choose_columns(names, frame_width)
        list_style = styles.LIST_STYLES[cols]
        # the heading starts a new page unless a few names fit under it;
        # then heading and list are not glued together any further, so
        # that a 200-page list is not pushed whole to a new page
        flow.append(NeedRoom(styles.RULE_SPACE_BEFORE + styles.RULE_SPACE_AFTER
                                  + styles.SIGNATORY_HEADING.leading
                                  + styles.COUNTS.leading + styles.COUNTS.space_after
                                  + 4 * list_style.leading))
        flow.append(Rule(styles.RULE, styles.RULE_WIDTH, styles.RULE_SPACE_BEFORE,
                         styles.RULE_SPACE_AFTER))
        heading = _block(letter.signatory_heading, styles.SIGNATORY_HEADING, letter)
        flow.append(heading)
        if letter.counts_line:
            flow.append(_block(letter.counts_line, styles.COUNTS, letter))
        else:
            heading.space_after = styles.COUNTS.space_after
        flow[-1].keep_with_next = False
        flow.append(SignatoryList(groups, cols, list_style, rtl, progress))
    return flow + _notes(letter)


def _block(text: str, style, letter: Letter, marker: str = "") -> TextBlock:
    """A paragraph set in the direction of its own text (an untranslated
    English paragraph in an Arabic letter runs left to right), in the
    letter's when the text has no letter in it."""
    return TextBlock(text, style, text_direction(text, letter.direction) == RTL, marker)


def _notes(letter: Letter) -> list:
    return [_block(note, styles.NOTE, letter)
            for note in (letter.footnote, letter.added_line, letter.edition_line) if note]


def _subject(letter: Letter) -> str:
    meta = letter.metadata or {}
    if meta.get("subject"):
        return str(meta["subject"])
    if letter.counts_line:
        return letter.counts_line
    n = len(letter.signatory_lines)
    return f"Joint letter with {n} signator{'y' if n == 1 else 'ies'}"


def make_canvas(out: IO[bytes], page_size: tuple[float, float], *, title: str,
                author: str, subject: str, pdf_language: str,
                canvas_class: type[NumberedCanvas] = NumberedCanvas,
                created: date | None = None, keywords: str = "",
                **canvas_options) -> NumberedCanvas:
    """A canvas for a letter with its PDF metadata: title (shown by viewers
    instead of the file name), author, subject and language. `created` (an
    edition's date) makes the file the same bytes at every export: that
    date in place of the time of writing, and reportlab's invariant mode
    for the file identifier; `keywords` carries an edition's seal."""
    if created is not None:
        canvas_options["invariant"] = 1
    canvas = canvas_class(
        out, pagesize=page_size, lang=pdf_language,
        initialFontName=FONT_BOOK.font_name(LATIN), initialFontSize=10, **canvas_options)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("Sign-on")
    # an edition's file names no version: the same edition, the same bytes
    canvas.setProducer("Sign-on (reportlab)" if created is not None
                       else f"Sign-on {__version__} (reportlab)")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    if keywords:
        canvas.setKeywords(keywords)
    if created is not None:
        stamp = f"D:{created:%Y%m%d}000000+00'00'"
        canvas.setDateFormatter(lambda *_parts: stamp)
    return canvas


def text_frame(page_size: tuple[float, float]) -> Frame:
    page_width, page_height = page_size
    return Frame(x=styles.MARGIN_SIDE, bottom=styles.MARGIN_BOTTOM,
                 width=page_width - 2 * styles.MARGIN_SIDE,
                 top=page_height - styles.MARGIN_TOP)


def write_pages(blocks: list, canvas: Canvas, frame: Frame) -> int:
    """Flow `blocks` onto the canvas's pages and save it; the page count."""
    from reportlab import rl_config

    # Flate-compressed streams as binary rather than also ASCII85-encoded:
    # a quarter smaller, and without reportlab's C accelerator the ASCII85
    # encoder alone costs 0.25 s on a 200-page letter.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        pages = lay_out(blocks, canvas, frame)
        canvas.save()
    finally:
        rl_config.useA85 = a85
    return pages


def build_pdf(letter: Letter, out: IO[bytes], *, paper: str = "a4",
              columns: int | None = None, logo: Path | None = None,
              progress: Progress = NO_PROGRESS) -> int:
    """Write the letter's PDF to the binary file `out`; return the page count."""
    page_size = styles.PAPERS[paper]
    meta = letter.metadata or {}
    language = letter.language or "en"
    created = meta.get("created")
    canvas = make_canvas(
        out, page_size, title=getattr(letter, "document_title", "") or letter.title,
        author=str(meta.get("author") or "Sign-on"), subject=_subject(letter),
        pdf_language=str(meta.get("language") or language), language=language,
        progress=progress, created=date.fromisoformat(created) if created else None,
        keywords=seal(letter, paper=paper, columns=columns or "auto",
                      logo=logo_digest(logo)))
    frame = text_frame(page_size)
    return write_pages(story(letter, frame.width, columns, logo, progress), canvas, frame)
