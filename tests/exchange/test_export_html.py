"""HTML page and snippet, read back with an HTML parser."""

from __future__ import annotations

from html.parser import HTMLParser

from exchange.letter_fixtures import (
    ABSENT_NAMES,
    CONCERN_LEADS,
    EXPECTED_NAMES,
    assert_in_order,
    reference_letter,
)

from signon.domain.letter import LetterOptions, SignatoryEntry, build_letter
from signon.exchange.export import export_letter
from signon.exchange.html_export import render_html


class Reader(HTMLParser):
    """Tags with their attributes, and the text of each `li` and `p`."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.texts: list[str] = []
        self.names: list[str] = []
        self._in: list[str] = []
        self._buf = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)
        if tag in ("li", "p", "h1", "h2", "h3", "h4"):
            self._buf = ""

    def handle_endtag(self, tag):
        if tag in ("li", "p", "h1", "h2", "h3", "h4"):
            self.texts.append(self._buf)
            if tag == "li" and self._parent_class() and "names" in self._parent_class():
                self.names.append(self._buf)
        if self._in:
            self._in.pop()

    def _parent_class(self) -> str:
        for tag, attrs in reversed(self.tags):
            if tag in ("ul", "ol"):
                return attrs.get("class", "")
        return ""

    def handle_data(self, data):
        self._buf += data


def test_standalone_page(db, tmp_path):
    letter = reference_letter(db, LetterOptions(show_counts=True))
    html = export_letter(letter, "html", tmp_path / "l.html").read_text("utf-8")
    page = Reader(html)
    assert html.startswith("<!DOCTYPE html>")
    root = dict(page.tags)["html"]
    assert root == {"lang": "en", "dir": "ltr"}
    assert "@media print" in html and "@page { size: A4" in html
    assert page.texts[0] == letter.title
    items = [t for t in page.texts if t.startswith(tuple(CONCERN_LEADS))]
    assert [i.split(",")[0] + ", " for i in items] == CONCERN_LEADS
    assert page.names == EXPECTED_NAMES
    assert "Signed by 9 organisations from 5 countries" in page.texts
    assert "@" not in html.split("</style>")[1]
    for name in ABSENT_NAMES:
        assert name not in html


def test_letter_paper_and_columns(db, tmp_path):
    letter = reference_letter(db)
    html = export_letter(letter, "html", tmp_path / "l.html", paper="letter",
                         columns=3).read_text("utf-8")
    assert "@page { size: letter" in html
    assert '<ul class="names columns-3">' in html


def test_snippet_is_a_div_without_page_or_style(db):
    letter = reference_letter(db)
    snippet = render_html(letter)
    assert snippet.startswith('<div class="signon-letter" lang="en" dir="ltr">')
    assert "<html" not in snippet and "<style" not in snippet and "<body" not in snippet
    assert_in_order(snippet, [f"<li>{name}</li>" for name in EXPECTED_NAMES])


def test_everything_is_escaped():
    evil = "<script>alert('x')</script> & \"Friends\""
    entries = [SignatoryEntry(kind="organisation", name=evil, status="endorsed",
                              acronym="<b>"),
               SignatoryEntry(kind="individual", name="Ada & Co", status="endorsed",
                              affiliation="<i>Uni</i>")]
    letter = build_letter(title="Title </title><script>", addressee="To <you>",
                          sections=[], signatories=entries)
    for standalone in (True, False):
        html = render_html(letter, standalone)
        page = Reader(html)
        assert "script" not in [tag for tag, _ in page.tags]
        assert "b" not in [tag for tag, _ in page.tags]
        assert f"{evil} (<b>)" in page.names
        assert "Ada & Co, <i>Uni</i>*" in page.names
        assert "&lt;script&gt;" in html and "&amp; &quot;Friends&quot;" in html


def test_right_to_left_letter():
    entries = [SignatoryEntry(kind="organisation", name="منظمة العفو", status="endorsed")]
    letter = build_letter(title="بيان مشترك", language="ar", sections=[], signatories=entries)
    html = render_html(letter, True)
    assert '<html lang="ar" dir="rtl">' in html
    assert render_html(letter).startswith('<div class="signon-letter" lang="ar" dir="rtl">')
    assert Reader(html).names == ["منظمة العفو"]


def test_preview_limit_cuts_the_list():
    entries = [SignatoryEntry(kind="organisation", name=f"Group {i:03}", status="endorsed")
               for i in range(50)]
    html = render_html(build_letter(title="T", sections=[], signatories=entries), limit=10)
    page = Reader(html)
    assert len(page.names) == 10
    assert "… 40 more" in page.texts
