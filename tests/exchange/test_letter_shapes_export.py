"""Issue 20's letter shapes in every format, opened as a reader opens
them: the end of an event report — "First/Second/Finally" paragraphs
without a bullet, then one closing line with the date and the two
organisations, no heading — in plain text, PDF (pdftotext and pypdf),
DOCX (python-docx) and HTML; a plain bulleted list; the campaign's own
letter date. Babel's English list pattern joins two names with "and" and
no comma: "November 14, 2023. Org A and Org B."."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from signon.domain.compose import SectionDraft
from signon.exchange.export import export_letter
from signon.store.campaigns import create_campaign
from signon.store.editions import set_letter_settings
from signon.store.letters import load_letter
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections

CLOSING = "November 14, 2023. Org A and Org B."
POINTS = ["First, the first point.", "Second, the second point.",
          "Finally, the last point."]


def event_report(session, **settings) -> int:
    campaign = create_campaign(session, "Event report")
    replace_sections(session, campaign.id, [
        SectionDraft(kind="intro", text="On 14 November 2023 the participants met."),
        SectionDraft(kind="concern", lead="They agreed on three points.",
                     items=["the first point", "the second point", "the last point"],
                     marker="none"),
        SectionDraft(kind="list", title="Findings", items=["costs are low", "it works"]),
    ])
    set_letter_settings(session, campaign.id, letter_date=date(2023, 11, 14),
                        signatory_layout="inline", **settings)
    for name, day in (("Org B", 2), ("Org A", 1)):
        add_signatory(session, campaign.id, name=name, status="endorsed",
                      endorsed_at=datetime(2023, 11, day, tzinfo=UTC),
                      contact_email=f"private@{name[-1].lower()}.example.org",
                      notes="private note 4711")
    add_signatory(session, campaign.id, name="Org Invited", status="invited")
    return campaign.id


@pytest.fixture
def letter(session):
    return load_letter(session, event_report(session))


def paragraphs_after(lines: list[str], first: str) -> list[str]:
    start = lines.index(first)
    return lines[start:]


def test_text(letter, tmp_path):
    out = export_letter(letter, "txt", tmp_path / "report.txt")
    text = out.read_text("utf-8")
    assert text.endswith("\n\n".join(POINTS) + "\n\nFindings\n--------\n\n"
                         "  • Costs are low.\n\n  • It works.\n\n" + CLOSING + "\n")
    assert "•  First" not in text and "• First" not in text
    assert "Signatories" not in text and "Org Invited" not in text
    assert "November 14, 2023" not in text.split(CLOSING)[0]  # the date is in the closing line
    assert "private" not in text


def test_markdown(letter, tmp_path):
    text = export_letter(letter, "md", tmp_path / "report.md").read_text("utf-8")
    assert "\n\n".join(POINTS) in text and "- First" not in text
    assert text.endswith(f"- Costs are low.\n- It works.\n\n{CLOSING}\n")
    assert "## Signatories" not in text


@pytest.mark.requires("poppler")
def test_pdf(letter, tmp_path):
    out = export_letter(letter, "pdf", tmp_path / "report.pdf")
    done = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True)
    lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    end = paragraphs_after(lines, POINTS[0])
    assert end[:3] == POINTS  # no bullet before "First, …"
    assert end[3:6] == ["Findings", "• Costs are low.", "• It works."] or \
        end[3:8] == ["Findings", "•", "Costs are low.", "•", "It works."]
    assert CLOSING in end and end.index(CLOSING) > end.index("Findings")
    assert "Signatories" not in lines
    assert sum(CLOSING[:17] in line for line in lines) == 1  # the date once, at the end

    from pypdf import PdfReader

    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert " ".join(POINTS) in text
    assert CLOSING in text and "private" not in text


def test_docx(letter, tmp_path):
    import docx

    out = export_letter(letter, "docx", tmp_path / "report.docx")
    document = docx.Document(str(out))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs if p.text.strip()]
    end = paragraphs[[t for _, t in paragraphs].index(POINTS[0]):]
    assert end == [("Normal", POINTS[0]), ("Normal", POINTS[1]), ("Normal", POINTS[2]),
                   ("Heading 1", "Findings"), ("List Bullet", "Costs are low."),
                   ("List Bullet", "It works."), ("Normal", CLOSING)]
    assert not any(style.startswith("Heading") and text == "Signatories"
                   for style, text in paragraphs)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.items: list[tuple[str, str, str]] = []  # (tag, class, text)
        self._attrs: list[dict] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._attrs.append(dict(attrs))

    def handle_endtag(self, tag):
        self.tags.pop()
        self._attrs.pop()

    def handle_data(self, data):
        if data.strip() and self.tags and self.tags[-1] in ("p", "li", "h1", "h2", "h3"):
            self.items.append((self.tags[-1], self._attrs[-1].get("class", ""), data.strip()))


def test_html(letter, tmp_path):
    out = export_letter(letter, "html", tmp_path / "report.html")
    parser = _Text()
    parser.feed(out.read_text("utf-8"))
    end = parser.items[[t for _, _, t in parser.items].index(POINTS[0]):]
    assert end == [("p", "item", POINTS[0]), ("p", "item", POINTS[1]), ("p", "item", POINTS[2]),
                   ("h2", "", "Findings"), ("li", "", "Costs are low."),
                   ("li", "", "It works."), ("p", "closing", CLOSING)]
    assert '<ul class="bullet">' in out.read_text("utf-8")


def test_the_list_layout_keeps_the_heading_and_the_date_on_top(session, tmp_path):
    cid = event_report(session)
    set_letter_settings(session, cid, signatory_layout="list")
    text = export_letter(load_letter(session, cid), "txt", tmp_path / "l.txt").read_text()
    assert text.startswith("Event report\n============\n\nNovember 14, 2023\n\n")
    assert text.endswith("Signatories\n\nOrg A\n\nOrg B\n")


def test_a_date_given_for_the_export_wins_over_the_campaigns(session):
    cid = event_report(session)
    letter = load_letter(session, cid, letter_date=date(2024, 1, 5))
    assert letter.closing_line.startswith("January 5, 2024. ")


def test_read_through_sqlite3_alone_the_letter_is_the_same(db, tmp_path):
    """`signon export` reads a current SQLite file with the standard
    library: the new columns come back as they do through SQLAlchemy."""
    from signon.store.letters import read_letter_source

    with db.session() as s:
        cid = event_report(s)
        expected = load_letter(s, cid)
    source = read_letter_source(db.url, str(cid))
    assert source.campaign.letter_date == date(2023, 11, 14)
    assert source.sections[1].marker == "none"
    assert source.letter().closing_line == expected.closing_line == CLOSING
