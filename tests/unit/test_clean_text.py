"""Control characters never enter the data (clean_text) and never reach a
terminal raw (terminal_safe)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signon.domain.compose import SectionDraft
from signon.domain.text import clean_text, terminal_safe


@pytest.mark.parametrize(("raw", "clean"), [
    ("Access\x07 Now", "Access Now"),
    ("\x1b[31mRed\x1b[0m", "[31mRed[0m"),
    ("Open\x0bRights", "Open Rights"),  # separators keep words apart
    ("A\x0cB\x1cC\x1fD\x85E", "A B C D E"),
    ("tab\tline\ncr\r", "tab\tline\ncr\r"),  # what text may hold stays
    ("\x01\x02\x7f\x9b", ""),
    ("lone \ud800 surrogate", "lone  surrogate"),
    ("non\ufffechar\uffff", "nonchar"),
    ("Ελληνικά — عربى — 中文 — 👍🏽", "Ελληνικά — عربى — 中文 — 👍🏽"),
    ("\u200f\u200d\u00ad", "\u200f\u200d\u00ad"),  # format characters carry meaning
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@given(st.text())
def test_clean_text_leaves_only_characters_xml_accepts(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    for ch in cleaned:
        code = ord(ch)
        assert ch in "\t\n\r" or (0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
                                  or code >= 0x10000), hex(code)
        assert unicodedata.category(ch) != "Cc" or ch in "\t\n\r", hex(code)


def test_a_statement_draft_holds_no_control_characters():
    draft = SectionDraft("concern", text="We\x07 ask", lead="Lead\x01", title="T\x1b",
                         items=["one\x08", "two"])
    assert (draft.text, draft.lead, draft.title, draft.items) == (
        "We ask", "Lead", "T", ["one", "two"])


@pytest.mark.parametrize(("raw", "shown"), [
    ("\x1b[31mRed", "\\x1b[31mRed"),
    ("bell\x07", "bell\\x07"),
    ("csi\x9b2J", "csi\\x9b2J"),
    ("two\nlines", "two\\nlines"),
    ("Ünïcödé عربى", "Ünïcödé عربى"),
])
def test_terminal_safe(raw, shown):
    assert terminal_safe(raw) == shown
