"""Translations in the domain: status of each field, the letter in one
language, and the letter's own words (plurals, ordinals, collation, commas)."""

from __future__ import annotations

from datetime import date

import pytest

from signon.domain.collation import sort_key
from signon.domain.compose import SectionDraft, compose_items, lead_ins
from signon.domain.letter import (
    SignatoryEntry,
    build_letter,
    counts_line,
    individual_line,
    plural_category,
)
from signon.domain.translations import (
    FieldRef,
    TranslationStatus,
    field_states,
    field_status,
    language_name,
    language_status,
    localise_campaign,
    localise_sections,
    mark_current,
    outdated_diff,
    parse_languages,
    set_field,
    source_hash,
    with_translation,
    without_language,
)


def statement() -> list[SectionDraft]:
    return [
        SectionDraft("intro", text="We write to you."),
        SectionDraft("concern", lead="There are concerns:",
                     items=["the funding", "the exemptions", "the deadline"]),
    ]


# -- one field ---------------------------------------------------------------------


def test_source_hash_ignores_spacing_not_words():
    assert source_hash("We write  to\nyou. ") == source_hash("We write to you.")
    assert source_hash("We write to you.") != source_hash("We wrote to you.")
    assert len(source_hash("x")) == 16


def test_status_missing_current_outdated_and_nothing_to_translate():
    entries = with_translation({}, "es", "text", "Escribimos.", "We write.")
    assert field_status("We write.", entries, "es", "text") is TranslationStatus.CURRENT
    assert field_status("We  write.", entries, "es", "text") is TranslationStatus.CURRENT
    assert field_status("We wrote.", entries, "es", "text") is TranslationStatus.OUTDATED
    assert field_status("We write.", entries, "ar", "text") is TranslationStatus.MISSING
    assert field_status("", {}, "ar", "text") is None
    # a translation of a text since deleted is outdated: the translator removes it
    assert field_status("", entries, "es", "text") is TranslationStatus.OUTDATED


def test_with_translation_is_pure_and_blank_removes():
    before = with_translation({}, "ES", "text", "Escribimos.", "We write.")
    assert before == {"es": {"text": "Escribimos.",
                             "source_hash": {"text": source_hash("We write.")},
                             "source": {"text": "We write."}}}
    after = with_translation(before, "es", "lead", "Hay:", "There are:")
    assert "lead" not in before["es"] and after["es"]["lead"] == "Hay:"
    assert with_translation(before, "es", "text", "  ", "We write.") == {}
    assert without_language(after, "es") == {} and after["es"]["text"] == "Escribimos."


def test_mark_current_keeps_the_text_and_the_diff_shows_the_change():
    entries = with_translation({}, "es", "text", "las exenciones", "the exemptions")
    primary = "the broad exemptions"
    diff = outdated_diff(primary, entries, "es", "text")
    assert [s.text.strip() for s in diff.new if s.change == "added"] == ["broad"]
    confirmed = mark_current(entries, "es", "text", primary)
    assert confirmed["es"]["text"] == "las exenciones"
    assert field_status(primary, confirmed, "es", "text") is TranslationStatus.CURRENT


def test_language_codes():
    assert parse_languages("es, AR ,pt_BR, es, en", primary="en") == ["es", "ar", "pt-br"]
    assert parse_languages(["fr", ""], primary="en") == ["fr"]
    assert [language_name(c) for c in ("es", "fr", "ar", "he")] == [
        "Español", "Français", "العربية", "עברית"]
    assert language_name("ar", "en") == "Arabic" and language_name("qqq") == "qqq"


# -- the statement ---------------------------------------------------------------------


