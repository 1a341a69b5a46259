"""Normalisation is idempotent: a key normalised again is the same key.

The directory stores `normalise_name(name)` as the organisation's unique
key and some paths normalise text that is already a key (acronym and
duplicate lookups), so a second pass that changed the key would make the
same organisation look new.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from signon.domain.folding import fold
from signon.domain.normalise import normalise_acronym, normalise_name

WORDS = st.sampled_from([
    "The", "the", "THE", "Stichting", "vzw", "ASBL", "Inc.", "e.V.", "Ltd", "S.A.", "and",
    "Co", "&", "y Cía", "Access", "Now", "Derechos", "Digitales", "Ärzte", "Ὀδυσσεύς",
    "مُنظّمة", "أمن", "חֲבֵרִים", "Ελλάδα", "İstanbul", "straße", "ﬁle", "Ⅻ", "·", "—", "'",
    "People's", "\u200d", "x\u0301", "\u0301", "ǅ", "ß", "Σ", "ς", "ﬀ",
])
NAMES = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=400, deadline=None)
@given(name=NAMES | ANY_TEXT)
@example(name="The The Guardian")
@example(name="Stichting The Foundation")
@example(name="\U00018d09\u0300")  # a mark after an unassigned code point
@example(name="The Stichting Bits of Freedom")
def test_normalise_name_is_idempotent(name):
    key = normalise_name(name)
    assert normalise_name(key) == key


@settings(max_examples=300, deadline=None)
@given(name=NAMES | ANY_TEXT)
def test_a_name_with_text_has_a_key(name):
    """Only names without letters or digits may have an empty key."""
    if any(ch.isalnum() for ch in fold(name)):
        assert normalise_name(name)


@settings(max_examples=300, deadline=None)
@given(acronym=ANY_TEXT | WORDS)
def test_normalise_acronym_is_idempotent(acronym):
    key = normalise_acronym(acronym)
    assert normalise_acronym(key) == key


@settings(max_examples=300, deadline=None)
@given(text=ANY_TEXT | NAMES)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)
