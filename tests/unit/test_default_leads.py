"""The lead sentence a new concern or recommendation list starts with, in
every language the letter has ordinal words for, and the lists a letter
prints without one (issue 21: lists ran together, "… Finally, … First, …")."""

from __future__ import annotations

import pytest

from signon.domain.compose import (
    DEFAULT_LEADS,
    ORDINALS,
    SectionDraft,
    SectionKind,
    addressee_phrase,
    default_lead,
)
from signon.domain.letter import LeadlessList, build_letter, lists_without_lead

#: (language, addressee) → (concern lead, recommendation lead)
EXPECTED = {
    ("en", "To the Member States of the United Nations"): (
        "We have the following concerns:",
        "We call on the Member States of the United Nations to:"),
    ("en", ""): ("We have the following concerns:", "We call on decision-makers to:"),
    ("es", "A los Estados miembros de las Naciones Unidas"): (
        "Nos preocupan los siguientes puntos:",
        "Instamos a los Estados miembros de las Naciones Unidas a:"),
    ("es", ""): ("Nos preocupan los siguientes puntos:",
                 "Instamos a quienes toman las decisiones a:"),
    ("fr", "Aux États membres des Nations unies"): (
        "Nous avons les préoccupations suivantes :",
        "Nous appelons les États membres des Nations unies à :"),
    ("fr", ""): ("Nous avons les préoccupations suivantes :",
                 "Nous appelons les décideurs à :"),
    ("pt", "Aos Estados-Membros das Nações Unidas"): (
        "Temos as seguintes preocupações:", "Exortamos os Estados-Membros das Nações Unidas a:"),
    ("pt-BR", ""): ("Temos as seguintes preocupações:", "Exortamos os decisores políticos a:"),
    ("ar", "إلى الدول الأعضاء في الأمم المتحدة"): (
        "لدينا المخاوف التالية:", "ندعو الدول الأعضاء في الأمم المتحدة إلى:"),
    ("ar", ""): ("لدينا المخاوف التالية:", "ندعو صانعي القرار إلى:"),
    ("he", "אל המדינות החברות באו״ם"): ("אלה חששותינו:", "קריאתנו אל המדינות החברות באו״ם:"),
    ("he", ""): ("אלה חששותינו:", "קריאתנו אל מקבלי ההחלטות:"),
}


@pytest.mark.parametrize(("language", "addressee"), list(EXPECTED))
def test_default_leads_per_language(language, addressee):
    concern, recommendation = EXPECTED[language, addressee]
    assert default_lead(SectionKind.CONCERN, language, addressee) == concern
    assert default_lead("recommendation", language, addressee) == recommendation


def test_every_language_with_ordinals_has_its_leads():
    assert set(DEFAULT_LEADS) == set(ORDINALS)
    for language, leads in DEFAULT_LEADS.items():
        assert set(leads) == {"concern", "recommendation", "recommendation.neutral"}, language
        assert "{addressee}" in leads["recommendation"], language
        for kind in ("concern", "recommendation"):
            lead = default_lead(kind, language, "X")
            assert lead and lead.endswith(":") and "{" not in lead, (language, kind)
        # a lead is one line that reads as a sentence: never an English one elsewhere
        if language != "en":
            assert default_lead("concern", language) != default_lead("concern", "en")


def test_no_default_lead_without_ordinal_words_or_for_paragraphs():
    # a German letter is numbered; an English sentence in it would be worse than none
    assert default_lead("concern", "de", "An die Mitgliedstaaten") == ""
    assert default_lead("recommendation", "zh") == ""
    for kind in ("intro", "closing", "text"):
        assert default_lead(kind, "en", "States") == ""


@pytest.mark.parametrize(("language", "addressee", "phrase"), [
    ("en", "To the Member States of the UN General Assembly,",
     "the Member States of the UN General Assembly"),
    ("en", "Dear Co-facilitators", "Co-facilitators"),
    ("en", "The Co-facilitators of the Global Digital Compact:",
     "the Co-facilitators of the Global Digital Compact"),
    ("en", "UN Member States", "UN Member States"),  # an acronym keeps its capitals
    ("en", "The Gambia", "The Gambia"),  # a name that starts with an article
    ("en", "  COP31   Presidency ", "COP31 Presidency"),
    ("en", "To", ""),
    ("en", "", ""),
    ("es", "Al Consejo de Derechos Humanos", "el Consejo de Derechos Humanos"),
    ("fr", "À la Commission européenne", "la Commission européenne"),
    ("fr", "Au Conseil des droits de l’homme", "le Conseil des droits de l’homme"),
    ("pt", "Às autoridades", "as autoridades"),
    ("ar", "إلى المفوضية الأوروبية", "المفوضية الأوروبية"),
])
def test_addressee_reads_after_we_call_on(language, addressee, phrase):
    assert addressee_phrase(addressee, language) == phrase


def test_spanish_contracts_a_el_but_not_before_a_name():
    assert default_lead("recommendation", "es", "Al Consejo de Seguridad") == (
        "Instamos al Consejo de Seguridad a:")
    assert default_lead("recommendation", "es", "el Gobierno de Chile") == (
        "Instamos al Gobierno de Chile a:")
    assert default_lead("recommendation", "es", "El Salvador") == "Instamos a El Salvador a:"


def test_lists_without_a_lead_are_named_in_order():
    drafts = [SectionDraft("intro", text="We write."),
              SectionDraft("concern", items=["the first", "the second"]),
              SectionDraft("recommendation", title="Our asks", items=["act"]),
              SectionDraft("recommendation", lead="We call on states to:", items=["fund"]),
              SectionDraft("concern", items=["", "  "]),  # prints nothing: not a list
              SectionDraft("concern", lead="   ", items=["x"])]
    letter = build_letter(title="T", sections=drafts, signatories=[])
    found = lists_without_lead(letter)
    assert found == [LeadlessList(2, SectionKind.CONCERN),
                     LeadlessList(3, SectionKind.RECOMMENDATION, "Our asks"),
                     LeadlessList(6, SectionKind.CONCERN)]
    assert found[0].message() == (
        "section 2 (concerns) has no lead sentence: its items follow the text before it "
        "directly; add one in the Statement tab")
    assert "section 3 (recommendations “Our asks”)" in found[1].message()


def test_a_letter_whose_lists_have_leads_has_nothing_to_warn_about():
    drafts = [SectionDraft("concern", lead=default_lead("concern"), items=["a", "b"]),
              SectionDraft("recommendation", lead=default_lead("recommendation"),
                           items=["c"])]
    assert lists_without_lead(build_letter(title="T", sections=drafts, signatories=[])) == []
