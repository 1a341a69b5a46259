"""Composition of statement lists: lead-ins, numbering, capitals, languages."""

from __future__ import annotations

import pytest

from signon.domain.compose import (
    ComposedItem,
    Numbering,
    SectionDraft,
    SectionKind,
    capitalise,
    compose_items,
    empty_sections,
    finish_sentence,
    join_lead_in,
    lead_ins,
    statement_text,
    word_count,
)
from signon.domain.letter import build_letter

ORDINAL_WORDS = {
    "en": ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth",
           "Ninth", "Tenth", "Eleventh", "Twelfth"],
    "es": ["En primer lugar", "En segundo lugar", "En tercer lugar", "En cuarto lugar",
           "En quinto lugar", "En sexto lugar", "En séptimo lugar", "En octavo lugar",
           "En noveno lugar", "En décimo lugar", "En undécimo lugar", "En duodécimo lugar"],
    "fr": ["Premièrement", "Deuxièmement", "Troisièmement", "Quatrièmement",
           "Cinquièmement", "Sixièmement", "Septièmement", "Huitièmement", "Neuvièmement",
           "Dixièmement", "Onzièmement", "Douzièmement"],
}
FINALLY = {"en": "Finally", "es": "Por último", "fr": "Enfin"}
ITEM = {"en": "the paragraphs calling for funding", "es": "los párrafos sobre la brecha",
        "fr": "les paragraphes sur la fracture"}


def expected_ordinals(count: int, language: str) -> list[str]:
    if count < 2:
        return [""] * count
    words = ORDINAL_WORDS[language][:count]
    if count >= 3:
        words[-1] = FINALLY[language]
    return words


@pytest.mark.parametrize("language", ["en", "es", "fr"])
@pytest.mark.parametrize("count", [0, 1, 2, 3, 12])
@pytest.mark.parametrize("style", list(Numbering))
def test_every_count_style_and_language(language, count, style):
    items = [f"{ITEM[language]} {n}" for n in range(1, count + 1)]
    composed = compose_items(items, style, language)
    assert len(composed) == count
    if style is Numbering.ORDINAL:
        for lead, item, original in zip(expected_ordinals(count, language), composed, items,
                                        strict=True):
            assert item.marker == ""
            if lead:
                assert item.text == f"{lead}, {original}."
            else:  # a single item stands alone, capitalised
                assert item.text == original[0].upper() + original[1:] + "."
        if count >= 3:
            assert composed[-1].text.startswith(FINALLY[language] + ", ")
            assert not any(c.text.startswith(FINALLY[language]) for c in composed[:-1])
        if count == 2:
            assert composed[1].text.startswith(ORDINAL_WORDS[language][1] + ", ")
    else:
        markers = {Numbering.NUMBER: [f"{n}." for n in range(1, count + 1)],
                   Numbering.BULLET: ["•"] * count, Numbering.NONE: [""] * count}[style]
        assert [c.marker for c in composed] == markers
        for item, original in zip(composed, items, strict=True):
            assert item.text == original[0].upper() + original[1:] + "."


def test_twelve_english_ordinals_end_with_finally():
    leads = lead_ins(12, Numbering.ORDINAL, "en")
    assert leads[:3] == ["First", "Second", "Third"]
    assert leads[10] == "Eleventh"
    assert leads[11] == "Finally"
    assert "Twelfth" not in leads


def test_lists_longer_than_the_known_ordinals_are_numbered_throughout():
    leads = lead_ins(25, Numbering.ORDINAL, "en")
    assert leads == [f"{n}." for n in range(1, 26)]
    composed = compose_items([f"item {n}" for n in range(25)], "ordinal", "en")
    assert composed[20].marker == "21." and composed[20].text == "Item 20."


def test_language_without_ordinal_words_is_numbered_not_english():
    assert lead_ins(3, "ordinal", "de") == ["1.", "2.", "3."]
    assert lead_ins(3, "ordinal", "pt-BR") == ["Em primeiro lugar", "Em segundo lugar",
                                               "Por fim"]
    assert lead_ins(3, "ordinal", "es-419")[0] == "En primer lugar"


