"""A form's timestamp column dates each endorsement: every signatory is
endorsed when its row says, read the same way for the whole file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlmodel import select

from signon.exchange.signatory_import import (
    FUTURE_DATE,
    NEW,
    REJECTED,
    UNREADABLE_DATE,
    apply_import,
    import_signatories,
)
from signon.store.campaigns import create_campaign
from signon.store.models import Organisation, Signatory
from tests.exchange.test_signatory_import import csv_file, outcomes

#: The dry run's "now": tests never ask the real clock.
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

GOOGLE_FORMS = (
    "\ufeffTimestamp,Organisation name,Country\r\n"
    "2026/03/02 9:05:00 AM GMT+1,Access Now,US\r\n"
    "2026/03/04 3:30:10 PM GMT-3,Derechos Digitales,CL\r\n"
    "2026/03/09 11:59:59 PM GMT,Hiperderecho,PE\r\n"
)


def endorsed_at(session, cid) -> dict[str, datetime | None]:
    out = {}
    for sig in session.exec(select(Signatory).where(Signatory.campaign_id == cid)).all():
        name = session.get(Organisation, sig.organisation_id).name
        when = sig.endorsed_at
        out[name] = when.astimezone(UTC) if when and when.tzinfo else (
            when.replace(tzinfo=UTC) if when else None)
    return out


def plan(session, cid, path, **kw):
    from signon.exchange.signatory_import import apply_overrides, plan_import, suggest_mapping
    from signon.exchange.tables import read_table

    table = read_table(path)
    mapping = suggest_mapping(session, cid, table)
    if kw.get("overrides"):
        mapping = apply_overrides(table, mapping, kw["overrides"])
    return plan_import(session, cid, table, mapping, status=kw.get("status", "endorsed"),
                       now=kw.get("now", NOW), tz=kw.get("tz", UTC))


def test_google_forms_timestamps_date_each_endorsement(session, tmp_path):
    cid = create_campaign(session, "Letter").id
    path = csv_file(tmp_path, GOOGLE_FORMS)
    p = plan(session, cid, path)
    assert outcomes(p) == {2: NEW, 3: NEW, 4: NEW}
    assert p.date_column == "Timestamp" and not p.date_reading.matters
    apply_import(session, p)
    assert endorsed_at(session, cid) == {
        "Access Now": datetime(2026, 3, 2, 8, 5, tzinfo=UTC),
        "Derechos Digitales": datetime(2026, 3, 4, 18, 30, 10, tzinfo=UTC),
        "Hiperderecho": datetime(2026, 3, 9, 23, 59, 59, tzinfo=UTC),
    }


def test_day_and_month_are_decided_for_the_whole_file(session, tmp_path):
    cid = create_campaign(session, "Letter").id
    # row 3 could be either; row 4 (25 is no month) decides the file: day first
    path = csv_file(tmp_path, "Fecha,Nombre de la organización\n"
                              "01/03/2026 10:00:00,Uno\n02/03/2026,Dos\n25/02/2026,Tres\n")
    p = plan(session, cid, path)
    assert p.date_reading.order == "day-first" and not p.date_reading.by_convention
    apply_import(session, p)
    got = endorsed_at(session, cid)
    assert got["Uno"] == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert got["Dos"] == datetime(2026, 3, 2, tzinfo=UTC)
    assert got["Tres"] == datetime(2026, 2, 25, tzinfo=UTC)


def test_month_first_file_and_naive_times_in_the_given_zone(session, tmp_path):
    cid = create_campaign(session, "Letter").id
    path = csv_file(tmp_path, "Timestamp,Organisation\n3/1/2026 10:00:00,Uno\n"
                              "2/25/2026 18:30:00,Dos\n")
    p = plan(session, cid, path, tz=timezone(timedelta(hours=-5)))
    assert p.date_reading.order == "month-first"
    apply_import(session, p)
    got = endorsed_at(session, cid)
    assert got["Uno"] == datetime(2026, 3, 1, 15, tzinfo=UTC)
    assert got["Dos"] == datetime(2026, 2, 25, 23, 30, tzinfo=UTC)


def test_ambiguous_file_follows_the_campaign_language(session, tmp_path):
    text = "Timestamp,Organisation\n3/1/2026 10:00:00,Uno\n"
    us = create_campaign(session, "US letter", language="en-US").id
    p = plan(session, us, csv_file(tmp_path, text))
    assert (p.date_reading.order, p.date_reading.by_convention) == ("month-first", True)
    assert p.rows[0].endorsed_at == datetime(2026, 3, 1, 10, tzinfo=UTC)
    uk = create_campaign(session, "UK letter", language="en").id
    p = plan(session, uk, csv_file(tmp_path, text))
    assert (p.date_reading.order, p.date_reading.by_convention) == ("day-first", True)
    assert p.rows[0].endorsed_at == datetime(2026, 1, 3, 10, tzinfo=UTC)
    # a Spanish header is a Spanish sheet, whatever the campaign's language
    p = plan(session, us, csv_file(tmp_path, "Marca temporal,Organización\n3/1/2026,Uno\n"))
    assert p.date_reading.order == "day-first"


def test_unreadable_and_future_dates_are_row_problems(session, tmp_path):
    cid = create_campaign(session, "Letter").id
    path = csv_file(tmp_path, "Timestamp,Organisation\n2026-03-10 23:00,Today late\n"
                              "2026-03-11,Tomorrow\nsoon,Garbage\n,No date\n")
    p = plan(session, cid, path)
    assert outcomes(p) == {2: NEW, 3: REJECTED, 4: REJECTED, 5: NEW}
    reasons = {r.row: (r.reason, r.date_problem) for r in p.of(REJECTED)}
    assert reasons == {
        3: ("field endorsed_at (column 'Timestamp'): '2026-03-11' is after today", FUTURE_DATE),
        4: ("field endorsed_at (column 'Timestamp'): 'soon' is not a date", UNREADABLE_DATE)}
    assert [str(w) for w in p.warnings] == [
        "row 5: no endorsement date in column 'Timestamp'; dated as of the import"]
    # the next day, tomorrow is today
    later = plan(session, cid, path, now=NOW + timedelta(days=1))
    assert outcomes(later)[3] == NEW


def test_only_endorsed_imports_take_the_dates(session, tmp_path):
    cid = create_campaign(session, "Letter").id
    path = csv_file(tmp_path, "Timestamp,Organisation\nsoon,Garbage\n2026-03-01,Dated\n")
    p = plan(session, cid, path, status="invited")
    assert outcomes(p) == {2: NEW, 3: NEW} and p.date_reading is None
    apply_import(session, p)
    assert set(endorsed_at(session, cid).values()) == {None}


def test_the_command_maps_a_column_and_reports_the_reading(db, tmp_path):
    with db.session() as s:
        cid = create_campaign(s, "Letter").id
    path = csv_file(tmp_path, "When,Organisation\n01/02/2026,Uno\n03/02/2026,Dos\n")
    report = import_signatories(db, cid, path, mapping={"When": "date"}, status="endorsed",
                                now=NOW)
    lines = report.summary_lines()
    assert lines[2] == ("endorsement dates from column 'When', read as day/month/year: no "
                        "date in the file tells day from month, check a few")
    with db.session() as s:
        got = endorsed_at(s, cid)
    assert {n: d.date().isoformat() for n, d in got.items()} == {
        "Uno": "2026-02-01", "Dos": "2026-02-03"}
