"""The notes the outbox keeps beside a message that did not go, stored in
English and shown in the reader's language.

A message's note ("excluded by hand", "recipient refused: 550 5.1.1 …",
"not sent: ARTICLE 19: reminders go only to …") is stored with it, so it
stays English like every stored text (`domain.messages`); the CLI's report
and the Outreach tab show it translated. Every note Sign-on writes is one of
the texts below: `shown_note` recognises it, values included, and says it in
the installed language. A note it does not know is shown as written, and the
values (a mail server's own reply) stay as the server wrote them.
"""

from __future__ import annotations

import re
import string

from signon.domain.messages import N_, _, english

EXCLUDED_BY_HAND = N_("excluded by hand")
INTERRUPTED = N_("interrupted while sending (the app stopped): it may or may not have been "
                 "delivered; check your Sent folder, then confirm or send again")
SIGNATORY_REMOVED = N_("not sent: the signatory was removed")
BOUNCE_CAME_BACK = N_("a bounce came back")
BOUNCED_BY_HAND = N_("a bounce came back (marked by hand)")
NOT_CONNECTED = N_("not connected")
NOT_ASCII = N_("the address is not ASCII and the server does not support international "
               "addresses (SMTPUTF8)")
SENDER_REFUSED = N_("sender refused: {reply}")
RECIPIENT_REFUSED = N_("recipient refused: {reply}")
DATA_REFUSED = N_("data refused: {reply}")
MESSAGE_REFUSED = N_("message refused: {reply}")
LOST_BEFORE = N_("connection lost before the message was sent ({reason})")
LOST_WHILE = N_("connection lost while sending the message ({reason})")
UNCONFIRMED = N_("the server closed the connection before confirming ({reason}); the message "
                 "may or may not have arrived")
#: the reason being a `domain.audience.LeftOut` text, itself a note
NOT_SENT = N_("not sent: {name}: {reason}")

_NOTES = (EXCLUDED_BY_HAND, INTERRUPTED, SIGNATORY_REMOVED, BOUNCE_CAME_BACK, BOUNCED_BY_HAND,
          NOT_CONNECTED, NOT_ASCII,
          SENDER_REFUSED, RECIPIENT_REFUSED, DATA_REFUSED, MESSAGE_REFUSED, LOST_BEFORE,
          LOST_WHILE, UNCONFIRMED, NOT_SENT)


def _pattern(template: str) -> re.Pattern:
    """A regular expression reading the values back out of a filled `template`
    (the last ": " before a value ends the value before it)."""
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>.*)")
    return re.compile("".join(parts), re.S)


_PATTERNS = tuple((template, _pattern(template)) for template in _NOTES)


def note(template: str, **values: str) -> str:
    """One of the notes above, filled, in English: what the outbox stores."""
    with english():
        return _(template).format(**values)


def not_sent_note(name: str, reason: object) -> str:
    """The note stored on a message the store would not send to `name`,
    `reason` a `domain.audience.LeftOut` (worded in English here)."""
    with english():
        return note(NOT_SENT, name=name, reason=str(reason))


def shown_note(stored: str) -> str:
    """A stored note in the installed language."""
    for template, pattern in _PATTERNS:
        match = pattern.fullmatch(stored or "")
        if match is None:
            continue
        values = match.groupdict()
        if template == NOT_SENT:
            values["reason"] = _(values["reason"])
        return _(template).format(**values)
    return stored or ""
