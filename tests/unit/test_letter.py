"""The rules of the published letter, on the domain value alone."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from signon.domain.collation import sort_key
from signon.domain.compose import SectionDraft
from signon.domain.letter import (
    LetterOptions,
    SignatoryEntry,
    acronym_in_name,
    build_letter,
    counts_line,
    organisation_line,
)


def org(name, status="endorsed", **kw) -> SignatoryEntry:
    return SignatoryEntry(kind="organisation", name=name, status=status, **kw)


def person(name, status="endorsed", **kw) -> SignatoryEntry:
    return SignatoryEntry(kind="individual", name=name, status=status, **kw)


def letter_of(entries, language="en", **options):
    return build_letter(title="T", language=language, sections=[], signatories=entries,
                        options=LetterOptions(**options), letter_date=date(2026, 4, 12))


# -- ordering -----------------------------------------------------------------


def test_alphabetical_order_ignores_case_and_accents():
    names = ["Association for Progressive Communications", "Ávila Foundation",
             "ARTICLE 19", "access now", "Zeta", "Azul", "Ángel", "Bits of Freedom",
             "Œuvre Collective", "«Quote» Network"]
    lines = letter_of([org(n) for n in names]).signatory_lines
    assert lines == ["access now", "Ángel", "ARTICLE 19",
                     "Association for Progressive Communications", "Ávila Foundation",
                     "Azul", "Bits of Freedom", "Œuvre Collective", "«Quote» Network", "Zeta"]


def test_article_19_sits_between_access_now_and_association():
    lines = letter_of([org("Association for Progressive Communications"), org("ARTICLE 19"),
                       org("Access Now")]).signatory_lines
    assert lines == ["Access Now", "ARTICLE 19", "Association for Progressive Communications"]


def test_ties_are_broken_the_same_way_every_time():
    a = sorted(["avila", "Ávila", "Avila", "AVILA"], key=sort_key)
    b = sorted(["AVILA", "Avila", "Ávila", "avila"], key=sort_key)
    assert a == b
    assert a.index("Avila") < a.index("Ávila")


def test_order_by_date_endorsed_then_name():
    entries = [
        org("Late", endorsed_at=datetime(2026, 3, 5, tzinfo=UTC)),
        org("Early", endorsed_at=datetime(2026, 3, 1, tzinfo=UTC)),
        org("Also early", endorsed_at=datetime(2026, 3, 1, tzinfo=UTC)),
        org("Undated"),
    ]
    assert letter_of(entries, order="date").signatory_lines == [
        "Also early", "Early", "Late", "Undated"]


def test_manual_order_follows_positions():
    entries = [org("B", position=2), org("A", position=3), org("C", position=1)]
    assert letter_of(entries, order="manual").signatory_lines == ["C", "B", "A"]


# -- duplicates ---------------------------------------------------------------


def test_each_organisation_once_even_if_entered_twice():
    entries = [
        org("Association for Progressive Communications", acronym="APC", country="ZA",
            organisation_id=1),
        org("Access Now", organisation_id=2),
        org("Access Now", organisation_id=2),  # the same directory entry twice
        org("ACCESS NOW", organisation_id=7),  # another spelling of the name
        org("APC", organisation_id=3),  # the bare acronym, from a web form
        org("Privacy International", organisation_id=4),
        org("Privacy International (PI)", organisation_id=5),
        org("Global Partners-Digital", organisation_id=6),
        org("Global Partners Digital", organisation_id=8),
    ]
    assert letter_of(entries).signatory_lines == [
        "Access Now", "Association for Progressive Communications (APC)",
        "Global Partners-Digital", "Privacy International"]


def test_a_national_section_in_brackets_is_another_signatory():
    entries = [org("Amnesty International"), org("Amnesty International (USA)"),
               org("Amnesty International (Kenya)")]
    assert len(letter_of(entries).signatory_lines) == 3


def test_a_full_name_wins_over_a_bare_acronym_entered_first():
    entries = [org("APC", position=1), org("Association for Progressive Communications",
                                           acronym="APC", position=2)]
    assert letter_of(entries).signatory_lines == [
        "Association for Progressive Communications (APC)"]


def test_same_acronym_in_different_countries_stays_two_organisations():
    entries = [org("Asociación por los Derechos Civiles", acronym="ADC", country="AR"),
               org("ADC", country="BR")]
    assert len(letter_of(entries).signatory_lines) == 2


def test_individuals_sharing_a_name_are_never_merged():
    entries = [person("Maria Garcia", affiliation="University A"),
               person("Maria Garcia", affiliation="University B")]
    assert letter_of(entries).signatory_lines == ["Maria Garcia, University A*",
                                                  "Maria Garcia, University B*"]


# -- lines, footnote ----------------------------------------------------------


def test_acronym_shown_unless_already_in_the_name():
    assert organisation_line(org("Association for Progressive Communications",
                                 acronym="APC")) == (
        "Association for Progressive Communications (APC)")
    assert organisation_line(org("Association for Progressive Communications (APC)",
                                 acronym="APC")) == (
        "Association for Progressive Communications (APC)")
    assert organisation_line(org("ARTICLE 19", acronym="ART")) == "ARTICLE 19 (ART)"
    assert acronym_in_name("A.P.C.", "Something (A.P.C.)")


def test_place_after_the_name():
    line = organisation_line(org("Association for Progressive Communications", acronym="APC",
                                 country_name="South Africa"), show_place=True)
    assert line == "Association for Progressive Communications (APC, South Africa)"


def test_individual_line_and_localised_footnote():
    entries = [org("Access Now"),
               person("Ada Lovelace", title="Professor", affiliation="University of Somewhere")]
    letter = letter_of(entries)
    assert letter.groups[1].heading == "Individuals"
    assert letter.groups[1].lines == ("Ada Lovelace, Professor, University of Somewhere*",)
    assert letter.footnote == "*Affiliation for identification purposes only"
    assert letter_of(entries, "es").footnote == "*Afiliación solo con fines de identificación"
    assert letter_of(entries, "fr").footnote.startswith("*Affiliation à titre")


def test_no_footnote_without_an_affiliation():
    assert letter_of([person("Ada Lovelace", title="Professor")]).footnote == ""


def test_one_list_when_individuals_are_not_separated():
    entries = [org("Zeta"), person("Ada Lovelace")]
    letter = letter_of(entries, separate_individuals=False)
    assert [g.heading for g in letter.groups] == [""]
    assert letter.signatory_lines == ["Ada Lovelace", "Zeta"]


# -- grouping -----------------------------------------------------------------


def test_grouped_by_country_with_subheadings_in_the_letters_language():
    entries = [org("Derechos Digitales", country="CL"), org("Access Now", country="US"),
               org("ICNL", country="US"), org("Nowhere Group")]
    letter = letter_of(entries, order="country", show_place=True)
    assert [(g.heading, g.lines) for g in letter.groups] == [
        ("Chile", ("Derechos Digitales",)),
        ("United States", ("Access Now", "ICNL")),
        ("Other", ("Nowhere Group",)),
    ]
    spanish = letter_of(entries, "es", order="country")
    assert [g.heading for g in spanish.groups] == ["Chile", "Estados Unidos", "Otros"]


def test_grouped_by_type_keeps_the_types_spelling():
    entries = [org("B", org_type="NGO"), org("A", org_type="ngo"), org("C", org_type="network"),
               org("D")]
    letter = letter_of(entries, order="type")
    assert [(g.heading, g.lines) for g in letter.groups] == [
        ("Network", ("C",)), ("NGO", ("A", "B")), ("Other", ("D",))]


def test_groups_nest_under_organisations_and_individuals():
    entries = [org("Access Now", country="US"), org("Derechos Digitales", country="CL"),
               person("Ada Lovelace", country="GB")]
    letter = letter_of(entries, order="country")
    assert [(g.heading, g.level, g.lines) for g in letter.groups] == [
        ("Organisations", 1, ()),
        ("Chile", 2, ("Derechos Digitales",)),
        ("United States", 2, ("Access Now",)),
        ("Individuals", 1, ()),
        ("United Kingdom", 2, ("Ada Lovelace",)),
    ]


# -- counts, edition, exclusions ------------------------------------------------


def test_counts_line_localised():
    assert counts_line(312, 45, 61, "en") == (
        "Signed by 312 organisations and 45 individuals from 61 countries")
    assert counts_line(312, 45, 61, "es") == (
        "Firmado por 312 organizaciones y 45 personas de 61 países")
    assert counts_line(312, 45, 61, "fr") == (
        "Signé par 312 organisations et 45 personnes de 61 pays")
    assert counts_line(1, 0, 1, "en") == "Signed by 1 organisation from 1 country"
    assert counts_line(12000, 0, 0, "en") == "Signed by 12,000 organisations"
    assert counts_line(0, 0, 0, "en") == ""


def test_counts_line_of_a_letter():
    entries = [org("A", country="US"), org("B", country="us"), org("C", country="CL"),
               person("Ada", country="GB"), org("D", status="declined", country="FR")]
    letter = letter_of(entries, show_counts=True)
    assert letter.counts_line == "Signed by 3 organisations and 1 individual from 3 countries"
    assert letter_of(entries).counts_line == ""


def test_edition_line_and_date_line_localised():
    letter = letter_of([org("A")], "fr", edition_date=date(2026, 4, 12))
    assert letter.date_line == "12 avril 2026"
    assert letter.edition_line.startswith("Liste au 12 avril 2026 ;")


@pytest.mark.parametrize("status", ["declined", "invited", "reminded", "prospect",
                                    "withdrawn", "no_response", "needs_reconfirmation"])
def test_only_endorsed_signatories_appear(status):
    letter = letter_of([org("Shown"), org("Hidden", status=status)])
    assert letter.signatory_lines == ["Shown"]
    assert "Hidden" not in [s.name for s in letter.public_signatories]


def test_reconfirmations_appear_when_the_campaign_keeps_them():
    entries = [org("Shown"), org("Pending", status="needs_reconfirmation")]
    assert letter_of(entries, keep_reconfirmation=True).signatory_lines == ["Pending", "Shown"]


def test_title_and_date_can_be_left_out_but_stay_in_the_metadata():
    letter = build_letter(title="  Joint   statement ", sections=[], signatories=[],
                          options=LetterOptions(show_title=False, show_date=False))
    assert (letter.title, letter.date_line) == ("", "")
    assert letter.document_title == "Joint statement"


def test_sections_have_their_lead_ins():
    sections = [SectionDraft(kind="intro", text="One.\n\nTwo."),
                SectionDraft(kind="concern", lead="There are concerns:", numbering="ordinal",
                             items=["the first", "the second", "the third"])]
    letter = build_letter(title="T", sections=sections, signatories=[])
    assert letter.sections[0].paragraphs == ("One.", "Two.")
    assert [i.text for i in letter.sections[1].items] == [
        "First, the first.", "Second, the second.", "Finally, the third."]
    assert letter.sections[1].numbering == "ordinal"


def test_default_heading_follows_the_language_but_a_chosen_one_is_kept():
    es = build_letter(title="T", language="es", sections=[], signatories=[])
    assert es.signatory_heading == "Firmantes"
    own = build_letter(title="T", sections=[], signatories=[], signatory_heading="Endorsed by")
    assert own.signatory_heading == "Endorsed by"


def test_rtl_direction():
    assert build_letter(title="T", language="ar", sections=[], signatories=[]).direction == "rtl"
    assert build_letter(title="T", language="en", sections=[], signatories=[]).direction == "ltr"


def test_public_signatories_follow_the_lines():
    entries = [org("Zeta", country="FR", org_type="NGO",
                   endorsed_at=datetime(2026, 3, 1, 23, 30, tzinfo=UTC)),
               org("Alpha", acronym="AL")]
    letter = letter_of(entries)
    public = letter.public_signatories
    assert [p.line for p in public] == letter.signatory_lines == ["Alpha (AL)", "Zeta"]
    assert (public[1].country, public[1].country_name, public[1].endorsed_on) == (
        "FR", "France", date(2026, 3, 1))
