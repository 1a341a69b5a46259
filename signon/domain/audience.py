"""Who each kind of message is for, and the status change a sent one makes.

Rules of the endorsement workflow (DESIGN.md) seen from outreach, kept as
data in the domain: the store applies them when it claims a message for
sending and when it records one as sent, the outreach layer when it picks
recipients and plans a mailing, the UI and the CLI for the statuses a kind
of message goes to by default.
"""

from __future__ import annotations

from signon.domain.status import Status

S = Status

#: Who a kind of message is for; anyone else is skipped when queuing and
#: when sending (an organisation that endorsed yesterday gets no reminder).
AUDIENCE: dict[str, frozenset[S] | None] = {
    "invitation": frozenset({S.PROSPECT, S.INVITED, S.REMINDED, S.NO_RESPONSE}),
    "reminder": frozenset({S.INVITED, S.REMINDED, S.NO_RESPONSE}),
    "reconfirmation": frozenset({S.NEEDS_RECONFIRMATION}),
    "thank_you": frozenset({S.ENDORSED}),
    "custom": None,  # anyone
}
#: The status change a sent message makes (DESIGN.md workflow).
ON_SENT: dict[str, dict[S, S]] = {
    "invitation": {S.PROSPECT: S.INVITED},
    "reminder": {S.INVITED: S.REMINDED, S.NO_RESPONSE: S.REMINDED},
}
#: Statuses of those who have not answered yet (reminders, no_response).
UNANSWERED = (S.INVITED.value, S.REMINDED.value)
#: Whom a kind of message goes to when no status is chosen ("" any).
DEFAULT_STATUSES: dict[str, tuple[str, ...]] = {
    "invitation": (S.PROSPECT.value,),
    "reminder": UNANSWERED,
    "reconfirmation": (S.NEEDS_RECONFIRMATION.value,),
    "thank_you": (S.ENDORSED.value,),
    "custom": (),
}


def audience_problem(kind: str, status: str) -> str:
    """Why a message of `kind` does not apply to a signatory in `status`, or
    "" when it does."""
    audience = AUDIENCE.get(kind)
    if audience is None or S(status) in audience:
        return ""
    return f"is {S(status).label.lower()}: a {kind.replace('_', '-')} does not apply"


def status_after_sent(kind: str, status: str) -> S | None:
    """The status a signatory moves to once a message of `kind` went to them
    (prospect → invited for an invitation), or None when it stays."""
    return ON_SENT.get(kind, {}).get(S(status))
