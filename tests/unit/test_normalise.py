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


def test_ascii_shortcut_splits_words_like_the_general_rule():
    import random
    import string

    from signon.domain import normalise

    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(string.printable) for _ in range(rng.randint(0, 24))).lower()
        general = "".join(ch if ch.isalnum() else normalise._separator(ch) for ch in text)
        assert normalise._words(text) == general.split(), text


# --- near-duplicates ---------------------------------------------------------------

from signon.domain.dedupe import NearDuplicateIndex  # noqa: E402


def index_of(names):
    index = NearDuplicateIndex()
    index.extend([(normalise_name(n), n) for n in names])
    return index


def test_near_duplicates_are_found_with_a_score():
    index = index_of(["Access Now", "Privacy International", "Derechos Digitales",
                      "Fundación Karisma"])
    (match,) = index.find(normalise_name("Privacy Internationl"))
    assert match.payload == "Privacy International" and 90 <= match.score < 100
    assert index.find(normalise_name("Fundacion Karizma"))[0].payload == "Fundación Karisma"
    assert index.find(normalise_name("Acces Now"))[0].payload == "Access Now"


def test_exact_and_unrelated_names_are_not_near_duplicates():
    index = index_of(["Access Now", "Privacy International"])
    assert index.find(normalise_name("access now")) == []  # exact: same key
    assert index.find(normalise_name("Amnesty International")) == []
    assert index.find("apc") == []  # too short to compare


def test_typos_anywhere_in_a_crowded_directory_are_found():
    import random

    rng = random.Random(9)
    words = ["association", "centre", "rights", "digital", "for", "the", "human", "network"]
    names = [" ".join(rng.choice(words) for _ in range(3)) + f" {i:05d}" for i in range(3000)]
    names += ["centre for digital rights lima", "asociacion por los derechos civiles"]
    index = index_of(names)
    for typo, meant in [("centre for digitl rights lima", "centre for digital rights lima"),
                        ("asociacion por los derechos civils", "asociacion por los derechos "
                                                                "civiles"),
                        ("asosiacion por los derechos civiles", "asociacion por los "
                                                                "derechos civiles")]:
        assert [m.payload for m in index.find(typo, limit=1)] == [meant]


def test_keys_added_one_by_one_are_searchable():
    index = NearDuplicateIndex()
    index.add("electronic frontier foundation", 1)
    index.add("electronic frontier foundation", 2)  # the first payload stays
    assert len(index) == 1
    (match,) = index.find("electronic fronteir foundation")
    assert match.payload == 1
