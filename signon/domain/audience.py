"""Who each kind of message is for, and the status change a sent one makes.

Rules of the endorsement workflow (DESIGN.md) seen from outreach, kept as
data in the domain: the store applies them when it claims a message for
sending and when it records one as sent, the outreach layer when it picks
recipients and plans a mailing, the UI and the CLI for the statuses a kind
of message goes to by default.
"""

from __future__ import annotations

from dataclasses import dataclass

from signon.domain.addresses import address_problem_text
from signon.domain.messages import N_, _
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


#: Whom each kind of message goes to, said to someone left out of a mailing;
#: one sentence per kind, so each language words it in its own grammar.
GOES_TO: dict[str, str] = {
    "invitation": N_("invitations go only to prospects and to those who have not answered yet"),
    "reminder": N_("reminders go only to those invited who have not answered yet"),
    "reconfirmation": N_("reconfirmation requests go only to those whose endorsement needs "
                         "reconfirming"),
    "thank_you": N_("thank-you messages go only to those who endorsed"),
}


def in_audience(kind: str, status: str) -> bool:
    """Whether a message of `kind` applies to a signatory in `status`."""
    audience = AUDIENCE.get(kind)
    return audience is None or S(status) in audience


#: `LeftOut` codes beyond the address problems (`domain.addresses`).
NOT_FOR_THEM, INVALID_ADDRESS, MAYBE_SENT = "not_for_them", "invalid_address", "maybe_sent"


@dataclass(frozen=True)
class LeftOut:
    """Why a signatory gets no message of a mailing. A code, which code acts
    on and tests match (`NOT_FOR_THEM`, `INVALID_ADDRESS`, `MAYBE_SENT` or an
    `address_problem`), and what its wording needs; `str()` words it in the
    installed language, so the CLI and the app each say it to their reader."""

    code: str
    #: the kind of message, for `NOT_FOR_THEM`
    kind: str = ""
    #: the address check's own message, for `INVALID_ADDRESS`
    detail: str = ""

    def __str__(self) -> str:
        if self.code == NOT_FOR_THEM:
            return _(GOES_TO[self.kind]) if self.kind in GOES_TO else self.kind
        if self.code == INVALID_ADDRESS:
            return self.detail
        if self.code == MAYBE_SENT:
            return _("a message of this kind may already have gone to them (the sending was "
                     "uncertain): confirm it in the outbox first")
        return address_problem_text(self.code)


def status_after_sent(kind: str, status: str) -> S | None:
    """The status a signatory moves to once a message of `kind` went to them
    (prospect → invited for an invitation), or None when it stays."""
    return ON_SENT.get(kind, {}).get(S(status))
