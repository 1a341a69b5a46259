"""The Replies page's words: what a message is, where it stands, why its
sender is verified or not, and the counts above the table.

Counted sentences are written on a class named after their translation
context (`RepliesPanel.tr(text, "", n)`): pyside6-lupdate reads a plural
only from such a call (docs/interface-languages.md). The outcome a reading
gives ("would be applied: endorsed version 1") is the outreach layer's and
stays in English, as `signon inbox` prints it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from signon.domain.evidence import authenticated_for, email_domain, is_free_mail
from signon.domain.replies import Action
from signon.ui import colours
from signon.ui.i18n import translate
from signon.ui.outreach.replies_reading import (
    APPLIED,
    IGNORED,
    NOTHING,
    TO_APPLY,
    TO_CONFIRM,
    TO_RECORD,
    ReplyRow,
)


class RepliesPanel(QObject):
    """Not the panel (`replies_panel.RepliesPanel`): the translation context
    of its counted sentences."""


ACTIONS = {
    Action.ENDORSE.value: QT_TRANSLATE_NOOP("ReplyAction", "Endorse"),
    Action.DECLINE.value: QT_TRANSLATE_NOOP("ReplyAction", "Decline"),
    Action.REVIEW.value: QT_TRANSLATE_NOOP("ReplyAction", "To review"),
    Action.BOUNCE.value: QT_TRANSLATE_NOOP("ReplyAction", "Bounce"),
    Action.AUTO_REPLY.value: QT_TRANSLATE_NOOP("ReplyAction", "Automatic reply"),
    Action.DUPLICATE.value: QT_TRANSLATE_NOOP("ReplyAction", "Duplicate"),
    Action.UNMATCHED.value: QT_TRANSLATE_NOOP("ReplyAction", "Unmatched"),
}
#: The colour of each action, as the statuses it leads to are coloured.
ACTION_COLOURS = {
    Action.ENDORSE.value: colours.ENDORSED_GREEN,
    Action.DECLINE.value: colours.DECLINED_RED,
    Action.REVIEW.value: colours.UNCERTAIN_AMBER,
    Action.BOUNCE.value: colours.ERROR,
    Action.AUTO_REPLY.value: colours.GREY,
    Action.DUPLICATE.value: colours.GREY,
    Action.UNMATCHED.value: colours.LIGHT_GREY,
}
#: The order of the counts above the table.
ACTION_ORDER = tuple(ACTIONS)

STATES = {
    APPLIED: QT_TRANSLATE_NOOP("ReplyState", "Applied"),
    TO_APPLY: QT_TRANSLATE_NOOP("ReplyState", "To apply"),
    TO_CONFIRM: QT_TRANSLATE_NOOP("ReplyState", "Yours to decide"),
    TO_RECORD: QT_TRANSLATE_NOOP("ReplyState", "To record"),
    IGNORED: QT_TRANSLATE_NOOP("ReplyState", "Ignored"),
    NOTHING: QT_TRANSLATE_NOOP("ReplyState", "Not recorded"),
}
STATE_COLOURS = {
    APPLIED: colours.SUCCESS,
    TO_APPLY: colours.INVITED_BLUE,
    TO_CONFIRM: colours.UNCERTAIN_AMBER,
    TO_RECORD: colours.UNCERTAIN_AMBER,
    IGNORED: colours.GREY,
    NOTHING: colours.LIGHT_GREY,
}
MATCHES = {
    "thread": QT_TRANSLATE_NOOP("ReplyMatch", "Thread"),
    "sender": QT_TRANSLATE_NOOP("ReplyMatch", "Sender"),
}
MATCH_TIPS = {
    "thread": QT_TRANSLATE_NOOP("ReplyMatch", "It answers a message the outbox sent to this "
                                              "signatory"),
    "sender": QT_TRANSLATE_NOOP("ReplyMatch", "Its sender is a contact address of this "
                                              "signatory, and of no other"),
}


def action_label(action: str) -> str:
    source = ACTIONS.get(action)
    return translate("ReplyAction", source) if source else action


STATE_TIPS = {
    APPLIED: QT_TRANSLATE_NOOP("ReplyState", "Applied: the signatory's status or the "
                                             "message's state changed, with the reply as "
                                             "evidence"),
    TO_APPLY: QT_TRANSLATE_NOOP("ReplyState", "Clear, and it answers the campaign's own "
                                              "message: Apply clear replies applies it"),
    TO_CONFIRM: QT_TRANSLATE_NOOP("ReplyState", "Recorded, waiting for you: Endorse, Decline "
                                                "or Ignore it"),
    TO_RECORD: QT_TRANSLATE_NOOP("ReplyState", "Needs your decision: Apply clear replies "
                                               "records it, then Endorse, Decline or Ignore "
                                               "it"),
    IGNORED: QT_TRANSLATE_NOOP("ReplyState", "Nothing to do: kept as evidence only"),
    NOTHING: QT_TRANSLATE_NOOP("ReplyState", "Not the campaign's, or a second copy: nothing "
                                             "is recorded"),
}


def state_label(state: str) -> str:
    source = STATES.get(state)
    return translate("ReplyState", source) if source else state


def state_tip(row: ReplyRow) -> str:
    """What the state means, and what applying did or would do (the
    outreach layer's words)."""
    source = STATE_TIPS.get(row.state)
    tip = translate("ReplyState", source) if source else ""
    return f"{tip}\n{row.outcome}" if tip and row.outcome else tip or row.outcome


def match_label(match: str | None) -> str:
    source = MATCHES.get(match or "")
    return translate("ReplyMatch", source) if source else ""


def match_tip(match: str | None) -> str:
    source = MATCH_TIPS.get(match or "")
    return translate("ReplyMatch", source) if source else ""


def signatory_label(row: ReplyRow) -> str:
    """The signatory's name, "unmatched", or "removed" when it was deleted
    since the reply was recorded."""
    if row.signatory:
        return row.signatory
    if row.match is None:
        return translate("RepliesPanel", "unmatched")
    return translate("RepliesPanel", "signatory removed")


def verified_label(row: ReplyRow) -> str:
    """The Verified column: a mark, "no", or nothing where there is no
    sender to check (unmatched, a bounce)."""
    if row.signatory_id is None or row.action == Action.BOUNCE:
        return ""
    return translate("RepliesPanel", "✓ Verified") if row.verified \
        else translate("RepliesPanel", "Not verified")


def verification_note(row: ReplyRow) -> str:
    """Why the sender is verified or not (docs/outreach.md, "Verified"),
    from the same facts `domain.evidence.is_verified` judged."""
    if row.action == Action.BOUNCE:
        return translate("RepliesPanel", "A bounce comes from a mail server, not from the "
                                         "organisation: there is no sender to verify.")
    if row.signatory_id is None:
        return translate("RepliesPanel", "No signatory matched: there is no organisation to "
                                         "check the sender against.")
    verdicts = row.verdicts
    values = {"address": row.from_address, "dkim": verdicts.dkim or "none",
              "dmarc": verdicts.dmarc or "none"}
    if row.verified:
        return translate("RepliesPanel", "Verified: {address} is the organisation's address, "
                                         "and its mail system vouched for the message (DKIM "
                                         "{dkim}, DMARC {dmarc}).").format(**values)
    domain = email_domain(row.from_address)
    values["domain"] = domain
    if not domain:
        return translate("RepliesPanel", "Not verified: the message gives no sender address.")
    if is_free_mail(domain):
        return translate("RepliesPanel", "Not verified: {address} is a personal mailbox "
                                         "({domain}). Free mail is never verified, even when "
                                         "the address is on record.").format(**values)
    if verdicts.dkim is None and verdicts.dmarc is None:
        return translate("RepliesPanel", "Not verified: the receiving server recorded no "
                                         "DKIM or DMARC result for this message.")
    if authenticated_for(domain, verdicts):
        return translate("RepliesPanel", "Not verified: the message did come from {domain}'s "
                                         "mail system, but {address} is not the "
                                         "organisation's: not on its website's domain, nor "
                                         "an address on record.").format(**values)
    return translate("RepliesPanel", "Not verified: neither DKIM nor DMARC passed for "
                                     "{domain} (DKIM {dkim}, DMARC {dmarc}), so nothing shows "
                                     "that the organisation's mail system sent it."
                     ).format(**values)


def action_count(action: str, n: int) -> str:
    """"7 endorse": one item of the counts above the table."""
    if action == Action.ENDORSE:
        return RepliesPanel.tr("%Ln endorse", "", n)
    if action == Action.DECLINE:
        return RepliesPanel.tr("%Ln decline", "", n)
    if action == Action.REVIEW:
        return RepliesPanel.tr("%Ln to review", "", n)
    if action == Action.BOUNCE:
        return RepliesPanel.tr("%Ln bounce", "", n)
    if action == Action.AUTO_REPLY:
        return RepliesPanel.tr("%Ln automatic replies", "", n)
    if action == Action.DUPLICATE:
        return RepliesPanel.tr("%Ln duplicate", "", n)
    return RepliesPanel.tr("%Ln unmatched", "", n)


def summary(rows: Iterable[ReplyRow]) -> str:
    """"12 replies: 7 endorse, 2 decline, 2 to review, 1 bounce · 5 verified"."""
    rows = list(rows)
    if not rows:
        return translate("RepliesPanel", "No replies yet: choose where they come from, then "
                                         "Read replies.")
    counts = Counter(r.action for r in rows)
    parts = [action_count(a, counts[a]) for a in ACTION_ORDER if counts.get(a)]
    line = translate("RepliesPanel", "{replies}: {counts}").format(
        replies=RepliesPanel.tr("%Ln replies", "", len(rows)), counts=", ".join(parts))
    verified = sum(1 for r in rows if r.verified and r.signatory_id is not None
                   and r.action != Action.DUPLICATE)
    extra = []
    if verified:
        extra.append(RepliesPanel.tr("%Ln verified", "", verified))
    to_apply = sum(1 for r in rows if r.state == TO_APPLY)
    if to_apply:
        extra.append(RepliesPanel.tr("%Ln to apply", "", to_apply))
    waiting = sum(1 for r in rows if r.state in (TO_CONFIRM, TO_RECORD))
    if waiting:
        extra.append(RepliesPanel.tr("%Ln yours to decide", "", waiting))
    return " · ".join([line, *extra])


def read_done(rows: int, applied: int, apply: bool) -> str:
    """The status line after a reading."""
    if apply:
        return RepliesPanel.tr("Read %Ln messages.", "", rows) + " " + RepliesPanel.tr(
            "%Ln clear replies applied; the other matched ones are recorded for you to "
            "decide.", "", applied)
    return RepliesPanel.tr("Read %Ln messages. Nothing was written: Apply clear replies "
                           "records them and applies the clear ones.", "", rows)


def found_to_apply(n: int) -> str:
    """Said before applying, after a reading."""
    return RepliesPanel.tr("The last reading found %Ln to apply.", "", n)


def still_reading(apply: bool) -> str:
    """What closing the window says while a reading runs."""
    if apply:
        return translate("RepliesPanel", "Replies are being read and applied. Cancelling "
                                         "stops after the current batch: what was applied "
                                         "stays applied, and the next reading carries on.")
    return translate("RepliesPanel", "Replies are being read; nothing is written. Cancelling "
                                     "stops the reading.")
