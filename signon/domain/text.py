"""Small text helpers shared by normalisation, collation and search."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """"Perú" → "Peru", "Ávila" → "Avila"; non-Latin scripts are left intact
    (only combining marks are removed, and not those that carry meaning in
    Indic or Arabic scripts: NFKD + dropping Mn is safe for Latin, Greek and
    Cyrillic; for other scripts we keep the text as written)."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn":
            # keep marks attached to non-Latin/Greek/Cyrillic base letters
            if out and not _is_simple_script(out[-1]):
                out.append(ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _is_simple_script(ch: str) -> bool:
    return ord(ch) < 0x0530  # Latin, Greek, Cyrillic, Armenian


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search and sorting."""
    return strip_accents(text).casefold()


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())
