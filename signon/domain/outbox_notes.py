"""The notes the outbox keeps beside a message that did not go, stored in
English and shown in the reader's language.

A message's note ("excluded by hand", "not sent: ARTICLE 19: reminders go
only to …") is stored with it, so it stays English like every stored text
(`domain.messages`); the Outreach tab shows it translated. The notes the
store writes are the texts below; `shown_note` translates them, and leaves a
note it does not know (a mail server's own words) as it was written.
"""

from __future__ import annotations

import re

from signon.domain.messages import N_, _, english

EXCLUDED_BY_HAND = N_("excluded by hand")
INTERRUPTED = N_("interrupted while sending (the app stopped): it may or may not have been "
                 "delivered; check your Sent folder, then confirm or send again")
SIGNATORY_REMOVED = N_("not sent: the signatory was removed")
_NOT_SENT = N_("not sent: {name}: {reason}")
#: A stored "not sent" note, the reason being one of the texts `LeftOut`
#: words (a sentence with no colon of its own).
_NOT_SENT_NOTE = re.compile(r"not sent: (?P<name>.*): (?P<reason>[^:]*)", re.S)


def not_sent_note(name: str, reason: object) -> str:
    """The English note stored on a message the store would not send to
    `name`, `reason` a `domain.audience.LeftOut` (worded in English here)."""
    with english():
        return _(_NOT_SENT).format(name=name, reason=str(reason))


def shown_note(note: str) -> str:
    """A stored note in the installed language."""
    match = _NOT_SENT_NOTE.fullmatch(note or "")
    if match is not None:
        return _(_NOT_SENT).format(name=match["name"], reason=_(match["reason"]))
    return _(note) if note else ""
