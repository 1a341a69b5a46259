"""Endorsement dates as forms and spreadsheets write them.

A form export has a column saying when each answer came: Google Forms'
"Timestamp" ("2026/12/07 10:15:03 AM GMT+1" in a CSV download, "12/7/2026
10:15:03" or "07/12/2026 10:15:03" in the sheet, depending on its locale),
Microsoft Forms' "Completion time" (an Excel date, which the table reader
gives as ISO text), a hand-kept "Fecha" or "Date". The import maps such a
column to the endorsement date of each row.

Day and month are decided per file, never per row (a file has one locale):
`decide_order` looks at every value of the column. A first number over 12
means day/month, a second one over 12 month/day; a file showing both mixes
two locales, and only the values that tell are read. When no value tells,
the language decides (`order_for_language`: US English writes month/day,
the rest of the world day/month) and the caller says which reading was used.

`parse_form_date` reads one value with that order; what it cannot read
raises `DateError` (the import makes it a problem of that row, never
"today"). Pure: no clock here; `is_after_today` takes the day to compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum

from signon.domain.languages import normalise_language


class DateOrder(StrEnum):
    """How a date written with the year last is read."""

    DAY_FIRST = "day-first"  # 07/12/2026: 7 December
    MONTH_FIRST = "month-first"  # 12/7/2026: 7 December
    #: the file has both (13/01/2026 and 01/13/2026): only values that tell are read
    MIXED = "mixed"


class DateError(ValueError):
    """A value that is not a date this module can read."""


@dataclass(frozen=True)
class DateReading:
    """How a file's dates are read, and why."""

    order: DateOrder
    #: no value told day from month: the language's convention chose
    by_convention: bool = False
    #: some value is written with the year last (day and month in some
    #: order), so the order matters and the coordinator is told it
    matters: bool = False
    #: a value that shows the order ("13/01/2026"), to show the coordinator
    example: str = ""


@dataclass(frozen=True)
class FormDate:
    """One value read: a day, or a day and time (with its offset if the file
    gave one: `value.tzinfo` is None for a local time)."""

    value: date | datetime

    @property
    def has_time(self) -> bool:
        return isinstance(self.value, datetime)

    @property
    def day(self) -> date:
        return self.value.date() if isinstance(self.value, datetime) else self.value


#: Regions whose convention is month/day/year.
MONTH_FIRST_REGIONS = frozenset({"us"})


def order_for_language(language: str | None) -> DateOrder:
    """The convention of a language tag: "en-US" month/day, others day/month."""
    parts = normalise_language(language).split("-")
    if len(parts) > 1 and parts[0] == "en" and parts[-1] in MONTH_FIRST_REGIONS:
        return DateOrder.MONTH_FIRST
    return DateOrder.DAY_FIRST


_DIGITS = {}
for _zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10):  # Arabic-Indic, Persian, …
    for _n in range(10):
        _DIGITS[_zero + _n] = str(_n)

_AM = ("am", "a.m.", "a. m.", "a.m", "a. m", "ص", "قبل الظهر", "vorm.")
_PM = ("pm", "p.m.", "p. m.", "p.m", "p. m", "م", "بعد الظهر", "nachm.")
_MERIDIEM = "|".join(re.escape(w) for w in sorted(_AM + _PM, key=len, reverse=True))

#: year last: 12/7/2026, 07.12.2026, 7-12-26
_YEAR_LAST = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
#: year first: 2026-12-07, 2026/12/07 (always year, month, day)
_YEAR_FIRST = re.compile(r"(\d{4})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})")
_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?")
_ZONE = re.compile(r"(?:(?:gmt|utc)\s*(?:([-+\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?|z"
                   r"|([-+\u2212])(\d{2}):?(\d{2}))", re.IGNORECASE)


def _clean(text: str) -> str:
    return " ".join(text.translate(_DIGITS).replace("\u200f", "").replace("\u200e", "")
                    .split())


def _year_last_numbers(text: str) -> tuple[int, int] | None:
    """The first two numbers of a year-last date at the start of `text`."""
    m = _YEAR_LAST.match(_clean(text))
    return (int(m.group(1)), int(m.group(3))) if m else None