def test_field_states_and_language_status():
    drafts = set_field(statement(), FieldRef("item", "text", 1, 0), "es", "la financiación")
    drafts = set_field(drafts, FieldRef("section", "text", 0), "es", "Escribimos.")
    campaign = {"title": "Joint letter", "addressee": "", "signatory_heading": "Signatories",
                "translations": with_translation({}, "es", "title", "Carta", "Old title")}
    states = field_states(drafts, "es", campaign)
    by_ref = {s.ref: s.status for s in states}
    assert by_ref[FieldRef("campaign", "title")] is TranslationStatus.OUTDATED
    assert FieldRef("campaign", "addressee") not in by_ref  # nothing to translate
    assert FieldRef("campaign", "signatory_heading") not in by_ref  # the default heading
    assert by_ref[FieldRef("section", "text", 0)] is TranslationStatus.CURRENT
    assert by_ref[FieldRef("item", "text", 1, 0)] is TranslationStatus.CURRENT
    assert by_ref[FieldRef("item", "text", 1, 2)] is TranslationStatus.MISSING
    status = language_status(states, "es")
    assert (status.current, status.outdated, status.missing) == (2, 1, 3)
    assert status.summary() == "2 of 6 current, 1 outdated, 3 missing"
    assert FieldRef("item", "text", 1, 2).label(drafts) == "section 2 (concern) item 3"
    assert FieldRef("section", "lead", 1).label(drafts) == "section 2 (concern) lead sentence"


def test_localised_sections_fall_back_and_flag():
    drafts = set_field(statement(), FieldRef("item", "text", 1, 0), "es", "la financiación")
    drafts = set_field(drafts, FieldRef("item", "text", 1, 1), "es", "las exenciones")
    drafts[1].items[1] = "the broad exemptions"  # the primary changed since
    localised = localise_sections(drafts, "es", "en")
    assert localised.sections[1].items == ["la financiación", "las exenciones", "the deadline"]
    assert localised.sections[0].text == "We write to you."  # missing: the primary text
    assert FieldRef("item", "text", 1, 2) in localised.missing
    assert localised.outdated == [FieldRef("item", "text", 1, 1)]
    assert not localised.complete
    # the primary language is the statement itself
    assert localise_sections(drafts, "en", "en").sections == drafts


def test_a_translation_of_a_deleted_text_is_not_printed():
    drafts = set_field(statement(), FieldRef("item", "text", 1, 2), "es", "el plazo")
    drafts[1].items[2] = ""
    localised = localise_sections(drafts, "es", "en")
    assert localised.sections[1].items[2] == ""
    composed = compose_items(localised.sections[1].items, "ordinal", "es")
    assert len(composed) == 2


def test_localised_campaign_fields_fall_back_to_primary():
    translations = with_translation({}, "es", "title", "Carta conjunta", "Joint letter")
    fields = {"title": "Joint letter", "addressee": "To the UN", "signatory_heading": "Signed"}
    assert localise_campaign(fields, translations, "es") == {
        "title": "Carta conjunta", "addressee": "To the UN", "signatory_heading": "Signed"}


# -- letter words --------------------------------------------------------------------


