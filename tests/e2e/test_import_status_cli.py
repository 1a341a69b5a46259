"""`signon import-signatories` with a file's own status column (issue 21):
guessed from its header or given with --map, --status for empty cells, a
cell that says no status rejected on its row, and a dry run that says what
the import then does."""

from __future__ import annotations

import pytest
from team.backends import url_of

from tests.e2e.test_import_signatories_cli import listed, signon


@pytest.fixture
def campaign_db(db_path):
    from signon.store.campaigns import create_campaign
    from signon.store.database import open_database

    db = open_database(url_of(db_path))
    with db.session() as s:
        create_campaign(s, "UN AI resolution")
    db.close()
    return db_path

SHEET = (
    "Organisation,Country,Do you endorse?,Timestamp\n"
    "Access Now,US,Yes,2026-03-02 10:00\n"
    "Derechos Digitales,CL,No,\n"
    "Hiperderecho,PE,,\n"
    "Privacy International,GB,Maybe later,\n"
    "Karisma,CO,Sí,2026-03-04\n"
)


def statuses(db_path, campaign):
    return {r["name"]: (r["status"], (r["endorsed_at"] or "")[:10])
            for r in listed(db_path, campaign)}


def test_a_guessed_status_column_with_status_for_empty_cells(campaign_db, tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text(SHEET, encoding="utf-8")
    dry = signon(campaign_db, "import-signatories", "UN AI resolution", path,
                 "--status", "invited", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    result = signon(campaign_db, "import-signatories", "UN AI resolution", path,
                    "--status", "invited")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1] == ("added: 4 (1 invited, 2 endorsed, 1 declined; 4 new, 0 already in "
                        "the directory)")
    assert "statuses from column 'Do you endorse?'; rows with an empty cell: invited" in lines
    assert ("  row 5: field status (column 'Do you endorse?'): 'Maybe later' is not a status"
            in lines)
    # the dry run said the same, but for its verb
    assert dry.stdout.splitlines()[1:] == [line.replace("added:", "would add:")
                                           for line in lines[1:]]
    got = statuses(campaign_db, "UN AI resolution")
    assert got == {"Access Now": ("endorsed", "2026-03-02"),
                   "Derechos Digitales": ("declined", ""),
                   "Hiperderecho": ("invited", ""),
                   "Karisma": ("endorsed", "2026-03-04")}


def test_map_a_column_to_the_status(campaign_db, tmp_path):
    path = tmp_path / "tracking.csv"
    path.write_text("Group,Where,Situation\nAccess Now,US,Endorsed\nKarisma,CO,Declined\n"
                    "Hiperderecho,PE,\n", encoding="utf-8")
    result = signon(campaign_db, "import-signatories", "UN AI resolution", path,
                    "--map", "Group=name", "--map", "Where=country",
                    "--map", "Situation=status")
    assert result.returncode == 0, result.stderr
    assert "added: 3 (1 prospect, 1 endorsed, 1 declined; 3 new, 0 already in the " \
           "directory)" in result.stdout
    assert {n: s for n, (s, _d) in statuses(campaign_db, "UN AI resolution").items()} == {
        "Access Now": "endorsed", "Karisma": "declined", "Hiperderecho": "prospect"}
    # remembered for the next file with these headers: no --map needed
    again = tmp_path / "tracking2.csv"
    again.write_text("Situation,Where,Group\nInvited,AR,ADC\n", encoding="utf-8")
    second = signon(campaign_db, "import-signatories", "UN AI resolution", again)
    assert second.returncode == 0, second.stderr
    assert statuses(campaign_db, "UN AI resolution")["ADC"][0] == "invited"


def test_a_status_an_import_cannot_give_is_one_line(campaign_db, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Name\nAccess Now\n", encoding="utf-8")
    result = signon(campaign_db, "import-signatories", "UN AI resolution", path,
                    "--status", "withdrawn")
    assert result.returncode == 1
    assert result.stderr.strip().startswith(
        "signon: status withdrawn: an import cannot give it")
    assert "\n" not in result.stderr.strip()
