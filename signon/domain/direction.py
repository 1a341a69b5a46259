"""Which way a piece of text runs, from the text itself.

A letter has a direction (its language's), but not every paragraph in it
runs that way: an English paragraph not yet translated in an Arabic letter,
an Arabic quotation in an English one. Each paragraph, heading and list
item takes the direction of its own text, the way Unicode's bidirectional
algorithm chooses a paragraph's (rules P2–P3: the first strong character)
and as a browser does for `dir="auto"`; a text without any letter (a date
in digits, "—") follows the letter. The exporters and the previews all ask
here, so a paragraph runs the same way in the PDF, the DOCX, the web page
and on screen.
"""

from __future__ import annotations

import unicodedata

LTR = "ltr"
RTL = "rtl"

#: Isolates and embeddings a text may open: what is inside them does not
#: decide the paragraph's direction (rule P2 skips to their end).
_OPENERS = {"\u2066", "\u2067", "\u2068", "\u202a", "\u202b", "\u202d", "\u202e"}
_CLOSERS = {"\u2069", "\u202c"}


def text_direction(text: str, default: str = "") -> str:
    """"ltr" or "rtl" by the first strong character of `text` outside any
    isolate; `default` when it has none."""
    if text.isascii():  # the common case, without a lookup per character
        return LTR if any(c.isalpha() for c in text) else default
    depth = 0
    for ch in text:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(ch)
            if kind == "L":
                return LTR
            if kind in ("R", "AL"):
                return RTL
    return default


def runs_against(text: str, direction: str) -> bool:
    """Whether `text` runs the other way than `direction` (the letter's): a
    paragraph that needs its own direction."""
    own = text_direction(text)
    return bool(own) and own != direction


def has_rtl(text: str) -> bool:
    """Whether any character of `text` is written right to left (a run in
    it needs marking as such, whatever the paragraph's direction)."""
    return not text.isascii() and any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)
