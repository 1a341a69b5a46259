"""The shapes a letter takes (issue 20), in the domain: ordinal paragraphs
without a marker, a plain bulleted list, the inline sign-off joined as the
language joins a list, the letter's own date, a list as of an edition
date, and a later edition's retracted and added names. Dates are always
given: nothing here depends on the day the tests run."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from signon.domain.compose import Marker, SectionDraft, SectionKind, default_lead
from signon.domain.edition import (
    canonical_text,
    edition_changes,
    letter_from_json,
    letter_to_json,
    printed_names,
    text_digest,
)
from signon.domain.letter import (
    EditionContext,
    LetterOptions,
    SignatoryEntry,
    build_letter,
    closing_line,
    entry_key,
    join_list,
    lists_without_lead,
)
from signon.domain.letter_text import render_text

DAY = date(2023, 11, 14)


def org(name: str, oid: int, when: datetime | None = None, status: str = "endorsed",
        **extra) -> SignatoryEntry:
    return SignatoryEntry(kind="organisation", name=name, status=status, organisation_id=oid,
                          endorsed_at=when or datetime(2023, 11, 1, tzinfo=UTC), **extra)


EVENT = [
    SectionDraft(kind="intro", text="On 14 November we met."),
    SectionDraft(kind="concern", lead="The participants agreed:",
                 items=["the first point", "the second point", "the last point"],
                 marker="none"),
]


def letter(sections=EVENT, signatories=(), **options):
    letter_date = options.pop("letter_date", DAY)
    retracted = options.pop("retracted", ())
    edition = options.pop("edition", None)
    return build_letter(title="Event report", sections=list(sections),
                        signatories=list(signatories), options=LetterOptions(**options),
                        letter_date=letter_date, retracted=retracted, edition=edition)


def test_babel_joins_two_names_with_and_and_three_with_the_serial_comma():
    # what CLDR's English list pattern gives: no comma between two names
    assert join_list(["Org A", "Org B"], "en") == "Org A and Org B"
    assert join_list(["A", "B", "C"], "en") == "A, B, and C"
    assert join_list(["A", "B", "C"], "es") == "A, B y C"
    assert join_list(["A", "B", "C"], "fr") == "A, B et C"
    assert join_list(["Org A"], "en") == "Org A"
    assert closing_line("November 14, 2023", ["Org A", "Org B"], "en") == \
        "November 14, 2023. Org A and Org B."
    assert closing_line("", ["Org A", "ACME Inc."], "en") == "Org A and ACME Inc."


def test_the_end_of_an_event_report_is_one_closing_line():
    built = letter(signatories=[org("Org B", 2), org("Org A", 1)], signatory_layout="inline")
    assert built.inline and built.date_line == ""
    assert built.closing_line == "November 14, 2023. Org A and Org B."
    text = render_text(built)
    assert text.endswith("The participants agreed:\n\nFirst, the first point.\n\n"
                         "Second, the second point.\n\nFinally, the last point.\n\n"
                         "November 14, 2023. Org A and Org B.\n")
    assert "Signatories" not in text and "•" not in text


def test_an_inline_letter_without_its_date_names_the_signers_only():
    built = letter(signatories=[org("Org A", 1)], signatory_layout="inline", show_date=False)
    assert built.closing_line == "Org A."


def test_the_letter_date_is_the_one_given_in_the_letters_language():
    assert letter(letter_date=date(2026, 4, 12)).date_line == "April 12, 2026"
    es = build_letter(title="t", language="es", sections=[], signatories=[],
                      letter_date=date(2026, 4, 12))
    assert es.date_line == "12 de abril de 2026"


@pytest.mark.parametrize("numbering", ["ordinal", "bullet"])
def test_marker_none_prints_items_as_plain_paragraphs(numbering):
    [section] = letter([SectionDraft(kind="concern", lead="L:", numbering=numbering,
                                     items=["a", "b", "c"], marker="none")]).sections
    assert section.plain and section.marker == "none"
    bulleted = letter([SectionDraft(kind="concern", lead="L:", numbering=numbering,
                                    items=["a", "b", "c"])]).sections[0]
    assert not bulleted.plain and bulleted.marker == "bullet"


def test_a_numbered_list_keeps_its_numbers_without_a_marker():
    [section] = letter([SectionDraft(kind="concern", lead="L:", numbering="number",
                                     items=["a", "b"], marker="none")]).sections
    assert not section.plain
    assert render_text(letter([SectionDraft(kind="concern", lead="L:", numbering="number",
                                            items=["a", "b"], marker="none")])).count("1. A.")


def test_a_plain_list_is_bulleted_without_lead_ins_or_a_lead_warning():
    draft = SectionDraft(kind="list", title="Conclusions", items=["costs are low", "it works"])
    built = letter([draft])
    [section] = built.sections
    assert section.kind is SectionKind.LIST
    assert [(i.marker, i.text) for i in section.items] == [("•", "Costs are low."),
                                                          ("•", "It works.")]
    assert lists_without_lead(built) == []
    assert default_lead("list", "en") == ""
    assert "  • Costs are low.\n\n  • It works." in render_text(built)
    plain = letter([SectionDraft(kind="list", items=["a", "b"], marker=Marker.NONE)])
    assert render_text(plain).endswith("A.\n\nB.\n")


def test_edition_date_lists_only_the_endorsements_made_by_then():
    early = org("Early", 1, datetime(2026, 9, 30, 23, 0, tzinfo=UTC))
    late = org("Late", 2, datetime(2026, 12, 3, tzinfo=UTC))
    undated = SignatoryEntry(kind="organisation", name="Undated", status="endorsed",
                             organisation_id=3)
    built = letter(signatories=[early, late, undated], edition_date=date(2026, 10, 1))
    assert built.signatory_lines == ["Early", "Undated"]
    assert built.edition_line.startswith("List as of October 1, 2026;")
    assert letter(signatories=[early, late]).signatory_lines == ["Early", "Late"]


def test_a_later_edition_marks_a_withdrawal_and_names_what_it_added():
    a, c = org("Org A", 1), org("Org C", 3)
    gone = org("Org B", 2, status="withdrawn", retracted_on=date(2023, 12, 1))
    never = org("Never printed", 4, status="withdrawn", retracted_on=date(2023, 12, 1))
    edition = EditionContext(2, 1, frozenset({"o1", "o2"}))
    built = letter(signatories=[a, c, gone, never], retracted=[gone, never], edition=edition,
                   show_added=True)
    assert built.signatory_lines == ["Org A", "Org B — retracted (December 1, 2023)", "Org C"]
    assert built.added_line == "Added since edition 1: Org C."
    assert built.organisations == 2  # a retracted name is not counted
    assert built.edition == 2
    omitted = letter(signatories=[a, c, gone], retracted=[gone], edition=edition,
                     retractions="omit")
    assert omitted.signatory_lines == ["Org A", "Org C"] and omitted.added_line == ""
    inline = letter(signatories=[a, c, gone], retracted=[gone], edition=edition,
                    signatory_layout="inline")
    assert inline.closing_line == ("November 14, 2023. Org A, Org B — retracted "
                                   "(December 1, 2023), and Org C.")


def test_editions_compare_by_who_not_by_spelling():
    first = letter(signatories=[org("Org A", 1), org("Org B", 2)])
    second = letter(signatories=[org("Org A (renamed)", 1), org("Org C", 3),
                                 org("Org B", 2, status="withdrawn",
                                     retracted_on=date(2023, 12, 1))],
                    retracted=[org("Org B", 2, status="withdrawn",
                                   retracted_on=date(2023, 12, 1))],
                    edition=EditionContext(2, 1, frozenset({"o1", "o2"})))
    changes = edition_changes(printed_names(first), printed_names(second))
    assert changes.added == ("Org C",) and changes.retracted == ("Org B",)
    assert entry_key(SignatoryEntry(kind="individual", name="Ada", status="endorsed",
                                    signatory_id=7)) == "s7"


def test_a_letter_comes_back_from_json_equal_and_with_the_same_text():
    built = letter(signatories=[org("Org A", 1, country="KE"),
                                SignatoryEntry(kind="individual", name="Ada Lovelace",
                                               status="endorsed", affiliation="Uni",
                                               endorsed_at=date(2023, 1, 2), signatory_id=9)],
                   show_counts=True, show_place=True)
    import json

    again = letter_from_json(json.loads(json.dumps(letter_to_json(built))))
    assert again == built
    assert canonical_text(again) == render_text(built)
    assert text_digest(canonical_text(again)) == text_digest(render_text(built))


def test_no_private_field_can_reach_an_edition():
    """A `SignatoryEntry` has no contact, email or note: the edition's JSON
    is made of public fields only."""
    fields = set(letter_to_json(letter(signatories=[org("Org A", 1)]))["groups"][0]["entries"][0])
    assert not fields & {"email", "contact_email", "contact_name", "phone", "notes", "note"}
