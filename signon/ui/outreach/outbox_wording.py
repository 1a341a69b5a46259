"""The outbox's counted sentences that its view and handlers say, in the
panel's translation context.

The outbox's view (outbox_view.py) and handlers (outbox_sending.py,
outbox_actions.py) live in modules of their own, but their texts keep the
context "OutboxPanel" the .ts files have them under, so every translation
still applies. A plain text does that in place with `translate("OutboxPanel",
…)`; a counted one cannot: pyside6-lupdate reads a plural only from
`Class.tr(text, "", n)` and takes the class's name as the context
(docs/interface-languages.md). So the counted sentences are here, on a class
of that name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class OutboxPanel(QObject):
    """Not the panel (that is `signon.ui.outreach.outbox_panel.OutboxPanel`):
    the translation context its counted sentences are written in."""


def opens_drafts(limit: int) -> str:
    """The mail program button's tooltip."""
    return OutboxPanel.tr("Opens up to %Ln selected messages as drafts", "", limit)


def mark_sent_question(count: int) -> str:
    return OutboxPanel.tr("Mark %Ln selected messages as sent? Invitations and reminders move "
                          "their signatories to invited or reminded.", "", count)


def remove_question(count: int) -> str:
    return OutboxPanel.tr("Remove %Ln unsent messages from the outbox?", "", count)


def saved_eml(count: int, folder: str) -> str:
    return OutboxPanel.tr("Saved %Ln .eml files in {folder}. Once you have sent them, select "
                          "them here and click Mark as sent.", "", count).format(folder=folder)


def opened_in_mail_program(count: int) -> str:
    return OutboxPanel.tr("Opened %Ln messages in your mail program. Once they are sent, "
                          "click Mark as sent.", "", count)


def still_sending(waiting: int) -> str:
    """What closing the window says while a send runs; true to sending.py:
    state is committed around each message and cancel acts between
    messages, never during one."""
    return OutboxPanel.tr("The outbox is still being sent (%Ln messages). Cancelling stops "
                          "after the message being sent: messages already sent stay sent, the "
                          "others stay in the outbox for the next Send.", "", waiting)


def cancelled(queued: int) -> str:
    return OutboxPanel.tr("Sending cancelled. %Ln messages are still queued.", "", queued)
