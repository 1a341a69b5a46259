"""Language tags ("es", "pt-br", "ar-EG", "zh_Hant"): one spelling per
language, the language without its region, and the writing direction.

Every place that compares, stores or looks up a language by its tag goes
through here, so "pt_BR", "PT-br" and "pt-br" are one language everywhere:
the campaign's translations, the block library, the campaign file, the
letter's words and direction, the interface.
"""

from __future__ import annotations

#: A letter, block or campaign without a language is in English.
DEFAULT_LANGUAGE = "en"

#: Languages written right to left (their default script in CLDR is Arabic,
#: Hebrew or Thaana): Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish,
#: Dhivehi, Central Kurdish (Sorani), Sindhi and Uyghur.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})


def normalise_language(code: str | None) -> str:
    """"ES" → "es", "pt_BR" and "PT-br" → "pt-br", "" or None → "".

    Lower case with hyphens, because that is how translations, the library's
    blocks and the campaign file have always stored tags (docs/translations.md):
    an "pt-BR" spelling would no longer find data stored as "pt-br". No
    language stays "" so callers can tell it apart (and choose their default)."""
    return (code or "").strip().replace("_", "-").lower()


def base_language(tag: str | None) -> str:
    """"es-419" → "es", "pt_BR" → "pt": the language without its region or
    script (ordinals, words and direction depend on it); no tag → "en"."""
    return normalise_language(tag).split("-")[0] or DEFAULT_LANGUAGE


def is_language_code(code: str | None) -> bool:
    """"es", "fil", "pt-br", "zh-hant": a BCP 47-like tag, nothing else. Used
    by the campaign file to tell a language object from a misspelt key."""
    parts = normalise_language(code).split("-")
    if not (2 <= len(parts[0]) <= 3 and parts[0].isascii() and parts[0].isalpha()):
        return False
    return all(1 <= len(p) <= 8 and p.isascii() and p.isalnum() for p in parts[1:])


def is_rtl(tag: str | None) -> bool:
    """Whether text in the language of `tag` ("ar", "fa-IR", "ur_PK") is
    written right to left."""
    return base_language(tag) in RTL_LANGUAGES
