"""Language tags: one spelling per language, its base language, direction."""

from __future__ import annotations

import pytest

from signon.domain.languages import (
    DEFAULT_LANGUAGE,
    RTL_LANGUAGES,
    base_language,
    is_language_code,
    is_rtl,
    normalise_language,
)


@pytest.mark.parametrize(("code", "expected"), [
    ("es", "es"),
    ("ES", "es"),
    ("pt-BR", "pt-br"),
    ("pt_BR", "pt-br"),
    ("PT-br", "pt-br"),
    (" fr ", "fr"),
    ("zh_Hant_TW", "zh-hant-tw"),
    ("es-419", "es-419"),
    ("", ""),
    ("   ", ""),
    (None, ""),
])
def test_normalise_language(code, expected):
    assert normalise_language(code) == expected


def test_normalise_language_is_idempotent():
    for code in ("pt_BR", "PT-br", "zh-Hant", "AR"):
        once = normalise_language(code)
        assert normalise_language(once) == once


@pytest.mark.parametrize(("tag", "expected"), [
    ("es", "es"),
    ("es-419", "es"),
    ("pt_BR", "pt"),
    ("PT-br", "pt"),
    ("AR_eg", "ar"),
    ("zh-Hant-TW", "zh"),
    ("ckb-IQ", "ckb"),
    ("", DEFAULT_LANGUAGE),
    (None, DEFAULT_LANGUAGE),
])
def test_base_language(tag, expected):
    assert base_language(tag) == expected


def test_no_language_is_english():
    assert DEFAULT_LANGUAGE == "en"


def test_language_codes():
    assert all(is_language_code(c) for c in ("es", "fil", "pt-BR", "pt_BR", "zh-Hant",
                                              "es-419"))
    assert not any(is_language_code(c) for c in ("", None, "e", "spanish", "es!", "ñe",
                                                 "es--x"))


@pytest.mark.parametrize("language", ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb",
                                      "sd", "ug"])
def test_each_rtl_language(language):
    assert language in RTL_LANGUAGES
    assert is_rtl(language)
    assert is_rtl(language.upper())
    assert is_rtl(f"{language}-XX") and is_rtl(f"{language}_XX")


def test_rtl_set_is_complete():
    assert RTL_LANGUAGES == {"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"}


@pytest.mark.parametrize("tag", ["en", "es-419", "pt_BR", "zh-Hant", "ku", "qqq", "", None])
def test_left_to_right(tag):
    assert not is_rtl(tag)


def test_rtl_by_base_language_not_prefix():
    assert not is_rtl("arc") and not is_rtl("ura") and not is_rtl("hex")
    assert is_rtl("he-")  # a trailing hyphen still names Hebrew


def test_rtl_agrees_with_cldr():
    """Each language in the set is right to left in Babel's CLDR data."""
    from babel import Locale

    for language in RTL_LANGUAGES:
        assert Locale.parse(language).text_direction == "rtl", language
