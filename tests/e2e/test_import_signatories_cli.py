"""`signon import-signatories` as a person runs it: the summary on stdout,
exit 0 even with rejected rows, exit 1 with one line for what stops the file,
and a dry run or a refused file leaves the database file byte for byte."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from team.backends import content_digest, url_of

from tests.conftest import DATA

CORPUS = DATA / "imports"


def signon(db_path, *args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "signon", "--db", str(db_path), *map(str, args)],
        capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})},
    )


def digest(path):
    """The file's bytes (SQLite), every row (PostgreSQL)."""
    return content_digest(path)


@pytest.fixture
def campaign_db(db_path):
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database

    db = open_database(url_of(db_path))
    with db.session() as s:
        create_campaign(s, "UN AI resolution")
        create_campaign(s, "Open letter on spyware", signatory_policy="individuals")
    db.close()
    assert not isinstance(db_path, Path) or \
        not db_path.with_name(db_path.name + "-wal").exists() or \
        db_path.with_name(db_path.name + "-wal").stat().st_size == 0
    return db_path


def listed(db_path, campaign):
    out = signon(db_path, "list", "signatories", campaign, "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_google_forms_import_prints_the_summary(campaign_db):
    result = signon(campaign_db, "import-signatories", "UN AI resolution",
                    CORPUS / "google_forms_bom_crlf.csv", "--status", "endorsed")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "google_forms_bom_crlf.csv → “UN AI resolution”"
    assert "added: 16 as endorsed (16 new, 0 already in the directory)" in lines
    assert "merged into existing organisations: 0" in lines
    assert "skipped (already on this campaign): 0" in lines
    assert "skipped (duplicates of an earlier row): 8" in lines
    assert "rejected: 2" in lines
    assert "  row 10: no name" in lines
    assert "  row 23: field notes is longer than 1,000 characters (1,001)" in lines
    assert "  row 21: unknown country 'Narnia'; imported without a country" in lines
    assert any("possible duplicate of 'Privacy International'" in line for line in lines)
    rows = listed(campaign_db, "UN AI resolution")
    assert len(rows) == 16 and {r["status"] for r in rows} == {"endorsed"}
    names = {r["name"] for r in rows}
    assert {"Asociación por los Derechos Civiles", "Роскомсвобода", "مؤسسة سمكس",
            '=HYPERLINK("http://evil.example","Click me")'} <= names
    # again: everything is already there
    again = signon(campaign_db, "import-signatories", "1",
                   CORPUS / "google_forms_bom_crlf.csv")
    assert again.returncode == 0
    assert "added: 0 as prospect (0 new, 0 already in the directory)" in again.stdout
    assert "skipped (already on this campaign): 16" in again.stdout


def test_dry_run_leaves_the_database_file_unchanged(campaign_db):
    before = digest(campaign_db)
    result = signon(campaign_db, "import-signatories", "UN AI resolution",
                    CORPUS / "excel_semicolon_cp1252.csv", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "(dry run: nothing written)" in result.stdout
    assert "would add: 5 as prospect" in result.stdout
    assert digest(campaign_db) == before
    assert listed(campaign_db, "UN AI resolution") == []


def test_map_status_and_sheet(campaign_db):
    result = signon(campaign_db, "import-signatories", "Open letter on spyware",
                    CORPUS / "endorsements.xlsx", "--sheet", "Individuals",
                    "--map", "Email=ignore", "--map", "Title=notes", "--status", "invited")
    assert result.returncode == 0, result.stderr
    assert "added: 3 as invited" in result.stdout
    assert "  row 6: no name" in result.stdout
    rows = listed(campaign_db, "Open letter on spyware")
    assert [(r["type"], r["name"], r["title"]) for r in rows] == [
        ("individual", "John Smith", ""), ("individual", "John Smith", ""),
        ("individual", "Ирина Петрова", "")]


@pytest.mark.parametrize("file,args,message", [
    ("binary.csv", [], "signon: binary.csv: a PNG image, not a table"),
    ("random_binary.csv", [], "signon: random_binary.csv: a binary file, not a CSV or XLSX"),
    ("truncated.xlsx", [], "signon: truncated.xlsx: a damaged or incomplete ZIP/XLSX file"),
    ("zip_of_text.xlsx", [], "signon: zip_of_text.xlsx: a ZIP archive, not an XLSX workbook"),
    ("document.pdf.csv", [], "signon: document.pdf.csv: a PDF document"),
    ("empty.csv", [], "signon: empty.csv: the file is empty"),
    ("missing.csv", [], "no such file"),
    ("utf16_nobom.csv", ["--map", "Size=name"], "signon: --map: no column 'Size' in "
                                                 "utf16_nobom.csv; columns: Name, Country, Email"),
    ("utf16_nobom.csv", ["--map", "Name=flavour"], "unknown field 'flavour'"),
    ("utf16_nobom.csv", ["--map", "Name"], "write it as \"COLUMN=FIELD\""),
    ("utf16_nobom.csv", ["--map", "Name=ignore"], "no column is mapped to the name"),
    ("utf16_nobom.csv", ["--status", "approved"], "status 'approved' is not one of"),
    ("utf16_nobom.csv", ["--sheet", "Sheet1"], "--sheet applies to XLSX workbooks"),
    ("endorsements.xlsx", ["--sheet", "Nope"], "no sheet 'Nope'"),
])
def test_whole_file_errors_exit_1_with_one_line_and_write_nothing(campaign_db, file, args,
                                                                  message):
    before = digest(campaign_db)
    result = signon(campaign_db, "import-signatories", "UN AI resolution", CORPUS / file,
                    *args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(campaign_db) == before


def test_unknown_campaign(campaign_db):
    result = signon(campaign_db, "import-signatories", "Nope", CORPUS / "utf16_nobom.csv")
    assert result.returncode == 1
    assert result.stderr.strip() == "signon: no campaign 'Nope'; see `signon list campaigns`"


def test_a_refused_file_does_not_create_the_database(tmp_path):
    db_path = tmp_path / "never.db"
    result = signon(db_path, "import-signatories", "X", CORPUS / "binary.csv")
    assert result.returncode == 1
    assert not db_path.exists()
