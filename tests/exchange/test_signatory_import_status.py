"""A file's own status column (issue 21): each new row gets the status its
cell says, an empty cell the import's status, a cell that says no status
(or one an import cannot give) rejects only its row; rows endorsed by the
column are dated and versioned as any endorsed import."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from signon.domain.errors import ValidationError
from signon.exchange.signatory_import import (
    NEW,
    REFUSED_STATUS,
    REJECTED,
    SKIPPED,
    UNREADABLE_STATUS,
    apply_import,
    import_signatories,
    plan_import,
    suggest_mapping,
)
from signon.exchange.tables import read_table
from signon.store.campaigns import create_campaign
from signon.store.directory import mapping_key, remember_mapping, remembered
from signon.store.models import Organisation, Setting, Signatory, SignatoryEvent, StatementVersion
from signon.store.signatories import add_signatory
from tests.exchange.test_signatory_import import csv_file, outcomes

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

TRACKING = (
    "Organisation,Country,Status,Date\n"
    "Access Now,US,Endorsed,2026-03-02\n"       # 2
    "Derechos Digitales,CL,Declinó,\n"          # 3
    "Hiperderecho,PE,,2026-03-01\n"             # 4: empty: the import's status
    "La Quadrature du Net,FR,A signé,soon\n"    # 5: endorsed, but no date
    "Privacy International,GB,maybe,\n"         # 6: no status
    "7amleh,IL,نعم,2026-03-05\n"                # 7
    "Article 19,GB,Withdrawn,\n"                # 8: not one an import gives
    "Paradigm Initiative,NG,Invited,\n"         # 9
)


def plan(session, cid, path, status="prospect"):
    """The dry run with the guessed mapping ("Status" → status, "Date" →
    endorsed_at)."""
    table = read_table(path)
    mapping = suggest_mapping(session, cid, table)
    return plan_import(session, cid, table, mapping, status=status, now=NOW, tz=UTC)


def statuses(session, cid) -> dict[str, tuple[str, int | None, datetime | None]]:
    out = {}
    for sig in session.exec(select(Signatory).where(Signatory.campaign_id == cid)).all():
        when = sig.endorsed_at
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        out[session.get(Organisation, sig.organisation_id).name] = (
            sig.status, sig.endorsed_version, when)
    return out


@pytest.fixture
def cid(session):
    cid = create_campaign(session, "Letter").id
    for n in (1, 2):
        session.add(StatementVersion(campaign_id=cid, number=n, content=f"v{n}"))
    session.flush()
    return cid


def test_each_row_gets_the_status_its_cell_says(session, cid, tmp_path):
    p = plan(session, cid, csv_file(tmp_path, TRACKING))
    assert p.status_column == "Status" and p.status == "prospect"
    assert outcomes(p) == {2: NEW, 3: NEW, 4: NEW, 5: REJECTED, 6: REJECTED, 7: NEW,
                           8: REJECTED, 9: NEW}
    assert {r.row: r.status for r in p.of(NEW)} == {
        2: "endorsed", 3: "declined", 4: "prospect", 7: "endorsed", 9: "invited"}
    apply_import(session, p)
    got = statuses(session, cid)
    assert got == {
        "Access Now": ("endorsed", 2, datetime(2026, 3, 2, tzinfo=UTC)),
        "Derechos Digitales": ("declined", None, None),
        "Hiperderecho": ("prospect", None, None),  # its date is not read: not endorsed
        "7amleh": ("endorsed", 2, datetime(2026, 3, 5, tzinfo=UTC)),
        "Paradigm Initiative": ("invited", None, None),
    }
    events = {e.note: (e.to_status, e.channel, e.from_status)
              for e in session.exec(select(SignatoryEvent)).all()}
    assert events["imported from in.csv, row 2"] == ("endorsed", "import", None)
    assert events["imported from in.csv, row 3"] == ("declined", "import", None)
    # status by status, in the file's order within each
    positions = {session.get(Organisation, s.organisation_id).name: s.position
                 for s in session.exec(select(Signatory)).all()}
    assert positions["Access Now"] < positions["7amleh"]


def test_a_bad_value_rejects_only_its_row_naming_row_field_and_value(session, cid, tmp_path):
    p = plan(session, cid, csv_file(tmp_path, TRACKING))
    rejected = {r.row: r for r in p.of(REJECTED)}
    assert rejected[6].reason == "field status (column 'Status'): 'maybe' is not a status"
    assert (rejected[6].status_problem, rejected[6].status_text) == (UNREADABLE_STATUS,
                                                                      "maybe")
    assert rejected[8].reason == ("field status (column 'Status'): 'Withdrawn' is withdrawn, "
                                  "which an import cannot give")
    assert (rejected[8].status_problem, rejected[8].status_read) == (REFUSED_STATUS,
                                                                      "withdrawn")
    # an endorsed row's date is read as in any endorsed import
    assert rejected[5].reason == "field endorsed_at (column 'Date'): 'soon' is not a date"
    assert rejected[6].name == "Privacy International"


def test_an_empty_cell_gets_the_status_chosen_for_the_import(session, cid, tmp_path):
    path = csv_file(tmp_path, "Name,Status\nUno,\nDos,Declined\nTres,  \n")
    p = plan(session, cid, path, status="endorsed")
    assert {r.row: r.status for r in p.rows} == {2: "endorsed", 3: "declined",
                                                 4: "endorsed"}
    assert p.endorsed_version == 2
    apply_import(session, p)
    got = statuses(session, cid)
    assert got["Dos"] == ("declined", None, None)
    status, version, when = got["Uno"]
    assert (status, version) == ("endorsed", 2) and when is not None  # as of the import


def test_a_status_alone_is_an_empty_row(session, cid, tmp_path):
    path = csv_file(tmp_path, "Name,Status\nUno,Endorsed\n,Prospect\n,Prospect\n")
    p = plan(session, cid, path)
    assert outcomes(p) == {2: NEW} and p.empty_rows == 2


def test_the_date_order_is_read_from_the_endorsed_rows(session, cid, tmp_path):
    # 25/02 (an invited row's date) would say day first; only endorsed rows count
    path = csv_file(tmp_path, "Name,Status,Date\nUno,Endorsed,3/1/2026\n"
                              "Dos,Invited,25/02/2026\nTres,Endorsed,2/25/2026\n")
    p = plan(session, cid, path)
    assert p.date_reading.order == "month-first"
    assert outcomes(p) == {2: NEW, 3: NEW, 4: NEW}
    assert p.rows[0].endorsed_at == datetime(2026, 3, 1, tzinfo=UTC)


def test_no_endorsed_row_reads_no_date(session, cid, tmp_path):
    path = csv_file(tmp_path, "Name,Status,Date\nUno,Invited,soon\nDos,Declined,later\n")
    p = plan(session, cid, path, status="endorsed")
    assert outcomes(p) == {2: NEW, 3: NEW} and p.date_reading is None
    assert p.endorsed_version is None


def test_on_the_campaign_already_keeps_its_status(session, cid, tmp_path):
    add_signatory(session, cid, name="Access Now", country="US", status="invited")
    path = csv_file(tmp_path, "Name,Status\nAccess Now,Endorsed\nUno,Endorsed\n")
    p = plan(session, cid, path)
    assert outcomes(p) == {2: SKIPPED, 3: NEW}
    apply_import(session, p)
    assert statuses(session, cid)["Access Now"][0] == "invited"


def test_a_duplicate_row_keeps_the_first_rows_status(session, cid, tmp_path):
    path = csv_file(tmp_path, "Name,Status,Date\nUno,Declined,\nUno,Endorsed,2026-03-01\n")
    p = plan(session, cid, path)
    assert outcomes(p) == {2: NEW, 3: SKIPPED}
    assert (p.rows[0].status, p.rows[0].endorsed_at) == ("declined", None)


def test_the_report_counts_each_status(db, tmp_path):
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
    path = csv_file(tmp_path, TRACKING)
    report = import_signatories(db, cid, path, mapping={"Date": "endorsed_at"},
                                status="invited", dry_run=True, now=NOW)
    lines = report.summary_lines()
    assert lines[1] == ("would add: 5 (2 invited, 2 endorsed, 1 declined; 5 new, 0 already "
                        "in the directory)")
    assert lines[2] == "statuses from column 'Status'; rows with an empty cell: invited"
    assert "  row 6: field status (column 'Status'): 'maybe' is not a status" in lines


def test_an_import_cannot_give_withdrawn_or_needs_reconfirmation(session, cid, tmp_path):
    path = csv_file(tmp_path, "Name\nUno\n")
    for status in ("withdrawn", "needs_reconfirmation", "Needs reconfirmation"):
        with pytest.raises(ValidationError, match="an import cannot give it"):
            plan(session, cid, path, status=status)
    for status in ("prospect", "invited", "reminded", "endorsed", "declined", "no_response"):
        plan(session, cid, path, status=status)


# --- the remembered mapping ------------------------------------------------------------

FORM = "Timestamp,Organisation name,Status\n2026-03-01,Uno,Endorsed\n"


def test_a_remembered_ignore_does_not_hide_a_field_added_since(session, cid, tmp_path):
    """An earlier Sign-on had no endorsement date and no status field: it
    remembered the form's "Timestamp" and "Status" as ignored. The columns
    are guessed as those fields now, and shown so, not as "ignore"."""
    table = read_table(csv_file(tmp_path, FORM))
    session.add(Setting(key=mapping_key(table.headers), value=json.dumps(
        {"headers": table.headers,
         "mapping": {"Timestamp": None, "Organisation name": "name", "Status": None}})))
    session.flush()
    assert suggest_mapping(session, cid, table) == {0: "endorsed_at", 1: "name", 2: "status"}


def test_an_ignore_chosen_knowing_the_field_is_kept(session, cid, tmp_path):
    path = csv_file(tmp_path, FORM)
    table = read_table(path)
    p = plan_import(session, cid, table, {0: None, 1: "name", 2: None}, now=NOW)
    apply_import(session, p)
    memory = remembered(session, table.headers)
    assert memory.fields is not None and {"endorsed_at", "status"} <= memory.fields
    assert suggest_mapping(session, cid, table) == {0: None, 1: "name", 2: None}


def test_a_mapping_to_the_date_comes_back_as_the_date(session, cid, tmp_path):
    path = csv_file(tmp_path, "When,Organisation name,Estado\n2026-03-01,Uno,Sí\n")
    table = read_table(path)
    p = plan_import(session, cid, table, {0: "endorsed_at", 1: "name", 2: "status"},
                    now=NOW)
    apply_import(session, p)
    assert statuses(session, cid)["Uno"][0] == "endorsed"
    # the same headers, in another order and case
    again = read_table(csv_file(tmp_path, "estado,ORGANISATION NAME,when\nNo,Dos,\n",
                                name="again.csv"))
    assert suggest_mapping(session, cid, again) == {0: "status", 1: "name", 2: "endorsed_at"}


def test_a_remembered_field_is_not_given_twice(session, cid, tmp_path):
    """A memory without its field list that mapped another column to the
    status: the guessed "Status" column stays ignored, never a second status."""
    table = read_table(csv_file(tmp_path, "Organisation name,Status,Estado\nUno,Sí,\n"))
    remember_mapping(session, table.headers,
                     {"Organisation name": "name", "Status": None, "Estado": "status"})
    assert suggest_mapping(session, cid, table) == {0: "name", 1: None, 2: "status"}


def test_progress_runs_once_over_every_status_and_a_cancel_rolls_back(db, tmp_path):
    from signon.progress import Cancelled, Progress

    with db.session() as s:
        cid = create_campaign(s, "Letter").id
    path = csv_file(tmp_path, TRACKING)
    steps: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, message: steps.append((done, total))
                        if message == "Importing" else None)
    import_signatories(db, cid, path, progress=progress, now=NOW)
    assert {total for _done, total in steps} == {5}  # one bar over the five rows added
    assert [done for done, _total in steps] == sorted(done for done, _total in steps)
    assert steps[-1] == (5, 5)

    with db.session() as s:
        other = create_campaign(s, "Other").id
        before = len(s.exec(select(Signatory)).all())

    def cancel_in_the_second_status(done, total, message):
        if message == "Importing" and done >= 3:
            stopping.cancel()

    stopping = Progress(cancel_in_the_second_status)
    with pytest.raises(Cancelled):
        import_signatories(db, other, path, progress=stopping, now=NOW)
    with db.session() as s:
        assert len(s.exec(select(Signatory)).all()) == before
