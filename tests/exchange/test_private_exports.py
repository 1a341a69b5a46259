"""A signatory marked "do not publish" is in no public export, in any
format, and is in the delivery copy, under its note (issue 19). Every file
is opened the way a reader opens it: pdftotext, python-docx, the text."""

from __future__ import annotations

import csv
import json
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from exchange.letter_fixtures import EXPECTED_NAMES, reference_campaign

from signon.domain.errors import ValidationError
from signon.exchange.campaign_file import import_campaign, read_campaign_file
from signon.exchange.export import check_privacy, letter_options, write_export
from signon.store.letters import letter_source
from signon.store.signatories import set_private

#: an organisation that endorsed, then asked not to be named
PRIVATE_ORG = EXPECTED_NAMES[3]
LETTER_FORMATS = ("pdf", "docx", "html", "md", "txt")
NOTE = "asked not to be named publicly. Not for publication."


def read_back(path: Path) -> str:
    """The text a reader of the file sees, spaces normalised."""
    if path.suffix == ".pdf":
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    elif path.suffix == ".docx":
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    elif path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            text = "\n".join(" ".join(row) for row in csv.reader(fh))
    else:
        text = path.read_text("utf-8")
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.fixture
def source(db):
    """The reference campaign with one endorsing organisation private."""
    with db.session() as session:
        cid = reference_campaign(session)
        sid = next(e.signatory_id for e in letter_source(session, cid).signatories
                   if e.name == PRIVATE_ORG)
        set_private(session, [sid], True)
        return letter_source(session, cid)


@pytest.mark.requires("poppler")
@pytest.mark.parametrize("fmt", [*LETTER_FORMATS, "csv"])
def test_no_public_export_names_a_private_signatory(source, tmp_path, fmt):
    options = letter_options(source.campaign, show_counts=True)
    out = write_export(fmt, tmp_path / f"letter.{fmt}", [source.letter(options)])
    text = read_back(out)
    assert PRIVATE_ORG not in text
    assert EXPECTED_NAMES[0] in text and "Not for publication" not in text


@pytest.mark.requires("poppler")
@pytest.mark.parametrize("fmt", LETTER_FORMATS)
def test_the_delivery_copy_names_them_under_its_note(source, tmp_path, fmt):
    options = letter_options(source.campaign, delivery_copy=True)
    out = write_export(fmt, tmp_path / f"delivery.{fmt}", [source.letter(options)])
    text = read_back(out)
    note = f"Delivery copy — includes 1 signatory who {NOTE}"
    assert note in text and PRIVATE_ORG in text
    # the note comes before the statement and the list
    assert text.index(note) < text.index(EXPECTED_NAMES[0])


@pytest.mark.requires("poppler")
def test_a_side_by_side_delivery_copy_says_so_in_both_languages(source, tmp_path):
    options = letter_options(source.campaign, delivery_copy=True)
    letters = [source.letter(options), source.letter(options, language="fr")]
    text = read_back(write_export("pdf", tmp_path / "both.pdf", letters))
    assert PRIVATE_ORG in text
    assert "Delivery copy" in text and "Exemplaire de remise" in text


def test_the_note_and_the_counts_in_the_letters_language(source):
    options = letter_options(source.campaign, delivery_copy=True)
    arabic = source.letter(options, language="ar")
    assert arabic.notice == ("نسخة التسليم — تتضمن موقّعًا واحدًا طلب عدم ذكر اسمه علنًا. "
                             "ليست للنشر.")
    spanish = source.letter(options, language="es")
    assert spanish.notice.startswith("Copia de entrega — incluye 1 firmante")


def test_a_delivery_copy_is_a_letter_that_can_say_so(source, tmp_path):
    delivery = source.letter(letter_options(source.campaign, delivery_copy=True))
    with pytest.raises(ValidationError, match="a csv list cannot say so"):
        write_export("csv", tmp_path / "list.csv", [delivery])
    with pytest.raises(ValidationError, match="the campaign file cannot say so"):
        check_privacy("campaign", delivery_copy=True)
    with pytest.raises(ValidationError, match="for the campaign file"):
        check_privacy("pdf", without_private=True)
    assert not (tmp_path / "list.csv").exists()


def test_the_campaign_file_without_private_data(db, tmp_path):
    with db.session() as session:
        cid = reference_campaign(session)
        source = letter_source(session, cid)
        sid = next(e.signatory_id for e in source.signatories if e.name == PRIVATE_ORG)
        set_private(session, [sid], True)
    full = write_export("campaign", tmp_path / "full.json", db=db, campaign_id=cid)
    shared = write_export("campaign", tmp_path / "shared.json", db=db, campaign_id=cid,
                          without_private=True)
    whole, part = (json.loads(p.read_text("utf-8")) for p in (full, shared))
    assert any(s["private"] for s in whole["signatories"])
    raw = shared.read_text("utf-8")
    assert PRIVATE_ORG not in raw and "@" not in raw
    assert len(part["signatories"]) == len(whole["signatories"]) - 1
    for sd in part["signatories"]:
        assert not (sd["notes"] or sd["contact_name"] or sd["contact_email"]
                    or sd["contact_phone"] or sd["private"])
        assert all(e["note"] == "" for e in sd["events"])
    assert part["sections"] == whole["sections"] and part["campaign"] == whole["campaign"]
    # it imports cleanly into a database of its own
    from signon.store.database import open_database

    other = open_database(f"sqlite:///{tmp_path / 'partner.db'}")
    try:
        with other.session() as session:
            new = import_campaign(session, read_campaign_file(shared)).id
            names = [e.name for e in letter_source(session, new).signatories]
        assert EXPECTED_NAMES[0] in names and PRIVATE_ORG not in names
    finally:
        other.close()
