"""The endorsement workflow as data: which status may follow which.

Kept as a table rather than scattered `if`s so that the UI (which buttons to
enable), the CLI and every importer apply exactly the same rules, and so that
property tests can walk every path.

Its refusals are in the user's language (`_()`); the statuses in them are
named as `signon status` and `--status` take them ("no_response").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from signon.domain.errors import ValidationError, WorkflowError
from signon.domain.messages import _
from signon.domain.text import clean_text


class Status(StrEnum):
    PROSPECT = "prospect"
    INVITED = "invited"
    REMINDED = "reminded"
    ENDORSED = "endorsed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"
    WITHDRAWN = "withdrawn"
    NEEDS_RECONFIRMATION = "needs_reconfirmation"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Channel(StrEnum):
    FORM = "form"
    EMAIL = "email"
    PHONE = "phone"
    IN_PERSON = "in person"
    IMPORT = "import"
    APP = "app"


S = Status

#: Allowed transitions. Beyond the main line of DESIGN.md
#: (prospect → invited → reminded → endorsed | declined | no_response), real
#: campaigns need: an endorsement that arrives before any invitation (public
#: form), an answer before the reminder, a late answer after no_response, and
#: a group that changes its mind after declining or withdrawing.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    S.PROSPECT: frozenset({S.INVITED, S.ENDORSED, S.DECLINED}),
    S.INVITED: frozenset({S.REMINDED, S.ENDORSED, S.DECLINED, S.NO_RESPONSE}),
    S.REMINDED: frozenset({S.ENDORSED, S.DECLINED, S.NO_RESPONSE}),
    S.NO_RESPONSE: frozenset({S.ENDORSED, S.DECLINED, S.REMINDED}),
    S.ENDORSED: frozenset({S.WITHDRAWN, S.NEEDS_RECONFIRMATION}),
    S.NEEDS_RECONFIRMATION: frozenset({S.ENDORSED, S.WITHDRAWN}),
    S.DECLINED: frozenset({S.ENDORSED}),
    S.WITHDRAWN: frozenset({S.ENDORSED}),
}

#: Statuses that still wait for an answer (reminders go to these).
AWAITING = frozenset({S.PROSPECT, S.INVITED, S.REMINDED})

#: Statuses that mean an endorsement was given: its date and version stay
#: with the signatory. A correction to any other status says there never
#: was one, and clears them (`keeps_endorsement`).
ENDORSEMENT_GIVEN = frozenset({S.ENDORSED, S.NEEDS_RECONFIRMATION, S.WITHDRAWN})


class EventKind(StrEnum):
    """What an event records. A CHANGE is a move the workflow allowed (or a
    creation); a CORRECTION puts right a status that was wrong — a slip of
    the mouse, a reply filed under the wrong organisation — from any status
    to any other, with the reason. A correction is not a withdrawal: the
    history says what happened, and that the earlier status was a mistake."""

    CHANGE = "change"
    CORRECTION = "correction"


#: The reason of the correction that Edit → Undo of a status change records
#: (stored as written; the app shows it in the interface language).
UNDO_REASON = "undo"


def parse_status(value: str) -> Status:
    """Accept a status name as typed by a person ("No response", "no_response")."""
    key = value.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return Status(key)
    except ValueError:
        names = ", ".join(s.value for s in Status)
        raise WorkflowError(_("{value} is not one of {statuses}").format(
            value=repr(value), statuses=names)) from None


def allowed_next(current: Status) -> frozenset[Status]:
    return TRANSITIONS[Status(current)]


def check_transition(current: Status | str, new: Status | str) -> Status:
    """Return the new status, or raise WorkflowError saying why it is refused."""
    cur, nxt = Status(current), Status(new)
    if nxt not in TRANSITIONS[cur]:
        options = ", ".join(sorted(s.value for s in TRANSITIONS[cur]))
        raise WorkflowError(
            _("cannot change status from {current} to {new}; from {current} a signatory can "
              "move to {statuses}").format(current=cur.value, new=nxt.value, statuses=options)
        )
    return nxt


def appears_in_letter(status: Status | str, keep_reconfirmation: bool = False) -> bool:
    """Only endorsements are printed; unconfirmed ones only by explicit choice."""
    st = Status(status)
    return st is S.ENDORSED or (keep_reconfirmation and st is S.NEEDS_RECONFIRMATION)


@dataclass(frozen=True)
class StatusChange:
    """One recorded change: the store persists it as a signatory event."""

    from_status: Status | None
    to_status: Status
    at: datetime
    channel: str = ""
    #: the note of a change; the reason of a correction
    note: str = ""
    kind: EventKind = EventKind.CHANGE


def change(
    current: Status | str | None,
    new: Status | str,
    *,
    channel: str = "",
    note: str = "",
    at: datetime | None = None,
) -> StatusChange:
    """Validate a change and describe it as an event. `current=None` is creation,
    where any status is allowed (an import may bring endorsements directly)."""
    nxt = Status(new) if current is None else check_transition(current, new)
    return StatusChange(
        from_status=None if current is None else Status(current),
        to_status=nxt,
        at=at or datetime.now(UTC),
        channel=channel,
        note=note,
    )


def correct(
    current: Status | str,
    new: Status | str,
    reason: str,
    at: datetime | None = None,
    *,
    channel: str = "",
) -> StatusChange:
    """An audited correction from `current` to `new`, as an event of kind
    CORRECTION with `reason` as its note. The workflow's allowed moves do not
    apply (Endorsed → Invited takes back an endorsement given by mistake);
    a reason is required (ValidationError), and the status must change
    (WorkflowError)."""
    cur, nxt = Status(current), Status(new)
    why = correction_reason(reason)
    if cur is nxt:
        raise WorkflowError(_("the status is already {status}; there is nothing to "
                              "correct").format(status=cur.value))
    return StatusChange(from_status=cur, to_status=nxt, at=at or datetime.now(UTC),
                        channel=channel, note=why, kind=EventKind.CORRECTION)


def correction_reason(reason: str) -> str:
    """The reason of a correction as it is recorded (one line, cleaned), or
    ValidationError when there is none."""
    why = " ".join(clean_text(reason or "").split())
    if not why:
        raise ValidationError(_("a correction needs a reason (what was wrong)"))
    return why


def keeps_endorsement(status: Status | str) -> bool:
    """Whether a signatory corrected to `status` keeps its endorsement date
    and version (ENDORSEMENT_GIVEN); any other status never had one."""
    return Status(status) in ENDORSEMENT_GIVEN