def test_example_letter_concerns_compose_like_the_original():
    items = [
        "the paragraphs calling for closing the digital divide, are simply framed",
        "we are deeply concerned with how the resolution differentiates",
        "the framing of AI governance proposed does not reflect a true model",
        "the resolution echoes other global conversations",
        "while the resolution focuses on the impact of some AI technologies",
    ]
    texts = [c.text for c in compose_items(items, "ordinal", "en")]
    assert texts == [
        "First, the paragraphs calling for closing the digital divide, are simply framed.",
        "Second, we are deeply concerned with how the resolution differentiates.",
        "Third, the framing of AI governance proposed does not reflect a true model.",
        "Fourth, the resolution echoes other global conversations.",
        "Finally, while the resolution focuses on the impact of some AI technologies.",
    ]


@pytest.mark.parametrize(("language", "item", "expected"), [
    ("en", "The paragraphs calling for …", "First, the paragraphs calling for …"),
    ("en", "We are deeply concerned", "First, we are deeply concerned."),
    ("en", "UN agencies must act.", "First, UN agencies must act."),
    ("en", "Access Now and others warned.", "First, Access Now and others warned."),
    ("en", "The Hague process matters.", "First, The Hague process matters."),
    ("en", "AI systems are not neutral.", "First, AI systems are not neutral."),
    ("en", "McKinsey's report is wrong.", "First, McKinsey's report is wrong."),
    ("en", "“The stronger partnerships” are vague", "First, “the stronger partnerships” "
                                                   "are vague."),
    ("es", "Los párrafos sobre la brecha", "En primer lugar, los párrafos sobre la brecha."),
    ("es", "El Salvador adoptó la ley.", "En primer lugar, El Salvador adoptó la ley."),
    ("es", "Naciones Unidas debe actuar.", "En primer lugar, Naciones Unidas debe actuar."),
    ("fr", "L’Union européenne exempte", "Premièrement, l’Union européenne exempte."),
    ("fr", "Les paragraphes", "Premièrement, les paragraphes."),
    ("fr", "Amnesty International note", "Premièrement, Amnesty International note."),
])
def test_capitals_after_a_lead_in(language, item, expected):
    composed = compose_items([item, "second item"], "ordinal", language)
    assert composed[0].text == expected


def test_items_starting_with_a_capital_keep_it_without_a_lead_in():
    composed = compose_items(["UN agencies must act", "Access Now warned"], "bullet")
    assert [c.text for c in composed] == ["UN agencies must act.", "Access Now warned."]


@pytest.mark.parametrize(("text", "expected"), [
    ("no full stop", "no full stop."),
    ("already ended.", "already ended."),
    ("a question?", "a question?"),
    ("  spaces around  ", "spaces around."),
    ("requiring “stronger partnerships”", "requiring “stronger partnerships”."),
    ("requiring “stronger partnerships.”", "requiring “stronger partnerships.”"),
    ("see the annex (page 4)", "see the annex (page 4)."),
    ("a list follows:", "a list follows:"),
    ("هذه فقرة", "هذه فقرة."),
    ("هل هذا سؤال؟", "هل هذا سؤال؟"),
    ("", ""),
])
def test_finish_sentence(text, expected):
    assert finish_sentence(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the text", "The text"),
    ("¿por qué?", "¿Por qué?"),
    ("“quoted” start", "“Quoted” start"),
    ("iPhone users", "iPhone users"),
    ("eSafety commissioner", "eSafety commissioner"),
    ("123 states", "123 states"),
    ("", ""),
])
def test_capitalise(text, expected):
    assert capitalise(text) == expected


def test_blank_items_are_not_numbered_and_line_breaks_become_spaces():
    composed = compose_items(["first one", "  ", "second\none", ""], "ordinal", "en")
    assert [c.text for c in composed] == ["First, first one.", "Second, second one."]


