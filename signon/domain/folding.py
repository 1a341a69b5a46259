"""The one case- and accent-insensitive form of text.

Search (the signatory table, the block library, countries), the order of
names in a letter (`collation`), guessing import fields from headers, the
import's identity of individuals and the duplicate key of organisations
(`normalise.normalise_name`) all compare text through `fold`, so "Perú",
"PERU" and "peru" are one word everywhere. The duplicate key is stored in a
unique index: a change to `fold` is a change to every stored key, and needs a
migration that recomputes them (see `normalise`).

The rule: decompose (NFKD), drop the combining marks (Unicode category Mn)
that follow a Latin, Greek, Cyrillic or Armenian character — accents there
are optional — and keep those that follow any other script (Indic vowel signs
and Arabic harakat carry meaning), recompose (NFC), casefold.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import chain

#: Characters whose marks are accents: Latin, Greek, Cyrillic, Armenian.
_SIMPLE_SCRIPTS = "\u0000-\u052f"
#: Text with a character beyond the BMP (rare in a name) needs the whole list
#: of marks; a regular expression with them runs several times slower.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _accents(astral: bool) -> re.Pattern[str]:
    """Runs of combining marks at the start of the text or after a character
    of `_SIMPLE_SCRIPTS`, as one regular expression: folding 50,000 names one
    character at a time in Python took a second. The marks are read from this
    Python's Unicode database (newer versions know more), once, the first
    time non-ASCII text is folded; Unicode puts combining marks in planes 0,
    1 and 14 only, which keeps that read to a few milliseconds."""
    ranges: list[list[int]] = []
    planes = chain(range(0x0300, 0x10000),
                   chain(range(0x10000, 0x20000), range(0xE0000, 0xE1000)) if astral else ())
    for cp in planes:
        if unicodedata.category(chr(cp)) == "Mn":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    marks = "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges)
    return re.compile(f"(?:^|(?<=[{_SIMPLE_SCRIPTS}]))[{marks}]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search, sorting and keys:
    "Ávila" → "avila", "Straße" → "strasse", "हिन्दी" as written. ASCII text
    (most names) is only lower-cased, which is its casefold."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    accents = _accents(_ASTRAL.search(decomposed) is not None)
    return unicodedata.normalize("NFC", accents.sub("", decomposed)).casefold()
