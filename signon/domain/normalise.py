"""Normalised keys that make "ARTICLE 19", "Article 19 " and "article 19" one
organisation.

The key is what the store's unique index holds, so it must be stable: change
it only together with a migration that recomputes the keys.
"""

from __future__ import annotations

import re

from signon.domain.text import collapse_spaces, fold

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
        "z s", "zs", "z u", "fzco",
    )
)

#: Legal forms that Dutch and Belgian names put first ("Stichting Bits of Freedom").
LEADING_FORMS = frozenset({"stichting", "vzw", "asbl"})

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_LEADING_ARTICLES = ("the ",)


def normalise_name(name: str) -> str:
    """The duplicate-detection key of an organisation name.

    Folds case and accents, turns punctuation into spaces, drops a leading
    "The" and legal-form words at either end ("Stichting …", "… e.V.").
    A name made only of such words keeps them, so the key is never empty for
    a non-empty name.
    """
    text = fold(name).replace("&", " and ")
    text = collapse_spaces(_PUNCT.sub(" ", text.replace("'", "").replace("’", "")))
    for article in _LEADING_ARTICLES:
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article):]
    words = text.split()
    trailing = sorted(LEGAL_SUFFIXES, key=len, reverse=True)
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        if words[0] in LEADING_FORMS:
            words, stripped = words[1:], True
            continue
        for suffix in trailing:
            n = len(suffix)
            if len(words) > n and tuple(words[-n:]) == suffix:
                words, stripped = words[:-n], True
                break
    return " ".join(words)


def normalise_acronym(acronym: str) -> str:
    """"A.P.C." and "apc" are the same acronym."""
    return re.sub(r"[\W_]+", "", fold(acronym))
