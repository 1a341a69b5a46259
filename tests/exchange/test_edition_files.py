"""The files of a published edition (issue 20): the same bytes at every
export, in another process too; a seal that names the edition and how the
file was drawn; a file drawn again from the stored letter to be compared,
a letterhead included. Dates are the edition's, given here."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from signon.domain.compose import SectionDraft
from signon.domain.errors import ValidationError
from signon.exchange.edition_files import (
    SEALED,
    matches,
    read_seal,
    sha256,
    write_edition,
)
from signon.store.campaigns import create_campaign
from signon.store.editions import edition_letter, publish
from signon.store.signatories import add_signatory
from signon.store.statements import replace_sections

LOGO = Path(__file__).resolve().parents[2] / "resources" / "icons" / "signon-48.png"


@pytest.fixture
def edition(session):
    cid = create_campaign(session, "Joint statement").id
    replace_sections(session, cid, [SectionDraft(kind="intro", text="We, the undersigned."),
                                    SectionDraft(kind="list", items=["one", "two"])])
    for name in ("Org A", "Org B"):
        add_signatory(session, cid, name=name, status="endorsed",
                      endorsed_at=datetime(2026, 3, 1, tzinfo=UTC))
    return publish(session, cid, on=date(2026, 3, 12)).edition


@pytest.mark.parametrize("fmt", [*SEALED, "txt"])
def test_every_file_of_an_edition_is_the_same_and_verifies(edition, tmp_path, fmt):
    letter = edition_letter(edition)
    path, digest = write_edition(letter, edition.text, fmt, tmp_path / f"a.{fmt}")
    again, digest_again = write_edition(letter, edition.text, fmt, tmp_path / f"b.{fmt}",
                                        paper="a4")
    assert path.read_bytes() == again.read_bytes() and digest == digest_again
    assert digest == sha256(path.read_bytes())
    if fmt == "txt":
        assert digest == edition.digest and read_seal(path.read_bytes()) is None
        return
    seal = read_seal(path.read_bytes())
    assert (seal.format, seal.digest, seal.paper, seal.columns) == (fmt, edition.digest, "a4",
                                                                    None)
    assert matches(path.read_bytes(), seal, letter, edition.text)


def test_letter_paper_and_columns_are_in_the_seal(edition, tmp_path):
    path, _ = write_edition(edition_letter(edition), edition.text, "pdf", tmp_path / "l.pdf",
                            paper="letter", columns=2)
    seal = read_seal(path.read_bytes())
    assert (seal.paper, seal.columns) == ("letter", 2)
    assert matches(path.read_bytes(), seal, edition_letter(edition), edition.text)


def test_the_pdf_and_docx_carry_the_editions_date_not_the_time_of_export(edition, tmp_path):
    import docx
    from pypdf import PdfReader

    letter = edition_letter(edition)
    pdf, _ = write_edition(letter, edition.text, "pdf", tmp_path / "l.pdf")
    info = PdfReader(pdf).metadata
    assert info["/CreationDate"].startswith("D:20260312000000")
    assert info["/ModDate"].startswith("D:20260312000000")
    assert info["/Keywords"].startswith(f"signon-edition sha256={edition.digest}")
    word, _ = write_edition(letter, edition.text, "docx", tmp_path / "l.docx")
    props = docx.Document(str(word)).core_properties
    assert props.created == props.modified == datetime(2026, 3, 12, tzinfo=UTC)
    import zipfile

    with zipfile.ZipFile(word) as zf:
        assert {info.date_time[:3] for info in zf.infolist()} == {(2026, 3, 12)}


def test_the_same_bytes_from_another_process(edition, tmp_path, db, session):
    """Fonts, subsets and file identifiers do not depend on the process."""
    here, _ = write_edition(edition_letter(edition), edition.text, "pdf", tmp_path / "h.pdf")
    there = tmp_path / "t.pdf"
    session.commit()
    code = (
        "import sys, json\n"
        "from signon.store.database import open_database\n"
        "from signon.store.editions import edition_letter, get_edition\n"
        "from signon.exchange.edition_files import write_edition\n"
        f"db = open_database({db.url!r})\n"
        "with db.session() as s:\n"
        f"    e = get_edition(s, {edition.campaign_id}, 1)\n"
        "    letter, text = edition_letter(e), e.text\n"
        f"write_edition(letter, text, 'pdf', {str(there)!r})\n"
        "db.close()\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert there.read_bytes() == here.read_bytes()


def test_a_letterhead_is_needed_to_draw_the_file_again(edition, tmp_path):
    letter = edition_letter(edition)
    path, _ = write_edition(letter, edition.text, "docx", tmp_path / "l.docx", logo=LOGO)
    data = path.read_bytes()
    seal = read_seal(data)
    assert seal.logo is not None
    with pytest.raises(ValidationError, match="--logo IMAGE"):
        matches(data, seal, letter, edition.text)
    other = LOGO.with_name("signon-32.png")
    with pytest.raises(ValidationError, match="not the letterhead image"):
        matches(data, seal, letter, edition.text, other)
    assert matches(data, seal, letter, edition.text, LOGO)


def test_an_ordinary_export_has_no_seal_and_keeps_its_dates(session, tmp_path):
    from signon.exchange.export import export_letter
    from signon.store.letters import load_letter

    cid = create_campaign(session, "Draft").id
    replace_sections(session, cid, [SectionDraft(kind="intro", text="Text.")])
    letter = load_letter(session, cid, letter_date=date(2026, 3, 12))
    for fmt in ("pdf", "docx", "html", "md"):
        out = export_letter(letter, fmt, tmp_path / f"x.{fmt}")
        assert read_seal(out.read_bytes()) is None
