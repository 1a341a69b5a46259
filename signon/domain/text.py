"""Small text helpers: cleaning what a name or paragraph may not hold, and
showing text safely on a terminal (folding is `folding.fold`)."""

from __future__ import annotations

import re


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
