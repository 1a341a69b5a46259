"""`signon publish`, `signon export --edition`, `signon verify` and `signon
status` end to end through real subprocesses, on SQLite and PostgreSQL
(issue 20): an edition written again is the same file; every format of
it verifies, wherever the campaign is; a file changed by one character
does not; a later edition shows a withdrawal made with `signon status`.
Every date is given on the command line."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import UTC, datetime

import pytest
from team.backends import url_of
from test_cli import digest, one_line_error, signon

FORMATS = ("txt", "md", "html", "pdf", "docx")


@pytest.fixture
def campaign_db(db_path):
    """An event report (campaign 2, after an unrelated campaign 1) with two
    endorsements, made in-process."""
    from signon.domain.compose import SectionDraft
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database
    from signon.store.editions import set_letter_settings
    from signon.store.signatories import add_signatory
    from signon.store.statements import replace_sections

    database = open_database(url_of(db_path))
    with database.session() as s:
        create_campaign(s, "Another campaign")
        cid = create_campaign(s, "Event report").id
        replace_sections(s, cid, [
            SectionDraft(kind="intro", text="The participants met."),
            SectionDraft(kind="concern", lead="They agreed:", marker="none",
                         items=["the first point", "the second point", "the last point"])])
        set_letter_settings(s, cid, signatory_layout="inline")
        for name, day in (("Org A", 1), ("Org B", 2)):
            add_signatory(s, cid, name=name, status="endorsed",
                          endorsed_at=datetime(2023, 11, day, tzinfo=UTC),
                          contact_email=f"{name[-1].lower()}@private.example.org",
                          notes="private note 4711")
    database.close()
    return db_path


def ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_publish_export_verify_and_a_second_edition(campaign_db, tmp_path):
    db = campaign_db
    dry = ok(signon("publish", "Event report", "--date", "2023-11-14", "--dry-run", db=db))
    assert dry.startswith("would publish edition 1 2023-11-14 (version 1, frozen by publishing)")
    before = digest(db)
    published = signon("publish", "Event report", "--date", "2023-11-14", "--note", "event",
                       db=db)
    out = ok(published)
    assert out.startswith("edition 1 2023-11-14 sha256:") and len(out.split()) == 4
    assert "froze it as version 1" in published.stderr
    assert digest(db) != before
    edition_digest = out.split("sha256:")[1].strip()

    files = {}
    for fmt in FORMATS:
        path = tmp_path / f"edition1.{fmt}"
        assert ok(signon("export", "2", "--edition", "1", "--format", fmt, "-o", path,
                         db=db)).strip() == str(path)
        files[fmt] = path
    text = files["txt"].read_text("utf-8")
    assert hashlib.sha256(files["txt"].read_bytes()).hexdigest() == edition_digest
    assert text.endswith("First, the first point.\n\nSecond, the second point.\n\n"
                         "Finally, the last point.\n\nNovember 14, 2023. Org A and Org B.\n")
    for path in files.values():
        data = path.read_bytes()
        assert b"private" not in data and b"4711" not in data

    # written again: the same bytes, format by format
    for fmt in FORMATS:
        again = tmp_path / f"again.{fmt}"
        ok(signon("export", "2", "--edition", "1", "--format", fmt, "-o", again, db=db))
        assert again.read_bytes() == files[fmt].read_bytes(), fmt

    # every format verifies, without being told the campaign
    for fmt, path in files.items():
        assert ok(signon("verify", path, db=db)) == (
            f"{path}: edition 1 of “Event report” (campaign 2), published 2023-11-14\n"), fmt

    # late endorsement, withdrawal by `signon status`, then edition 2
    from signon.store.database import open_database
    from signon.store.signatories import add_signatory

    database = open_database(url_of(db))
    with database.session() as s:
        add_signatory(s, 2, name="Org C", status="endorsed",
                      endorsed_at=datetime(2023, 12, 2, tzinfo=UTC))
    database.close()
    assert ok(signon("status", "2", "Org B", "withdrawn", "--date", "2023-12-01",
                     "--note", "board decision", db=db)).endswith(": endorsed -> withdrawn\n")
    assert ok(signon("export", "2", "--edition", "1", "--format", "txt",
                     "-o", tmp_path / "later.txt", db=db))
    assert (tmp_path / "later.txt").read_bytes() == files["txt"].read_bytes()

    second = signon("publish", "2", "--date", "2023-12-05", "--added-line", db=db)
    assert ok(second).startswith("edition 2 2023-12-05 sha256:")
    assert "added: Org C" in second.stderr and "retracted: Org B" in second.stderr
    ok(signon("export", "2", "--edition", "2", "--format", "txt", "-o", tmp_path / "e2.txt",
              db=db))
    assert (tmp_path / "e2.txt").read_text("utf-8").endswith(
        "Org A, Org B — retracted (December 1, 2023), and Org C.\n\n"
        "Added since edition 1: Org C.\n")
    # edition 1 still verifies
    assert ok(signon("verify", files["pdf"], db=db)).startswith(f"{files['pdf']}: edition 1 ")


def tamper(path, fmt):
    """One character changed where a reader would see it."""
    if fmt == "docx":
        with zipfile.ZipFile(path) as zf:
            entries = [(info, zf.read(info)) for info in zf.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for info, data in entries:
                if info.filename == "word/document.xml":
                    data = data.replace(b"Org B", b"Org 8", 1)
                zf.writestr(info, data)
        return
    data = path.read_bytes()
    if fmt == "pdf":  # the title in the document's properties
        i = data.index(b"/Title (Event") + len(b"/Title (")
        path.write_bytes(data[:i] + b"e" + data[i + 1:])
        return
    path.write_bytes(data.replace(b"Org B", b"Org 8", 1))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_changed_by_one_character_fails(campaign_db, tmp_path, fmt):
    ok(signon("publish", "2", "--date", "2023-11-14", db=campaign_db))
    path = tmp_path / f"letter.{fmt}"
    ok(signon("export", "2", "--edition", "1", "--format", fmt, "-o", path, db=campaign_db))
    tamper(path, fmt)
    one_line_error(signon("verify", path, db=campaign_db), str(path))


def test_verify_without_an_edition_and_export_refusals(campaign_db, tmp_path):
    db = campaign_db
    letter = tmp_path / "letter.txt"
    ok(signon("export", "2", "--format", "txt", "-o", letter, "--date", "2023-11-20", db=db))
    assert "November 20, 2023. Org A and Org B." in letter.read_text("utf-8")
    one_line_error(signon("verify", letter, db=db), "not a file of any published edition")
    one_line_error(signon("verify", tmp_path / "missing.pdf", db=db), "no such file")
    one_line_error(signon("export", "2", "--edition", "1", "--format", "txt", "-o", letter,
                          db=db), "no edition 1", "signon publish")
    ok(signon("publish", "2", "--date", "2023-11-14", db=db))
    one_line_error(signon("export", "2", "--edition", "1", "--format", "txt", "-o", letter,
                          "--order", "date", db=db), "--order cannot change it")
    one_line_error(signon("export", "2", "--edition", "1", "--format", "campaign", "-o",
                          letter, db=db), "not a campaign file")
    one_line_error(signon("publish", "2", "--date", "14/11/2023", db=db), "--date")


def test_edition_date_lists_only_what_was_endorsed_by_then(campaign_db, tmp_path):
    out = tmp_path / "asof.txt"
    ok(signon("export", "2", "--format", "txt", "-o", out, "--edition-date", "2023-11-01",
              "--date", "2023-11-14", db=campaign_db))
    text = out.read_text("utf-8")
    assert "November 14, 2023. Org A." in text and "Org B" not in text
    assert "List as of November 1, 2023;" in text
