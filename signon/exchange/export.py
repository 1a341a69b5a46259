"""One entry point for every letter format, shared by the CLI and the GUI.

Renderer modules are imported only for the format asked for: python-docx
and reportlab cost a fifth of a second each to import, and `signon export
--format txt` should pay for neither.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from signon.domain.errors import ValidationError
from signon.domain.letter import Letter
from signon.progress import NO_PROGRESS, Progress

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
        raise ValidationError(f"unknown letter format {fmt!r}; use one of "
                              f"{', '.join(RENDERERS)}")
    if paper not in PAPERS:
        raise ValidationError(f"unknown paper size {paper!r}; use a4 or letter")
    if columns is not None and columns not in (1, 2, 3):
        raise ValidationError(f"columns must be 1, 2 or 3, not {columns}")
    extra = {}
    if logo is not None:
        if fmt not in LOGO_FORMATS:
            raise ValidationError(f"a letterhead image goes into {' and '.join(LOGO_FORMATS)} "
                                  f"letters, not {fmt}")
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
        raise ValidationError(f"{path}: letterhead image not found")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not (head.startswith(b"\x89PNG\r\n\x1a\n") or head.startswith(b"\xff\xd8\xff")):
        raise ValidationError(f"{path}: the letterhead image must be a PNG or JPEG file")
    return path
