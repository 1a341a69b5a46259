"""The reminder schedule counted back from the deadline."""

from __future__ import annotations

from datetime import date

import pytest

from signon.domain.errors import ValidationError
from signon.domain.reminders import (
    days_left,
    deadline_passed,
    format_reminder_days,
    parse_reminder_days,
    reminder_dates,
    schedule_state,
)

DEADLINE = date(2026, 12, 1)


def test_parse_reminder_days():
    assert parse_reminder_days("7,2") == (7, 2)
    assert parse_reminder_days(" 2 ; 7, 7,14 ") == (14, 7, 2)
    assert parse_reminder_days("") == ()
    assert format_reminder_days((2, 7, 7)) == "7,2"


@pytest.mark.parametrize("text,message", [
    ("7,x", "'x' is not a number"), ("-1", "'-1' is not a number"),
    ("400", "400 is not between 0 and 365"),
])
def test_bad_reminder_days(text, message):
    with pytest.raises(ValidationError, match=message):
        parse_reminder_days(text)


def test_reminder_dates_earliest_first():
    assert reminder_dates(DEADLINE, (7, 2)) == [date(2026, 11, 24), date(2026, 11, 29)]


def test_days_left_and_passed():
    assert days_left(DEADLINE, date(2026, 11, 20)) == 11
    assert days_left(DEADLINE, DEADLINE) == 0
    assert days_left(DEADLINE, date(2026, 12, 3)) == -2
    assert days_left(None, DEADLINE) is None
    assert not deadline_passed(DEADLINE, DEADLINE)  # the last day still counts
    assert deadline_passed(DEADLINE, date(2026, 12, 2))
    assert not deadline_passed(None, date(2030, 1, 1))


@pytest.mark.parametrize("today,due,next_", [
    (date(2026, 11, 1), None, date(2026, 11, 24)),
    (date(2026, 11, 24), date(2026, 11, 24), date(2026, 11, 29)),
    (date(2026, 11, 27), date(2026, 11, 24), date(2026, 11, 29)),
    (date(2026, 11, 29), date(2026, 11, 29), None),
    (date(2026, 12, 1), date(2026, 11, 29), None),
    (date(2026, 12, 2), None, None),  # deadline passed: no more reminders
])
def test_schedule_state(today, due, next_):
    state = schedule_state(DEADLINE, (7, 2), today)
    assert (state.due, state.next) == (due, next_)


def test_no_deadline_or_no_days_means_no_schedule():
    assert schedule_state(None, (7, 2), DEADLINE).due is None
    assert schedule_state(DEADLINE, (), DEADLINE).next is None
