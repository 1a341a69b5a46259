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
from signon.ui.dialogs import Choice
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
    choices = [Choice(translate("prompts", "Mark withdrawn"),
                      QMessageBox.ButtonRole.AcceptRole, WITHDRAW)] if endorsed else []
    choices += [Choice(translate("prompts", "Remove"), QMessageBox.ButtonRole.DestructiveRole,
                       REMOVE),
                Choice(QMessageBox.StandardButton.Cancel, QMessageBox.ButtonRole.RejectRole,
                       None)]
    return dialogs.ask_choice(parent, QMessageBox.Icon.Question,
                              translate("prompts", "Remove from campaign"), text, "removeDialog",
                              choices, default=0 if endorsed else len(choices) - 1)


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
    choices = [Choice(translate("prompts", "Open “{name}”").format(name=first.name),
                      QMessageBox.ButtonRole.AcceptRole, OPEN, "openExistingButton")]
    if not first.same:
        choices.append(Choice(translate("prompts", "Add anyway"),
                              QMessageBox.ButtonRole.YesRole, ADD_ANYWAY, "addAnywayButton"))
    choices.append(Choice(translate("prompts", "Back to the form"),
                          QMessageBox.ButtonRole.RejectRole, None))
    return dialogs.ask_choice(parent, QMessageBox.Icon.Warning,
                              translate("prompts", "Already on the list?"), text,
                              "duplicateDialog", choices)


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
    return dialogs.ask_choice(
        parent, QMessageBox.Icon.Question, translate("prompts", "No invitation sent"), text,
        "invitationDialog",
        [Choice(translate("prompts", "Queue the invitation"), QMessageBox.ButtonRole.AcceptRole,
                QUEUE_INVITATION, "queueInvitationButton"),
         Choice(translate("prompts", "Mark invited"), QMessageBox.ButtonRole.YesRole,
                MARK_INVITED, "markInvitedButton"),
         Choice(translate("prompts", "Keep as prospects"), QMessageBox.ButtonRole.RejectRole,
                None, "keepProspectsButton")])


def choose_table_file(parent: QWidget | None, start: str = "") -> str | None:
    return dialogs.choose_open_file(parent, translate("prompts", "Import signatories"), start,
                                    table_filter())
