"""One export dispatcher for every format, shared by the CLI and the GUI.

`signon export` and the Export tab do the same steps, and both through
here: the letter options (`letter_options`: the export's choices over the
campaign's own), the file's name (`file_name`), what no bundled font can
draw (`missing_glyphs`: the CLI warns, the tab asks first), the lists
printed without a lead sentence (`leadless_lists`: both warn), and writing
(`write_export`: the campaign file, a side-by-side PDF, or one letter in any
format through `export_letter`, which checks the paper, the columns and the
letterhead image). What differs stays with each: the command line's
parsing, messages and exit codes; the tab's widgets, questions and worker.

Renderer modules are imported only for the format asked for: python-docx
and reportlab cost a fifth of a second each to import, and `signon export
--format txt` should pay for neither.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from signon.domain.errors import ValidationError
from signon.domain.letter import LeadlessList, Letter, LetterOptions, lists_without_lead
from signon.domain.messages import _
from signon.progress import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from signon.exchange.missing_glyphs import MissingGlyphs
    from signon.store.database import Database

#: format → (module, function). Each function takes (letter, out, *, paper,
#: columns, progress) and writes `out` atomically.
RENDERERS: dict[str, tuple[str, str]] = {
    "pdf": ("signon.exchange.pdf", "render_pdf"),
    "docx": ("signon.exchange.docx_export", "write_docx"),
    "html": ("signon.exchange.html_export", "write_html"),
    "md": ("signon.exchange.text_export", "write_markdown"),
    "txt": ("signon.exchange.text_export", "write_text"),
    "csv": ("signon.exchange.csv_export", "write_csv"),
}

#: File name extension of each format (the campaign file included).
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "md": ".md",
              "txt": ".txt", "csv": ".csv", "campaign": ".json"}

#: What the formats are called in a file dialog.
DESCRIPTIONS = {
    "pdf": "PDF document", "docx": "Word document", "html": "Web page",
    "md": "Markdown", "txt": "Plain text", "csv": "Signatory list (CSV)",
    "campaign": "Campaign file (JSON)",
}

PAPERS = ("a4", "letter")

#: Formats that print the statement (a CSV holds the signatories only).
STATEMENT_FORMATS = ("pdf", "docx", "html", "md", "txt")

#: Formats that can carry a letterhead image at the top of the first page.
LOGO_FORMATS = ("pdf", "docx")


def export_letter(
    letter: Letter,
    fmt: str,
    out: str | Path,
    *,
    paper: str = "a4",
    columns: int | None = None,
    logo: str | Path | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write `letter` as `fmt` to `out` (atomically: temp file, then rename)
    and return the path written. `logo` is a letterhead image (PNG or JPEG)
    for the formats that are printed (LOGO_FORMATS)."""
    if fmt not in RENDERERS:
        raise ValidationError(_("unknown letter format {format}; use one of {formats}").format(
            format=repr(fmt), formats=", ".join(RENDERERS)))
    if paper not in PAPERS:
        raise ValidationError(_("unknown paper size {paper}; use a4 or letter").format(
            paper=repr(paper)))
    if columns is not None and columns not in (1, 2, 3):
        raise ValidationError(_("columns must be 1, 2 or 3, not {columns}").format(
            columns=columns))
    extra = {}
    if logo is not None:
        if fmt not in LOGO_FORMATS:
            raise ValidationError(_("a letterhead image goes into {formats} letters, not "
                                    "{format}").format(formats=_(" and ").join(LOGO_FORMATS),
                                                       format=fmt))
        extra["logo"] = check_logo(logo)
    module_name, function = RENDERERS[fmt]
    module = importlib.import_module(module_name)
    out = Path(out)
    getattr(module, function)(letter, out, paper=paper, columns=columns, progress=progress,
                              **extra)
    return out


