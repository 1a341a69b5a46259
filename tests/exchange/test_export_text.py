"""Plain text and Markdown exports."""

from __future__ import annotations

from datetime import date

from exchange.letter_fixtures import (
    ABSENT_NAMES,
    CONCERN_LEADS,
    EXPECTED_NAMES,
    assert_in_order,
    reference_letter,
)

from signon.domain.letter import LetterOptions, SignatoryEntry, build_letter
from signon.exchange.export import export_letter
from signon.exchange.text_export import md_escape, render_markdown, render_text


def test_text_has_title_date_concerns_and_signatories(db, tmp_path):
    letter = reference_letter(db, LetterOptions(show_counts=True,
                                                edition_date=date(2026, 4, 12)))
    text = export_letter(letter, "txt", tmp_path / "l.txt").read_text("utf-8")
    assert text.startswith(letter.title + "\n" + "=" * len(letter.title) + "\n\n")
    assert_in_order(text, [f"  • {lead}" for lead in CONCERN_LEADS])
    assert_in_order(text, ["\nSignatories\n", "Signed by 9 organisations from 5 countries",
                           *[f"\n{name}\n" for name in EXPECTED_NAMES], "List as of"])
    assert "@" not in text and "+1 555" not in text and "confirmed by email" not in text
    for name in ABSENT_NAMES:
        assert name not in text


def test_numbered_and_plain_items_in_text():
    from signon.domain.compose import SectionDraft

    sections = [SectionDraft(kind="recommendation", lead="We call on states to:",
                             numbering="number", items=["act", "report"]),
                SectionDraft(kind="concern", numbering="none", items=["a plain one"])]
    text = render_text(build_letter(title="T", sections=sections, signatories=[]))
    assert "\n  1. Act.\n\n  2. Report.\n" in text
    assert "\nA plain one.\n" in text


def test_markdown_structure(db, tmp_path):
    letter = reference_letter(db)
    md = export_letter(letter, "md", tmp_path / "l.md").read_text("utf-8")
    assert md.startswith(f"# {letter.title}\n\n")
    assert_in_order(md, [f"\n- {lead}" for lead in CONCERN_LEADS])
    assert_in_order(md, ["\n## Signatories\n", *[f"\n- {md_escape(n)}\n" for n in
                                                  EXPECTED_NAMES]])
    assert "@" not in md
    for name in ABSENT_NAMES:
        assert name not in md


def test_markdown_escapes_what_would_be_markup():
    entries = [SignatoryEntry(kind="organisation", name=n, status="endorsed") for n in (
        "*NSYNC Fans [UK]", "<script>alert(1)</script>", "# Hashtag Group",
        "1. First Group", "AT&T Workers &amp; Co", "Under_score `code`")]
    md = render_markdown(build_letter(title="Title with *stars*", sections=[],
                                      signatories=entries))
    assert "# Title with \\*stars\\*" in md
    assert "- \\*NSYNC Fans \\[UK\\]" in md
    assert "\\<script\\>alert(1)\\</script\\>" in md and "<script>" not in md
    assert "- \\# Hashtag Group" in md
    assert "- 1\\. First Group" in md
    assert "AT&T Workers \\&amp; Co" in md
    assert "Under\\_score \\`code\\`" in md


def test_markdown_numbered_list_and_group_headings():
    from signon.domain.compose import SectionDraft

    sections = [SectionDraft(kind="recommendation", numbering="number", items=["act", "report"])]
    entries = [SignatoryEntry(kind="organisation", name="A", status="endorsed", country="CL"),
               SignatoryEntry(kind="individual", name="Ada", status="endorsed",
                              affiliation="Uni", country="GB")]
    md = render_markdown(build_letter(title="T", sections=sections, signatories=entries,
                                      options=LetterOptions(order="country")))
    assert "1. Act.\n2. Report." in md
    assert_in_order(md, ["### Organisations", "#### Chile", "- A\n", "### Individuals",
                         "#### United Kingdom", "- Ada, Uni\\*", "\\*Affiliation for"])
