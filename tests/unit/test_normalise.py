"""The duplicate key: everything that does not tell two organisations apart
is folded away, and nothing that does."""

import pytest

from signon.domain.normalise import looks_like_acronym, normalise_acronym, normalise_name


@pytest.mark.parametrize("variants", [
    ("ARTICLE 19", "Article 19 ", "article 19", "  Article   19"),
    ("Asociación por los Derechos Civiles", "Asociacion por los derechos civiles ",
     "ASOCIACIÓN POR LOS DERECHOS CIVILES"),
    ("The Tor Project, Inc.", "Tor Project", "the tor project inc", "Tor Project Inc"),
    ("Chaos Computer Club e.V.", "chaos computer club", "Chaos Computer Club eV"),
    ("Stichting Bits of Freedom", "Bits of Freedom"),
    ("Wikimedia Deutschland gGmbH", "Wikimedia Deutschland"),
    ("Red en Defensa de los Derechos Digitales, A.C.", "Red en Defensa de los Derechos Digitales"),
    ("Open Rights Group Ltd.", "Open Rights Group Limited", "Open-Rights Group"),
    ("People's Action", "Peoples Action", "People’s Action"),
    ("Fight for the Future & Co", "Fight for the Future and Co", "Fight for the Future"),
    ("Роскомсвобода", "РОСКОМСВОБОДА", " роскомсвобода "),
    ("مؤسسة سمكس", "مُؤسسـة سمكس", "مؤسسة  سمكس"),
    ("אגודה לזכויות", "אֲגוּדָה לזכויות"),
    ("Électronique Libre S.A.R.L.", "electronique libre"),
])
def test_variants_share_a_key(variants):
    keys = {normalise_name(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("a,b", [
    ("Article 19", "Article 9"),
    ("Access Now", "Access Info"),
    ("Derechos Digitales", "Derechos Humanos"),
    ("Amnesty International", "Amnesty International Kenya"),
    ("Co-op", "Coop Group"),
    ("Роскомсвобода", "Роскомнадзор"),
])
def test_different_organisations_keep_different_keys(a, b):
    assert normalise_name(a) != normalise_name(b)


def test_a_name_made_only_of_legal_words_keeps_them():
    assert normalise_name("The") == "the"
    assert normalise_name("Stichting") == "stichting"
    assert normalise_name("Inc.") == "inc"
    assert normalise_name("Limited Inc") == "limited"


def test_keys_are_words_separated_by_single_spaces():
    assert normalise_name("  Foo\t-- Bar!! (Baz)  ") == "foo bar baz"


def test_indic_vowel_signs_are_kept():
    # Combining marks carry meaning in Devanagari: they must not split the word.
    assert normalise_name("मानव अधिकार") == "मानव अधिकार"
    assert normalise_name("मानव") != normalise_name("मनव")


def test_zero_width_characters_vanish():
    assert normalise_name("Access\u200bNow") == normalise_name("AccessNow")


@pytest.mark.parametrize("raw,key", [("A.P.C.", "apc"), ("apc", "apc"), ("R3D", "r3d"),
                                     (" e-f-f ", "eff"), ("ÁDC", "adc")])
def test_normalise_acronym(raw, key):
    assert normalise_acronym(raw) == key


@pytest.mark.parametrize("name,expected", [
    ("ADC", True), ("A.P.C.", True), ("R3D", True), ("EFF", True), ("LQDN", True),
    ("Access Now", False), ("Article", False), ("adc", False), ("Article 19", False),
    ("A", False), ("ABCDEFGHIJKLMN", False),
])
def test_looks_like_acronym(name, expected):
    assert looks_like_acronym(name) is expected