@pytest.mark.parametrize(("n", "category"), [
    (0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"), (11, "many"),
    (99, "many"), (100, "other"), (103, "few"), (111, "many")])
def test_arabic_plural_categories_come_from_babel(n, category):
    assert plural_category(n, "ar") == category


def test_counts_line_in_arabic_agrees_with_the_number():
    assert counts_line(1, 0, 1, "ar") == "وقّع على هذه الرسالة منظمة واحدة من دولة واحدة"
    assert counts_line(2, 2, 2, "ar") == "وقّع على هذه الرسالة منظمتان وشخصان من دولتين"
    assert counts_line(3, 5, 4, "ar") == "وقّع على هذه الرسالة 3 منظمات و5 أشخاص من 4 دول"
    assert counts_line(47, 12, 21, "ar") == (
        "وقّع على هذه الرسالة 47 منظمة و12 شخصًا من 21 دولة")
    assert counts_line(100, 0, 0, "ar") == "وقّع على هذه الرسالة 100 منظمة"


def test_counts_line_in_hebrew_spanish_french():
    assert counts_line(2, 1, 2, "he") == "על המכתב חתמו שני ארגונים ואדם אחד משתי מדינות"
    assert counts_line(47, 312, 21, "he") == "על המכתב חתמו 47 ארגונים ו־312 אנשים מ־21 מדינות"
    assert counts_line(1_000_000, 0, 0, "es") == "Firmado por 1.000.000 de organizaciones"
    assert counts_line(1_000_000, 0, 1, "fr") == (
        "Signé par 1\u202f000\u202f000 d’organisations d’un pays")
    # a language without letter words gets English words and numbers
    assert counts_line(2, 0, 0, "sw") == "Signed by 2 organisations"


def test_letter_words_in_arabic_and_hebrew():
    person = SignatoryEntry("individual", "ليلى أحمد", "endorsed", title="باحثة",
                            affiliation="جامعة القاهرة")
    org = SignatoryEntry("organisation", "منظمة الحقوق الرقمية", "endorsed")
    letter = build_letter(title="بيان", language="ar", sections=[],
                          signatories=[org, person], letter_date=date(2026, 4, 12),
                          options=None)
    assert letter.signatory_heading == "الموقعون"
    assert [g.heading for g in letter.groups] == ["المنظمات", "الأفراد"]
    assert letter.groups[1].lines == ("ليلى أحمد، باحثة، جامعة القاهرة*",)
    assert letter.footnote == "*الانتماء المؤسسي مذكور لأغراض التعريف فقط"
    assert letter.date_line == "12 أبريل 2026" and letter.direction == "rtl"
    hebrew = build_letter(title="מכתב", language="he", sections=[], signatories=[org, person])
    assert hebrew.signatory_heading == "החותמים" and hebrew.direction == "rtl"
    assert hebrew.footnote == "*השיוך המוסדי מצוין לצורכי זיהוי בלבד"


def test_arabic_comma_follows_the_script_of_the_name():
    latin = SignatoryEntry("individual", "Ada Lovelace", "endorsed", title="Professor",
                           affiliation="University")
    arabic = SignatoryEntry("individual", "ليلى أحمد", "endorsed", title="باحثة")
    assert individual_line(latin) == "Ada Lovelace, Professor, University*"
    assert individual_line(arabic) == "ليلى أحمد، باحثة"


def test_hebrew_ordinals_and_finally():
    assert lead_ins(3, "ordinal", "he") == ["ראשית", "שנית", "לבסוף"]
    assert lead_ins(11, "ordinal", "he")[-2:] == ["עשירית", "לבסוף"]
    assert lead_ins(12, "ordinal", "he")[0] == "1."  # no words beyond ten
    assert lead_ins(21, "ordinal", "en")[-2:] == ["Twentieth", "Finally"]
    assert lead_ins(22, "ordinal", "en")[0] == "1."


# -- collation -------------------------------------------------------------------------


def test_spanish_sorts_enye_after_n():
    names = ["Ñandutí", "Nuño", "Nuno", "Nz", "Oscar", "nuñez"]
    assert sorted(names, key=lambda t: sort_key(t, "es")) == [
        "Nuno", "nuñez", "Nuño", "Nz", "Ñandutí", "Oscar"]
    # elsewhere ñ is an accented n
    assert sorted(names, key=lambda t: sort_key(t, "en")) == [
        "Ñandutí", "nuñez", "Nuno", "Nuño", "Nz", "Oscar"]


def test_arabic_and_hebrew_letters_put_their_own_script_first():
    names = ["Zeta", "بيت", "أحمد", "Access Now", "ابراهيم", "مُنظمة"]
    assert sorted(names, key=lambda t: sort_key(t, "ar")) == [
        "ابراهيم", "أحمد", "بيت", "مُنظمة", "Access Now", "Zeta"]
    assert sorted(names, key=lambda t: sort_key(t, "en"))[:2] == ["Access Now", "Zeta"]
    hebrew = ["Zeta", "שלום", "אמנסטי", "מים", "Access"]
    assert sorted(hebrew, key=lambda t: sort_key(t, "he")) == [
        "אמנסטי", "מים", "שלום", "Access", "Zeta"]


def test_hebrew_final_letters_and_points_sort_as_plain_letters():
    # final mem (ם) sorts as mem: "שלום" and "שלומ" are one primary key
    assert sort_key("שלום", "he")[1] == sort_key("שלומ", "he")[1]
    assert sort_key("שָׁלוֹם", "he")[1] == sort_key("שלום", "he")[1]


def test_sort_is_total_and_stable_across_languages():
    names = ["Avila", "Ávila", "AVILA", "avila"]
    for lang in ("en", "es", "ar", "he", ""):
        assert sorted(names, key=lambda t: sort_key(t, lang)) == sorted(
            reversed(names), key=lambda t: sort_key(t, lang))
