"""The letter as a PDF: prose, signatory list in columns, every script.

`render_pdf` is the one entry point (the export dispatcher calls it). The
package splits the work by what changes for different reasons:

- `fonts`     which bundled font draws which script, registered lazily;
- `shaping`   one line → bidi-ordered, HarfBuzz-shaped glyph runs;
- `layout`    blocks flowed down pages (what the letter needs of platypus);
- `textblock` paragraphs broken into lines, as layout blocks;
- `signatory_flowable` the fast, self-paginating list of names;
- `styles`    paper, margins, type sizes and colours;
- `document`  the story, running "Page n of N" footer and PDF metadata.

reportlab is imported only inside `render_pdf`, so importing this package
costs nothing until a PDF is actually written.
"""

from __future__ import annotations

from pathlib import Path

from signon.atomic import atomic_write
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter
from signon.domain.messages import _
from signon.progress import NO_PROGRESS, Progress

PAPER_SIZES = ("a4", "letter")


def render_pdf(letter: Letter, out: Path, *, paper: str = "a4", columns: int | None = None,
               logo: Path | None = None, progress: Progress = NO_PROGRESS) -> Path:
    """Write `letter` to `out` as a PDF and return `out`.

    The file is written atomically (temp file, then rename): a cancelled or
    failed render leaves any earlier file at `out` as it was. `columns`
    fixes the signatory list at 1–3 columns; None chooses by list length.
    `progress.step()` is called as pages are written, so cancel works.
    """
    paper = (paper or "a4").lower()
    if paper not in PAPER_SIZES:
        raise ValidationError(_("unknown paper size {paper}; use a4 or letter").format(
            paper=repr(paper)))
    if columns is not None and columns not in (1, 2, 3):
        raise ValidationError(_("columns must be 1, 2 or 3, not {columns}").format(
            columns=columns))
    if logo is not None:
        logo = Path(logo)
        if not logo.is_file():
            raise ValidationError(_("{path}: letterhead image not found").format(path=logo))
    from signon.exchange.pdf.document import build_pdf

    out = Path(out)
    progress.check()
    with atomic_write(out, "wb") as fh:
        build_pdf(letter, fh, paper=paper, columns=columns, logo=logo, progress=progress)
    return out


def warm_up(scripts: tuple[str, ...] = ("latin",)) -> None:
    """Import reportlab and parse the fonts of `scripts` now rather than
    during the first export: together 0.3–0.5 s the first time in a process.
    The Export tab can call this from a worker thread when it opens."""
    from signon.exchange.pdf import document  # noqa: F401  (imports reportlab)
    from signon.exchange.pdf.fonts import FONT_BOOK

    for script in scripts:
        FONT_BOOK.font(script)
        FONT_BOOK.font(script, bold=True)
