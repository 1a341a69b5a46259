"""`signon status CAMPAIGN SIGNATORY STATUS [--note TEXT] [--date YYYY-MM-DD]
[--correct --reason TEXT]`: one signatory's status, from a script.

SIGNATORY is an id (`signon list signatories CAMPAIGN`) or a name that
matches exactly one signatory of the campaign (case and accents aside;
else an organisation's acronym). Without --correct the workflow's rules
apply, as in the app's "Set status…": a refused move is one line on stderr,
exit 1, and nothing is written. With --correct --reason the status is put
right from whatever it is, recorded as a correction with that reason (the
app's "Correct status…"), never as a withdrawal.

Prints one line, the id, the name and the move: "12 Access Now: invited ->
endorsed" (", corrected" after a correction).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from signon.commands.common import campaign_id, open_db
from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.messages import _
from signon.domain.text import terminal_safe


def when(text: str | None, now: datetime | None = None) -> datetime | None:
    """--date: None (now) when not given or today; an earlier day at
    midnight UTC (as a date alone means in a campaign file); a later day
    or another form is refused."""
    if text is None:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(_("--date {text} is not a date such as 2026-12-01").format(
            text=repr(text))) from None
    now = now or datetime.now(UTC)
    if day > now.date():
        raise ValidationError(_("--date {day} is in the future").format(day=day.isoformat()))
    if day == now.date():
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def run(args) -> int:
    from signon.domain.status import parse_status

    target = parse_status(args.status)  # a typo fails before the database is opened
    at = when(args.date)
    db = open_db(args)
    try:
        cid = campaign_id(db, args.campaign)
        with db.session() as session:
            line = _apply(session, cid, args, target.value, at)
    finally:
        db.close()
    print(line)
    return 0


def _apply(session, cid: int, args, status: str, at: datetime | None) -> str:
    from signon.store.signatories import events, find_signatory, set_status

    sid, name = find_signatory(session, cid, args.signatory)
    if args.correct:
        from signon.store.corrections import correct_status

        correct_status(session, sid, status, reason=args.reason, at=at)
        tail = ", corrected"
    else:
        try:
            set_status(session, sid, status, note=args.note or "", at=at)
        except WorkflowError as exc:
            raise WorkflowError(_("{error}; to put a wrong status right, use --correct "
                                  "--reason TEXT").format(error=exc)) from None
        tail = ""
    # the move as recorded (the newest event; --date may sort it among older ones)
    written = max(events(session, sid), key=lambda e: e.id)
    return f"{sid} {terminal_safe(name)}: {written.from_status} -> {status}{tail}"
