"""Reading a form's timestamp column: formats, day/month per file, garbage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from signon.domain.form_dates import (
    DateError,
    DateOrder,
    FormDate,
    decide_order,
    is_after_today,
    order_for_language,
    parse_form_date,
)

DAY, MONTH = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST


def read(text, order=DAY):
    return parse_form_date(text, order).value


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-04", date(2026, 3, 4)),
    ("2026-03-04 10:15:03", datetime(2026, 3, 4, 10, 15, 3)),
    ("2026-03-04T10:15:03+01:00", datetime(2026, 3, 4, 10, 15, 3,
                                           tzinfo=timezone(timedelta(hours=1)))),
    ("2026-03-04 10:15:03Z", datetime(2026, 3, 4, 10, 15, 3, tzinfo=UTC)),
    # XLSX dates as the table reader writes them (openpyxl's datetime objects)
    ("2026-03-04 09:30:00.250000", datetime(2026, 3, 4, 9, 30, 0, 250000)),
    (datetime(2026, 3, 4, 9, 30), datetime(2026, 3, 4, 9, 30)),
    (date(2026, 3, 4), date(2026, 3, 4)),
])
def test_iso_and_excel_dates(text, expected):
    # the order never changes a date written with the year first
    assert read(text, DAY) == read(text, MONTH) == expected


def test_google_forms_csv_download_with_offsets():
    plus_one = timezone(timedelta(hours=1))
    assert read("2026/03/04 10:15:03 AM GMT+1", MONTH) == datetime(2026, 3, 4, 10, 15, 3,
                                                                   tzinfo=plus_one)
    assert read("2026/03/04 10:15:03 PM GMT+1") == datetime(2026, 3, 4, 22, 15, 3,
                                                            tzinfo=plus_one)
    assert read("2026/03/04 12:05:00 AM GMT-03:00") == datetime(
        2026, 3, 4, 0, 5, tzinfo=timezone(-timedelta(hours=3)))
    assert read("2026/03/04 12:05:00 PM GMT+5:30").utcoffset() == timedelta(hours=5,
                                                                            minutes=30)
    assert read("2026/03/04 8:00:00 AM GMT").tzinfo == UTC
    assert read("4/3/2026 8:00 UTC").tzinfo == UTC
    assert read("4/3/2026 8:00 +0200").utcoffset() == timedelta(hours=2)


def test_year_last_dates_in_either_order():
    assert read("3/4/2026 10:15:03", MONTH) == datetime(2026, 3, 4, 10, 15, 3)
    assert read("3/4/2026 10:15:03", DAY) == datetime(2026, 4, 3, 10, 15, 3)
    assert read("07.12.2026", DAY) == date(2026, 12, 7)
    assert read("07-12-26", DAY) == date(2026, 12, 7)
    # Spanish and Arabic spreadsheets: "p. m.", Arabic-Indic digits, "م"
    assert read("07/12/2026 10:15:03 p. m.", DAY) == datetime(2026, 12, 7, 22, 15, 3)
    assert read("٠٧/١٢/٢٠٢٦ ١٠:١٥ م", DAY) == datetime(2026, 12, 7, 22, 15)


def test_mixed_order_reads_only_the_values_that_tell():
    mixed = DateOrder.MIXED
    assert read("13/01/2026", mixed) == date(2026, 1, 13)
    assert read("01/13/2026", mixed) == date(2026, 1, 13)
    with pytest.raises(DateError, match="could be either"):
        read("01/02/2026", mixed)


@pytest.mark.parametrize("text", [
    "", "   ", "yesterday", "n/a", "31/02/2026", "2026-13-01", "13/13/2026",
    "2026/03/04 10:15 XYZ", "2026/03/04 25:00", "2026/03/04 13:00 PM", "4/3/2026 8:00 GMT+25",
    "12345", "2026", "4/3/2026 and more",
])
def test_garbage_is_an_error_never_a_date(text):
    with pytest.raises(DateError):
        read(text)


def test_order_decided_per_file_by_any_telling_value():
    us = ["12/7/2026 10:15:03", "1/2/2026 9:00:00", "11/30/2026 8:00:00"]
    assert decide_order(us, language="es").order is MONTH  # 30 is no month
    europe = ["12/07/2026", "01/02/2026", "30/11/2026"]
    assert decide_order(europe, language="en-US").order is DAY
    reading = decide_order(europe)
    assert not reading.by_convention and reading.matters and reading.example == "30/11/2026"
    assert decide_order(["13/01/2026", "01/13/2026"]).order is DateOrder.MIXED


def test_ambiguous_throughout_follows_the_language_and_says_so():
    values = ["12/7/2026 10:15:03", "1/2/2026", "", "garbage"]
    us = decide_order(values, language="en-US")
    assert (us.order, us.by_convention, us.matters) == (MONTH, True, True)
    for language in ("en", "en-GB", "es", "es-419", "fr", "ar", None):
        reading = decide_order(values, language=language)
        assert (reading.order, reading.by_convention) == (DAY, True), language
    assert order_for_language("en_us") is MONTH and order_for_language("es-us") is DAY


def test_no_year_last_value_means_the_order_does_not_matter():
    reading = decide_order(["2026-12-07 10:00:00", "2026/12/07 10:15:03 AM GMT+1"],
                           language="en-US")
    assert not reading.matters and not reading.by_convention


def test_after_today_is_by_the_day_written():
    today = date(2026, 3, 10)
    assert not is_after_today(FormDate(date(2026, 3, 10)), today)
    assert not is_after_today(FormDate(datetime(2026, 3, 10, 23, 59)), today)
    assert is_after_today(FormDate(date(2026, 3, 11)), today)
    assert is_after_today(parse_form_date("2026/03/11 12:01:00 AM GMT+1"), today)
