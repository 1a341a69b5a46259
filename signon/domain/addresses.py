"""Email addresses checked once, when they enter, with email-validator.

Deliverability (DNS) is not checked: the app works offline, and a slow or
missing resolver must not make entry or import hang. Syntax is enough to
catch the typos that bounce ("name@@org", "name@org" with no domain dot,
spaces); real bounces are flagged on the contact by the coordinator.

In the domain because checking is pure (email-validator without DNS): the
store checks a contact's address when it is edited, outreach when it plans
and sends a message, the UI as it is typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from signon.domain.errors import ValidationError
from signon.domain.messages import N_, _

#: Contact.email_status values: "" (not known to be bad), or why it is bad.
OK, INVALID, BOUNCED = "", "invalid", "bounced"
EMAIL_STATUSES = (OK, INVALID, BOUNCED)
#: `address_problem` for a contact with no address at all.
NO_ADDRESS = "no_address"
#: Each address problem in words, translated where shown (`address_problem_text`).
ADDRESS_PROBLEMS: dict[str, str] = {
    NO_ADDRESS: N_("no email address"),
    INVALID: N_("address flagged invalid"),
    BOUNCED: N_("address bounced"),
}


@dataclass(frozen=True)
class CheckedAddress:
    """`normalized` is what to store and show; `envelope` is what SMTP needs
    (the domain in ASCII/IDNA form); `smtputf8` says the local part itself is
    not ASCII, which only servers announcing SMTPUTF8 accept."""

    normalized: str
    envelope: str
    smtputf8: bool


def check_address(address: str, *, where: str = "") -> CheckedAddress:
    """Validate one address, or raise ValidationError saying what is wrong
    (prefixed with `where`, e.g. "row 12, field email")."""
    from email_validator import EmailNotValidError, validate_email

    text = (address or "").strip()
    if not text:
        message = _("{where}: no email address") if where else _("no email address")
        raise ValidationError(message.format(where=where))
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        message = (_("{where}: {address} is not a valid email address ({reason})") if where
                   else _("{address} is not a valid email address ({reason})"))
        raise ValidationError(message.format(where=where, address=repr(text),
                                             reason=exc)) from None
    envelope = result.ascii_email or result.normalized
    return CheckedAddress(normalized=result.normalized, envelope=envelope,
                          smtputf8=bool(result.smtputf8))


def is_valid_address(address: str) -> bool:
    try:
        check_address(address)
    except ValidationError:
        return False
    return True


def address_problem(email: str, email_status: str) -> str:
    """Why a contact cannot be written to, as a code (`NO_ADDRESS`,
    `INVALID`, `BOUNCED`), or "" if it can. Worded where shown
    (`address_problem_text`), so the CLI and the app each say it in their
    reader's language and code that acts on it never matches words."""
    if not (email or "").strip():
        return NO_ADDRESS
    if email_status in (INVALID, BOUNCED):
        return email_status
    return ""


def address_problem_text(problem: str) -> str:
    """An `address_problem` code in the installed language ("" stays "")."""
    return _(ADDRESS_PROBLEMS[problem]) if problem in ADDRESS_PROBLEMS else problem
