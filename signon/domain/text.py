"""Small text helpers shared by normalisation, collation and search."""

from __future__ import annotations

import re
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


#: Separators that a spreadsheet or a pasted document may carry between words
#: (vertical tab, form feed, the information separators, NEL): a space keeps
#: the words apart.
_SEPARATING_CONTROLS = re.compile("[\x0b\x0c\x1c-\x1f\x85]")
#: Characters that are not text: C0 and C1 controls other than tab, line feed
#: and carriage return, DEL, lone surrogates and the non-characters U+FFFE and
#: U+FFFF. XML forbids most of them (a DOCX with one cannot be written), and
#: on a terminal ESC or CSI starts an escape sequence.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
#: Either of the two, for the one search the common case costs.
_TO_CLEAN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """`text` without the characters no name, title or paragraph holds.

    Every entry point (the import, the campaign file, the store's writers
    that the dialogs use) cleans what it receives, and the Letter is built
    from cleaned text, so a BEL pasted into a name can no longer break the
    DOCX export of a whole campaign. The common case (nothing to clean) is
    one regex search."""
    if not _TO_CLEAN.search(text):
        return text
    return _NOT_TEXT.sub("", _SEPARATING_CONTROLS.sub(" ", text))


_ESCAPE_FOR_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    """`text` with every control character shown as an escape (`\\x1b`), so a
    name printed by `signon list` cannot move the cursor, recolour or retitle
    the coordinator's terminal."""
    return _ESCAPE_FOR_TERMINAL.sub(lambda m: m.group().encode("unicode_escape").decode(),
                                    text)
