"""The questions only the Signatories tab asks, built on `signon.ui.dialogs`.

Errors, confirmations, dialogs and file choosers go through
`signon.ui.dialogs` like everywhere else; what is left here is the
Signatories tab's own wording (removing signatories, the files an import
reads), which tests replace with monkeypatch like the shared helpers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from signon.ui import dialogs
from signon.ui.i18n import translate


class prompts(QObject):  # noqa: N801 (the context's name since the first release)
    """Translation context of the questions asked before removing signatories.
    `prompts.tr(text, "", n)` is how lupdate reads a plural
    (docs/interface-languages.md)."""


REMOVE, WITHDRAW = "remove", "withdraw"
#: answers of `ask_duplicate`
OPEN, ADD_ANYWAY = "open", "add-anyway"
#: answers of `ask_invitation`
QUEUE_INVITATION, MARK_INVITED = "queue-invitation", "mark-invited"


def table_filter() -> str:
    return translate("prompts", "Spreadsheets and form exports (*.csv *.tsv *.txt *.xlsx);;"
                                "All files (*)")


def ask_remove(parent: QWidget | None, count: int, endorsed: int) -> str | None:
    """Removing erases a signatory's history; for anyone who endorsed,
    "withdrawn" keeps the record, so it is offered first."""
    text = prompts.tr("Remove %Ln signatories from the campaign? Their history of "
                                "invitations and answers is deleted too; the organisations stay "
                                "in the directory.", "", count)
    if endorsed:
        text += "\n\n" + prompts.tr("%Ln of them endorsed the statement: marking them "
                                              "withdrawn keeps the record of it.", "", endorsed)
    box = dialogs.message_box(parent, QMessageBox.Icon.Question,
                              translate("prompts", "Remove from campaign"), text, "removeDialog")
    withdraw = box.addButton(translate("prompts", "Mark withdrawn"),
                             QMessageBox.ButtonRole.AcceptRole) if endorsed else None
    remove = box.addButton(translate("prompts", "Remove"),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(withdraw or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is remove:
        return REMOVE
    if withdraw is not None and clicked is withdraw:
        return WITHDRAW
    return None


def ask_duplicate(parent: QWidget | None, name: str, matches: list) -> str | None:
    """Before adding `name`: the campaign has it already (`matches[0].same`:
    it cannot be added twice) or has look-alikes
    (`store.campaign_duplicates.CampaignMatch`). OPEN shows the first match,
    ADD_ANYWAY adds it all the same, None goes back to the form."""
    from signon.ui.labels import status_word

    first = matches[0]
    listed = "\n".join(f"• {m.name} ({status_word(m.status)})" for m in matches)
    if first.same:
        text = translate("prompts", "“{name}” is already on this campaign's list, as “{existing}” "
                                    "({status}): it cannot be added twice.").format(
            name=name, existing=first.name, status=status_word(first.status))
    else:
        text = translate("prompts", "This campaign already has a signatory like “{name}”; it "
                                    "may be the same one:").format(name=name) + "\n\n" \
            + listed + "\n\n" + translate(
                "prompts", "Open the existing entry, or add “{name}” as another "
                           "signatory.").format(name=name)
    box = dialogs.message_box(parent, QMessageBox.Icon.Warning,
                              translate("prompts", "Already on the list?"), text,
                              "duplicateDialog")
    open_button = box.addButton(translate("prompts", "Open “{name}”").format(name=first.name),
                                QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openExistingButton")
    add = None
    if not first.same:
        add = box.addButton(translate("prompts", "Add anyway"), QMessageBox.ButtonRole.YesRole)
        add.setObjectName("addAnywayButton")
    back = box.addButton(translate("prompts", "Back to the form"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return OPEN
    if add is not None and clicked is add:
        return ADD_ANYWAY
    return None


def ask_invitation(parent: QWidget | None, count: int) -> str | None:
    """"Invited" set by hand on `count` prospects no invitation went to:
    QUEUE_INVITATION (queue it now, they stay prospects until it is sent),
    MARK_INVITED (they were invited another way), or None (keep them
    prospects, among the invitation's recipients)."""
    text = prompts.tr("No invitation was sent to %Ln of them from Sign-on.", "", count) \
        + "\n\n" + translate(
            "prompts", "Queue the invitation: it waits in the Outbox for you to review and "
                       "send. They stay prospects, among the invitation's recipients, and "
                       "become invited when it is sent.") \
        + "\n\n" + translate(
            "prompts", "Mark invited: they were invited another way (by phone, from your own "
                       "mailbox).")
    box = dialogs.message_box(parent, QMessageBox.Icon.Question,
                              translate("prompts", "No invitation sent"), text,
                              "invitationDialog")
    queue = box.addButton(translate("prompts", "Queue the invitation"),
                          QMessageBox.ButtonRole.AcceptRole)
    queue.setObjectName("queueInvitationButton")
    mark = box.addButton(translate("prompts", "Mark invited"), QMessageBox.ButtonRole.YesRole)
    mark.setObjectName("markInvitedButton")
    keep = box.addButton(translate("prompts", "Keep as prospects"),
                         QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepProspectsButton")
    box.setDefaultButton(queue)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is queue:
        return QUEUE_INVITATION
    if clicked is mark:
        return MARK_INVITED
    return None


def choose_table_file(parent: QWidget | None, start: str = "") -> str | None:
    return dialogs.choose_open_file(parent, translate("prompts", "Import signatories"), start,
                                    table_filter())
