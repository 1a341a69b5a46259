"""The order of names in a letter: case- and accent-insensitive, tailored
per language where that is cheap (docs/translations.md).

PyICU is not available, so this approximates the root collation for the
Latin, Greek and Cyrillic names a letter mostly holds; other scripts sort by
code point within themselves, which keeps each script together.

Sorting is on the path of every export: a 10,000-name letter must build in
a fraction of the second the whole `signon export` may take. Text in the
Latin, Greek and Cyrillic blocks (nearly every name) is therefore keyed with
one `str.translate` through a table that remembers, per character, what the
general rules make of it; every other text takes the general rules. A test
proves the two agree (tests/unit/test_collation.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from signon.domain.folding import fold
from signon.domain.languages import base_language

#: Letters that Unicode does not decompose but that every Latin-script
#: alphabet sorts as their base letters ("Øster" with "O").
_EXTRA_FOLD = str.maketrans({
    "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
    "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n",
})
_NOT_WORD = re.compile(r"[^\w\s]+", re.UNICODE)


def _unspaced_primary(text: str) -> str:
    """The primary-key rules before spaces are collapsed: folded, the extra
    Latin letters as their base letters, punctuation as spaces."""
    folded = fold(text)
    if not folded.isascii():
        folded = folded.translate(_EXTRA_FOLD)
    return _NOT_WORD.sub(" ", folded).replace("_", " ")


def primary_key(text: str) -> str:
    """The primary collation strength: no case, no accents, no punctuation
    (a name made only of punctuation keeps its folded form)."""
    stripped = " ".join(_unspaced_primary(text).split())
    return stripped or fold(text)


#: Text with a character outside these ranges takes the general rules: the
#: ranges hold no combining mark (U+0300–036F, U+0483–0489 are left out), so
#: each character's primary form does not depend on its neighbours.
_NOT_SIMPLE = re.compile("[^\u0000-\u02ff\u0370-\u0482\u048a-\u052f]")


class _PrimaryTable(dict):
    """Code point → its primary form, computed by the general rules the first
    time the character is seen (a few hundred distinct characters in a
    letter), so `str.translate` keys a whole name in one pass."""

    def __missing__(self, cp: int) -> str:
        value = self[cp] = _unspaced_primary(chr(cp))
        return value


_PRIMARY_TABLE = _PrimaryTable()


def simple_primary_key(text: str) -> str:
    """`primary_key` for text of the Latin, Greek and Cyrillic blocks, in one
    translate; other text (or a name of punctuation only) takes the general
    rules, so the result is always `primary_key(text)`."""
    if not _NOT_SIMPLE.search(text):
        key = " ".join(text.translate(_PRIMARY_TABLE).split())
        if key:
            return key
    return primary_key(text)


# -- language tailoring ------------------------------------------------------

#: Marks ignorable at the primary level in Arabic and Hebrew script (in NFD
#: text): Arabic harakat, Quranic annotation signs, hamza/madda above and
#: below, superscript alef, tatweel; Hebrew cantillation and points.
_SEMITIC_FOLD: dict[int, int | str | None] = {
    cp: None for cp in (*range(0x0591, 0x05C8), *range(0x0610, 0x061B),
                        *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE))
    if unicodedata.category(chr(cp)) == "Mn"
}
_SEMITIC_FOLD[0x0640] = None  # tatweel
_SEMITIC_FOLD.update({0x05DA: "\u05db", 0x05DD: "\u05de", 0x05DF: "\u05e0",
                      0x05E3: "\u05e4", 0x05E5: "\u05e6"})  # final → plain forms
#: Stand-in for Spanish "ñ" while folding (a letter that NFKD leaves whole),
#: then "n" + a last-of-all character, so "ñ" sorts after every "n…".
_ENYE, _ENYE_KEY = "\u0272", "n\U0010ffff"
#: Letters whose own script sorts before every other (CLDR [reorder …]).
_OWN_SCRIPT_FIRST: dict[str, tuple[str, str]] = {
    "ar": ("\u0600", "\u06ff"), "fa": ("\u0600", "\u06ff"), "ur": ("\u0600", "\u06ff"),
    "he": ("\u0590", "\u05ff"),
}


_SEMITIC = re.compile("[\u0590-\u06ff]")


def _tailored_primary(text: str, lang: str) -> str:
    spanish = lang == "es"
    if spanish and ("ñ" in text or "Ñ" in text):
        text = text.replace("ñ", _ENYE).replace("Ñ", _ENYE)
    if _SEMITIC.search(text):
        # before the punctuation is stripped: the marks are not word characters
        key = primary_key(unicodedata.normalize("NFD", text).translate(_SEMITIC_FOLD))
    else:
        key = simple_primary_key(text)
    return key.replace(_ENYE, _ENYE_KEY) if spanish else key


def _script_rank(primary: str, span: tuple[str, str]) -> int:
    if primary.isascii():
        return 1
    first = next((ch for ch in primary if ch.isalpha()), "")
    return 0 if span[0] <= first <= span[1] else 1


SortKey = tuple[int, str, str, str]


def collation_key(language: str = "") -> Callable[[str], SortKey]:
    """The sort key of `language` as a function, its tailoring looked up
    once rather than for each of 10,000 names (see `sort_key`)."""
    lang = base_language(language) if language else ""
    span = _OWN_SCRIPT_FIRST.get(lang)
    nfd = unicodedata.normalize

    def key(text: str) -> SortKey:
        primary = _tailored_primary(text, lang) if not text.isascii() else primary_key(text)
        rank = _script_rank(primary, span) if span else 0
        return (rank, primary, nfd("NFD", text.casefold()), text)

    return key


def sort_key(text: str, language: str = "") -> SortKey:
    """Case- and accent-insensitive order: "ARTICLE 19" sorts between "Access
    Now" and "Association …", "Ávila" with the A's. Accents then case break
    ties ("Avila" before "Ávila"), then the text itself, so the order is total
    and the same on every run.

    `language` tailors it where that is cheap (docs/translations.md): Spanish
    sorts "ñ" as a letter after "n"; Arabic and Hebrew letters put names in
    their own script first (CLDR's script reordering); in every language
    Arabic vowel marks, tatweel and hamza/madda signs and Hebrew points are
    ignored at the first level and Hebrew final letters sort as their plain
    forms, as in the Unicode collation algorithm."""
    return collation_key(language)(text)