def test_numbers_and_bullets_are_markers_not_lead_ins():
    assert join_lead_in("1.", "the text") == "The text."
    assert join_lead_in("•", "the text") == "The text."
    assert join_lead_in("", "the text") == "The text."
    assert join_lead_in("Second", "The text", "en") == "Second, the text."


def test_right_to_left_items_use_the_arabic_comma():
    items = ["الفقرات التي تدعو إلى سد الفجوة الرقمية", "الاستثناءات العسكرية", "المشاركة"]
    composed = compose_items(items, "ordinal", "ar")
    assert composed[0].text == "أولاً، الفقرات التي تدعو إلى سد الفجوة الرقمية."
    assert composed[-1].text.startswith("وأخيراً، ")
    hebrew = compose_items(["פסקה ראשונה", "פסקה שנייה"], "ordinal", "he")
    assert [c.text for c in hebrew] == ["ראשית, פסקה ראשונה.", "שנית, פסקה שנייה."]
    # a language without ordinal words here is numbered
    persian = compose_items(["بند اول", "بند دوم"], "ordinal", "fa")
    assert [c.marker for c in persian] == ["1.", "2."]
    assert persian[0].text == "بند اول."


def test_rtl_letter_direction_and_text_intact():
    letter = build_letter(title="بيان", language="ar", signatories=[], sections=[
        SectionDraft("concern", lead="لدينا مخاوف:", items=["الأولى", "الثانية", "الثالثة"])])
    assert letter.direction == "rtl"
    assert [i.text for i in letter.sections[0].items] == [
        "أولاً، الأولى.", "ثانياً، الثانية.", "وأخيراً، الثالثة."]


@pytest.mark.parametrize("lead", ["Nonetheless, there are concerns with the resolution:", ""])
def test_lead_sentence_present_or_absent(lead):
    draft = SectionDraft("concern", lead=lead, items=["the first", "the second"])
    letter = build_letter(title="T", sections=[draft], signatories=[])
    assert letter.sections[0].lead == lead
    text = statement_text([draft])
    assert text.startswith(lead + "\n\nFirst, the first." if lead else "First, the first.")


def test_fifty_thousand_character_body_is_kept_whole():
    sentence = "Artificial intelligence must respect human rights law. "
    body = (sentence * (50_000 // len(sentence) + 1))[:50_000].strip()
    para = body + "\n\n" + body
    drafts = [SectionDraft("intro", text=para),
              SectionDraft("concern", items=[body, "the second item"])]
    letter = build_letter(title="Long", sections=drafts, signatories=[])
    text = statement_text(drafts)
    assert letter.sections[0].paragraphs == (body, body)
    # "Artificial" is not a function word, so it keeps its capital
    assert letter.sections[1].items[0].text == "First, " + finish_sentence(body)
    assert len(text) > 150_000
    assert word_count(drafts) == 3 * len(body.split()) + 3


def test_statement_text_resolves_lead_ins_and_markers():
    drafts = [SectionDraft("intro", text="We write.\n\nSecond paragraph."),
              SectionDraft("recommendation", lead="We call on states to:",
                           numbering="number", items=["act now", "fund it"]),
              SectionDraft("closing", title="In closing", text="Thank you.")]
    assert statement_text(drafts) == (
        "We write.\n\nSecond paragraph.\n\nWe call on states to:\n\n1. Act now.\n\n"
        "2. Fund it.\n\nIn closing\n\nThank you.")


def test_empty_sections_and_source_links():
    drafts = [SectionDraft("intro", text="  "), SectionDraft("concern", items=["", " "]),
              SectionDraft("concern", items=["x"], item_sources=[7]),
              SectionDraft("closing", text="Bye.", source_block_id=3)]
    assert empty_sections(drafts) == [0, 1]
    assert drafts[2].item_source(0) == 7 and drafts[2].item_source(5) is None
    assert SectionKind("concern").is_list and not SectionKind("text").is_list
    assert compose_items([], "ordinal") == []
    assert ComposedItem("", "x") == ComposedItem("", "x")
