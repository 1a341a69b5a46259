"""Word export, read back with python-docx as Word would see it."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from exchange.letter_fixtures import (
    ABSENT_NAMES,
    CONCERN_LEADS,
    EXPECTED_NAMES,
    reference_letter,
)

from signon.domain.compose import SectionDraft
from signon.domain.letter import LetterOptions, SignatoryEntry, build_letter
from signon.exchange.docx_export import render_docx
from signon.exchange.export import export_letter


def paragraphs(path):
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.text]


def test_styles_order_and_privacy(db, tmp_path):
    letter = reference_letter(db, LetterOptions(show_counts=True))
    path = export_letter(letter, "docx", tmp_path / "l.docx")
    paras = paragraphs(path)
    assert paras[0] == ("Title", letter.title)
    items = [(s, t) for s, t in paras if t.startswith(tuple(CONCERN_LEADS))]
    assert [t.split(",")[0] + ", " for _, t in items] == CONCERN_LEADS
    assert {s for s, _ in items} == {"Statement Item"}
    assert ("Heading 1", "Signatories") in paras
    assert ("Signatory Note", "Signed by 9 organisations from 5 countries") in paras
    assert [t for s, t in paras if s == "Signatory"] == EXPECTED_NAMES
    everything = "\n".join(t for _, t in paras)
    assert "@" not in everything
    for name in ABSENT_NAMES:
        assert name not in everything
    props = docx.Document(str(path)).core_properties
    assert props.title == letter.title and props.language == "en"


def test_signatories_in_a_column_section_and_paper(db, tmp_path):
    letter = reference_letter(db)
    path = export_letter(letter, "docx", tmp_path / "l.docx", paper="letter", columns=2)
    document = docx.Document(str(path))
    last = document.sections[-1]
    assert last._sectPr.find(qn("w:cols")).get(qn("w:num")) == "2"
    assert round(last.page_width.mm, 1) == 215.9 and round(last.page_height.mm, 1) == 279.4
    assert len(document.sections) == 2
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer and "PAGE" in footer


def test_marker_lists_use_list_styles_and_numbering_restarts():
    sections = [
        SectionDraft(kind="recommendation", numbering="number", items=["one", "two"]),
        SectionDraft(kind="intro", text="Between the lists."),
        SectionDraft(kind="recommendation", numbering="number", items=["again"]),
        SectionDraft(kind="concern", numbering="bullet", items=["a bullet"]),
    ]
    letter = build_letter(title="T", sections=sections, signatories=[])
    document = docx.Document(io.BytesIO(render_docx(letter)))
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert ("List Number", "One.") in styled and ("List Number", "Again.") in styled
    assert ("List Bullet", "A bullet.") in styled
    num_ids = [p._p.pPr.numPr.numId.val for p in document.paragraphs
               if p.style.name == "List Number"]
    assert num_ids[0] == num_ids[1] != num_ids[2]  # the second list starts at 1 again
    numbering = document.part.numbering_part.element
    start = numbering.num_having_numId(num_ids[2]).find(qn("w:lvlOverride"))
    assert start.find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_right_to_left_paragraphs(tmp_path):
    entries = [SignatoryEntry(kind="organisation", name="منظمة العفو الدولية", status="endorsed"),
               SignatoryEntry(kind="organisation", name="Access Now", status="endorsed")]
    letter = build_letter(title="بيان مشترك", language="ar", signatories=entries,
                          sections=[SectionDraft(kind="intro", text="نحن الموقعين أدناه.")])
    document = docx.Document(str(export_letter(letter, "docx", tmp_path / "ar.docx")))
    texts = [p for p in document.paragraphs if p.text]
    assert all(p._p.pPr.find(qn("w:bidi")) is not None for p in texts)
    arabic = next(p for p in texts if p.text == "منظمة العفو الدولية")
    assert arabic.runs[0]._r.rPr.find(qn("w:rtl")) is not None
    latin = next(p for p in texts if p.text == "Access Now")
    assert latin.runs[0]._r.rPr is None or latin.runs[0]._r.rPr.find(qn("w:rtl")) is None
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:bidi")) == "ar"


def test_special_characters_survive(tmp_path):
    entries = [SignatoryEntry(kind="organisation", name="AT&T <Workers> \"Union\"",
                              status="endorsed")]
    letter = build_letter(title="T", sections=[], signatories=entries)
    document = docx.Document(str(export_letter(letter, "docx", tmp_path / "x.docx")))
    assert "AT&T <Workers> \"Union\"" in [p.text for p in document.paragraphs]


def test_control_characters_stored_before_they_were_cleaned_do_not_break_the_docx(tmp_path):
    """Rows written by an older version may still hold a BEL or an escape:
    the DOCX writer drops them instead of failing for the whole campaign."""
    entries = [SignatoryEntry(kind="organisation", name="Bell\x07 Rights\x1b[0m",
                              status="endorsed"),
               SignatoryEntry(kind="individual", name="Ada\x01 Lovelace", status="endorsed",
                              affiliation="Uni\x0cversity")]
    letter = build_letter(title="Joint\x01 statement", addressee="To\x0bwhom",
                          sections=[SectionDraft("intro", text="ok")], signatories=entries)
    object.__setattr__(letter, "title", "Joint\x01 statement")  # as a raw row would give
    out = export_letter(letter, "docx", tmp_path / "l.docx")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Bell Rights[0m" in text and "Ada Lovelace" in text and "Joint statement" in text
    assert not any(ch in text for ch in "\x01\x07\x0b\x0c\x1b")
    assert document.core_properties.title == "Joint statement"
