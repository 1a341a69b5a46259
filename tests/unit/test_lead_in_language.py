"""An item not yet translated keeps its own language's lead-in (issue 23):
an Arabic letter of a half-translated list reads "أولاً، …" before the
translated item and "Second, the military …" before the English one, never
an Arabic ordinal glued to English text."""

from __future__ import annotations

from signon.domain.compose import SectionDraft, compose_items, statement_text
from signon.domain.translations import localise_sections, with_translation

ITEMS = ["the paragraphs calling for human rights are weak",
         "the military exemptions are too broad",
         "civil society participation is limited"]


def test_each_item_takes_the_lead_in_of_its_own_language():
    composed = compose_items(ITEMS, "ordinal", "ar", ["", "en", "en"])
    assert composed[0].text.startswith("أولاً")
    assert composed[1].text.startswith("Second, the military")
    assert composed[2].text.startswith("Finally, civil society")
    # without languages every item takes the letter's, as before
    assert compose_items(ITEMS, "ordinal", "ar")[1].text.startswith("ثانياً")


def test_blank_items_do_not_shift_the_languages():
    composed = compose_items(["", *ITEMS[:2]], "ordinal", "es", ["", "", "en"])
    assert [c.text.split(",")[0] for c in composed] == ["En primer lugar", "Second"]


def test_localising_marks_the_items_printed_untranslated():
    first = with_translation({}, "ar", "text", "الفقرات التي تدعو إلى حقوق الإنسان ضعيفة",
                             ITEMS[0])
    section = SectionDraft(kind="concern", lead="There are concerns:", items=list(ITEMS),
                           item_translations=[first])
    localised = localise_sections([section], "ar", "en")
    assert localised.sections[0].item_languages == ["", "en", "en"]
    text = statement_text(localised.sections, "ar")
    assert "أولاً، الفقرات" in text
    assert "Second, the military exemptions are too broad." in text
    assert "ثانياً" not in text
    # the primary language needs no marks
    assert localise_sections([section], "en", "en").sections[0].item_languages == []
