"""Normalised keys that make "ARTICLE 19", "Article 19 " and "article 19" one
organisation.

The key is what the store's unique index holds, so it must be stable: change
it only together with a migration that recomputes the keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from signon.domain.folding import fold

#: Legal-form words and abbreviations that say nothing about *which*
#: organisation it is. Compared after folding and punctuation removal, so
#: "e.V." is "e v" and "A.C." is "a c".
LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp",
        "corporation", "co", "gmbh", "ggmbh", "e v", "ev", "ag",
        "stichting", "vzw", "asbl", "a s b l", "v z w", "a c", "ac", "s a", "sa",
        "s l", "sl", "s c", "sc", "ong", "npo", "nfp", "cic", "cio", "ry", "rf",
        "a i s b l", "aisbl", "e u", "ip", "onlus", "aps", "ets", "o p s", "ops",
        "z s", "zs", "z u", "fzco", "pty", "bv", "b v", "nv", "n v", "sarl", "s a r l",
        "srl", "s r l", "spa", "s p a", "kg", "ug", "e k", "iap", "i a p", "and co",
        "und co", "y cia", "et cie",
    )
)

#: Legal forms that Dutch and Belgian names put first ("Stichting Bits of Freedom").
LEADING_FORMS = frozenset({"stichting", "vzw", "asbl"})

#: Same suffixes as a set per length, longest first, for a fast check of a name's tail.
_SUFFIX_LENGTHS = sorted({len(s) for s in LEGAL_SUFFIXES}, reverse=True)
_SUFFIX_SET = frozenset(LEGAL_SUFFIXES)
#: The words a legal suffix can end with: a name ending otherwise ("… Rights")
#: has none, and most names are checked with one set lookup.
_SUFFIX_ENDINGS = frozenset(s[-1] for s in LEGAL_SUFFIXES)

#: Arabic vowel marks (harakat), Quranic annotation marks and the tatweel
#: are optional in writing: "مُنظمة" and "منظمة" are the same word.
_ARABIC_OPTIONAL = {c: None for c in [*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670,
                                      *range(0x06D6, 0x06EE), 0x0640]}
#: Hebrew points and cantillation marks, likewise optional.
_HEBREW_OPTIONAL = {c: None for c in range(0x0591, 0x05C8) if c not in (0x05BE, 0x05C0,
                                                                         0x05C3, 0x05C6)}
#: Alef with hamza or madda written as plain alef, as many people type it.
_ARABIC_LETTERS = {0x0622: "\u0627", 0x0623: "\u0627", 0x0625: "\u0627", 0x0671: "\u0627"}
_SCRIPT_TABLE = {**_ARABIC_OPTIONAL, **_HEBREW_OPTIONAL, **_ARABIC_LETTERS}


@lru_cache(maxsize=8192)
def _separator(ch: str) -> str:
    """What a character becomes in a key: punctuation, symbols and spaces
    separate words; invisible format characters (zero-width joiners) and
    apostrophes vanish ("People's" is "peoples"); letters, digits and
    combining marks (which Indic scripts need) stay."""
    if ch in "'\u2019\u02bc":
        return ""
    category = unicodedata.category(ch)
    if category == "Cf":
        return ""
    return " " if category[0] in "PSZC" else ch


_ASCII_SEPARATORS = re.compile(r"[^0-9a-z]+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _words(text: str) -> list[str]:
    if text.isascii():  # the same rule, at regex speed: only letters and digits stay
        return _ASCII_SEPARATORS.sub(" ", text.replace("'", "")).split()
    words = "".join([ch if ch.isalnum() else _separator(ch) for ch in text]).split()
    if any(unicodedata.category(w[0])[0] == "M" for w in words):
        # a mark whose letter became a separator (an unassigned code point, a
        # symbol) heads its word; a second pass would drop it as a mark with
        # nothing before it, so it goes now and a key normalises to itself
        words = [w for w in (_without_leading_marks(w) for w in words) if w]
    return words


def _without_leading_marks(word: str) -> str:
    start = 0
    while start < len(word) and unicodedata.category(word[start])[0] == "M":
        start += 1
    return word[start:]


def normalise_name(name: str) -> str:
    """The duplicate-detection key of an organisation name.

    Folds case and accents, drops optional Arabic and Hebrew vowel marks,
    turns punctuation and symbols into spaces ("&" into "and"), drops a
    leading "The" and legal-form words at either end ("Stichting …",
    "… e.V.", "… Inc."). A name made only of such words keeps them, so the
    key is never empty for a non-empty name.
    """
    if name.isascii():  # fold, the & and _words in one go: most names are ASCII
        words = _ASCII_SEPARATORS.sub(
            " ", name.lower().replace("&", " and ").replace("'", "")).split()
    else:
        text = fold(name).translate(_SCRIPT_TABLE).replace("&", " and ")
        words = _words(text)
    # one loop for every word that may go, so a key normalised again is the
    # same key ("The The Guardian", "Stichting The Foundation": tests/property)
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        if words[0] == "the" or words[0] in LEADING_FORMS:
            words, stripped = words[1:], True
            continue
        if words[-1] not in _SUFFIX_ENDINGS:
            continue
        for n in _SUFFIX_LENGTHS:
            if len(words) > n and tuple(words[-n:]) in _SUFFIX_SET:
                words, stripped = words[:-n], True
                break
    return " ".join(words)


def looks_like_acronym(name: str) -> bool:
    """"ADC", "A.P.C.", "EFF": a name that is itself an acronym, so it may match
    an organisation by acronym and country."""
    text = name.strip()
    if " " in text or len(text) > 24:
        return False
    letters = [c for c in text if c.isalnum()]
    return (
        0 < len(letters) <= 12
        and sum(c.isupper() or c.isdigit() for c in letters) >= max(2, len(letters) - 1)
    )


def normalise_acronym(acronym: str) -> str:
    """"A.P.C." and "apc" are the same acronym."""
    return _NOT_ALNUM.sub("", fold(acronym))
