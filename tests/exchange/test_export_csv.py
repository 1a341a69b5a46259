"""The public signatory list as CSV: public fields only, formulas neutralised."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import pytest
from exchange.letter_fixtures import ABSENT_NAMES, EXPECTED_NAMES, reference_letter

from signon.domain.letter import SignatoryEntry, build_letter
from signon.exchange.csv_export import COLUMNS
from signon.exchange.export import export_letter
from signon.exchange.spreadsheet import neutralise_cell


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_public_list_in_letter_order(db, tmp_path):
    letter = reference_letter(db)
    rows = read(export_letter(letter, "csv", tmp_path / "list.csv"))
    assert tuple(rows[0]) == COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    shown = [f"{r['name']} ({r['acronym']})" if r["acronym"] else r["name"] for r in records]
    assert shown == EXPECTED_NAMES
    apc = records[2]
    assert (apc["name"], apc["acronym"], apc["country"], apc["country_code"], apc["type"],
            apc["signing_as"]) == ("Association for Progressive Communications", "APC",
                                   "South Africa", "ZA", "Network", "organisation")
    assert apc["date"] == "2024-03-25"
    text = (tmp_path / "list.csv").read_text("utf-8-sig")
    assert "@" not in text and "555" not in text and "confirmed" not in text
    for name in ABSENT_NAMES:
        assert name not in text


def test_individuals_have_title_and_affiliation(tmp_path):
    entries = [SignatoryEntry(kind="individual", name="Ada Lovelace", status="endorsed",
                              title="Professor", affiliation="University", country="GB",
                              endorsed_at=datetime(2026, 1, 2, tzinfo=UTC))]
    letter = build_letter(title="T", sections=[], signatories=entries)
    rows = read(export_letter(letter, "csv", tmp_path / "p.csv"))
    assert rows[1] == ["Ada Lovelace", "", "United Kingdom", "", "2026-01-02", "individual",
                       "Professor", "University", "GB"]


def test_formula_cells_are_neutralised(tmp_path):
    names = ['=HYPERLINK("http://x","y")', "+1 Group", "-minus", "@SUM(A1)", "\tTabbed",
             "  =spaced", "Normal = fine"]
    entries = [SignatoryEntry(kind="organisation", name=n, status="endorsed",
                              acronym="=A1" if n == "Normal = fine" else "")
               for n in names]
    rows = read(export_letter(build_letter(title="T", sections=[], signatories=entries),
                              "csv", tmp_path / "f.csv"))
    cells = [cell for row in rows[1:] for cell in row[:2] if cell]
    risky = [c for c in cells if c.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert risky == []
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells and "'=A1" in cells
    assert "Normal = fine" in cells


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+33 1 23", "'+33 1 23"), ("-5", "'-5"), ("@cmd", "'@cmd"),
    ("\t=x", "'\t=x"), ("\r=x", "'\r=x"), ("＝1", "'＝1"), (" =1", "' =1"),
    ("Access Now", "Access Now"), ("", ""), (None, ""), (12, "12"), ("a=b", "a=b"),
])
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected
