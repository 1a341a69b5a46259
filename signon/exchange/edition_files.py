"""Files of a published edition: written the same, byte for byte, at every
export, and recognised again by `signon verify`.

How a file is recognised (docs/export.md, "Verifying a file"):

- **Plain text** is the edition's canonical text itself: the SHA-256 of the
  file's bytes is the edition's digest, found among the database's editions.
- **PDF, DOCX, HTML, Markdown** carry a seal (`exchange.seal`) naming the
  edition's digest and how the file was drawn (paper, columns, letterhead).
  `verify` finds the edition by that digest, draws the file again from the
  stored letter with the same parameters, and compares the bytes. Nothing
  is read back out of the PDF or the DOCX: text extraction from a PDF
  depends on the extractor (ligatures, columns, right-to-left runs, shaped
  scripts), so a digest recomputed from it would fail on honest files or
  need a normalisation loose enough to let a changed letter through. Drawing
  again is exact because an edition's files are deterministic: their dates
  are the edition's, reportlab runs in invariant mode, the DOCX's zip
  entries are dated by the edition.
- **Every file written from an edition** is also remembered by the SHA-256
  of its bytes (`store.editions.record_file`), so a file written before an
  upgrade of Sign-on that draws the edition differently still verifies in
  the database that wrote it, as does a CSV (which has no seal).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from signon.atomic import atomic_write_bytes
from signon.domain.errors import ValidationError
from signon.domain.letter import Letter
from signon.domain.messages import _
from signon.exchange.seal import logo_digest, parse_seal
from signon.progress import NO_PROGRESS, Progress

#: What an edition can be written as (the campaign file is not a letter).
EDITION_FORMATS = ("pdf", "docx", "html", "md", "txt", "csv")
#: Formats that carry a seal and can be drawn again to be compared.
SEALED = ("pdf", "docx", "html", "md")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edition_bytes(letter: Letter, text: str, fmt: str, *, paper: str = "a4",
                  columns: int | None = None, logo: Path | None = None,
                  progress: Progress = NO_PROGRESS) -> bytes:
    """The file of an edition in `fmt`: its stored canonical `text` for
    "txt" (never drawn again: byte-identical forever), `letter` drawn for
    the others. Text formats are UTF-8 with "\\n" line ends on every system."""
    if fmt == "txt":
        return text.encode("utf-8")
    if fmt == "md":
        from signon.exchange.text_export import render_markdown

        return render_markdown(letter).encode("utf-8")
    if fmt == "html":
        from signon.exchange.html_export import render_html

        return render_html(letter, True, columns=columns, paper=paper).encode("utf-8")
    if fmt == "docx":
        from signon.exchange.docx_export import render_docx

        return render_docx(letter, paper=paper, columns=columns, logo=logo, progress=progress)
    if fmt == "pdf":
        from signon.exchange.pdf.document import build_pdf

        buffer = io.BytesIO()
        build_pdf(letter, buffer, paper=paper, columns=columns, logo=logo, progress=progress)
        return buffer.getvalue()
    raise ValidationError(_not_an_edition_format(fmt))


def _not_an_edition_format(fmt: str) -> str:
    return _("an edition is written as {formats}, not {format}").format(
        formats=", ".join(EDITION_FORMATS), format=fmt)


def write_edition(letter: Letter, text: str, fmt: str, out: str | Path, *, paper: str = "a4",
                  columns: int | None = None, logo: str | Path | None = None,
                  progress: Progress = NO_PROGRESS) -> tuple[Path, str]:
    """Write an edition's file atomically; (path, SHA-256 of its bytes)."""
    from signon.exchange.export import PAPERS, check_logo, export_letter

    out = Path(out)
    if fmt == "csv":  # no seal: recognised by its recorded digest only
        export_letter(letter, fmt, out, progress=progress)
        return out, sha256(out.read_bytes())
    if fmt not in EDITION_FORMATS:
        raise ValidationError(_not_an_edition_format(fmt))
    if paper not in PAPERS:
        raise ValidationError(_("unknown paper size {paper}; use a4 or letter").format(
            paper=repr(paper)))
    if columns is not None and columns not in (1, 2, 3):
        raise ValidationError(_("columns must be 1, 2 or 3, not {columns}").format(
            columns=columns))
    if logo is not None:
        if fmt not in ("pdf", "docx"):
            raise ValidationError(_("a letterhead image goes into {formats} letters, not "
                                    "{format}").format(formats=_(" and ").join(("pdf", "docx")),
                                                       format=fmt))
        logo = check_logo(logo)
    data = edition_bytes(letter, text, fmt, paper=paper, columns=columns, logo=logo,
                         progress=progress)
    progress.check()
    atomic_write_bytes(out, data)
    return out, sha256(data)


# -- reading a file's seal ---------------------------------------------------------


@dataclass(frozen=True)
class Seal:
    """What a file says it is: its format, the edition's digest, and how it
    was drawn."""

    format: str
    digest: str
    paper: str = "a4"
    columns: int | None = None
    logo: str | None = None  # the first 16 hex digits of the image's SHA-256


_DC_IDENTIFIER = re.compile(rb"<dc:identifier>([^<]*)</dc:identifier>")


def sniff(data: bytes) -> str:
    """The format of a file by its bytes: pdf, docx, html, or text."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_seal(data: bytes) -> Seal | None:
    """The seal of a file written from an edition, or None (a plain text, a
    CSV, any other file)."""
    fmt = sniff(data)
    if fmt == "docx":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                core = zf.read("docProps/core.xml")
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            return None
        match = _DC_IDENTIFIER.search(core)
        text = match.group(1).decode("utf-8", "replace") if match else ""
    else:
        text = data.decode("latin-1")  # a seal is ASCII in every format
    found = parse_seal(text)
    if found is None:
        return None
    digest, params = found
    if fmt == "text":
        fmt = "md"
    columns = params.get("columns", "auto")
    try:
        cols = None if columns == "auto" else int(columns)
    except ValueError:
        return None
    return Seal(fmt, digest, params.get("paper", "a4"), cols, params.get("logo"))


def matches(data: bytes, seal: Seal, letter: Letter, text: str,
            logo: Path | None = None) -> bool:
    """Whether `data` is the file `seal` describes, drawn again from the
    edition's `letter` and `text`. A sealed letterhead needs its image
    (`logo`): without it, or with another image, this raises
    ValidationError saying so."""
    if seal.logo is not None:
        if logo is None:
            raise ValidationError(_("the file was written with a letterhead image: give the "
                                    "same image with --logo IMAGE to check it"))
        if logo_digest(logo) != seal.logo:
            raise ValidationError(_("{path}: not the letterhead image the file was written "
                                    "with").format(path=logo))
    elif logo is not None:
        logo = None  # the file has none: drawn without it
    try:
        again = edition_bytes(letter, text, seal.format, paper=seal.paper,
                              columns=seal.columns, logo=logo)
    except ValidationError:
        return False
    return again == data