def decide_order(values: list[str] | tuple[str, ...], *, language: str | None = None
                 ) -> DateReading:
    """The order of day and month in a file's date column, from all its
    values; `language` (the file's or the campaign's) decides when none
    tells."""
    day_first = month_first = ""
    matters = False
    for value in values:
        numbers = _year_last_numbers(value) if isinstance(value, str) else None
        if numbers is None:
            continue
        matters = True
        first, second = numbers
        if first > 12 and not day_first:
            day_first = value.strip()
        elif second > 12 and not month_first:
            month_first = value.strip()
    if day_first and month_first:
        return DateReading(DateOrder.MIXED, matters=True, example=day_first)
    if day_first:
        return DateReading(DateOrder.DAY_FIRST, matters=True, example=day_first)
    if month_first:
        return DateReading(DateOrder.MONTH_FIRST, matters=True, example=month_first)
    return DateReading(order_for_language(language), by_convention=matters, matters=matters)


def parse_form_date(value: str | date | datetime, order: DateOrder = DateOrder.DAY_FIRST
                    ) -> FormDate:
    """One value of a date column: an Excel date (a `date`/`datetime`, or
    the ISO text the table reader makes of it), ISO 8601, Google Forms'
    "2026/12/07 10:15:03 AM GMT+1", or a year-last date read in `order`,
    with an optional time (24-hour or AM/PM) and offset ("GMT+1", "UTC",
    "Z", "+05:30"). Raises DateError for anything else."""
    if isinstance(value, datetime | date):
        return FormDate(value)
    text = _clean(value)
    if not text:
        raise DateError("empty")
    if _ISO_START.match(text):
        for kind in (date, datetime):
            try:
                return FormDate(kind.fromisoformat(text))
            except ValueError:
                pass
    day, rest = _read_day(text, order)
    rest = rest.lstrip(" ,T")
    if not rest:
        return FormDate(day)
    at, rest = _read_time(rest)
    tz, rest = _read_zone(rest.strip())
    if rest.strip():
        raise DateError(f"unexpected {rest.strip()!r}")
    return FormDate(datetime.combine(day, at, tzinfo=tz))


def _read_day(text: str, order: DateOrder) -> tuple[date, str]:
    m = _YEAR_FIRST.match(text)
    if m:
        year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        m = _YEAR_LAST.match(text)
        if not m:
            raise DateError("not a date")
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if len(m.group(4)) == 2:
            year += 2000
        if order is DateOrder.MIXED:
            if first > 12:
                order = DateOrder.DAY_FIRST
            elif second > 12:
                order = DateOrder.MONTH_FIRST
            else:
                raise DateError("the file writes dates both day first and month first; "
                                "this one could be either")
        day, month = (first, second) if order is DateOrder.DAY_FIRST else (second, first)
    try:
        return date(year, month, day), text[m.end():]
    except ValueError as exc:
        raise DateError(str(exc)) from None


def _read_time(text: str) -> tuple[time, str]:
    m = _TIME.match(text)
    if not m:
        raise DateError("not a time")
    hour, minute = int(m.group(1)), int(m.group(2))
    second = int(m.group(3) or 0)
    micro = int((m.group(4) or "0").ljust(6, "0"))
    rest = text[m.end():].strip()
    meridiem = re.match(rf"({_MERIDIEM})(?=\s|$)", rest, re.IGNORECASE)
    if meridiem:
        word = meridiem.group(1).lower()
        if not 1 <= hour <= 12:
            raise DateError("hour out of range")
        hour = hour % 12 + (12 if word in _PM else 0)
        rest = rest[meridiem.end():]
    try:
        return time(hour, minute, second, micro), rest
    except ValueError as exc:
        raise DateError(str(exc)) from None


def _read_zone(text: str) -> tuple[timezone | None, str]:
    if not text:
        return None, ""
    m = _ZONE.match(text)
    if not m or (m.end() < len(text) and text[m.end()].isalnum()):
        raise DateError(f"unexpected {text!r}")
    sign, hours, minutes = ((m.group(1), m.group(2), m.group(3)) if m.group(4) is None
                            else (m.group(4), m.group(5), m.group(6)))
    if hours is None:
        return UTC, text[m.end():]
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if offset >= timedelta(hours=24):
        raise DateError("offset out of range")
    return timezone(-offset if sign in "-\u2212" else offset), text[m.end():]


def is_after_today(value: FormDate, today: date) -> bool:
    """A day later than `today` (as written, whatever its offset: a form in
    another time zone may be a few hours ahead of the coordinator's clock,
    never a day)."""
    return value.day > today
