"""The fast collation path (one translate per name) gives exactly the keys of
the general rules, whatever the text; and the Unicode facts it relies on
hold for every character it accepts."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signon.domain.collation import (
    _NOT_SIMPLE,
    collation_key,
    primary_key,
    simple_primary_key,
    sort_key,
)

SIMPLE = [chr(cp) for cp in range(0x530) if not _NOT_SIMPLE.match(chr(cp))]


def test_simple_characters_start_with_a_starter():
    """No accepted character decomposes into something that begins with a
    combining mark: canonical reordering never crosses two characters."""
    for ch in SIMPLE:
        first = unicodedata.normalize("NFKD", ch)[0]
        assert unicodedata.combining(first) == 0, f"U+{ord(ch):04X}"


def test_no_accepted_character_composes_with_the_one_before():
    """NFC joins a pair only when its second half is a combining mark or one
    of a few starters (Hangul, Indic): none of them is accepted, so NFC of a
    whole name is NFC of each character in turn."""
    seconds = set()
    for cp in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    assert not seconds & set(SIMPLE)


@pytest.mark.parametrize("text", [
    "Ávila", "ARTICLE 19", "Straße", "Œuvre d'Orient", "Ёлка", "Ελλάδα", "Ǆemal",
    "---", "  _ ", "Øster Ærø", "Cañada", "ɲ", "Ångström (Sweden)", "ﬁne", "ẞ",
    "Ẩn Dữ liệu", "Derechos Digitales\u0301", "مُحَمَّد", "حقوق", "Ελλάς ΣΑΣ",
])
def test_simple_path_agrees_with_the_general_rules(text):
    assert simple_primary_key(text) == primary_key(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(SIMPLE + ["\u0301", "\u0308", "ñ", "\u05d0"]),
               max_size=24))
def test_simple_path_agrees_on_any_text(text):
    assert simple_primary_key(text) == primary_key(text)


@pytest.mark.parametrize("language", ["", "en", "es", "ar", "he", "fr-CA"])
def test_collation_key_is_sort_key(language):
    key = collation_key(language)
    for text in ("Ávila", "Ñandú", "Nube", "אבג", "حقوق", "ARTICLE 19", "ok"):
        assert key(text) == sort_key(text, language)


def test_spanish_enye_after_n():
    names = ["Ñandú", "Nube", "Oro", "Nzinga"]
    assert sorted(names, key=collation_key("es")) == ["Nube", "Nzinga", "Ñandú", "Oro"]
    assert sorted(names, key=collation_key("en")) == ["Ñandú", "Nube", "Nzinga", "Oro"]
