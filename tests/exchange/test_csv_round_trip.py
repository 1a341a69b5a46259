"""The public CSV protects formula-like names with an apostrophe; importing
that very file gives the names back as they were."""

from __future__ import annotations

from signon.domain.letter import SignatoryEntry, build_letter
from signon.exchange.export import export_letter
from signon.exchange.signatory_import import import_signatories
from signon.exchange.spreadsheet import neutralise_cell, restore_cell
from signon.store.campaigns import create_campaign
from signon.store.signatories import list_signatories

NAMES = ["+Acumen", "=Equal Rights", "-Minus Collective", "@Handle Org", "Plain Rights",
         "'Quoted Collective", "O'Reilly Rights"]


def test_public_csv_round_trips_through_the_importer(db, tmp_path):
    entries = [SignatoryEntry(kind="organisation", name=n, status="endorsed") for n in NAMES]
    out = export_letter(build_letter(title="T", sections=[], signatories=entries), "csv",
                        tmp_path / "public.csv")
    assert "'+Acumen" in out.read_text("utf-8-sig")  # protected on the way out
    with db.session() as s:
        cid = create_campaign(s, "Re-import").id
    report = import_signatories(db, cid, out, mapping={"name": "name"})
    assert report.added == len(NAMES)
    with db.session() as s:
        assert sorted(r.name for r in list_signatories(s, cid)) == sorted(NAMES)


def test_restore_cell_undoes_only_neutralise_cell():
    for value in [*NAMES, " =spaced", "\t=tab", "'", "''=x", ""]:
        assert restore_cell(neutralise_cell(value)) == value
    assert restore_cell("'Kept") == "'Kept"
    assert restore_cell("'") == "'"
