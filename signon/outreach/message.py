"""One outbox row as an RFC 5322 message, identical over SMTP and in .eml.

Headers with names or subjects in any script are encoded by the standard
library (RFC 2047), and the body goes as UTF-8 quoted-printable, which every
server accepts without the 8BITMIME extension and which stays readable in a
saved .eml file. The Message-ID is made once, when the row is queued, and
reused on every attempt, so a recipient's mail client (and the coordinator
searching a Sent folder) can tell a duplicate from a new message.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from signon.domain.errors import ValidationError
from signon.domain.messages import _

#: Domain for Message-IDs when no sender address is configured yet. ".invalid"
#: is reserved (RFC 2606), so such an id can never collide with a real one.
FALLBACK_ID_DOMAIN = "sign-on.invalid"


def make_message_id(sender: str = "") -> str:
    """"<hex@domain>" with the sender's domain, unique without a hostname
    (socket.getfqdn can be slow and leaks the machine name)."""
    domain = sender.rpartition("@")[2].strip().strip(">") if "@" in sender else ""
    try:
        domain = domain.encode("idna").decode("ascii") if domain else ""
    except UnicodeError:
        domain = ""
    return f"<{uuid.uuid4().hex}@{domain or FALLBACK_ID_DOMAIN}>"


@dataclass(frozen=True)
class Envelope:
    """What an outbox row needs to become a message."""

    to_name: str
    to_address: str
    subject: str
    body: str
    message_id: str


def _address(name: str, address: str, field: str) -> Address:
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        raise ValidationError(_("{field}: {address} is not an email address").format(
            field=field, address=repr(address)))
    if local.isascii() and not domain.isascii():
        # an internationalised domain travels as IDNA ("xn--…") in headers;
        # only a non-ASCII local part needs SMTPUTF8
        from signon.domain.addresses import check_address

        local, _at, domain = check_address(address, where=field).envelope.rpartition("@")
    return Address(display_name=" ".join(name.split()), username=local, domain=domain)


def needs_smtputf8(*addresses: str) -> bool:
    """A non-ASCII local part can only travel over SMTPUTF8."""
    return any(not a.rpartition("@")[0].isascii() for a in addresses)


def build_message(
    envelope: Envelope,
    *,
    from_name: str,
    from_address: str,
    date: datetime | None = None,
    unsent: bool = False,
) -> EmailMessage:
    """The message for one row. `unsent=True` adds X-Unsent (for .eml files:
    Outlook and some other clients open such a file as a draft ready to send;
    without a sender address the mail program fills in its own)."""
    smtputf8 = needs_smtputf8(envelope.to_address, from_address)
    msg = EmailMessage(policy=policy.SMTPUTF8 if smtputf8 else policy.SMTP)
    if from_address:  # a draft .eml may leave it to the mail program
        msg["From"] = _address(from_name, from_address, _("sender address"))
    msg["To"] = _address(envelope.to_name, envelope.to_address, _("recipient address"))
    msg["Subject"] = envelope.subject
    msg["Date"] = format_datetime(date or datetime.now().astimezone())
    msg["Message-ID"] = envelope.message_id
    if unsent:
        msg["X-Unsent"] = "1"
    body = envelope.body.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    msg.set_content(body, charset="utf-8",
                    cte="7bit" if body.isascii() and _short_lines(body) else "quoted-printable")
    return msg


def _short_lines(text: str) -> bool:
    return all(len(line) <= 998 for line in text.split("\n"))


def message_bytes(msg: EmailMessage) -> bytes:
    """CRLF line ends, as SMTP and .eml files want them."""
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def mailto_link(to_address: str, subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068) that opens the coordinator's mail program with
    the message filled in, for those who send from their own mailbox."""
    crlf_body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"
    return f"mailto:{quote(to_address, safe='@')}?{query}"
