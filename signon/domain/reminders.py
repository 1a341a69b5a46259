"""The reminder schedule, counted back from the campaign deadline.

Reminder rounds are stored as days before the deadline ("7,2"), not as
dates, so moving the deadline moves every reminder with it. Everything here
is pure date arithmetic, hence in the domain; the outreach layer decides who
gets a reminder (`signon.outreach.deadlines`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from signon.domain.errors import ValidationError
from signon.domain.messages import _

MAX_DAYS = 365


def parse_reminder_days(text: str) -> tuple[int, ...]:
    """"7, 2" → (7, 2): unique, largest first. Empty means no reminders."""
    days: set[int] = set()
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ValidationError(_(
                "reminder days {text}: {part} is not a number of days before the deadline "
                "(write e.g. 7,2)").format(text=repr(text), part=repr(part)))
        value = int(part)
        if not 0 <= value <= MAX_DAYS:
            raise ValidationError(_(
                "reminder days {text}: {value} is not between 0 and {most}").format(
                text=repr(text), value=value, most=MAX_DAYS))
        days.add(value)
    return tuple(sorted(days, reverse=True))


def format_reminder_days(days: tuple[int, ...] | list[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days), reverse=True))


def reminder_dates(deadline: date, days: tuple[int, ...]) -> list[date]:
    """The dates of the reminder rounds, earliest first."""
    return sorted(deadline - timedelta(days=d) for d in set(days))


def days_left(deadline: date | None, today: date) -> int | None:
    """Days until the deadline: 0 on the day itself, negative once it passed."""
    return None if deadline is None else (deadline - today).days


def deadline_passed(deadline: date | None, today: date) -> bool:
    """The deadline day still counts as open: answers on that day are on time."""
    return deadline is not None and today > deadline


@dataclass(frozen=True)
class ScheduleState:
    """Where today falls in the schedule: the round now due (reminders should
    have gone out on or after this date) and the next one."""

    due: date | None
    next: date | None


def schedule_state(deadline: date | None, days: tuple[int, ...], today: date) -> ScheduleState:
    """The latest round on or before today (while the deadline has not passed)
    and the first round after today. A signatory who already got a reminder
    on or after the `due` date needs none in this round."""
    if deadline is None or not days:
        return ScheduleState(None, None)
    dates = reminder_dates(deadline, days)
    past = [d for d in dates if d <= today]
    future = [d for d in dates if d > today]
    due = past[-1] if past and not deadline_passed(deadline, today) else None
    return ScheduleState(due=due, next=future[0] if future else None)
