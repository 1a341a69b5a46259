"""`signon export`: the fast reader agrees with the ORM, and bad input gets
one line and exit 1."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from exchange.letter_fixtures import EXPECTED_NAMES, reference_campaign

from signon.cli import main
from signon.domain.letter import LetterOptions
from signon.store.letters import letter_source, read_letter_source
from signon.store.statements import freeze_version


def test_fast_reader_builds_the_same_letter_as_the_orm(db, db_path):
    with db.session() as session:
        cid = reference_campaign(session, keep_reconfirmation=True, list_order="country")
        freeze_version(session, cid)
        orm = letter_source(session, cid)
        orm_v1 = letter_source(session, cid, version=1)
    fast = read_letter_source(f"sqlite:///{db_path}", str(cid))
    options = LetterOptions(order="country", keep_reconfirmation=True, show_place=True,
                            show_counts=True)
    day = date(2026, 4, 12)
    assert fast.campaign == orm.campaign
    a, b = fast.letter(options, letter_date=day), orm.letter(options, letter_date=day)
    assert replace(a, groups=()) == replace(b, groups=())
    assert [(g.heading, g.level, g.lines) for g in a.groups] == [
        (g.heading, g.level, g.lines) for g in b.groups]
    assert a.public_signatories == b.public_signatories
    fast_v1 = read_letter_source(f"sqlite:///{db_path}", str(cid), version=1)
    assert fast_v1.sections == orm_v1.sections and fast_v1.version == 1
    assert "Digital Rights Foundation" in fast.letter(options).signatory_lines


def test_head_revision_matches_alembic():
    from alembic.script import ScriptDirectory

    from signon.store.revisions import alembic_config, head_revision

    assert head_revision() == ScriptDirectory.from_config(
        alembic_config("sqlite://")).get_current_head()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def campaign(db):
    with db.session() as session:
        return reference_campaign(session)


@pytest.mark.parametrize(("args", "message"), [
    (["no such campaign"], "no campaign 'no such campaign'"),
    (["1", "--version", "7"], "has no version 7"),
    (["1", "--edition-date", "12/04/2026"], "--edition-date '12/04/2026' is not a date"),
])
def test_user_errors_are_one_line(capsys, db_path, campaign, tmp_path, args, message):
    out = tmp_path / "x.txt"
    code, stdout, err = run(capsys, "--db", str(db_path), "export", *args, "--format", "txt",
                            "-o", str(out))
    assert code == 1 and stdout == ""
    assert err.startswith("signon: ") and message in err and err.count("\n") == 1
    assert not out.exists()


def test_output_folder_gets_a_file_named_after_the_campaign(capsys, db_path, campaign,
                                                             tmp_path):
    code, stdout, _ = run(capsys, "--db", str(db_path), "export", "Joint statement",
                          "--format", "md", "-o", str(tmp_path))
    assert code == 0
    path = tmp_path / ("joint-statement-on-the-un-general-assembly-resolution-on-artificial-"
                       "intelligence.md")
    assert stdout.strip() == str(path) and path.exists()


def test_order_language_and_lines_from_the_command_line(capsys, db_path, campaign, tmp_path):
    out = tmp_path / "es.txt"
    code, _, _ = run(capsys, "--db", str(db_path), "export", str(campaign), "--format", "txt",
                     "-o", str(out), "--language", "es", "--counts", "--order", "country",
                     "--edition-date", "2026-04-12")
    assert code == 0
    text = out.read_text("utf-8")
    # an item not translated yet keeps its own lead-in (issue 23)
    assert "\n  • First, the paragraphs calling" in text
    assert "Firmantes" in text and "Firmado por 9 organizaciones de 5 países" in text
    assert "Lista al 12 de abril de 2026" in text
    assert text.index("Chile") < text.index("Derechos Digitales") < text.index("Estados Unidos")


def test_csv_and_campaign_formats(capsys, db_path, campaign, tmp_path):
    code, _, _ = run(capsys, "--db", str(db_path), "export", str(campaign), "--format", "csv",
                     "-o", str(tmp_path / "list.csv"))
    assert code == 0
    rows = (tmp_path / "list.csv").read_text("utf-8-sig").splitlines()
    assert [r.split(",")[0] for r in rows[1:]] == [n.split(" (")[0] for n in EXPECTED_NAMES]
    code, stdout, _ = run(capsys, "--db", str(db_path), "export", str(campaign), "--format",
                          "campaign", "-o", str(tmp_path / "c.json"))
    assert code == 0 and stdout.strip() == str(tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text("utf-8"))
    assert data["format"] == "signon-campaign/1"


def test_an_older_database_goes_through_the_upgrade_path(db, db_path, campaign, monkeypatch):
    """A file whose schema is not the newest is never read by the fast reader."""
    import signon.store.letters as letters

    monkeypatch.setattr(letters, "head_revision", lambda: "not-this-one")
    called = []
    real = letters._read_opened
    monkeypatch.setattr(letters, "_read_opened",
                        lambda *a: called.append(a) or real(*a))
    source = read_letter_source(f"sqlite:///{db_path}", str(campaign))
    assert called and source.letter().signatory_lines == EXPECTED_NAMES


def test_pdf_through_the_command(capsys, db_path, campaign, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "letter.pdf"
    code, stdout, _ = run(capsys, "--db", str(db_path), "export", str(campaign), "--format",
                          "pdf", "-o", str(out), "--paper", "letter", "--columns", "2")
    assert code == 0 and stdout.strip() == str(out)
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    at = -1
    for name in EXPECTED_NAMES:
        assert text.count(name) == 1, name
        assert text.index(name) > at
        at = text.index(name)
    assert "@" not in text and "Electronic Frontier Foundation" not in text
