"""`fold` is the one folding rule: its regular expression gives what the rule
says, character by character, for any text (the duplicate keys stored in the
database depend on it, so it may not drift)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signon.domain.folding import fold


def fold_by_the_rule(text: str) -> str:
    """The rule as written (and as Sign-on folded until the regular
    expression): drop a combining mark when the last character kept is Latin,
    Greek, Cyrillic or Armenian, or when nothing is kept yet."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.category(ch) == "Mn":
            if out and ord(out[-1]) >= 0x0530:
                out.append(ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).casefold()


@pytest.mark.parametrize(("text", "folded"), [
    ("Ávila", "avila"), ("ŒUVRE", "œuvre"), ("Straße", "strasse"), ("Ёлка", "елка"),
    ("ﬁne", "fine"), ("Ångström", "angstrom"), ("Ǆemal", "dzemal"),
    ("हिन्दी", "हिन्दी"), ("مُحَمَّد", "مُحَمَّد"), ("Perú PERU peru", "peru peru peru"),
])
def test_fold(text, folded):
    assert fold(text) == folded


_LETTERS = "".join(chr(c) for c in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x180),
                                    *range(0x391, 0x3AA), *range(0x410, 0x450)])
#: Combining marks of every kind, and the scripts whose marks stay.
_MARKS = "".join(chr(c) for c in [*range(0x300, 0x370), *range(0x483, 0x48A), 0x93F, 0x94D,
                                  0x64E, 0x651, 0x5B4, 0x1AB0, 0x20DD, 0x20E3, 0xFE20,
                                  0x1D167, 0x1E94A, 0xE0100, 0x101FD])
_OTHER = "हिनदमحدשלוםあ中\U0001F600\U00010400"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_LETTERS + " -'." + _MARKS + _OTHER, max_size=30))
def test_fold_follows_the_rule(text):
    assert fold(text) == fold_by_the_rule(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_fold_follows_the_rule_on_any_text(text):
    assert fold(text) == fold_by_the_rule(text)