def check_logo(path: str | Path) -> Path:
    """A letterhead must be a PNG or JPEG file: checked by its first bytes so
    a renamed file gets a clear message before anything is written."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise ValidationError(_("{path}: letterhead image not found").format(path=path))
    with path.open("rb") as fh:
        head = fh.read(8)
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise ValidationError(_("{path}: the letterhead image must be a PNG or JPEG file").format(
            path=path))
    return path


def letter_options(campaign, *, order: str | None = None, separate_individuals: bool = True,
                   show_place: bool = False, show_counts: bool = False,
                   edition_date: date | None = None, show_title: bool = True,
                   show_date: bool = True, signatory_layout: str | None = None,
                   delivery_copy: bool = False) -> LetterOptions:
    """One export's choices over the campaign's own: the campaign's list
    order and signatory layout (one name per line, or one closing line)
    unless the export asks for others, and always the campaign's choice of
    printing endorsements that await reconfirmation. `campaign` is None
    before anything is read (an alphabetical list). `edition_date` keeps
    the endorsements made on or before that day. `delivery_copy` prints
    the signatories marked "do not publish" too, under a note that the
    letter is not for publication (`check_privacy` says with which formats)."""
    return LetterOptions(
        order=order or (campaign.list_order if campaign else "alphabetical"),
        signatory_layout=signatory_layout or (
            getattr(campaign, "signatory_layout", None) or "list"),
        retractions=getattr(campaign, "retractions", None) or "mark",
        keep_reconfirmation=campaign.keep_reconfirmation if campaign else False,
        separate_individuals=separate_individuals,
        show_place=show_place,
        show_counts=show_counts,
        edition_date=edition_date,
        show_title=show_title,
        show_date=show_date,
        delivery_copy=delivery_copy,
    )


#: Formats a delivery copy can be: those that print its note with the
#: statement (a CSV list has no place for "not for publication").
DELIVERY_FORMATS = STATEMENT_FORMATS


def check_privacy(fmt: str, *, delivery_copy: bool = False,
                  without_private: bool = False) -> None:
    """Refuse, in one line, a privacy choice the format cannot honour: a
    delivery copy is a letter with its note (`DELIVERY_FORMATS`), and
    leaving out private data is a choice of the campaign file (a letter
    never holds any). The CLI and the Export tab ask the same."""
    if delivery_copy and without_private:
        raise ValidationError(_("a delivery copy and leaving out private data exclude each "
                                "other: the first is a letter, the second a campaign file"))
    if delivery_copy and fmt not in DELIVERY_FORMATS:
        message = (_("a delivery copy is a letter ({formats}) that says it is not for "
                     "publication; the campaign file cannot say so") if fmt == "campaign" else
                   _("a delivery copy is a letter ({formats}) that says it is not for "
                     "publication; a {format} list cannot say so"))
        raise ValidationError(message.format(formats=", ".join(DELIVERY_FORMATS), format=fmt))
    if without_private and fmt != "campaign":
        raise ValidationError(_("leaving out private data is for the campaign file; a {format} "
                                "letter never holds contacts, notes or private signatories")
                              .format(format=fmt))


def file_name(title: str, fmt: str) -> str:
    """The file an export of `title` is named by default:
    "joint-statement-on-ai.pdf" (at most 80 characters before the extension)."""
    stem = "".join(c if c.isalnum() or c in "-_ " else " " for c in title)
    return ("-".join(stem.split()).lower()[:80] or "letter") + EXTENSIONS[fmt]


def missing_glyphs(fmt: str, letters: Sequence[Letter]) -> list[MissingGlyphs]:
    """What no bundled font can draw in the letters of one export (both
    letters of a side-by-side PDF, a signatory named in both counted once),
    one entry per signatory, for the formats drawn with fonts
    (`missing_glyphs.CHECKED_FORMATS`; none for the others)."""
    from signon.exchange.missing_glyphs import CHECKED_FORMATS, find_missing

    if fmt not in CHECKED_FORMATS:
        return []
    found: list[MissingGlyphs] = []
    for letter in letters:
        seen = {(m.signatory, m.chars) for m in found}
        found += [m for m in find_missing(letter) if (m.signatory, m.chars) not in seen]
    return found


def leadless_lists(fmt: str, letters: Sequence[Letter]) -> list[LeadlessList]:
    """The concern and recommendation lists that an export of `letters`
    prints without a lead sentence (each list once, though a side-by-side
    PDF holds two letters), for the formats that print the statement: the
    CLI warns on stderr and the Export tab under its summary; the file is
    written all the same."""
    if fmt not in STATEMENT_FORMATS:
        return []
    found: dict[int, LeadlessList] = {}
    for letter in letters:
        for leadless in lists_without_lead(letter):
            found.setdefault(leadless.number, leadless)
    return [found[number] for number in sorted(found)]


def write_export(fmt: str, out: str | Path, letters: Sequence[Letter] = (), *,
                 db: Database | None = None, campaign_id: int | None = None,
                 paper: str = "a4", columns: int | None = None,
                 logo: str | Path | None = None, without_private: bool = False,
                 progress: Progress = NO_PROGRESS) -> Path:
    """Write one export to `out` (atomically, as every writer does) and
    return the path written:

    - "campaign": the whole campaign from `db`, private contacts included,
      as signon-campaign JSON (the letters are not used); `without_private`
      leaves out contacts, notes and the signatories marked "do not
      publish", to share the file with a partner;
    - two letters: one PDF with their statements side by side and the
      signatories once;
    - one letter: `export_letter` in `fmt`.

    A delivery copy is a letter built with `letter_options(…,
    delivery_copy=True)`; `check_privacy` refuses it in a format that
    could not say it is not for publication."""
    out = Path(out)
    check_privacy(fmt, delivery_copy=any(letter.notice for letter in letters),
                  without_private=without_private)
    if fmt == "campaign":
        from signon.exchange.campaign_file import write_campaign_file

        with db.session() as session:
            write_campaign_file(session, campaign_id, out, without_private=without_private)
        return out
    if len(letters) == 2:
        from signon.exchange.pdf.bilingual import render_bilingual_pdf

        if fmt != "pdf":
            raise ValidationError(_("a letter in two languages side by side is a PDF, not "
                                    "{format}").format(format=fmt))
        return render_bilingual_pdf(*letters, out, paper=paper, columns=columns, logo=logo,
                                    progress=progress)
    [letter] = letters
    return export_letter(letter, fmt, out, paper=paper, columns=columns, logo=logo,
                         progress=progress)
