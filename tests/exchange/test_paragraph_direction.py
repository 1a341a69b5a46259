"""Each paragraph runs the way its own text does (issue 23).

An Arabic letter of a statement not yet translated prints its English
paragraphs left to right, on the left, with their punctuation at their
end; an English letter with an Arabic quotation prints that paragraph
right to left. The page keeps the letter's direction, and so do the
names. Checked where each format says it: `dir` on the HTML blocks,
`w:bidi` on the DOCX paragraphs, and where the PDF's lines sit."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, date, datetime

import docx
import pytest
from docx.oxml.ns import qn

from signon.domain.compose import SectionDraft
from signon.domain.direction import has_rtl, runs_against, text_direction
from signon.domain.letter import LetterOptions, SignatoryEntry, build_letter
from signon.exchange.docx_export import write_docx
from signon.exchange.html_export import render_html
from signon.exchange.pdf import render_pdf

ENGLISH = "Nonetheless, there are concerns with the resolution:"
ENGLISH_ITEM = "the paragraphs calling for human rights are weak."
ARABIC = "ومع ذلك، هناك مخاوف بشأن القرار."
QUOTE = "«لا نقبل هذا القرار» قالت المنظمة."
AT = datetime(2026, 3, 1, tzinfo=UTC)


def entry(name: str, country: str = "") -> SignatoryEntry:
    return SignatoryEntry(kind="organisation", name=name, status="endorsed",
                          country=country, endorsed_at=AT)


def letter(language: str, sections: list[SectionDraft], names: list[str]):
    return build_letter(title="Statement",
                        language=language, sections=sections,
                        signatories=[entry(n) for n in names],
                        options=LetterOptions(), letter_date=date(2026, 3, 2))


def arabic_letter_of_english_text():
    return letter("ar", [SectionDraft(kind="intro", text=ENGLISH),
                         SectionDraft(kind="intro", text=ARABIC),
                         SectionDraft(kind="list", items=[ENGLISH_ITEM])],
                  ["منظمة الحقوق الرقمية", "Access Now"])


def english_letter_with_arabic():
    return letter("en", [SectionDraft(kind="intro", text=ENGLISH),
                         SectionDraft(kind="intro", text=QUOTE)],
                  ["منظمة الحقوق الرقمية", "ארגון זכויות", "Access Now"])


def test_a_texts_direction_is_its_first_strong_character():
    assert text_direction(ENGLISH) == "ltr"
    assert text_direction(ARABIC) == "rtl"
    assert text_direction("«لا» said the group") == "rtl"
    assert text_direction("2026-03-02 — 12", "rtl") == "rtl"  # no letter: the default
    assert text_direction("\u2068Access Now\u2069 قالت") == "rtl"  # isolates are skipped
    assert runs_against(ENGLISH, "rtl") and not runs_against(ARABIC, "rtl")
    assert not runs_against("12", "rtl")
    assert has_rtl("Access Now and منظمة") and not has_rtl(ENGLISH)


def test_html_blocks_take_their_own_direction():
    page = render_html(arabic_letter_of_english_text(), standalone=True)
    assert '<html lang="ar" dir="rtl">' in page
    assert f'<p dir="ltr">{ENGLISH}</p>' in page
    assert f"<p>{ARABIC}</p>" in page  # the letter's own direction: inherited
    assert re.search(r'<li dir="ltr">The paragraphs calling', page)
    # a Latin name keeps the list's alignment, isolated in it
    assert "<li>\u2068Access Now\u2069</li>" in page
    page = render_html(english_letter_with_arabic(), standalone=True)
    assert f'<p dir="rtl">{QUOTE.replace("«", "«")}</p>' in page
    assert f"<p>{ENGLISH}</p>" in page
    assert "<li>\u2068ארגון זכויות\u2069</li>" in page


def paragraph_of(document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def bidi(paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(qn("w:bidi")) is not None


def test_docx_marks_bidi_only_where_the_text_runs_right_to_left(tmp_path):
    out = tmp_path / "ar.docx"
    write_docx(arabic_letter_of_english_text(), out)
    document = docx.Document(str(out))
    assert not bidi(paragraph_of(document, "Nonetheless"))
    assert bidi(paragraph_of(document, "ومع ذلك"))
    assert not bidi(paragraph_of(document, "The paragraphs calling"))
    assert all(s._sectPr.find(qn("w:bidi")) is not None for s in document.sections)
    out = tmp_path / "en.docx"
    write_docx(english_letter_with_arabic(), out)
    document = docx.Document(str(out))
    quote = paragraph_of(document, "«")
    assert bidi(quote) and not bidi(paragraph_of(document, "Nonetheless"))
    assert any(r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None
               for r in quote.runs)
    name = paragraph_of(document, "منظمة")  # an Arabic name's run is marked right to left
    assert name.runs[0]._r.rPr.find(qn("w:rtl")) is not None


def line_boxes(pdf) -> list[tuple[float, float, str]]:
    """(xMin, xMax, text) of each line pdftotext finds on page 1."""
    html = subprocess.run(["pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    out = []
    for m in re.finditer(r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*?)</line>',
                         html, re.S):
        words = re.findall(r">([^<]*)</word>", m.group(3))
        out.append((float(m.group(1)), float(m.group(2)), " ".join(words)))
    return out


def line_with(boxes, word: str):
    return next(b for b in boxes if word in b[2])


@pytest.mark.requires("poppler")
def test_pdf_sets_each_paragraph_on_its_own_side(tmp_path):
    out = tmp_path / "ar.pdf"
    render_pdf(arabic_letter_of_english_text(), out)
    boxes = line_boxes(out)
    left = min(b[0] for b in boxes)
    right = max(b[1] for b in boxes)
    english = line_with(boxes, "Nonetheless,")
    assert english[0] - left < 2 and right - english[1] > 100  # flush left, ragged right
    assert english[2].startswith("Nonetheless,")  # its comma and colon at its end
    item = line_with(boxes, "paragraphs")
    assert right - item[1] > 100
    out = tmp_path / "en.pdf"
    render_pdf(english_letter_with_arabic(), out)
    boxes = line_boxes(out)
    left = min(b[0] for b in boxes)
    right = max(b[1] for b in boxes)
    quote = line_with(boxes, "«")  # pdftotext gives Arabic as presentation forms
    assert right - quote[1] < 2 and quote[0] - left > 100  # flush right
