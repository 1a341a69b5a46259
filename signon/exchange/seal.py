"""The seal an export of a published edition carries: which edition it is
(the SHA-256 of the edition's canonical text) and how the file was drawn
(paper, columns, letterhead), so `signon verify` can find the edition in
the database and draw the same file again to compare it byte for byte.

One line of text, in each format's own place for it: the PDF's Keywords,
the DOCX's identifier (dc:identifier), a `<meta name="signon-edition">` in
the HTML page, an HTML comment at the end of the Markdown. The plain text
carries none: its bytes are the canonical text, and their SHA-256 is the
edition's digest itself.

    signon-edition sha256=<64 hex digits> paper=a4 columns=auto
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from signon.domain.letter import Letter

PREFIX = "signon-edition"
#: parameter values stop at spaces, quotes, brackets and parentheses (the
#: PDF writes the seal as a (string), the HTML in a "quoted" attribute)
_SEAL = re.compile(PREFIX + r" sha256=([0-9a-f]{64})((?: [a-z]+=[^\s<>\"'()\[\]]+)*)")


def seal(letter: Letter, **params: object) -> str:
    """The seal of `letter` with the drawing parameters given ("" when the
    letter is not an edition: an ordinary export carries none)."""
    digest = (letter.metadata or {}).get("edition_digest")
    if not digest:
        return ""
    extra = "".join(f" {name}={value}" for name, value in params.items() if value is not None)
    return f"{PREFIX} sha256={digest}{extra}"


def parse_seal(text: str) -> tuple[str, dict[str, str]] | None:
    """(digest, parameters) of the first seal in `text`, or None."""
    match = _SEAL.search(text)
    if match is None:
        return None
    params = dict(part.split("=", 1) for part in match.group(2).split())
    return match.group(1), params


def logo_digest(logo: str | Path | None) -> str | None:
    """The first 16 hex digits of a letterhead image's SHA-256: the seal
    says which image the file was drawn with (None: no letterhead)."""
    if logo is None:
        return None
    return hashlib.sha256(Path(logo).read_bytes()).hexdigest()[:16]
